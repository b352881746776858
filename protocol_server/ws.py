"""The WebSocket endpoint `/ws/interview/{session_id}`: handshake checks, limits, and the receive loop."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from starlette.websockets import WebSocket, WebSocketDisconnect, WebSocketState

from protocol_server.live import SESSION_ID_PATTERN
from protocol_server.manager import SessionManager
from protocol_server.protocol import ProtocolError, StartInterview, dump, parse_client_message
from workbench.settings import Settings

log = logging.getLogger(__name__)
POLICY_VIOLATION = 1008


def origin_allowed(settings: Settings, origin: str | None) -> bool:
    """With an allowlist set, a browser handshake must come from a listed origin. Clients that send no Origin
    (servers, CLI tools) are not browsers and cannot be cross-site-hijacked, so they pass."""
    if not settings.allowed_origins or origin is None:
        return True
    return origin.rstrip("/") in {allowed.rstrip("/") for allowed in settings.allowed_origins}


def inbound_payload(message: Any) -> tuple[dict[str, Any], str | None]:
    """What the event log keeps of an incoming message. An inline resume is not copied into the log: it lives
    in the session state, where erasure finds it."""
    data = message.data.model_dump(mode="json")
    candidate_id = None
    if isinstance(message, StartInterview):
        candidate_id = message.data.candidate_id
        if data.get("resume_text"):
            data["resume_text"] = f"[resume: {len(data['resume_text'])} characters]"
    return data, candidate_id


class InterviewConnection:
    def __init__(self, websocket: WebSocket, session_id: str, manager: SessionManager, settings: Settings):
        self.websocket = websocket
        self.session_id = session_id
        self.manager = manager
        self.settings = settings
        # One bucket per session, shared by its connections: reconnecting does not reset the limit.
        self.bucket = manager.connected(session_id, settings.rate_limit_per_second, settings.rate_limit_burst)

    async def send_text(self, data: str) -> None:
        await self.websocket.send_text(data)

    async def close(self, reason: str) -> None:
        if self.websocket.application_state == WebSocketState.CONNECTED:
            await self.websocket.close(code=1000, reason=reason)

    async def run(self) -> None:
        live = await self._find_quietly()
        if live is not None:
            live.peers.add(self)
        try:
            while True:
                frame = await self._receive()
                if frame is None:
                    return
                await self._on_frame(frame)
        finally:
            self.manager.detach(self.session_id, self)

    async def _find_quietly(self) -> Any:
        try:
            return await self.manager.find(self.session_id)
        except ProtocolError as exc:
            await self._send_error(exc)
            return None

    async def _receive(self) -> str | bytes | None:
        try:
            message = await asyncio.wait_for(self.websocket.receive(), self.settings.idle_timeout_seconds)
        except TimeoutError:
            await self.websocket.close(code=1001, reason="idle timeout")
            return None
        except WebSocketDisconnect:
            return None
        if message["type"] == "websocket.disconnect":
            return None
        text: str | None = message.get("text")
        return text if text is not None else message.get("bytes") or b""

    async def _on_frame(self, frame: str | bytes) -> None:
        try:
            if len(frame) > self.settings.max_message_bytes:
                raise ProtocolError(
                    413,
                    "Message too large",
                    f"Messages are limited to {self.settings.max_message_bytes} bytes.",
                    "MessageTooLarge",
                )
            if not self.bucket.allow():
                raise ProtocolError(
                    429,
                    "Too many messages",
                    f"At most {self.settings.rate_limit_per_second:g} messages per second.",
                    "RateLimitExceeded",
                )
            self.manager.refuse_if_erased(self.session_id)  # before anything of it is logged
            message = parse_client_message(frame)
            payload, candidate_id = inbound_payload(message)
            self.manager.record(self.session_id, "in", message.type, payload, candidate_id)
            # Shielded: once a message is being handled, a vanishing client must not cut it between the
            # store commit and adopting the new state in memory.
            await asyncio.shield(self.manager.handle(self.session_id, message, self))
        except ProtocolError as exc:
            await self._send_error(exc)

    async def _send_error(self, exc: ProtocolError) -> None:
        error = exc.to_message()
        self.manager.record(self.session_id, "out", "error", error.data.model_dump())
        if self.websocket.application_state == WebSocketState.CONNECTED:
            await self.websocket.send_text(dump(error))


async def interview_endpoint(websocket: WebSocket, session_id: str) -> None:
    state = websocket.app.state
    settings: Settings = state.settings
    if not SESSION_ID_PATTERN.match(session_id) or not origin_allowed(
        settings, websocket.headers.get("origin")
    ):
        # Closing before accept makes the server answer the handshake with HTTP 403.
        await websocket.close(code=POLICY_VIOLATION)
        return
    await websocket.accept()
    connection = InterviewConnection(websocket, session_id, state.manager, settings)
    try:
        await connection.run()
    except WebSocketDisconnect:
        pass
    except RuntimeError as exc:  # the client vanished mid-send
        log.info("session %s: connection closed during send (%s)", session_id, exc.__class__.__name__)
