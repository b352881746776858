"""Read models of the store: what the REST API and research tools get back."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

import orjson
from pydantic import BaseModel, Field

from workbench.models import (
    Backend,
    InterviewPlan,
    InterviewState,
    Scorecard,
    SessionAssessment,
    StateFacts,
    Turn,
)
from workbench.store.split import moving_json

log = logging.getLogger(__name__)
SessionStatus = Literal["active", "ended"]
SessionSource = Literal["live", "dataset", "simulated"]


@dataclass(frozen=True, slots=True)
class StoredState:
    """A session's state as the store writes it. With `plan_key`, `json` leaves the plan out: it is the job's
    stored plan with that key (plans never change once stored), so the store keeps the reference and puts the
    plan back when it loads the session. A plan is about two thirds of a state's bytes, which were otherwise
    rewritten at every answered turn: journal, DuckDB and PostgreSQL all paid for them."""

    json: str
    plan_key: str | None = None

    @classmethod
    def whole(cls, state: InterviewState) -> StoredState:
        """The state's moving part with its plan inline (see `split.moving_json`)."""
        return cls(moving_json(state, plan_by_reference=False))


@dataclass(frozen=True, slots=True)
class TurnRow:
    """An answered turn as the turns table stores it (its columns but the session's id). Made where the turn
    is (`of`): an interviewer worker sends these values, so the event loop neither parses the turn back into a
    model nor serialises its assessment again."""

    index: int
    phase: str
    kind: str
    question: str
    answer: str | None
    asked_at: datetime
    answered_at: datetime | None
    assessment: str | None  # the assessment's JSON
    backend: str
    # The rest of the turn: with them the row is the whole `Turn`, and a session's state need not repeat it.
    question_id: str = ""
    competency_id: str = ""
    topic: str = ""
    answer_kind: str = "answer"

    @classmethod
    def of(cls, turn: Turn) -> TurnRow:
        return cls(
            turn.index,
            turn.phase.value,
            turn.kind,
            turn.question,
            turn.answer,
            turn.asked_at,
            turn.answered_at,
            turn.assessment.model_dump_json() if turn.assessment else None,
            turn.backend,
            turn.question_id,
            turn.competency_id,
            turn.topic,
            turn.answer_kind,
        )


@dataclass(frozen=True, slots=True)
class SavedState:
    """A session's new state as a save writes it: its JSON (`stored`), the row's columns read from it
    (`facts`), and the turns answered since the session's last save (`answered`, appended to the turns table).
    Built where the state is parsed (`of`), so that a process holding only the state's JSON can save it."""

    stored: StoredState
    facts: StateFacts
    answered: tuple[TurnRow, ...]
    # The grades of turns stored before with a provisional assessment (`InterviewState.ungraded`): their
    # index and assessment's JSON, written over the stored turn's assessment.
    graded: tuple[Grade, ...] = ()

    @classmethod
    def of(
        cls,
        state: InterviewState,
        stored: StoredState,
        answered_before: int,
        ungraded_before: tuple[int, ...] = (),
    ) -> SavedState:
        """`state` saved after a save that held `answered_before` answers, of which `ungraded_before` (turn
        indices) waited for their grade."""
        answered = answered_since(state, answered_before)
        grades = graded_rows(state, ungraded_before, answered_before)
        return cls(stored, StateFacts.of(state), tuple(TurnRow.of(turn) for turn in answered), grades)


Grade = tuple[int, str]  # a stored turn's index and its graded assessment's JSON


def answered_since(state: InterviewState, answered_before: int) -> tuple[Turn, ...]:
    """The answered turns after the first `answered_before` (turns are stored once answered; the question
    still open lives in the session's state)."""
    return tuple(turn for turn in state.turns if turn.answer is not None)[answered_before:]


def graded_rows(state: InterviewState, graded: tuple[int, ...], answered_before: int) -> tuple[Grade, ...]:
    """The grades `state` now holds of the turns `graded` (indices) that a save holding `answered_before` answers
    stored with a provisional assessment; a turn answered since is written whole instead, and a grade still
    pending is not written. An ended interview's turns all hold their final grade (`turn_grades`): every stored
    turn's is written."""
    if not graded and not state.completed:  # most turns: nothing to write over
        return ()
    stored = {turn.index: turn for turn in answered_since(state, 0)[:answered_before]}
    pending = set(state.ungraded)
    grades = []
    for index in sorted(set(stored) if state.completed else set(graded)):
        turn = stored.get(index)
        if turn is not None and turn.assessment is not None and index not in pending:
            grades.append((index, turn.assessment.model_dump_json()))
    return tuple(grades)


def load_stored_state(
    state: InterviewState, plan_json: str | None, plan_key: str | None
) -> tuple[InterviewState, bool]:
    """A stored state (`split.rebuild_state`) with its plan put back (`plan_json`: the plan the row's
    `plan_key` names), and whether that plan is the store's own (so the state may go on referring to it)."""
    if state.plan is not None or plan_key is None:
        return state, False
    if plan_json is None:  # plans are never deleted: only a damaged store gets here
        log.error("a session's plan %s is not in the store; it is loaded without its plan", plan_key)
        return state, False
    state.plan = InterviewPlan.model_validate_json(plan_json)
    return state, True


class SessionSummary(BaseModel):
    id: str
    job_id: str
    candidate_id: str
    status: SessionStatus
    source: SessionSource
    interviewer: str
    split: str | None = None
    phase: str
    questions_asked: int
    overall: float | None = None
    started_at: datetime
    ended_at: datetime | None = None
    updated_at: datetime


class TurnView(Turn):
    """A stored turn as the REST API and research tools read it: the interview's own `Turn` (one shape end to
    end), plus the human labels of recorded interviews; a recorded turn names no backend."""

    backend: Backend | None = None  # type: ignore[assignment]
    labels: dict[str, Any] | None = None


class SessionDetail(SessionSummary):
    preferences: dict[str, Any] = Field(default_factory=dict)
    persona: dict[str, Any] | None = None
    labels: dict[str, Any] | None = None
    final_feedback: str | None = None
    assessment: SessionAssessment | None = None
    scorecard: Scorecard | None = Field(
        default=None,
        description="The hiring scorecard (per competency score, rubric level, evidence, coverage).",
    )
    turns: list[TurnView] = Field(default_factory=list)


class EventRecord(BaseModel):
    session_id: str
    candidate_id: str | None = None
    direction: Literal["in", "out"]
    type: str
    payload: dict[str, Any]
    at: datetime

    @property
    def payload_json(self) -> str:
        """The payload as JSON text. orjson: a fifth of the time of `json` (two events per answered turn, on
        the event loop); what it refuses (a lone surrogate, an integer past 64 bits) `json` still writes."""
        try:
            return orjson.dumps(self.payload, default=str).decode()
        except TypeError:
            return json.dumps(self.payload, default=str)


@dataclass(frozen=True, slots=True)
class NewEvent:
    """A protocol message on its way to the event log, its payload already JSON: the server serialises a
    reply's data once, for the wire and for the log (`protocol_server.events`), where it made the payload's
    dict, validated it into an `EventRecord` and serialised it again (~8 us an event, two events a turn)."""

    session_id: str
    candidate_id: str | None
    direction: Literal["in", "out"]
    type: str
    payload_json: str
    at: datetime


# What the stores write to the event log: the server's new events, or records (tests, tools, imports).
EventToWrite = EventRecord | NewEvent


class ErasureReport(BaseModel):
    candidate_id: str
    sessions: int
    turns: int
    events: int
