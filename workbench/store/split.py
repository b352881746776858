"""A session's state as the store keeps it: what never changes written once, what changes written per answer.

A state repeats the job, the resume and every answered turn; rewriting it whole at each answer cost the store
more than half of its CPU and three quarters of its bytes per turn (`bench/store_turn_cost.py`), growing with
the interview. So a session row holds its *opening* (the job snapshot, the resume and the preferences, written
when the session starts) and its *moving* part (the rest of the state: the open question, comfort, notes,
assessment, the interviewer's scratch; the plan by reference), and each answered turn is a row of `turns`,
written once, with every field of the `Turn`. Loading puts the three back together.

A row written before this split holds the whole state and no opening; `split_whole_states` converts such rows
when a store is opened (after the journal's replay, which may bring more of them), so that the next save of a
session never meets an old row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

import orjson

from workbench.models import InterviewState, Turn

OPENING_FIELDS = frozenset({"job", "resume_text", "preferences"})
# The turns table's columns that hold a `Turn`'s fields, in the order `turn_dict` reads them.
TURN_FIELD_COLUMNS = (
    "idx",
    "phase",
    "kind",
    "question",
    "question_id",
    "competency_id",
    "topic",
    "asked_at",
    "answer",
    "answer_kind",
    "answered_at",
    "assessment",
    "backend",
)
TURN_FIELDS_SQL = ", ".join(TURN_FIELD_COLUMNS)


def opening_json(state: InterviewState) -> str:
    """What a session's state holds that never changes: written once, when the session starts."""
    return state.model_dump_json(include=set(OPENING_FIELDS))


def moving_json(state: InterviewState, *, plan_by_reference: bool) -> str:
    """The rest of the state, without its answered turns (rows of `turns`) and, when the store holds it, its
    plan (`StoredState.plan_key`)."""
    leave_out: dict[str, Any] = dict.fromkeys(OPENING_FIELDS, True)
    if plan_by_reference:
        leave_out["plan"] = True
    answered = {i for i, turn in enumerate(state.turns) if turn.answer is not None}
    if answered:
        leave_out["turns"] = answered
    return state.model_dump_json(exclude=leave_out)


def turn_dict(row: Sequence[Any]) -> dict[str, Any]:
    """A turns row (`TURN_FIELD_COLUMNS`) as the `Turn`'s JSON fields; a column a row written before the split
    lacks (NULL) takes the model's default."""
    fields = dict(zip(TURN_FIELD_COLUMNS, row, strict=True))
    fields["index"] = fields.pop("idx")
    assessment = fields.pop("assessment")
    turn = {key: _plain(value) for key, value in fields.items() if value is not None}
    if assessment is not None:
        turn["assessment"] = orjson.Fragment(assessment)
    return turn


def _plain(value: Any) -> Any:
    # DuckDB gives timestamps in its session's time zone; the state's are UTC.
    return value.astimezone(UTC) if isinstance(value, datetime) else value


def rebuild_state(
    state_json: str, opening: str | None, answered_turns: Callable[[], Iterable[Sequence[Any]]]
) -> InterviewState:
    """The session's state from its row's `state` and `opening` and its answered turns' rows (read only when
    the row is split: `answered_turns`). A row without an opening holds the whole state."""
    if opening is None:
        return InterviewState.model_validate_json(state_json)
    moving = orjson.loads(state_json)
    if "job" in moving:  # whole after all (an older journal replayed without its split: `store recover`)
        return InterviewState.model_validate_json(state_json)
    whole = {**orjson.loads(opening), **moving}
    whole["turns"] = [*(turn_dict(row) for row in answered_turns()), *moving.get("turns", ())]
    return InterviewState.model_validate_json(orjson.dumps(whole))


def split_row(state_json: str, plan_key: str | None) -> tuple[str, str, list[Turn]]:
    """A whole state's opening, moving part and answered turns (to write as rows)."""
    state = InterviewState.model_validate_json(state_json)
    answered = [turn for turn in state.turns if turn.answer is not None]
    return opening_json(state), moving_json(state, plan_by_reference=plan_key is not None), answered


def split_whole_states(con: Any, mark: str) -> int:
    """Split every session row that holds a whole state (written before the split, or replayed from an older
    journal), inside the caller's transaction: its opening and moving part in the row, its answered turns
    written again with every field (rows written before the split lack some). `con.execute` takes `mark`
    placeholders (DuckDB `?`, psycopg `%s`). Returns the number of sessions split."""
    rows = con.execute("SELECT id, state, plan_key FROM sessions WHERE opening IS NULL AND state IS NOT NULL")
    found = rows.fetchall()
    columns = ("session_id", *TURN_FIELD_COLUMNS)
    insert = f"INSERT INTO turns ({', '.join(columns)}) VALUES ({', '.join(mark for _ in columns)})"
    for session_id, state_json, plan_key in found:
        opening, moving, answered = split_row(state_json, plan_key)
        con.execute(
            f"UPDATE sessions SET opening = {mark}, state = {mark} WHERE id = {mark}",
            [opening, moving, session_id],
        )
        for turn in answered:
            con.execute(
                f"DELETE FROM turns WHERE session_id = {mark} AND idx = {mark}", [session_id, turn.index]
            )
            con.execute(insert, [session_id, *turn_values(turn)])
    return len(found)


def turn_values(turn: Turn) -> list[Any]:
    """A turn's values for `TURN_FIELD_COLUMNS`."""
    assessment = turn.assessment.model_dump_json() if turn.assessment else None
    return [
        turn.index,
        turn.phase.value,
        turn.kind,
        turn.question,
        turn.question_id,
        turn.competency_id,
        turn.topic,
        turn.asked_at,
        turn.answer,
        turn.answer_kind,
        turn.answered_at,
        assessment,
        turn.backend,
    ]
