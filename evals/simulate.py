"""Plays whole interviews between a simulated candidate and an interviewer, in-process.

Time is simulated (see `speaking_seconds`) so that duration budgets
and questions-per-minute behave as in a real interview while a run takes milliseconds; latency is the real
wall time of each interviewer call. The over-the-wire variant lives in `evals.ws_runner`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import ParamSpec, TypeVar

from evals.answerers import Answerer, SimulatedAnswer
from evals.personas import PersonaSpec
from evals.resumes import synthetic_resume
from workbench.interviewer.api import Interviewer, InterviewState
from workbench.interviewer.competencies import job_competencies
from workbench.models import AnswerKind, JobDetails, Preferences
from workbench.records import (
    CompetencyLabel,
    InterviewLabels,
    InterviewRecord,
    RecordedTurn,
    Split,
    TurnLabels,
)

P = ParamSpec("P")
R = TypeVar("R")
MAX_TURNS = 40  # a safety stop: an interviewer that never ends is cut here (and shows up in the metrics)
EPOCH = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
# A simulated answer stands for a spoken one about three times longer (people elaborate, pause, restart):
# 10 s to think plus 1.2 s per written word, i.e. 30-90 s per answer; the interviewer takes 15 s to ask.
THINK_SECONDS = 10.0
SECONDS_PER_WORD = 1.2
INTERVIEWER_SECONDS = 15.0


class SimClock:
    def __init__(self, start: datetime = EPOCH) -> None:
        self.now = start

    def advance(self, seconds: float) -> datetime:
        self.now += timedelta(seconds=seconds)
        return self.now


def speaking_seconds(text: str) -> float:
    return THINK_SECONDS + len(text.split()) * SECONDS_PER_WORD


@dataclass
class SimulatedInterview:
    """One played interview: the interviewer's final state plus the candidate's ground truth."""

    persona: PersonaSpec
    job: JobDetails
    state: InterviewState
    interviewer_name: str
    seed: int
    answers: dict[int, SimulatedAnswer] = field(default_factory=dict)  # by turn index
    # What the interviewer said after each answer (acknowledgement + next question), by the answered turn.
    replies: dict[int, str] = field(default_factory=dict)
    resume_text: str = ""
    latencies_ms: list[float] = field(default_factory=list)
    hit_turn_limit: bool = False

    @property
    def record_id(self) -> str:
        return f"sim-{self.interviewer_name}-{self.persona.name}-{self.job.id}-{self.seed}"

    def to_record(self, split: Split = "dev") -> InterviewRecord:
        """The transcript with the persona's ground truth as labels (`interviewer` = the interviewer's name)."""
        turns = [
            RecordedTurn(
                index=turn.index,
                phase=turn.phase,
                kind=turn.kind,
                question=turn.question,
                answer=turn.answer,
                answer_kind=answer_kind(self.answers[turn.index]),
                asked_at=turn.asked_at,
                answered_at=turn.answered_at or turn.asked_at,
                labels=TurnLabels(
                    comfort=self.answers[turn.index].comfort, vague=self.answers[turn.index].vague
                ),
                assessment=turn.assessment.model_dump(mode="json") if turn.assessment else None,
            )
            for turn in self.state.turns
            if turn.answer is not None and turn.index in self.answers
        ]
        return InterviewRecord(
            id=self.record_id,
            job_id=self.job.id,
            candidate_id=self.state.candidate_id,
            split=split,
            persona=self.persona.record,
            preferences=self.state.preferences,
            interviewer=self.interviewer_name,
            source="simulated",
            started_at=self.state.started_at,
            ended_at=self.state.ended_at or self.state.started_at,
            turns=turns,
            final_feedback=self.state.final_feedback or "",
            labels=ground_truth_labels(self.persona, self.job),
            assessment=self.state.assessment.model_dump(mode="json") if self.state.assessment else None,
        )


def answer_kind(reply: SimulatedAnswer) -> AnswerKind:
    """The record's reply kind: off-topic text and disclaimers are answers (that carry no evidence)."""
    if reply.intent == "clarification_request":
        return "clarification_request"
    if reply.intent == "candidate_question":
        return "candidate_question"
    return "answer"


def ground_truth_labels(persona: PersonaSpec, job: JobDetails) -> InterviewLabels:
    score = persona.expected_score()
    rationale = (
        f"simulated persona: level {persona.level}, behaviours {', '.join(persona.behaviours) or 'plain'}"
    )
    return InterviewLabels(
        competencies=[
            CompetencyLabel(name=name, score=score, rationale=rationale) for name in job_competencies(job)
        ],
        overall=float(score),
        labeller="simulated-ground-truth",
    )


def _timed(latencies: list[float], call: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
    """`call(*args)`, its wall time appended to `latencies` (ms)."""
    started = time.perf_counter()
    result = call(*args, **kwargs)
    latencies.append((time.perf_counter() - started) * 1000.0)
    return result


def run_interview(
    interviewer: Interviewer,
    job: JobDetails,
    answerer: Answerer,
    seed: int = 0,
    preferences: Preferences | None = None,
    max_turns: int = MAX_TURNS,
    start: datetime = EPOCH,
) -> SimulatedInterview:
    """Plays one interview to its end (the interviewer's own end, or `max_turns` then `finish`)."""
    persona = answerer.persona
    clock = SimClock(start)
    latencies: list[float] = []
    candidate = persona.candidate(seed)
    prefs = preferences or Preferences()
    resume = synthetic_resume(persona, job, seed)
    state = _timed(latencies, interviewer.start, job, candidate, resume, prefs, clock.now)
    played = SimulatedInterview(
        persona, job, state, interviewer.name, seed, latencies_ms=latencies, resume_text=resume
    )
    for _ in range(max_turns):
        if state.completed or state.current_question is None:
            break
        turn = state.turns[-1]
        reply = answerer.answer(turn.question, turn.phase, turn.kind, job)
        clock.advance(speaking_seconds(reply.text))
        state, step = _timed(latencies, interviewer.answer, state, reply.text, clock.now)
        played.answers[turn.index] = reply
        played.replies[turn.index] = f"{step.response} {step.question}".strip()
        clock.advance(INTERVIEWER_SECONDS)
        if step.completed:
            break
    else:
        played.hit_turn_limit = True
    if not state.completed or state.assessment is None:
        state = _timed(latencies, interviewer.finish, state, clock.now)
    played.state = state
    return played
