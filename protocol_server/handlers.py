"""One thin handler per client message type: ask the machine for the transition, send the reply it returns."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from protocol_server import replies
from protocol_server.machine import SessionMachine
from protocol_server.session import Peer
from workbench.protocol import (
    CandidateResponse,
    ClientMessage,
    EndInterview,
    GetStatus,
    LiveTranscript,
    ServerMessage,
    StartInterview,
)


@dataclass(frozen=True)
class Request:
    session_id: str
    peer: Peer
    machine: SessionMachine

    async def reply(self, message: ServerMessage | None) -> None:
        if message is not None:
            await self.machine.outbox.send(self.peer, self.session_id, message)


async def on_start(request: Request, message: StartInterview) -> None:
    await request.reply(await request.machine.start(request.session_id, message.data, request.peer))


async def on_candidate_response(request: Request, message: CandidateResponse) -> None:
    await request.machine.answer(request.session_id, message.data.response, request.peer)


async def on_live_transcript(request: Request, message: LiveTranscript) -> None:
    await request.reply(replies.transcript_echo(message))  # always echoed, even before a start
    await request.machine.hear(request.session_id, message.data, request.peer)


async def on_end(request: Request, message: EndInterview) -> None:
    await request.reply(await request.machine.end(request.session_id, request.peer))


async def on_status(request: Request, message: GetStatus) -> None:
    await request.reply(await request.machine.status(request.session_id, request.peer))


HANDLERS: dict[str, Callable[[Request, Any], Awaitable[None]]] = {
    "start_interview": on_start,
    "candidate_response": on_candidate_response,
    "live_transcript": on_live_transcript,
    "end_interview": on_end,
    "get_status": on_status,
}


async def handle(request: Request, message: ClientMessage) -> None:
    try:
        await HANDLERS[message.type](request, message)
    finally:
        session = request.machine.registry.get(request.session_id)
        if session is not None:
            await request.machine.settle(session)
