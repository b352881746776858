"""The event log (every message in and out, per session) and the one way replies leave the server.

Events are queued in memory and written with the next commit (so a turn and the messages that led to it are
durable together) or by the periodic flush. Erased sessions are never logged again.
"""

from __future__ import annotations

import logging
from typing import Literal

import orjson

from protocol_server.erasure import Erased
from protocol_server.leases import stored
from protocol_server.session import Peer, Session
from workbench.models import utc_now
from workbench.protocol import (
    CandidateResponse,
    CandidateResponseData,
    ClientMessage,
    ErrorMessage,
    ProtocolError,
    ServerMessage,
    StartInterview,
)
from workbench.store.interface import InterviewStore
from workbench.store.records import NewEvent

log = logging.getLogger(__name__)


class EventLog:
    def __init__(self, store: InterviewStore, erased: Erased) -> None:
        self.store = store
        self._pending: list[NewEvent] = []
        self._erased = erased

    def record(
        self,
        session_id: str,
        direction: Literal["in", "out"],
        kind: str,
        payload_json: str,
        candidate_id: str | None = None,
    ) -> None:
        """Queue a message for the log; `payload_json`: its data as JSON."""
        if self._erased.covers(session_id, candidate_id):
            return
        self._pending.append(NewEvent(session_id, candidate_id, direction, kind, payload_json, utc_now()))

    def take(self) -> list[NewEvent]:
        """The queued events, handed to a commit that writes them."""
        events, self._pending = self._pending, []
        return events

    def requeue(self, events: list[NewEvent]) -> None:
        """Events of a write that failed: written with the next one instead."""
        self._pending[:0] = events

    def drop_erased(self) -> None:
        """After erasure: what is queued for erased sessions is never written."""
        self._pending = self._erased.keep(self._pending)

    async def flush(self) -> None:
        events = self.take()
        if not events:
            return
        try:
            await stored(self.store.log_events(events))
        except ProtocolError as exc:
            self.requeue(events)
            log.error("event log not written (%d events): %s", len(events), exc.message)


# An answer's data is its one field: its JSON is the field's, written by orjson (a sixth of pydantic's time; the
# same bytes for every character: tests/protocol_server/test_events.py).
_RESPONSE_ONLY = tuple(CandidateResponseData.model_fields) == ("response",)


def inbound_payload(message: ClientMessage) -> tuple[str, str | None]:
    """What the event log keeps of an incoming message, as JSON (its data's `model_dump_json()`). An inline
    resume is not copied into the log: it lives in the session state, where erasure finds it."""
    if isinstance(message, CandidateResponse) and _RESPONSE_ONLY:  # every answer: on the event loop
        try:
            return f'{{"response":{orjson.dumps(message.data.response).decode()}}}', None
        except TypeError:  # what orjson refuses (a lone surrogate, which the parser refuses first)
            return message.data.model_dump_json(), None
    if not isinstance(message, StartInterview):
        return message.data.model_dump_json(), None
    data = message.data
    if data.resume_text:
        data = data.model_copy(update={"resume_text": f"[resume: {len(data.resume_text)} characters]"})
    return data.model_dump_json(), message.data.candidate_id


def wire_text(message: ServerMessage) -> tuple[str, str]:
    """A reply's text on the wire and its data's JSON for the log, from one serialisation of the data: the
    wire text of a `{type, data}` message is `model_dump_json()`'s bytes, built around it."""
    data = message.data.model_dump_json()
    if isinstance(message, ErrorMessage):  # the error's fields are also at the top level
        return message.model_dump_json(), data
    return f'{{"type":"{message.type}","data":{data}}}', data


class Outbox:
    """Sends a reply to one connection or to every connection of a session, logging it on the way."""

    def __init__(self, events: EventLog) -> None:
        self.events = events

    def _log(self, session_id: str, message: ServerMessage) -> str:
        text, data = wire_text(message)
        self.events.record(session_id, "out", message.type, data)
        return text

    async def send(self, peer: Peer, session_id: str, message: ServerMessage) -> None:
        await peer.send_text(self._log(session_id, message))

    async def publish(self, session: Session, message: ServerMessage) -> None:
        await session.broadcast(self._log(session.id, message))

    def error(self, session_id: str, exc: ProtocolError, *, record: bool = True) -> str:
        message: ErrorMessage = exc.to_message()
        return self._log(session_id, message) if record else message.model_dump_json()
