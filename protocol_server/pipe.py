"""What crosses an interviewer worker's pipe (`interviewer_pool.py`, `interviewer_worker.py`): length-prefixed
pickles of plain values, the worker's reply to a turn (`Thought`), and the conversions of a turn's records to
plain values and back (pickling models, enums and aware datetimes cost more than the turn's own reading of them).
"""

from __future__ import annotations

import pickle
import struct
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from workbench.interviewer.api import NextStep
from workbench.models import (
    CandidateDetails,
    Comfort,
    InterviewOpening,
    InterviewPlan,
    JobDetails,
    Phase,
    Preferences,
    StateFacts,
)
from workbench.store.records import Grade, TurnRow

HEADER = struct.Struct(">I")
MAX_MESSAGE_BYTES = 64 * 2**20
PlanKey = tuple[str, int, str]


@dataclass(frozen=True)
class Thought:
    """A worker's answer to a turn: the new state (its JSON without the plan when it still holds the sent
    plan, else whole), what committing and replying read of it (`facts`, and the rows of the turns answered
    in this turn), so that the server need not parse the state nor those turns, and the interviewer's reply
    (`NextStep`'s fields: cheaper to send than the model)."""

    state_json: str
    plan_kept: bool
    step_fields: dict[str, Any]
    facts_fields: tuple[Any, ...]  # `plain_facts`
    answered_rows: tuple[tuple[Any, ...], ...]  # `plain_turn_row` of each
    mark: int | None = None  # the worker keeps this state under this mark (`EncodedState.mark`)
    moving_json: str | None = None  # with `plan_kept`: what the store writes of the state (`store.split`)
    # The grades of the turns the server's state held ungraded (`records.graded_rows`): written with this turn.
    graded_rows: tuple[Grade, ...] = ()

    def __reduce__(self) -> tuple[type[Thought], tuple[Any, ...]]:
        """Pickled as its fields in order, without the default's dict of field names: 4.2 -> 1.8 us to write
        in the worker per turn (reading it back is the state's JSON text, ~5 us either way)."""
        fields = (self.state_json, self.plan_kept, self.step_fields, self.facts_fields, self.answered_rows)
        return (Thought, (*fields, self.mark, self.moving_json, self.graded_rows))

    @property
    def step(self) -> NextStep:
        return NextStep.model_validate(self.step_fields)

    @property
    def facts(self) -> StateFacts:
        return facts_of_plain(self.facts_fields)

    @property
    def answered(self) -> tuple[TurnRow, ...]:
        return tuple(turn_row_of_plain(row) for row in self.answered_rows)


def plain_turn_row(row: TurnRow) -> tuple[Any, ...]:
    """An answered turn's row as plain values for the pipe (its times as `plain_time` sends them): the server
    stores it as it comes, where it parsed the turn's JSON into a model (7 us a turn on the event loop) and
    serialised its assessment again (3 us)."""
    return (
        row.index,
        row.phase,
        row.kind,
        row.question,
        row.answer,
        plain_time(row.asked_at),
        plain_time(row.answered_at) if row.answered_at is not None else None,
        row.assessment,
        row.backend,
        row.question_id,
        row.competency_id,
        row.topic,
        row.answer_kind,
    )


def turn_row_of_plain(fields: tuple[Any, ...]) -> TurnRow:
    """`plain_turn_row`'s row again."""
    index, phase, kind, question, answer, asked, answered, assessment, backend, *rest = fields
    answered_at = time_of_plain(answered) if answered is not None else None
    asked_at = time_of_plain(asked)
    return TurnRow(index, phase, kind, question, answer, asked_at, answered_at, assessment, backend, *rest)


def plain_facts(facts: StateFacts) -> tuple[Any, ...]:
    """`facts` as plain values for the pipe: pickling the dataclass with its enums and aware datetimes cost
    about 14 µs a turn (both sides), these about 1 µs (`facts_of_plain` makes the same facts again)."""
    return (
        facts.candidate_id,
        facts.phase.value,
        facts.questions_asked,
        facts.answers_given,
        facts.comfort.value,
        facts.completed,
        facts.started_at.isoformat(),
        facts.ended_at.isoformat() if facts.ended_at else None,
        facts.max_duration,
        facts.overall,
        facts.final_feedback,
        facts.ungraded,
    )


def plain_time(moment: datetime) -> str | datetime:
    """A turn's time for the pipe: a UTC time as its ISO text (pickling an aware datetime with its time zone
    took 8 us of the event loop's per turn, reading it 2.6-4.6 us of the worker's; as text, ~1 us each);
    any other kept as it is."""
    return moment.isoformat() if moment.tzinfo is UTC else moment


def time_of_plain(value: str | datetime) -> datetime:
    """`plain_time`'s time again (the same instant, in UTC)."""
    return datetime.fromisoformat(value) if isinstance(value, str) else value


def opening_fields(opening: InterviewOpening) -> tuple[str, str, str, str, str | datetime]:
    """An opening for the pipe, but its plan (sent once per worker, by key): its records as JSON, its time plain."""
    return (
        opening.job.model_dump_json(),
        opening.candidate.model_dump_json(),
        opening.resume,
        opening.preferences.model_dump_json(),
        plain_time(opening.now),
    )


def opening_of_fields(fields: tuple[Any, ...], plan: InterviewPlan | None) -> InterviewOpening:
    """`opening_fields`' opening again, with the plan the worker holds."""
    job_json, candidate_json, resume, preferences_json, sent_at = fields
    return InterviewOpening(
        job=JobDetails.model_validate_json(job_json),
        candidate=CandidateDetails.model_validate_json(candidate_json),
        resume=resume,
        preferences=Preferences.model_validate_json(preferences_json),
        now=time_of_plain(sent_at),
        plan=plan,
    )


def facts_of_plain(fields: tuple[Any, ...]) -> StateFacts:
    (
        candidate,
        phase,
        asked,
        answers,
        comfort,
        completed,
        started,
        ended,
        limit,
        overall,
        feedback,
        ungraded,
    ) = fields
    return StateFacts(
        candidate_id=candidate,
        phase=Phase(phase),
        questions_asked=asked,
        answers_given=answers,
        comfort=Comfort(comfort),
        completed=completed,
        started_at=datetime.fromisoformat(started),
        ended_at=datetime.fromisoformat(ended) if ended else None,
        max_duration=limit,
        overall=overall,
        final_feedback=feedback,
        ungraded=ungraded,
    )


def plan_key(plan: InterviewPlan) -> PlanKey:
    return (plan.job_id, plan.version, plan.key)


def message_size(header: bytes) -> int:
    """The size a message's header announces; a corrupt or hostile size is refused before it is read."""
    (size,) = HEADER.unpack(header)
    if size > MAX_MESSAGE_BYTES:
        raise ValueError(f"message of {size} bytes announced")
    return int(size)


def write_message(stream: Any, message: object) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(HEADER.pack(len(data)) + data)
