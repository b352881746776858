"""The OpenHire store: one DuckDB file holding jobs, candidates, sessions, turns and the event log.

`Store` is synchronous and owns one DuckDB connection; it is used from one thread at a time (the server wraps
it in `AsyncStore`, which runs every call on a single writer thread). DuckDB allows one writing process, so
while the server runs it owns the file (ARCHITECTURE.md).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from workbench.models import CandidateDetails, InterviewPlan, InterviewState, JobDetails, Turn
from workbench.store import compaction
from workbench.store.batch import WriteBatch, apply_batch
from workbench.store.compaction import erasure_marker as erasure_marker
from workbench.store.errors import DuplicateIdError
from workbench.store.journal import Journal, fsync_dir
from workbench.store.records import (
    ErasureReport,
    EventRecord,
    SessionDetail,
    SessionStatus,
    SessionSummary,
    TurnView,
    load_stored_state,
)
from workbench.store.recovery import JournalRefused as JournalRefused
from workbench.store.recovery import (
    Position,
    open_journal,
    read_position,
    record_position,
)
from workbench.store.recovery import journal_path as journal_path
from workbench.store.schema import migrate, rollback
from workbench.store.split import TURN_FIELDS_SQL, rebuild_state, split_whole_states
from workbench.store.sql import load_state_sql, select_sql

LOAD_STATE_SQL = load_state_sql("?", "s.opening")
JOB_COLUMNS = tuple(JobDetails.model_fields)
CANDIDATE_COLUMNS = tuple(CandidateDetails.model_fields)
SUMMARY_COLUMNS = tuple(SessionSummary.model_fields)
DETAIL_EXTRA_COLUMNS = ("preferences", "persona", "labels", "final_feedback", "state", "opening")
ANSWERED_TURNS_SQL = f"SELECT {TURN_FIELDS_SQL} FROM turns WHERE session_id = ? ORDER BY idx"
TURN_COLUMNS = (
    "session_id",
    "idx",
    "phase",
    "kind",
    "question",
    "answer",
    "asked_at",
    "answered_at",
    "assessment",
    "backend",
    "labels",
)


log = logging.getLogger(__name__)
EXPORT_SQL = {
    "jobs": "SELECT * FROM jobs ORDER BY created_at, id",
    "candidates": "SELECT * FROM candidates ORDER BY created_at, id",
    "sessions": """
        SELECT s.id, s.job_id, s.candidate_id, s.split, s.persona, s.preferences, s.interviewer, s.source,
               s.started_at, s.ended_at, coalesce(s.final_feedback, '') AS final_feedback, s.labels,
               json_extract(s.state, '$.assessment') AS assessment
        FROM sessions s ORDER BY s.started_at, s.id""",
    "turns": """
        SELECT session_id, idx AS "index", phase, kind, question, answer, asked_at, answered_at, labels,
               assessment
        FROM turns ORDER BY session_id, idx""",
}


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, default=str)


def _loads(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


class Store:
    """`journal=False` opens the DuckDB file without its journal (the operator's `store check`/`recover`)."""

    def __init__(self, path: Path | str, *, read_only: bool = False, journal: bool = True) -> None:
        self.path = Path(path)
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self.con = duckdb.connect(str(self.path), read_only=read_only)
        self._in_transaction = False
        self.journal: Journal | None = None
        if read_only:
            return
        try:
            migrate(self.con)
            if journal:
                self.journal = open_journal(self.con, self.path)
                with self.transaction() as con:  # after the replay: an older journal may bring whole states
                    split_whole_states(con, "?")
                if erasure_marker(self.path).exists():
                    self.compact()  # an erasure was cut short before its compaction
        except BaseException:
            self.close()
            raise

    @classmethod
    def on_connection(cls, path: Path, con: duckdb.DuckDBPyConnection) -> Store:
        """The store's calls on a connection opened elsewhere (no journal, no migration)."""
        store = object.__new__(cls)
        store.path, store.con, store._in_transaction, store.journal = path, con, False, None
        return store

    def read_view(self) -> Store:
        """A second connection to the same database, for reads on another thread: DuckDB runs them beside
        this connection's writes (without the GIL), each seeing the last commit. Make it on this connection's
        thread; close it (`close`) before this store closes or compacts its file."""
        return Store.on_connection(self.path, self.con.cursor())

    def close(self) -> None:
        if self.journal is not None:
            self.journal.close()
            self.journal = None
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """One transaction; nested use joins the outer one (the async store groups many writes in one)."""
        if self._in_transaction:
            yield self.con
            return
        self.con.execute("BEGIN TRANSACTION")
        self._in_transaction = True
        try:
            yield self.con
        except BaseException:
            rollback(self.con)
            raise
        else:
            self.con.execute("COMMIT")
        finally:
            self._in_transaction = False

    # --- interview plans: one per job and set of plan inputs, versioned in the order they were made ------

    def get_plan(self, job_id: str, key: str) -> InterviewPlan | None:
        row = _one(self.con.execute("SELECT plan FROM plans WHERE job_id = ? AND key = ?", [job_id, key]))
        return InterviewPlan.model_validate_json(row[0]) if row else None

    def save_plan(self, plan: InterviewPlan) -> InterviewPlan:
        """Store the plan as the job's next version; a plan with the same inputs already stored wins."""
        with self.transaction() as con:
            existing = self.get_plan(plan.job_id, plan.key)
            if existing is not None:
                return existing
            row = _one(con.execute("SELECT max(version) FROM plans WHERE job_id = ?", [plan.job_id]))
            stored = plan.model_copy(update={"version": int(row[0] or 0) + 1 if row else 1})
            con.execute(
                "INSERT INTO plans (job_id, version, key, plan, created_at) VALUES (?, ?, ?, ?, ?)",
                [stored.job_id, stored.version, stored.key, stored.model_dump_json(), stored.created_at],
            )
        return stored

    def is_empty(self) -> bool:
        row = _one(self.con.execute("SELECT (SELECT count(*) FROM jobs) + (SELECT count(*) FROM candidates)"))
        return bool(row and row[0] == 0)

    # --- jobs and candidates --------------------------------------------------------------------------

    def _exists(self, table: str, record_id: str) -> bool:
        return _one(self.con.execute(f"SELECT 1 FROM {table} WHERE id = ?", [record_id])) is not None

    def add_job(self, job: JobDetails) -> JobDetails:
        if self._exists("jobs", job.id):
            raise DuplicateIdError(f"Job with ID {job.id} already exists")
        values = [getattr(job, column) for column in JOB_COLUMNS]
        self.con.execute(
            f"INSERT INTO jobs ({', '.join(JOB_COLUMNS)}) VALUES ({_marks(JOB_COLUMNS)})", values
        )
        return job

    def get_job(self, job_id: str) -> JobDetails | None:
        rows = self._select("jobs", JOB_COLUMNS, "id = ?", [job_id])
        return JobDetails.model_validate(rows[0]) if rows else None

    def list_jobs(self, limit: int = 50, offset: int = 0) -> list[JobDetails]:
        rows = self._select(
            "jobs", JOB_COLUMNS, "TRUE", [], order="created_at, id", limit=limit, offset=offset
        )
        return [JobDetails.model_validate(row) for row in rows]

    def add_candidate(self, candidate: CandidateDetails) -> CandidateDetails:
        if self._exists("candidates", candidate.id):
            raise DuplicateIdError(f"Candidate with ID {candidate.id} already exists")
        values = [getattr(candidate, column) for column in CANDIDATE_COLUMNS]
        columns = ", ".join(CANDIDATE_COLUMNS)
        self.con.execute(f"INSERT INTO candidates ({columns}) VALUES ({_marks(CANDIDATE_COLUMNS)})", values)
        return candidate

    def get_candidate(self, candidate_id: str) -> CandidateDetails | None:
        rows = self._select("candidates", CANDIDATE_COLUMNS, "id = ?", [candidate_id])
        return CandidateDetails.model_validate(rows[0]) if rows else None

    def list_candidates(self, limit: int = 50, offset: int = 0) -> list[CandidateDetails]:
        rows = self._select(
            "candidates", CANDIDATE_COLUMNS, "TRUE", [], order="created_at, id", limit=limit, offset=offset
        )
        return [CandidateDetails.model_validate(row) for row in rows]

    def candidate_session_ids(self, candidate_id: str) -> list[str] | None:
        """The candidate's session ids, or None when there is no such candidate."""
        if not self._exists("candidates", candidate_id):
            return None
        rows = self.con.execute("SELECT id FROM sessions WHERE candidate_id = ?", [candidate_id]).fetchall()
        return [row[0] for row in rows]

    def erased_sessions(self, session_ids: list[str]) -> set[str]:
        rows = self.con.execute(
            "SELECT id FROM erased_sessions WHERE list_contains(?, id)", [session_ids]
        ).fetchall()
        return {row[0] for row in rows}

    def erase_candidate(self, candidate_id: str) -> ErasureReport | None:
        """Erase the candidate (`erase_rows`) and rewrite the file at once (`compaction.compact`)."""
        report = self.erase_rows(candidate_id)
        if report is not None:
            compaction.compact(self)
        return report

    def erase_rows(self, candidate_id: str) -> ErasureReport | None:
        """Delete the candidate, their resume, sessions, turns and events; restart the journal, which holds their
        answers, and checkpoint, so that the WAL holds none of their rows. DuckDB keeps deleted rows in its
        blocks until the file is rewritten (compaction): until then the erasure marker says so, and a start
        compacts first. Call only when every journaled entry is applied (AsyncStore does)."""
        if not self._exists("candidates", candidate_id):
            return None
        marker = erasure_marker(self.path)
        marker.touch()
        fsync_dir(marker.parent)
        sessions = "SELECT id FROM sessions WHERE candidate_id = ?"
        their_events = "session_id IN (SELECT id FROM sessions WHERE candidate_id = $1) OR candidate_id = $1"
        with self.transaction() as con:
            events = _count(con, f"SELECT count(*) FROM events WHERE {their_events}", candidate_id)
            turns = _count(con, f"SELECT count(*) FROM turns WHERE session_id IN ({sessions})", candidate_id)
            n_sessions = _count(con, "SELECT count(*) FROM sessions WHERE candidate_id = ?", candidate_id)
            con.execute(
                "INSERT OR IGNORE INTO erased_sessions SELECT id FROM sessions WHERE candidate_id = ?",
                [candidate_id],
            )
            con.execute(f"DELETE FROM events WHERE {their_events}", [candidate_id])
            con.execute(f"DELETE FROM turns WHERE session_id IN ({sessions})", [candidate_id])
            con.execute("DELETE FROM sessions WHERE candidate_id = ?", [candidate_id])
            con.execute("DELETE FROM candidates WHERE id = ?", [candidate_id])
        if self.journal is not None:
            compaction.restart_journal(self)
        self.con.execute("CHECKPOINT")
        return ErasureReport(candidate_id=candidate_id, sessions=n_sessions, turns=turns, events=events)

    def compact(self) -> None:
        compaction.compact(self)

    # --- live sessions --------------------------------------------------------------------------------

    def journal_position(self) -> Position:
        """The last write-ahead journal entry this file holds, and where it ends in the journal."""
        return read_position(self.con)

    def apply_journaled(self, batch: WriteBatch, position: Position) -> None:
        """Apply journaled batches and record, in the same transaction, the last entry now held."""
        with self.transaction() as con:
            apply_batch(con, batch)
            record_position(con, position)

    def apply(self, batch: WriteBatch) -> None:
        """Apply a write batch (see `batch.py`) in one transaction, or inside the caller's."""
        with self.transaction() as con:
            apply_batch(con, batch)

    def load_state(self, session_id: str) -> tuple[InterviewState, str, SessionStatus, bool] | None:
        """A live session's state, interviewer and status, and whether its plan is a stored plan it refers to."""
        row = _one(self.con.execute(LOAD_STATE_SQL, [session_id]))
        if row is None:
            return None
        state, plan_stored = load_stored_state(self._rebuilt(session_id, row[0], row[5]), row[3], row[4])
        return state, row[1], row[2], plan_stored

    def _rebuilt(self, session_id: str, state_json: str, opening: str | None) -> InterviewState:
        return rebuild_state(
            state_json,
            opening,
            lambda: self.con.execute(ANSWERED_TURNS_SQL, [session_id]).fetchall(),
        )

    def overdue_session_ids(self, now: datetime, limit: int) -> list[str]:
        """Active live sessions whose deadline has passed (the server ends them)."""
        rows = self.con.execute(
            "SELECT id FROM sessions WHERE status = 'active' AND source = 'live' AND deadline_at <= ?"
            " ORDER BY deadline_at LIMIT ?",
            [now, limit],
        ).fetchall()
        return [row[0] for row in rows]

    def active_live_session_ids(self) -> list[str]:
        rows = self.con.execute(
            "SELECT id FROM sessions WHERE status = 'active' AND source = 'live' ORDER BY started_at"
        ).fetchall()
        return [row[0] for row in rows]

    # --- reading sessions -----------------------------------------------------------------------------

    def list_sessions(
        self,
        limit: int = 50,
        offset: int = 0,
        *,
        job_id: str | None = None,
        candidate_id: str | None = None,
        status: str | None = None,
        source: str | None = None,
        split: str | None = None,
    ) -> list[SessionSummary]:
        filters = {
            "job_id": job_id,
            "candidate_id": candidate_id,
            "status": status,
            "source": source,
            "split": split,
        }
        chosen = {column: value for column, value in filters.items() if value is not None}
        where = " AND ".join(f"{column} = ?" for column in chosen) or "TRUE"
        rows = self._select(
            "sessions",
            SUMMARY_COLUMNS,
            where,
            list(chosen.values()),
            order="started_at DESC, id",
            limit=limit,
            offset=offset,
        )
        return [SessionSummary.model_validate(row) for row in rows]

    def get_session(self, session_id: str) -> SessionDetail | None:
        rows = self._select("sessions", SUMMARY_COLUMNS + DETAIL_EXTRA_COLUMNS, "id = ?", [session_id])
        if not rows:
            return None
        row = rows[0]
        state_json, opening = row.pop("state"), row.pop("opening")
        state = self._rebuilt(session_id, state_json, opening) if state_json else None
        for column in ("preferences", "persona", "labels"):
            row[column] = _loads(row[column])
        row["preferences"] = row["preferences"] or {}
        row["assessment"] = state.assessment if state else None
        row["scorecard"] = state.scorecard if state else None
        # A live session's state holds every turn, the open question included; recorded ones have no state.
        row["turns"] = [_turn_view(t) for t in state.turns] if state else self.get_turns(session_id)
        return SessionDetail.model_validate(row)

    def get_turns(self, session_id: str) -> list[TurnView]:
        rows = self._select("turns", TURN_COLUMNS, "session_id = ?", [session_id], order="idx")
        turns = []
        for row in rows:
            row["index"] = row.pop("idx")
            row["assessment"] = _loads(row["assessment"])
            row["labels"] = _loads(row["labels"])
            turns.append(TurnView.model_validate(row))
        return turns

    def get_events(self, session_id: str) -> list[EventRecord]:
        rows = self._select(
            "events",
            ("session_id", "candidate_id", "direction", "type", "payload", "occurred_at"),
            "session_id = ?",
            [session_id],
            order="id",
        )
        for row in rows:
            row["payload"] = _loads(row["payload"]) or {}
            row["at"] = row.pop("occurred_at")
        return [EventRecord.model_validate(row) for row in rows]

    def _select(
        self,
        table: str,
        columns: Sequence[str],
        where: str,
        params: list[Any],
        *,
        order: str = "",
        limit: int | None = None,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        sql = select_sql(table, columns, where, order, limit, offset)
        return [dict(zip(columns, row, strict=True)) for row in self.con.execute(sql, params).fetchall()]

    # --- bulk -----------------------------------------------------------------------------------------

    def bulk_insert(self, table: str, frame: pd.DataFrame) -> int:
        """Insert a DataFrame whose columns are a subset of the table's, through Arrow (no row loops)."""
        if frame.empty:
            return 0
        columns = ", ".join(frame.columns)
        self.con.register("bulk_frame", frame)
        try:
            self.con.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM bulk_frame")
        finally:
            self.con.unregister("bulk_frame")
        return len(frame)

    def export_frames(self) -> dict[str, pd.DataFrame]:
        """Every table as a data frame, in the shape `transfer.export_store` writes."""
        return {name: self.con.execute(sql).df() for name, sql in EXPORT_SQL.items()}

    def existing_ids(self, table: str, ids: Sequence[str]) -> set[str]:
        if not ids:
            return set()
        frame = pd.DataFrame({"id": list(ids)})
        self.con.register("id_frame", frame)
        try:
            rows = self.con.execute(f"SELECT t.id FROM {table} t JOIN id_frame USING (id)").fetchall()
        finally:
            self.con.unregister("id_frame")
        return {row[0] for row in rows}


def _turn_view(turn: Turn) -> TurnView:
    return TurnView.model_validate(turn.model_dump())


def _marks(columns: Sequence[str]) -> str:
    return ", ".join("?" for _ in columns)


def _count(con: duckdb.DuckDBPyConnection, sql: str, param: str) -> int:
    row = _one(con.execute(sql, [param]))
    return int(row[0]) if row else 0


def _one(result: duckdb.DuckDBPyConnection) -> tuple[Any, ...] | None:
    """The first row, reading the result to its end: DuckDB keeps a result open until it is fully fetched,
    and an open result blocks registering data frames on the connection."""
    rows = result.fetchall()
    return rows[0] if rows else None
