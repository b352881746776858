"""Write batches: what a live session changes in one step, merged across sessions into one transaction.

DuckDB pays a few milliseconds per statement and per commit, whatever the row count; so the server's writes
are data (rows per table), not code, and the writer thread applies every batch waiting in its queue with one
statement per table and one commit (group commit).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import duckdb
import pyarrow as pa

from workbench.models import InterviewState, utc_now
from workbench.store.records import (
    EventToWrite,
    SavedState,
    SessionSource,
    StoredState,
    TurnRow,
    answered_since,
)
from workbench.store.split import opening_json

SESSION_UPDATE_COLUMNS = (
    "id",
    "status",
    "state",
    "plan_key",
    "phase",
    "questions_asked",
    "overall",
    "final_feedback",
    "ended_at",
    "updated_at",
)


@dataclass
class WriteBatch:
    new_sessions: list[dict[str, Any]] = field(default_factory=list)
    session_updates: list[dict[str, Any]] = field(default_factory=list)
    turns: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    # Stored turns' assessments graded after their answer's save (`SavedState.graded`), in the order given.
    grades: list[dict[str, Any]] = field(default_factory=list)

    def extend(self, other: WriteBatch) -> None:
        self.new_sessions += other.new_sessions
        self.session_updates += other.session_updates
        self.turns += other.turns
        self.events += other.events
        self.grades += other.grades

    def add_events(self, events: Sequence[EventToWrite]) -> WriteBatch:
        self.events += [
            {
                "session_id": e.session_id,
                "candidate_id": e.candidate_id,
                "direction": e.direction,
                "type": e.type,
                "payload": e.payload_json,
                "occurred_at": e.at,
            }
            for e in events
        ]
        return self


def new_session(
    session_id: str,
    state: InterviewState,
    stored: StoredState,
    interviewer: str,
    deadline: datetime,
    source: SessionSource = "live",
) -> WriteBatch:
    now = utc_now()
    row = {
        "id": session_id,
        "job_id": state.job.id,
        "candidate_id": state.candidate_id,
        "status": "active",
        "source": source,
        "interviewer": interviewer,
        "preferences": state.preferences.model_dump_json(),
        "opening": opening_json(state),
        "state": stored.json,
        "plan_key": stored.plan_key,
        "phase": state.phase.value,
        "questions_asked": state.questions_asked,
        "started_at": state.started_at,
        "updated_at": now,
        "deadline_at": deadline,
    }
    answered = (TurnRow.of(turn) for turn in answered_since(state, 0))
    return WriteBatch(new_sessions=[row], turns=turn_rows(session_id, answered))


def state_saved(session_id: str, saved: SavedState) -> WriteBatch:
    """The session row brought up to the saved state (its moving part: `split.py`), and the turns answered since
    the last save appended."""
    facts = saved.facts
    update = {
        "id": session_id,
        "status": "ended" if facts.completed else "active",
        "state": saved.stored.json,
        "plan_key": saved.stored.plan_key,
        "phase": facts.phase.value,
        "questions_asked": facts.questions_asked,
        "overall": facts.overall,
        "final_feedback": facts.final_feedback,
        "ended_at": facts.ended_at,
        "updated_at": utc_now(),
    }
    grades = [{"session_id": session_id, "idx": index, "assessment": json} for index, json in saved.graded]
    return WriteBatch(session_updates=[update], turns=turn_rows(session_id, saved.answered), grades=grades)


def turn_rows(session_id: str, answered: Iterable[TurnRow]) -> list[dict[str, Any]]:
    return [
        {
            "session_id": session_id,
            "idx": turn.index,
            "phase": turn.phase,
            "kind": turn.kind,
            "question": turn.question,
            "answer": turn.answer,
            "asked_at": turn.asked_at,
            "answered_at": turn.answered_at,
            "assessment": turn.assessment,
            "backend": turn.backend,
            "labels": None,
            "question_id": turn.question_id,
            "competency_id": turn.competency_id,
            "topic": turn.topic,
            "answer_kind": turn.answer_kind,
        }
        for turn in answered
    ]


def _arrow(rows: list[dict[str, Any]], columns: tuple[str, ...] | None = None) -> pa.Table:
    # The first row's columns: one batch holds rows of one version (a journal written before a column existed
    # is replayed alone, at start-up, before anything new is written).
    names = columns or tuple(rows[0])
    arrays: dict[str, list[Any]] = {name: [row.get(name) for row in rows] for name in names}
    return pa.table({name: _array(values) for name, values in arrays.items()})


def _array(values: list[Any]) -> pa.Array:
    if any(isinstance(v, datetime) for v in values):
        return pa.array(values, type=pa.timestamp("us", tz="UTC"))
    return pa.array(values)


def _insert(
    con: duckdb.DuckDBPyConnection, table: str, rows: list[dict[str, Any]], where: str = "TRUE"
) -> None:
    if not rows:
        return
    frame = _arrow(rows)
    columns = ", ".join(frame.column_names)
    _run_on(
        con,
        "batch_rows",
        frame,
        f"INSERT INTO {table} ({columns}) SELECT {columns} FROM batch_rows WHERE {where}",
    )


def _run_on(con: duckdb.DuckDBPyConnection, name: str, frame: pa.Table, sql: str) -> None:
    """Run `sql` with `frame` registered as `name`, unregistered after whatever happens."""
    con.register(name, frame)
    try:
        con.execute(sql)
    finally:
        con.unregister(name)


def _update_sessions(con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    latest = {row["id"]: row for row in rows}  # the last write of a session in the group wins
    frame = _arrow(list(latest.values()), SESSION_UPDATE_COLUMNS)
    assignments = ", ".join(f"{c} = u.{c}" for c in SESSION_UPDATE_COLUMNS[1:])
    sql = f"UPDATE sessions SET {assignments} FROM session_updates u WHERE sessions.id = u.id"
    _run_on(con, "session_updates", frame, sql)


def _update_grades(con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    latest = {(row["session_id"], row["idx"]): row for row in rows}  # one update per row: the last grade wins
    frame = _arrow(list(latest.values()), ("session_id", "idx", "assessment"))
    _run_on(
        con,
        "graded_turns",
        frame,
        "UPDATE turns SET assessment = g.assessment FROM graded_turns g "
        "WHERE turns.session_id = g.session_id AND turns.idx = g.idx "
        "AND turns.assessment IS DISTINCT FROM g.assessment",  # the close sends every stored turn's grade
    )


def apply_batch(con: duckdb.DuckDBPyConnection, batch: WriteBatch) -> None:
    """Apply inside the caller's transaction: one statement per table. Events of erased sessions are not
    written (a late message after a restart); a new session may take an erased session's id again."""
    if batch.new_sessions:
        ids = [row["id"] for row in batch.new_sessions]
        con.execute("DELETE FROM erased_sessions WHERE list_contains(?, id)", [ids])
    _insert(con, "sessions", batch.new_sessions)
    _update_sessions(con, batch.session_updates)
    _insert(con, "turns", batch.turns)
    _update_grades(con, batch.grades)  # after the turns: a group may insert a turn and grade it
    _insert(con, "events", batch.events, "session_id NOT IN (SELECT id FROM erased_sessions)")
