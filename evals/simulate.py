"""Plays whole interviews between a simulated candidate and an interviewer, in-process.

Time is simulated (a candidate speaks at ~150 words a minute after a short pause) so that duration budgets
and questions-per-minute behave as in a real interview while a run takes milliseconds; latency is the real
wall time of each interviewer call. The over-the-wire variant lives in `evals.ws_runner`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from evals.answerers import Answerer, SimulatedAnswer
from evals.personas import PersonaSpec
from workbench.interviewer.api import Interviewer, InterviewState
from workbench.interviewer.competencies import job_competencies
from workbench.models import JobDetails, Preferences
from workbench.records import (
    CompetencyLabel,
    InterviewLabels,
    InterviewRecord,
    RecordedTurn,
    Split,
    TurnLabels,
)

MAX_TURNS = 40  # a safety stop: an interviewer that never ends is cut here (and shows up in the metrics)
EPOCH = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
WORDS_PER_SECOND = 2.5
THINK_SECONDS = 3.0
INTERVIEWER_SECONDS = 4.0  # reading the next question aloud


class SimClock:
    def __init__(self, start: datetime = EPOCH) -> None:
        self.now = start

    def advance(self, seconds: float) -> datetime:
        self.now += timedelta(seconds=seconds)
        return self.now


def speaking_seconds(text: str) -> float:
    return THINK_SECONDS + len(text.split()) / WORDS_PER_SECOND


@dataclass
class SimulatedInterview:
    """One played interview: the interviewer's final state plus the candidate's ground truth."""

    persona: PersonaSpec
    job: JobDetails
    state: InterviewState
    interviewer_name: str
    seed: int
    answers: dict[int, SimulatedAnswer] = field(default_factory=dict)  # by turn index
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
                asked_at=turn.asked_at,
                answered_at=turn.answered_at or turn.asked_at,
                labels=TurnLabels(comfort=self.answers[turn.index].comfort, vague=self.answers[turn.index].vague),
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
            started_at=self.state.started_at,
            ended_at=self.state.ended_at or self.state.started_at,
            turns=turns,
            final_feedback=self.state.final_feedback or "",
            labels=ground_truth_labels(self.persona, self.job),
        )


def ground_truth_labels(persona: PersonaSpec, job: JobDetails) -> InterviewLabels:
    score = persona.expected_score()
    rationale = f"simulated persona: level {persona.level}, behaviours {', '.join(persona.behaviours) or 'plain'}"
    return InterviewLabels(
        competencies=[
            CompetencyLabel(name=name, score=score, rationale=rationale) for name in job_competencies(job)
        ],
        overall=float(score),
        labeller="simulated-ground-truth",
    )


def synthetic_resume(persona: PersonaSpec, job: JobDetails) -> str:
    """A short made-up resume consistent with the persona's level (no real person)."""
    skills = ", ".join(job.skills_required[:4]) or job.title
    years = {"strong": 8, "average": 4, "weak": 1}[persona.level]
    return f"Summary: {years} years of experience. Skills: {skills}. Education: BSc Computer Science."


def _timed(call: Callable[[], object], latencies: list[float]) -> object:
    started = time.perf_counter()
    result = call()
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
    resume = synthetic_resume(persona, job)
    state = _timed(lambda: interviewer.start(job, candidate, resume, prefs, clock.now), latencies)
    assert isinstance(state, InterviewState)
    played = SimulatedInterview(persona, job, state, interviewer.name, seed, latencies_ms=latencies)
    for _ in range(max_turns):
        if state.completed or state.current_question is None:
            break
        turn = state.turns[-1]
        reply = answerer.answer(turn.question, turn.phase, turn.kind, job)
        clock.advance(speaking_seconds(reply.text))
        current = state
        outcome = _timed(lambda: interviewer.answer(current, reply.text, clock.now), latencies)
        assert isinstance(outcome, tuple)
        state = outcome[0]
        played.answers[turn.index] = reply
        clock.advance(INTERVIEWER_SECONDS)
        if outcome[1].completed:
            break
    else:
        played.hit_turn_limit = True
    if not state.completed or state.assessment is None:
        final = state
        state = _timed(lambda: interviewer.finish(final, clock.now), latencies)
        assert isinstance(state, InterviewState)
    played.state = state
    return played
