"""The app's client for the protocol server: REST for jobs, candidates and sessions, WebSocket for interviews.

The app is an ordinary protocol client, so every mock interview is recorded by the server like any other.
Streamlit reruns the page script on every interaction, so the WebSocket lives in a background thread owned
by an `InterviewConnection` kept in `st.session_state`; the thread folds messages into an `InterviewView`.
"""

from __future__ import annotations

import contextlib
import inspect
import logging
import random
import string
import threading
import time
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote, urlencode, urlsplit, urlunsplit

import httpx
from websockets.exceptions import ConnectionClosed, WebSocketException
from websockets.sync.client import ClientConnection, connect

from app.session_view import InterviewView, JsonDict, apply_message
from workbench.models import Preferences
from workbench.protocol import (
    ClientMessage,
    EndInterview,
    GetStatus,
    ProtocolError,
    ServerMessage,
    candidate_response,
    live_transcript,
    parse_server_message,
    start_interview,
)

log = logging.getLogger(__name__)

# websockets >= 17 warns about a connection used outside a `with` block unless it is asked for explicitly;
# this one lives as long as the interview, across Streamlit reruns, so no `with` block can hold it.
_DIRECT_CONNECTION: dict[str, Any] = (
    {"legacy": True} if "legacy" in inspect.signature(connect).parameters else {}
)

REPLY_TYPES = frozenset({"ai_response", "interview_ended", "error"})


class ServerError(RuntimeError):
    """The protocol server answered with an error (`status`) or could not be reached (`status` None)."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class ServerApi:
    """The protocol server's REST API."""

    def __init__(self, base_url: str, timeout: float = 15.0, api_key: str = "") -> None:
        self.base_url = base_url.rstrip("/")
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._http = httpx.Client(base_url=self.base_url, timeout=timeout, headers=headers)

    def health(self) -> bool:
        try:
            return self._http.get("/health").status_code == 200
        except httpx.HTTPError:
            return False

    def list_jobs(self, limit: int = 500) -> list[JsonDict]:
        return self._get_list("/api/jobs", params={"limit": limit})

    def list_candidates(self, limit: int = 500) -> list[JsonDict]:
        return self._get_list("/api/candidates", params={"limit": limit})

    def create_candidate(self, candidate: JsonDict) -> JsonDict:
        return self._request("POST", "/api/candidates", json=candidate)

    def create_job(self, job: JsonDict) -> JsonDict:
        return self._request("POST", "/api/jobs", json=job)

    def get_candidate(self, candidate_id: str) -> JsonDict:
        return self._request("GET", f"/api/candidates/{quote(candidate_id, safe='')}")

    def get_job(self, job_id: str) -> JsonDict:
        return self._request("GET", f"/api/jobs/{quote(job_id, safe='')}")

    def get_plan(self, job_id: str) -> JsonDict | None:
        """The job's interview plan (`GET /api/jobs/{id}/plan`), or None from a server that has none."""
        try:
            return self._request("GET", f"/api/jobs/{quote(job_id, safe='')}/plan")
        except ServerError:
            return None

    def list_sessions(self, limit: int = 200, offset: int = 0) -> list[JsonDict]:
        return self._get_list("/api/sessions", params={"limit": limit, "offset": offset})

    def get_session(self, session_id: str) -> JsonDict:
        return self._request("GET", f"/api/sessions/{quote(session_id, safe='')}")

    def get_transcript(self, session_id: str, fmt: str = "markdown") -> str:
        response = self._send(
            "GET", f"/api/sessions/{quote(session_id, safe='')}/transcript", {"format": fmt}
        )
        return response.text

    def websocket_url(self, session_id: str, token: str = "") -> str:
        parts = urlsplit(self.base_url)
        scheme = "wss" if parts.scheme == "https" else "ws"
        path = f"{parts.path.rstrip('/')}/ws/interview/{quote(session_id, safe='')}"
        return urlunsplit((scheme, parts.netloc, path, urlencode({"token": token}) if token else "", ""))

    def session_token(self, session_id: str, job_id: str, candidate_id: str) -> str:
        """A signed WebSocket token when the server requires them; "" when it does not (409 NotConfigured)."""
        path = f"/api/sessions/{quote(session_id, safe='')}/token"
        try:
            response = self._http.post(path, json={"job_id": job_id, "candidate_id": candidate_id})
        except httpx.HTTPError as exc:
            raise ServerError(f"Cannot reach the protocol server at {self.base_url}: {exc}") from exc
        if response.status_code == 409:
            return ""
        if response.status_code >= 400:
            raise ServerError(
                f"POST {path}: HTTP {response.status_code}: {_error_text(response)}", response.status_code
            )
        return str(response.json()["token"])

    def close(self) -> None:
        self._http.close()

    def _get_list(self, path: str, params: dict[str, Any] | None = None) -> list[JsonDict]:
        body = self._send("GET", path, params).json()
        # Accept a bare list or a paginated envelope ({"items": [...]}).
        items = body.get("items", body.get("data")) if isinstance(body, dict) else body
        return [item for item in items or [] if isinstance(item, dict)]

    def _request(self, method: str, path: str, json: JsonDict | None = None) -> JsonDict:
        body = self._send(method, path, None, json).json()
        if not isinstance(body, dict):
            raise ServerError(f"{method} {path}: expected an object")
        return body

    def _send(
        self, method: str, path: str, params: dict[str, Any] | None = None, json: JsonDict | None = None
    ) -> httpx.Response:
        try:
            response = self._http.request(method, path, params=params, json=json)
        except httpx.HTTPError as exc:
            raise ServerError(f"Cannot reach the protocol server at {self.base_url}: {exc}") from exc
        if response.status_code >= 400:
            raise ServerError(
                f"{method} {path}: HTTP {response.status_code}: {_error_text(response)}", response.status_code
            )
        return response


def _error_text(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return response.text[:300]
    if isinstance(body, dict):
        return str(body.get("message") or body.get("detail") or body)[:300]
    return str(body)[:300]


def new_session_id() -> str:
    """An id shaped like the reference client's: `interview_<epoch ms>_<9 base-36 chars>`."""
    suffix = "".join(random.choices(string.ascii_lowercase + string.digits, k=9))
    return f"interview_{int(time.time() * 1000)}_{suffix}"


class InterviewConnection:
    """One interview's WebSocket, read by a daemon thread that keeps `view` current.

    `version` increases with every message, so a page can tell cheaply whether to redraw. After every
    question (`interview_started`, `ai_response`) the client asks for `get_status`, which brings the
    strengths and areas to probe that only `status_update` carries.
    """

    def __init__(
        self, url: str, session_id: str, open_timeout: float = 10.0, view: InterviewView | None = None
    ) -> None:
        self.session_id = session_id
        # A resumed interview starts from its recorded history; the server's messages continue it.
        self.view = view or InterviewView(session_id=session_id)
        self.version = 0
        self.closed = False
        self._changed = threading.Condition()
        self._send_lock = threading.Lock()
        self._recent: list[tuple[int, ServerMessage]] = []
        self._ws: ClientConnection = connect(
            url, open_timeout=open_timeout, max_size=4 * 1024 * 1024, **_DIRECT_CONNECTION
        )
        self._thread = threading.Thread(target=self._read_forever, name=f"ws-{session_id}", daemon=True)
        self._thread.start()

    # --- sending ---------------------------------------------------------------------------------
    def send(self, message: ClientMessage) -> None:
        with self._send_lock:
            try:
                self._ws.send(message.model_dump_json())
            except ConnectionClosed as exc:
                raise ServerError("The interview connection is closed") from exc

    def start_interview(
        self,
        job_id: str,
        candidate_id: str,
        preferences: Preferences | Mapping[str, Any],
        resume_text: str | None = None,
    ) -> None:
        chosen = (
            preferences if isinstance(preferences, Preferences) else Preferences.model_validate(preferences)
        )
        self.send(start_interview(job_id, candidate_id, resume_text=resume_text or None, preferences=chosen))

    def answer(self, text: str) -> None:
        """Commits an answer; the view shows it at once, before the server's reply arrives."""
        with self._changed:
            self.view.record_answer(text)
            self._bump()
        self.send(candidate_response(text))

    def withdraw_answer(self, text: str) -> None:
        """The server refused `text`: the question is open again (the page keeps the text for editing)."""
        with self._changed:
            self.view.withdraw_answer(text)
            self._bump()

    def live_transcript(self, text: str, is_final: bool) -> None:
        self.send(live_transcript(text, is_final))

    def end_interview(self) -> None:
        self.send(EndInterview())

    # --- waiting ---------------------------------------------------------------------------------
    def wait_for(self, types: Iterable[str], since: int, timeout: float) -> ServerMessage | None:
        """Blocks until a message of one of `types` arrives after version `since`; returns it or None."""
        wanted = frozenset(types)
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                found = next((m for v, m in self._recent if v > since and m.type in wanted), None)
                remaining = deadline - time.monotonic()
                if found is not None or self.closed or remaining <= 0:
                    return found
                self._changed.wait(remaining)

    def snapshot(self) -> tuple[int, InterviewView]:
        """A consistent (version, view) pair; the view must be treated as read-only by callers."""
        with self._changed:
            return self.version, self.view

    def close(self) -> None:
        self._ws.close()
        self._thread.join(timeout=5)

    # --- the reader thread -----------------------------------------------------------------------
    def _read_forever(self) -> None:
        try:
            while True:
                self._handle(self._ws.recv())
        except ConnectionClosed:
            pass
        except Exception:  # a broken frame must not kill the app silently; the page shows "closed"
            log.exception("interview connection %s failed", self.session_id)
        finally:
            with self._changed:
                self.closed = True
                self._bump()

    def _handle(self, raw: str | bytes) -> None:
        try:
            message = parse_server_message(raw)
        except ProtocolError as exc:
            log.warning("ignored a malformed frame on %s: %s", self.session_id, exc.message)
            return
        if message is None:  # a message type newer than this client: ignored (forward compatibility)
            return
        with self._changed:
            apply_message(self.view, message)
            self._bump()
            # Keep a short history for `wait_for`; older replies are never waited on.
            self._recent = [*self._recent[-50:], (self.version, message)]
        if message.type in {"interview_started", "ai_response"} and not self.view.completed:
            self._request_status()

    def _request_status(self) -> None:
        # On failure the reader loop sees the close and marks the connection closed.
        with contextlib.suppress(ServerError):
            self.send(GetStatus())

    def _bump(self) -> None:
        self.version += 1
        self._changed.notify_all()


def open_interview(
    api: ServerApi,
    session_id: str | None = None,
    job_id: str = "",
    candidate_id: str = "",
    view: InterviewView | None = None,
) -> InterviewConnection:
    """Open an interview's WebSocket, with a signed session token when the server requires one; `view`
    carries a resumed interview's recorded history."""
    session = session_id or new_session_id()
    token = api.session_token(session, job_id, candidate_id) if job_id and candidate_id else ""
    try:
        return InterviewConnection(api.websocket_url(session, token), session, view=view)
    except (OSError, TimeoutError, WebSocketException) as exc:
        raise ServerError(f"Cannot open the interview connection: {exc}") from exc
