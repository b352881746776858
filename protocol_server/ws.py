"""The WebSocket endpoint `/ws/interview/{session_id}`: handshake checks, limits, and the receive loop."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from starlette.websockets import WebSocket, WebSocketDisconnect, WebSocketState

from protocol_server.manager import SessionManager
from protocol_server.protocol import ProtocolError, StartInterview, dump, parse_client_message
from protocol_server.session_token import SessionClaims
from protocol_server.ws_guard import (
    HandshakeRefused,
    RateLimitCounter,
    check_claims,
    check_handshake,
    frame_too_large,
    too_large_error,
)
from workbench.settings import Settings

log = logging.getLogger(__name__)
POLICY_VIOLATION = 1008


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
    def __init__(
        self,
        websocket: WebSocket,
        session_id: str,
        manager: SessionManager,
        settings: Settings,
        claims: SessionClaims | None = None,
    ):
        self.websocket = websocket
        self.session_id = session_id
        self.manager = manager
        self.settings = settings
        self.claims = claims
        self.rate_limited: RateLimitCounter = websocket.app.state.rate_limited
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
            self.rate_limited.summarise(self.session_id)

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
            if frame_too_large(frame, self.settings.max_message_bytes):
                raise too_large_error(self.settings.max_message_bytes)
            if not self.bucket.allow():
                # Counted, not written to the event log: a flood must not become a flood of log rows.
                self.rate_limited.count(self.session_id)
                await self._send_error(
                    ProtocolError(
                        429,
                        "Too many messages",
                        f"At most {self.settings.rate_limit_per_second:g} messages per second.",
                        "RateLimitExceeded",
                    ),
                    record=False,
                )
                return
            self.manager.refuse_if_erased(self.session_id)  # before anything of it is logged
            message = parse_client_message(frame)
            check_claims(self.claims, message)
            payload, candidate_id = inbound_payload(message)
            self.manager.record(self.session_id, "in", message.type, payload, candidate_id)
            # Shielded: once a message is being handled, a vanishing client must not cut it between the
            # store commit and adopting the new state in memory.
            await asyncio.shield(self.manager.handle(self.session_id, message, self))
        except ProtocolError as exc:
            await self._send_error(exc)

    async def _send_error(self, exc: ProtocolError, *, record: bool = True) -> None:
        error = exc.to_message()
        if record:
            self.manager.record(self.session_id, "out", "error", error.data.model_dump())
        if self.websocket.application_state == WebSocketState.CONNECTED:
            await self.websocket.send_text(dump(error))


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
    connection = InterviewConnection(websocket, session_id, state.manager, settings, claims)
    try:
        await connection.run()
    except WebSocketDisconnect:
        pass
    except RuntimeError as exc:  # the client vanished mid-send
        log.info("session %s: connection closed during send (%s)", session_id, exc.__class__.__name__)
