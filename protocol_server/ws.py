"""The WebSocket endpoint `/ws/interview/{session_id}`: handshake checks, limits, and the receive loop."""

from __future__ import annotations

import asyncio
import logging

from starlette.websockets import WebSocket, WebSocketDisconnect, WebSocketState

from protocol_server.events import inbound_payload
from protocol_server.handlers import Request, handle
from protocol_server.machine import SessionMachine
from protocol_server.session_token import SessionClaims
from protocol_server.ws_guard import (
    HandshakeRefused,
    RateLimitCounter,
    check_claims,
    check_handshake,
    frame_too_large,
    too_large_error,
)
from workbench.protocol import ProtocolError, parse_client_message
from workbench.settings import Settings

log = logging.getLogger(__name__)
POLICY_VIOLATION = 1008


class IdleWatch:
    """Closes a connection that sent nothing for `seconds`. One timer per connection, moved on only when it
    fires (a frame just notes the time): a per-frame `asyncio.wait_for` made a task and a timer for every
    message, a few percent of the event loop's time per answered turn at 1,000 sessions."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._loop = asyncio.get_running_loop()
        self._last = self._loop.time()
        self._waiter: asyncio.Task[object] | None = None  # the task waiting for a frame, while it waits
        self.expired = False
        self._timer = self._loop.call_later(seconds, self._check)

    def waiting(self, task: asyncio.Task[object] | None) -> None:
        """`task` waits for the next frame (None: a frame came); either way the connection was active now."""
        self._waiter = task
        self._last = self._loop.time()

    def _check(self) -> None:
        left = self._last + self.seconds - self._loop.time()
        if left > 0:  # a frame came meanwhile
            self._timer = self._loop.call_later(left, self._check)
        elif self._waiter is None:  # handling a frame: idle time starts again after it
            self._timer = self._loop.call_later(self.seconds, self._check)
        else:
            self.expired = True
            self._waiter.cancel()

    def stop(self) -> None:
        self._timer.cancel()


class InterviewConnection:
    """One client connection; it is a `Peer` of the session it talks to."""

    def __init__(
        self,
        websocket: WebSocket,
        session_id: str,
        machine: SessionMachine,
        settings: Settings,
        claims: SessionClaims | None = None,
    ):
        self.websocket = websocket
        self.session_id = session_id
        self.machine = machine
        self.settings = settings
        self.claims = claims
        self.rate_limited: RateLimitCounter = websocket.app.state.rate_limited
        self.request = Request(session_id, self, machine)
        # One bucket per session, shared by its connections: reconnecting does not reset the limit.
        self.bucket = machine.registry.connected(
            session_id, settings.rate_limit_per_second, settings.rate_limit_burst
        )

    async def send_text(self, data: str) -> None:
        await self.websocket.send_text(data)

    async def close(self, reason: str) -> None:
        if self.websocket.application_state == WebSocketState.CONNECTED:
            await self.websocket.close(code=1000, reason=reason)

    async def run(self) -> None:
        idle = IdleWatch(self.settings.idle_timeout_seconds)
        try:
            await self._attach()
            while (frame := await self._receive(idle)) is not None:
                await self._on_frame(frame)
        finally:
            idle.stop()
            await self.machine.detach(self.session_id, self)
            self.rate_limited.summarise(self.session_id)

    async def _attach(self) -> None:
        """A reconnecting client receives what its session pushes (time-outs, voice commits) at once."""
        try:
            session = await self.machine.open(self.session_id)
        except ProtocolError as exc:
            await self._send_error(exc)
            return
        if session is not None:
            session.peers.add(self)

    async def _receive(self, idle: IdleWatch) -> str | bytes | None:
        task = asyncio.current_task()
        idle.waiting(task)
        try:
            message = await self.websocket.receive()
        except asyncio.CancelledError:
            if not idle.expired or task is None:
                raise
            task.uncancel()
            await self.websocket.close(code=1001, reason="idle timeout")
            return None
        except WebSocketDisconnect:
            return None
        finally:
            idle.waiting(None)
        if message["type"] == "websocket.disconnect":
            return None
        text: str | None = message.get("text")
        return text if text is not None else message.get("bytes") or b""

    def _rate_limited(self) -> bool:
        if self.bucket.allow():
            return False
        # Counted, not written to the event log: a flood must not become a flood of log rows.
        self.rate_limited.count(self.session_id)
        return True

    async def _on_frame(self, frame: str | bytes) -> None:
        try:
            if frame_too_large(frame, self.settings.max_message_bytes):
                raise too_large_error(self.settings.max_message_bytes)
            if self._rate_limited():
                limit = f"At most {self.settings.rate_limit_per_second:g} messages per second."
                error = ProtocolError(429, "Too many messages", limit, "RateLimitExceeded")
                await self._send_error(error, record=False)
                return
            self.machine.erased.refuse(self.session_id)  # refused, and not logged: nothing of it is stored
            message = parse_client_message(frame)
            check_claims(self.claims, message)
            payload, candidate_id = inbound_payload(message)
            self.machine.events.record(self.session_id, "in", message.type, payload, candidate_id)
            # Shielded: once a message is being handled, a vanishing client must not cut it between the
            # store commit and adopting the new state in memory.
            await asyncio.shield(handle(self.request, message))
        except ProtocolError as exc:
            await self._send_error(exc)

    async def _send_error(self, exc: ProtocolError, *, record: bool = True) -> None:
        text = self.machine.outbox.error(self.session_id, exc, record=record)
        if self.websocket.application_state == WebSocketState.CONNECTED:
            await self.websocket.send_text(text)


async def interview_endpoint(websocket: WebSocket, session_id: str) -> None:
    state = websocket.app.state
    settings: Settings = state.settings
    try:
        claims = check_handshake(
            settings, session_id, websocket.headers.get("origin"), websocket.query_params.get("token")
        )
    except HandshakeRefused as exc:
        log.info("WebSocket handshake refused: %s", exc)
        # Closing before accept makes the server answer the handshake with HTTP 403.
        await websocket.close(code=POLICY_VIOLATION)
        return
    await websocket.accept()
    connection = InterviewConnection(websocket, session_id, state.machine, settings, claims)
    try:
        await connection.run()
    except WebSocketDisconnect:
        pass
    except RuntimeError as exc:  # the client vanished mid-send
        log.info("session %s: connection closed during send (%s)", session_id, exc.__class__.__name__)
