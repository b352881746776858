"""Plays a simulated candidate against a running protocol server over the real WebSocket protocol.

Messages follow the seed document: `start_interview` → `interview_started`, then `candidate_response` →
`ai_response` until `completed`, then `end_interview` → `interview_ended`. Other pushed messages
(`live_transcript_update`, `status_update`) are ignored. The result converts to an `InterviewRecord` with the
persona's ground truth, like an in-process simulation.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TypeVar

from pydantic import BaseModel
from websockets.asyncio.client import ClientConnection, connect

from evals.answerers import Answerer
from evals.resumes import synthetic_resume
from evals.simulate import MAX_TURNS, ground_truth_labels
from workbench.models import JobDetails, Phase, Preferences
from workbench.protocol import (
    AIResponse,
    ClientMessage,
    EndInterview,
    ErrorMessage,
    InterviewEnded,
    InterviewStarted,
    ProtocolError,
    ServerMessage,
    candidate_response,
    parse_server_message,
    start_interview,
)
from workbench.records import InterviewRecord, RecordedTurn, Split, TranscriptTurn, TurnLabels

RECEIVE_TIMEOUT_SECONDS = 60.0
M = TypeVar("M", bound=ServerMessage)


@dataclass
class WsInterview:
    session_id: str
    job: JobDetails
    candidate_id: str
    turns: list[TranscriptTurn] = field(default_factory=list)
    final_feedback: str = ""
    latencies_ms: list[float] = field(default_factory=list)
    started_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    ended_at: datetime | None = None

    def to_record(self, answerer: Answerer, interviewer: str, split: Split = "dev") -> InterviewRecord:
        answered = [turn for turn in self.turns if turn.answer is not None]
        return InterviewRecord(
            id=f"ws-{self.session_id}",
            job_id=self.job.id,
            candidate_id=self.candidate_id,
            split=split,
            persona=answerer.persona.record,
            interviewer=interviewer,
            source="simulated",
            started_at=self.started_at,
            ended_at=self.ended_at or datetime.now(UTC),
            turns=[
                RecordedTurn.model_validate(turn.model_copy(update={"index": index}).model_dump())
                for index, turn in enumerate(answered)
            ],
            final_feedback=self.final_feedback,
            labels=ground_truth_labels(answerer.persona, self.job),
        )


async def _send(connection: ClientConnection, message: ClientMessage) -> None:
    await connection.send(message.model_dump_json())


async def _next(connection: ClientConnection, wanted: tuple[type[BaseModel], ...]) -> ServerMessage:
    """The next message of a wanted type; `error` raises it, other pushes are skipped."""
    while True:
        raw = await asyncio.wait_for(connection.recv(), timeout=RECEIVE_TIMEOUT_SECONDS)
        message = parse_server_message(raw)
        if isinstance(message, ErrorMessage):
            raise ProtocolError.from_message(message)
        if isinstance(message, wanted):
            return message


async def _receive(connection: ClientConnection, kind: type[M]) -> M:
    message = await _next(connection, (kind,))
    assert isinstance(message, kind)
    return message


async def run_ws_interview(
    server_url: str,
    job: JobDetails,
    candidate_id: str,
    answerer: Answerer,
    preferences: Preferences | None = None,
    max_turns: int = MAX_TURNS,
    session_id: str | None = None,
) -> WsInterview:
    """One interview over `ws://HOST:PORT/ws/interview/{session_id}` (server_url is `ws://HOST:PORT`)."""
    session = session_id or f"sim_{uuid.uuid4().hex[:16]}"
    played = WsInterview(session_id=session, job=job, candidate_id=candidate_id)
    async with connect(f"{server_url.rstrip('/')}/ws/interview/{session}") as connection:
        resume = synthetic_resume(answerer.persona, job)
        await _send(
            connection, start_interview(job.id, candidate_id, resume_text=resume, preferences=preferences)
        )
        started = (await _receive(connection, InterviewStarted)).data
        question, phase = started.initial_question, started.interview_phase
        for index in range(max_turns):
            turn = TranscriptTurn(index=index, phase=phase, question=question, asked_at=datetime.now(UTC))
            played.turns.append(turn)
            reply = await _answer(connection, played, turn, answerer, job)
            if isinstance(reply, InterviewEnded):  # the server ended the interview itself
                return _ended(played, reply)
            question, phase = reply.data.question, reply.data.interview_phase
            if reply.data.completed or not question:
                break
        await _send(connection, EndInterview())
        return _ended(played, await _receive(connection, InterviewEnded))


async def _answer(
    connection: ClientConnection,
    played: WsInterview,
    turn: TranscriptTurn,
    answerer: Answerer,
    job: JobDetails,
) -> AIResponse | InterviewEnded:
    said = answerer.answer(turn.question, Phase(turn.phase), "core", job)
    turn.answer, turn.answered_at = said.text, datetime.now(UTC)
    turn.labels = TurnLabels(comfort=said.comfort, vague=said.vague)
    sent = time.perf_counter()
    await _send(connection, candidate_response(said.text))
    reply = await _next(connection, (AIResponse, InterviewEnded))
    assert isinstance(reply, AIResponse | InterviewEnded)
    played.latencies_ms.append((time.perf_counter() - sent) * 1000.0)
    return reply


def _ended(played: WsInterview, ended: InterviewEnded) -> WsInterview:
    played.final_feedback = ended.data.final_feedback
    played.ended_at = datetime.now(UTC)
    return played
