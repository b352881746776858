"""`InterviewTrace`: the one shape every metric reads, built from a simulation or a replayed recording."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, Protocol

from evals.answerers import STAR_PARTS
from evals.simulate import SimulatedInterview, ground_truth_labels
from workbench.interviewer.api import InterviewState
from workbench.interviewer.competencies import normalise_skill
from workbench.models import Comfort, JobDetails, Phase, Turn
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
    # Ground truth of the reply (simulations): answer, clarification_request, candidate_question, off_topic,
    # disclaimer; and for a candidate question what it asked about (salary, next_steps). None: unknown.
    answer_intent: str | None = None
    asks_about: str = ""
    wrong: bool = False  # the reply stated wrong or unsafe practice (ground truth)
    reply: str | None = None  # what the interviewer said next (acknowledgement + question), if recorded
    question_id: str = ""
    competency_id: str = ""


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
    evidence: dict[str, str] = field(default_factory=dict)  # competency -> quote the interviewer cited
    resume_text: str = ""
    plan_questions: tuple[str, ...] = ()  # the core questions of the plan the interviewer published, if any
    plan_competencies: dict[str, str] = field(default_factory=dict)  # plan competency id -> normalised name
    # For recordings: words and figures in the answers to each labelled competency's questions (baselines).
    competency_words: dict[str, int] = field(default_factory=dict)
    competency_figures: dict[str, int] = field(default_factory=dict)
    answer_words: int = 0  # all answers of the recording (its replies that are answers)
    answer_figures: int = 0

    @property
    def minutes(self) -> float:
        return max(0.0, (self.ended_at - self.started_at).total_seconds() / 60.0)


def predicted_scores(state: InterviewState) -> tuple[dict[str, int], float | None]:
    """Scores the interviewer gave; a competency scored null (no evidence) is left out, as is a null overall."""
    if state.assessment is None:
        return {}, None
    scores: dict[str, int] = {}
    for competency in state.assessment.competencies:
        score: int | None = competency.score
        if score is not None:
            scores[normalise_skill(competency.name)] = int(score)
    overall: float | None = state.assessment.overall
    return scores, overall


def evidence_quotes(state: InterviewState) -> dict[str, str]:
    if state.assessment is None:
        return {}
    return {
        normalise_skill(c.name): c.evidence.strip()
        for c in state.assessment.competencies
        if c.evidence.strip() and c.score is not None
    }


def plan_questions(state: InterviewState) -> tuple[str, ...]:
    return tuple(q.text for q in state.plan.questions if q.kind == "core") if state.plan else ()


def plan_competencies(state: InterviewState) -> dict[str, str]:
    return {c.id: normalise_skill(c.name) for c in state.plan.competencies} if state.plan else {}


def _end_time(state: InterviewState) -> datetime:
    if state.ended_at is not None:
        return state.ended_at
    answered = [t.answered_at for t in state.turns if t.answered_at is not None]
    return max(answered, default=state.started_at)


class _Labelled(Protocol):
    """A turn's comfort and vagueness labels: a simulated answer's ground truth or a recorded turn's labels."""

    @property
    def comfort(self) -> Comfort: ...
    @property
    def vague(self) -> bool: ...


def _trace_turn(turn: Turn, label: _Labelled | None, **more: Any) -> TraceTurn:
    """The trace of one turn with its labels (None: unlabelled) and `more` of what its source knows."""
    return TraceTurn(
        index=turn.index,
        phase=turn.phase,
        kind=turn.kind,
        question=turn.question,
        answer=turn.answer,
        predicted_comfort=turn.assessment.comfort if turn.assessment else None,
        label_comfort=label.comfort if label else None,
        label_vague=label.vague if label else None,
        question_id=turn.question_id,
        competency_id=turn.competency_id,
        **more,
    )


def trace_from_simulation(played: SimulatedInterview) -> InterviewTrace:
    state = played.state
    turns = []
    for turn in state.turns:
        truth = played.answers.get(turn.index)
        turns.append(
            _trace_turn(
                turn,
                truth,
                star_gap=(truth.star_parts != STAR_PARTS)
                if truth and turn.phase is Phase.BEHAVIORAL
                else None,
                answer_intent=truth.intent if truth else None,
                asks_about=truth.asks_about if truth else "",
                wrong=truth.wrong if truth else False,
                reply=played.replies.get(turn.index),
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
        evidence=evidence_quotes(state),
        resume_text=played.resume_text,
        plan_questions=plan_questions(state),
        plan_competencies=plan_competencies(state),
    )


def trace_from_replay(
    record: InterviewRecord,
    job: JobDetails,
    state: InterviewState,
    latencies_ms: list[float],
    scored: InterviewState | None = None,
) -> InterviewTrace:
    """A recorded transcript whose answers were replayed through an interviewer. Its scores come from
    `scored` when given: the recorded answers judged against their own questions (`assessment_replay`).

    Turn labels are aligned by answer order: the n-th answer the interviewer assessed is the n-th recorded
    answer, whatever question the interviewer asked before it.
    """
    answered = [t for t in state.turns if t.answer is not None]
    turns = []
    for position, turn in enumerate(answered):
        label = record.turns[position].labels if position < len(record.turns) else None
        turns.append(_trace_turn(turn, label))
    scores, overall = predicted_scores(scored or state)
    words, figures = answer_size_by_competency(record)
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
        evidence=evidence_quotes(scored or state),
        plan_questions=plan_questions(state),
        plan_competencies=plan_competencies(state),
        competency_words=words,
        competency_figures=figures,
        answer_words=sum(len(t.answer.split()) for t in record.turns if t.answer_kind == "answer"),
        answer_figures=sum(count_figures(t.answer) for t in record.turns if t.answer_kind == "answer"),
    )


FIGURE = re.compile(r"\d[\d,.]*")


def count_figures(text: str) -> int:
    """Figures cited: digit groups ("36", "£600,000", "0.008")."""
    return len(FIGURE.findall(text))


def answer_size_by_competency(record: InterviewRecord) -> tuple[dict[str, int], dict[str, int]]:
    """Per labelled competency: words and figures in the answers to the questions that measure it. A
    competency no question measures (communication) gets the whole interview's answers."""
    answers = [turn for turn in record.turns if turn.answer_kind == "answer"]
    all_text = " ".join(turn.answer for turn in answers)
    words: dict[str, int] = {}
    figures: dict[str, int] = {}
    for label in record.labels.competencies:
        name = normalise_skill(label.name)
        mine = [turn.answer for turn in answers if normalise_skill(turn.competency) == name]
        text = " ".join(mine) if mine else all_text
        words[name] = len(text.split())
        figures[name] = count_figures(text)
    return words, figures
