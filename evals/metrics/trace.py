"""`InterviewTrace`: the one shape every metric reads, built from a simulation or a replayed recording."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from evals.answerers import STAR_PARTS
from evals.simulate import SimulatedInterview, ground_truth_labels
from workbench.interviewer.api import InterviewState
from workbench.interviewer.competencies import normalise_skill
from workbench.models import Comfort, JobDetails, Phase
from workbench.records import InterviewRecord

Source = Literal["simulated", "recorded"]


@dataclass(frozen=True)
class TraceTurn:
    index: int
    phase: Phase
    kind: str
    question: str
    answer: str | None
    predicted_comfort: Comfort | None = None
    label_comfort: Comfort | None = None
    label_vague: bool | None = None
    star_gap: bool | None = None  # None: unknown, metrics detect it lexically


@dataclass(frozen=True)
class InterviewTrace:
    id: str
    source: Source
    persona: str
    seed: int
    job: JobDetails
    turns: list[TraceTurn]
    started_at: datetime
    ended_at: datetime
    predicted_scores: dict[str, int] = field(default_factory=dict)
    predicted_overall: float | None = None
    true_scores: dict[str, int] = field(default_factory=dict)
    true_overall: float | None = None
    latencies_ms: list[float] = field(default_factory=list)
    hit_turn_limit: bool = False

    @property
    def minutes(self) -> float:
        return max(0.0, (self.ended_at - self.started_at).total_seconds() / 60.0)


def predicted_scores(state: InterviewState) -> tuple[dict[str, int], float | None]:
    if state.assessment is None:
        return {}, None
    scores = {normalise_skill(c.name): c.score for c in state.assessment.competencies}
    return scores, state.assessment.overall


def _end_time(state: InterviewState) -> datetime:
    if state.ended_at is not None:
        return state.ended_at
    answered = [t.answered_at for t in state.turns if t.answered_at is not None]
    return max(answered, default=state.started_at)


def trace_from_simulation(played: SimulatedInterview) -> InterviewTrace:
    state = played.state
    turns = []
    for turn in state.turns:
        truth = played.answers.get(turn.index)
        turns.append(
            TraceTurn(
                index=turn.index,
                phase=turn.phase,
                kind=turn.kind,
                question=turn.question,
                answer=turn.answer,
                predicted_comfort=turn.assessment.comfort if turn.assessment else None,
                label_comfort=truth.comfort if truth else None,
                label_vague=truth.vague if truth else None,
                star_gap=(truth.star_parts != STAR_PARTS)
                if truth and turn.phase is Phase.BEHAVIORAL
                else None,
            )
        )
    scores, overall = predicted_scores(state)
    expected = played.persona.expected_score()
    return InterviewTrace(
        id=played.record_id,
        source="simulated",
        persona=played.persona.name,
        seed=played.seed,
        job=played.job,
        turns=turns,
        started_at=state.started_at,
        ended_at=_end_time(state),
        predicted_scores=scores,
        predicted_overall=overall,
        true_scores={
            normalise_skill(c.name): c.score
            for c in ground_truth_labels(played.persona, played.job).competencies
        },
        true_overall=float(expected),
        latencies_ms=list(played.latencies_ms),
        hit_turn_limit=played.hit_turn_limit,
    )


def trace_from_replay(
    record: InterviewRecord, job: JobDetails, state: InterviewState, latencies_ms: list[float]
) -> InterviewTrace:
    """A recorded transcript whose answers were replayed through an interviewer.

    Turn labels are aligned by answer order: the n-th answer the interviewer assessed is the n-th recorded
    answer, whatever question the interviewer asked before it.
    """
    answered = [t for t in state.turns if t.answer is not None]
    turns = []
    for position, turn in enumerate(answered):
        label = record.turns[position].labels if position < len(record.turns) else None
        turns.append(
            TraceTurn(
                index=turn.index,
                phase=turn.phase,
                kind=turn.kind,
                question=turn.question,
                answer=turn.answer,
                predicted_comfort=turn.assessment.comfort if turn.assessment else None,
                label_comfort=label.comfort if label else None,
                label_vague=label.vague if label else None,
            )
        )
    scores, overall = predicted_scores(state)
    return InterviewTrace(
        id=record.id,
        source="recorded",
        persona=f"{record.persona.level}:{'+'.join(record.persona.behaviours) or 'plain'}",
        seed=0,
        job=job,
        turns=turns,
        started_at=state.started_at,
        ended_at=_end_time(state),
        predicted_scores=scores,
        predicted_overall=overall,
        true_scores={normalise_skill(c.name): c.score for c in record.labels.competencies},
        true_overall=record.labels.overall,
        latencies_ms=latencies_ms,
    )
