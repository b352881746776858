"""A small synchronous protocol client for tests (a real WebSocket client: `websockets`).

It sends the protocol module's messages (`send_raw` is for deliberately malformed input) and checks every frame
it receives against the server message models, while handing tests the raw JSON so that they assert on the
wire format itself.
"""

from __future__ import annotations

import json
from typing import Any

from websockets.sync.client import ClientConnection, connect

from workbench.models import Preferences
from workbench.protocol import (
    ClientMessage,
    GetStatus,
    candidate_response,
    parse_server_message,
    start_interview,
)

SEED_JOB = "ff7f1e59-3014-4cc8-8f2e-4b3ca694ceb3"
SEED_CANDIDATE = "test-candidate"


class Client:
    def __init__(self, url: str, **kwargs: Any) -> None:
        self.ws: ClientConnection = connect(url, open_timeout=10, max_size=2**22, **kwargs)

    def send(self, message: ClientMessage) -> None:
        self.ws.send(message.model_dump_json())

    def send_raw(self, text: str | bytes) -> None:
        self.ws.send(text)

    def recv(self, timeout: float = 15.0) -> dict[str, Any]:
        raw = self.ws.recv(timeout=timeout)
        assert parse_server_message(raw) is not None, f"not a protocol message: {raw!r}"
        message: dict[str, Any] = json.loads(raw)
        return message

    def expect(self, kind: str, timeout: float = 15.0) -> dict[str, Any]:
        message = self.recv(timeout)
        assert message["type"] == kind, message
        return message

    def start(
        self,
        job_id: str = SEED_JOB,
        candidate_id: str = SEED_CANDIDATE,
        resume_text: str | None = None,
        preferences: Preferences | None = None,
    ) -> dict[str, Any]:
        self.send(start_interview(job_id, candidate_id, resume_text=resume_text, preferences=preferences))
        return self.expect("interview_started")["data"]

    def answer(self, text: str) -> dict[str, Any]:
        self.send(candidate_response(text))
        return self.expect("ai_response")["data"]

    def status(self) -> dict[str, Any]:
        self.send(GetStatus())
        return self.expect("status_update")["data"]

    def close(self) -> None:
        self.ws.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


STRONG_ANSWERS = [
    "I have six years of frontend experience. At Brightline I led a team of four rebuilding our checkout in React "
    "and TypeScript, which cut page load time from 4.1 to 1.6 seconds and lifted conversion by 8 percent. I'd like "
    "to lead frontend performance on a product this size, which is why this role caught my eye.",
    "I profiled the app with the React Profiler and Chrome performance tools, found that a context provider "
    "re-rendered the whole tree, split the context, memoized the expensive list rows and virtualized the table.",
    "For state I keep server data in React Query with cache invalidation on mutations, and local UI state in "
    "components; Redux only where many distant components share complex state. I measured fewer renders.",
    "I write unit tests with Jest and React Testing Library against behaviour, not implementation, and Playwright "
    "end-to-end tests for the checkout; our coverage went from 40 to 85 percent and escaped bugs halved.",
    "In TypeScript I use discriminated unions for API states and strict null checks; generics for our table "
    "component. It caught about a dozen bugs at compile time during the migration from JavaScript.",
    "On Node.js I built a BFF layer with Express that aggregated three services, added caching with Redis and "
    "cut the number of browser requests per page from eleven to two.",
    "The situation was a missed launch date: our task was to ship accessibility fixes before an audit. I "
    "organised a triage, paired with two juniors and wrote the lint rules; as a result we passed the audit with "
    "zero critical findings two days early.",
    "When a designer and a backend engineer disagreed about pagination, I set up a 30 minute session, we listed "
    "the constraints, prototyped both, and agreed on cursor pagination; the result shipped that sprint.",
    "I once broke production with a bad cache header. I rolled back within ten minutes, wrote the postmortem, "
    "and added a header check to CI so it could not happen again. I learned to test CDN behaviour in staging.",
    "I mentored two junior developers: weekly pairing, code review checklists, and I let them own features. "
    "Both were promoted within a year and one now leads our design system work.",
    "I would like to know how the frontend team measures success and what the first big project would be.",
    "Thank you, no further questions. I enjoyed the conversation.",
    "Another example: I introduced feature flags with LaunchDarkly so we could release gradually; incidents from "
    "releases dropped by half over two quarters.",
    "I keep up with the ecosystem through the React RFCs and by building small prototypes before adopting tools.",
]
