"""Plays a simulated candidate against a running protocol server over the real WebSocket protocol.

Messages follow the seed document: `start_interview` → `interview_started`, then `candidate_response` →
`ai_response` until `completed`, then `end_interview` → `interview_ended`. Other pushed messages
(`live_transcript_update`, `status_update`) are ignored. The result converts to an `InterviewRecord` with the
persona's ground truth, like an in-process simulation.
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from websockets.asyncio.client import ClientConnection, connect

from evals.answerers import Answerer, SimulatedAnswer
from evals.simulate import MAX_TURNS, ground_truth_labels, synthetic_resume
from workbench.models import JobDetails, Phase, Preferences
from workbench.records import InterviewRecord, RecordedTurn, Split, TurnLabels

RECEIVE_TIMEOUT_SECONDS = 60.0


class ProtocolError(RuntimeError):
    """The server answered with an `error` message or an unexpected one."""


@dataclass
class WsTurn:
    phase: Phase
    question: str
    asked_at: datetime
    answer: SimulatedAnswer | None = None
    answered_at: datetime | None = None
    comfort_reported: str | None = None


@dataclass
class WsInterview:
    session_id: str
    job: JobDetails
    candidate_id: str
    turns: list[WsTurn] = field(default_factory=list)
    final_feedback: str = ""
    latencies_ms: list[float] = field(default_factory=list)
    started_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    ended_at: datetime | None = None

    def to_record(self, answerer: Answerer, interviewer: str, split: Split = "dev") -> InterviewRecord:
        answered = [t for t in self.turns if t.answer is not None and t.answered_at is not None]
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
                RecordedTurn(
                    index=index,
                    phase=turn.phase,
                    question=turn.question,
                    answer=turn.answer.text,
                    asked_at=turn.asked_at,
                    answered_at=turn.answered_at,
                    labels=TurnLabels(comfort=turn.answer.comfort, vague=turn.answer.vague),
                )
                for index, turn in enumerate(answered)
                if turn.answer is not None and turn.answered_at is not None
            ],
            final_feedback=self.final_feedback,
            labels=ground_truth_labels(answerer.persona, self.job),
        )


async def _send(connection: ClientConnection, kind: str, data: dict[str, Any]) -> None:
    await connection.send(json.dumps({"type": kind, "data": data}))


async def _receive(connection: ClientConnection, wanted: set[str]) -> dict[str, Any]:
    """The next message of a wanted type; `error` raises, other pushes are skipped."""
    while True:
        raw = await _recv_with_timeout(connection)
        message = json.loads(raw)
        kind = message.get("type")
        if kind == "error":
            raise ProtocolError(f"{message.get('status_code')}: {message.get('message')}")
        if kind in wanted:
            data = message.get("data") or {}
            assert isinstance(data, dict)
            return data


async def _recv_with_timeout(connection: ClientConnection) -> str | bytes:
    return await asyncio.wait_for(connection.recv(), timeout=RECEIVE_TIMEOUT_SECONDS)


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
    prefs = (preferences or Preferences()).model_dump(mode="json")
    played = WsInterview(session_id=session, job=job, candidate_id=candidate_id)
    async with connect(f"{server_url.rstrip('/')}/ws/interview/{session}") as connection:
        start = {
            "job_id": job.id,
            "candidate_id": candidate_id,
            "resume_text": synthetic_resume(answerer.persona, job),
            "preferences": prefs,
        }
        await _send(connection, "start_interview", start)
        started = await _receive(connection, {"interview_started"})
        question, phase = str(started["initial_question"]), Phase(started["interview_phase"])
        completed = False
        for _ in range(max_turns):
            turn = WsTurn(phase=phase, question=question, asked_at=datetime.now(UTC))
            played.turns.append(turn)
            turn.answer = answerer.answer(question, phase, "core", job)
            turn.answered_at = datetime.now(UTC)
            sent = time.perf_counter()
            await _send(connection, "candidate_response", {"response": turn.answer.text})
            reply = await _receive(connection, {"ai_response", "interview_ended"})
            played.latencies_ms.append((time.perf_counter() - sent) * 1000.0)
            if "final_feedback" in reply:  # the server ended the interview itself
                played.final_feedback = str(reply.get("final_feedback") or "")
                played.ended_at = datetime.now(UTC)
                return played
            turn.comfort_reported = reply.get("comfort_level")
            question, phase = str(reply.get("question") or ""), Phase(reply["interview_phase"])
            completed = bool(reply.get("completed"))
            if completed or not question:
                break
        await _send(connection, "end_interview", {})
        ended = await _receive(connection, {"interview_ended"})
        played.final_feedback = str(ended.get("final_feedback") or "")
        played.ended_at = datetime.now(UTC)
    return played
