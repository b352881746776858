"""`PostgresStore`: the store interface on PostgreSQL, for many server processes on one or many hosts.

psycopg 3 with an async connection pool. One statement, so one implicit transaction and one round trip, per
answered turn: it locks the session's lease row, checks that this process owns it and that the session is
still at the revision it loaded, then writes the session, its new turns and the pending events. Leases and
time-outs are in `pg_leases`, erasure in `pg_erasure`, the plumbing in `pg_base`.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

import orjson
import psycopg
from psycopg_pool import AsyncConnectionPool, PoolTimeout

from workbench.models import CandidateDetails, InterviewPlan, InterviewState, JobDetails
from workbench.store.batch import SESSION_UPDATE_COLUMNS, WriteBatch, new_session, state_saved
from workbench.store.errors import DuplicateIdError, LeaseLost, StoreUnavailable
from workbench.store.interface import ExportFormat, LoadedSession, SessionFilter
from workbench.store.pg_base import Con, insert_sql, loads, safe_url
from workbench.store.pg_erasure import PgErasure
from workbench.store.pg_leases import PgLeases
from workbench.store.pg_schema import migrate
from workbench.store.pg_tables import PgTables, json_as_text
from workbench.store.records import (
    EventRecord,
    EventToWrite,
    SavedState,
    SessionDetail,
    SessionSummary,
    StoredState,
    TurnView,
    load_stored_state,
)
from workbench.store.split import TURN_FIELDS_SQL, rebuild_state
from workbench.store.sql import load_state_sql
from workbench.store.store import (
    CANDIDATE_COLUMNS,
    DETAIL_EXTRA_COLUMNS,
    JOB_COLUMNS,
    SUMMARY_COLUMNS,
    TURN_COLUMNS,
)
from workbench.store.transfer import Bundle, export_store, load_bundle

# Rows go in as one JSON array of objects (`json_to_recordset`): one parameter and one statement whatever the
# number of rows, encoded by the json module's C encoder (arrays of text would be escaped in Python, element by
# element). JSON columns travel as text (they are JSON text already) and are cast back.
TURN_TYPES = {
    "session_id": "text",
    "idx": "integer",
    "phase": "text",
    "kind": "text",
    "question": "text",
    "answer": "text",
    "asked_at": "timestamptz",
    "answered_at": "timestamptz",
    "assessment": "json",
    "backend": "text",
    "labels": "json",
    "question_id": "text",
    "competency_id": "text",
    "topic": "text",
    "answer_kind": "text",
}
GRADE_TYPES = {"idx": "integer", "assessment": "json"}  # a stored turn's grade (`SavedState.graded`)
EVENT_TYPES = {
    "session_id": "text",
    "candidate_id": "text",
    "direction": "text",
    "type": "text",
    "payload": "json",
    "occurred_at": "timestamptz",
}


def _insert_rows_sql(table: str, types: dict[str, str]) -> str:
    declared = ", ".join(f"{column} {'text' if kind == 'json' else kind}" for column, kind in types.items())
    chosen = ", ".join(f"{column}::json" if kind == "json" else column for column, kind in types.items())
    return (
        f"INSERT INTO {table} ({', '.join(types)}) "
        f"SELECT {chosen} FROM json_to_recordset(%({table})s::json) AS r({declared})"
    )


# The whole answered turn in one statement: the session's new state, written only if this process holds its
# lease (the row stays locked until the statement commits) and the session is still at the revision it
# loaded; its new turns and the pending events only if that update happened. A grade is written over a stored
# turn's only where it differs (a `json` column keeps the text it was given): at the close every stored turn's
# grade comes (`records.graded_rows`), and about half are the ones stored, which would each be a new row version.
SAVE_SESSION_SQL = f"""
    WITH lease AS (
        SELECT session_id FROM session_leases WHERE session_id = %(id)s AND owner = %(owner)s FOR UPDATE),
    saved AS (
        UPDATE sessions SET {", ".join(f"{c} = %({c})s" for c in SESSION_UPDATE_COLUMNS[1:])},
            revision = revision + 1
        WHERE id = %(id)s AND revision = %(revision)s AND EXISTS (SELECT 1 FROM lease)
        RETURNING revision),
    new_turns AS ({_insert_rows_sql("turns", TURN_TYPES)} WHERE EXISTS (SELECT 1 FROM saved)),
    graded AS (
        UPDATE turns SET assessment = g.assessment::json
        FROM json_to_recordset(%(grades)s::json) AS g(idx integer, assessment text)
        WHERE turns.session_id = %(id)s AND turns.idx = g.idx AND EXISTS (SELECT 1 FROM saved)
            AND turns.assessment::text IS DISTINCT FROM g.assessment),
    new_events AS ({_insert_rows_sql("events", EVENT_TYPES)} WHERE EXISTS (SELECT 1 FROM saved))
    SELECT revision FROM saved"""
LOG_EVENTS_SQL = _insert_rows_sql("events", EVENT_TYPES)
LOAD_STATE_SQL = load_state_sql("%s", "s.revision", "s.opening")
ANSWERED_TURNS_SQL = f"SELECT {TURN_FIELDS_SQL} FROM turns WHERE session_id = %s ORDER BY idx"
SESSION_FILTERS = ("job_id", "candidate_id", "status", "source", "split")


def _json_rows(rows: list[dict[str, Any]], types: dict[str, str]) -> str:
    chosen = [{column: row.get(column) for column in types} for row in rows]
    try:
        # orjson: a fifth of the time of `json` (timestamps written as `isoformat` writes them), on the event
        # loop at every answered turn; what it refuses (a lone surrogate) `json` writes.
        return orjson.dumps(chosen).decode()
    except TypeError:
        return json.dumps(chosen, default=_iso)


def _iso(value: Any) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not a column value")


class PostgresStore(PgLeases, PgErasure):
    backend: Literal["duckdb", "postgresql"] = "postgresql"

    @classmethod
    async def open(cls, url: str, *, min_size: int = 2, max_size: int = 10) -> PostgresStore:
        """Migrate the database (once, whoever comes first) and open the pool."""
        try:
            await asyncio.to_thread(cls._migrate, url)
            pool: AsyncConnectionPool[Con] = AsyncConnectionPool(
                url,
                min_size=min_size,
                max_size=max_size,
                open=False,
                kwargs={"autocommit": True},
                configure=cls._configure,
                timeout=10,
            )
            await pool.open(wait=True, timeout=15)
        except (psycopg.Error, PoolTimeout) as exc:
            raise StoreUnavailable(
                f"Database error: cannot open {safe_url(url)} ({exc.__class__.__name__})"
            ) from exc
        return cls(url, pool)

    @staticmethod
    def _migrate(url: str) -> None:
        with psycopg.connect(url, autocommit=True) as con:
            migrate(con)

    @staticmethod
    async def _configure(con: Con) -> None:
        json_as_text(con)

    async def close(self) -> None:
        await self._pool.close()

    # --- jobs and candidates --------------------------------------------------------------------------

    async def add_job(self, job: JobDetails) -> JobDetails:
        values = [getattr(job, c) for c in JOB_COLUMNS]
        try:
            async with self._con() as con:
                await con.execute(insert_sql("jobs", JOB_COLUMNS), values)
        except DuplicateIdError:
            raise DuplicateIdError(f"Job with ID {job.id} already exists") from None
        return job

    async def get_job(self, job_id: str) -> JobDetails | None:
        rows = await self._select("jobs", JOB_COLUMNS, "id = %s", [job_id])
        return JobDetails.model_validate(rows[0]) if rows else None

    async def list_jobs(self, limit: int = 50, offset: int = 0) -> list[JobDetails]:
        rows = await self._select("jobs", JOB_COLUMNS, order="created_at, id", limit=limit, offset=offset)
        return [JobDetails.model_validate(row) for row in rows]

    async def add_candidate(self, candidate: CandidateDetails) -> CandidateDetails:
        values = [getattr(candidate, c) for c in CANDIDATE_COLUMNS]
        try:
            async with self._con() as con:
                await con.execute(insert_sql("candidates", CANDIDATE_COLUMNS), values)
        except DuplicateIdError:
            raise DuplicateIdError(f"Candidate with ID {candidate.id} already exists") from None
        return candidate

    async def get_candidate(self, candidate_id: str) -> CandidateDetails | None:
        rows = await self._select("candidates", CANDIDATE_COLUMNS, "id = %s", [candidate_id])
        return CandidateDetails.model_validate(rows[0]) if rows else None

    async def list_candidates(self, limit: int = 50, offset: int = 0) -> list[CandidateDetails]:
        rows = await self._select(
            "candidates", CANDIDATE_COLUMNS, order="created_at, id", limit=limit, offset=offset
        )
        return [CandidateDetails.model_validate(row) for row in rows]

    async def get_plan(self, job_id: str, key: str) -> InterviewPlan | None:
        rows = await self._rows(
            "SELECT plan FROM plans WHERE job_id = %s AND key = %s", [job_id, key], ["plan"]
        )
        return InterviewPlan.model_validate_json(rows[0]["plan"]) if rows else None

    async def save_plan(self, plan: InterviewPlan) -> InterviewPlan:
        """Versions are numbered under a per-job advisory lock, so two processes never take the same one."""
        async with self._con(transaction=True) as con:
            await con.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", [f"plan:{plan.job_id}"])
            cursor = await con.execute(
                "SELECT plan FROM plans WHERE job_id = %s AND key = %s", [plan.job_id, plan.key]
            )
            existing = await cursor.fetchone()
            if existing is not None:
                return InterviewPlan.model_validate_json(existing[0])
            cursor = await con.execute("SELECT max(version) FROM plans WHERE job_id = %s", [plan.job_id])
            row = await cursor.fetchone()
            stored = plan.model_copy(update={"version": int(row[0] or 0) + 1 if row else 1})
            await con.execute(
                "INSERT INTO plans (job_id, version, key, plan, created_at) VALUES (%s, %s, %s, %s, %s)",
                [stored.job_id, stored.version, stored.key, stored.model_dump_json(), stored.created_at],
            )
        return stored

    # --- live sessions --------------------------------------------------------------------------------

    async def load_session(self, session_id: str) -> LoadedSession | None:
        async with self._con() as con:
            cursor = await con.execute(LOAD_STATE_SQL, [session_id])
            row = await cursor.fetchone()
        if row is None:
            return None
        state_json, interviewer, status, plan_json, plan_key, revision, opening = row
        rebuilt = await self._rebuilt(session_id, state_json, opening)
        state, plan_stored = load_stored_state(rebuilt, plan_json, plan_key)
        return LoadedSession(state, interviewer, status, int(revision), plan_stored)

    async def create_session(
        self,
        session_id: str,
        state: InterviewState,
        *,
        interviewer: str,
        owner: str,
        deadline: datetime,
        events: Sequence[EventToWrite],
        stored_state: StoredState | None = None,
    ) -> int:
        batch = new_session(
            session_id, state, stored_state or StoredState.whole(state), interviewer, deadline
        )
        batch.add_events(events)
        row = batch.new_sessions[0]
        async with self._con(transaction=True) as con:
            await self._check_lease(con, session_id, owner)
            # A new session may take an erased session's id again (as in the DuckDB store).
            await con.execute("DELETE FROM erased_sessions WHERE id = %s", [session_id])
            await con.execute(insert_sql("sessions", tuple(row)), list(row.values()))
            await _insert_rows(con, "turns", batch.turns)
            await _insert_rows(con, "events", batch.events)
        return 0

    async def save_session(
        self,
        session_id: str,
        saved: SavedState,
        *,
        revision: int,
        owner: str,
        events: Sequence[EventToWrite],
    ) -> int:
        batch = state_saved(session_id, saved)
        batch.add_events(events)
        params = {
            **batch.session_updates[0],
            "revision": revision,
            "owner": owner,
            "turns": _json_rows(batch.turns, TURN_TYPES),
            "grades": _json_rows(batch.grades, GRADE_TYPES),
            "events": _json_rows(batch.events, EVENT_TYPES),
        }
        try:
            async with self._con() as con:
                cursor = await con.execute(SAVE_SESSION_SQL, params)
                written = await cursor.fetchone()
        except DuplicateIdError:  # its turn is stored already: another process answered it
            raise LeaseLost(f"session {session_id} moved on from revision {revision}") from None
        if written is None:
            raise LeaseLost(f"session {session_id}: not leased to this process at revision {revision}")
        return revision + 1

    async def log_events(self, events: Sequence[EventToWrite]) -> None:
        if not events:
            return
        batch = WriteBatch().add_events(events)
        async with self._con() as con:
            await con.execute(LOG_EVENTS_SQL, {"events": _json_rows(batch.events, EVENT_TYPES)})

    # --- reading --------------------------------------------------------------------------------------

    async def list_sessions(
        self, limit: int = 50, offset: int = 0, where: SessionFilter | None = None
    ) -> list[SessionSummary]:
        f = where or SessionFilter()
        chosen = {c: getattr(f, c) for c in SESSION_FILTERS if getattr(f, c) is not None}
        condition = " AND ".join(f"{column} = %s" for column in chosen) or "TRUE"
        rows = await self._select(
            "sessions",
            SUMMARY_COLUMNS,
            condition,
            list(chosen.values()),
            order="started_at DESC, id",
            limit=limit,
            offset=offset,
        )
        return [SessionSummary.model_validate(row) for row in rows]

    async def get_session(self, session_id: str) -> SessionDetail | None:
        columns = SUMMARY_COLUMNS + DETAIL_EXTRA_COLUMNS
        rows = await self._select("sessions", columns, "id = %s", [session_id])
        if not rows:
            return None
        row = rows[0]
        state_json, opening = row.pop("state"), row.pop("opening")
        state = await self._rebuilt(session_id, state_json, opening) if state_json else None
        for column in ("preferences", "persona", "labels"):
            row[column] = loads(row[column])
        row["preferences"] = row["preferences"] or {}
        row["assessment"] = state.assessment if state else None
        row["scorecard"] = state.scorecard if state else None
        if state is not None:  # a live session's state holds every turn, the open question included
            row["turns"] = [TurnView.model_validate(turn.model_dump()) for turn in state.turns]
        else:
            row["turns"] = await self._turns(session_id)
        return SessionDetail.model_validate(row)

    async def _rebuilt(self, session_id: str, state_json: str, opening: str | None) -> InterviewState:
        """The session's state from its row and, when the row is split, its answered turns (`split.py`)."""
        answered: list[tuple[Any, ...]] = []
        if opening is not None:
            async with self._con() as con:
                cursor = await con.execute(ANSWERED_TURNS_SQL, [session_id])
                answered = await cursor.fetchall()
        return rebuild_state(state_json, opening, lambda: answered)

    async def _turns(self, session_id: str) -> list[TurnView]:
        rows = await self._select("turns", TURN_COLUMNS, "session_id = %s", [session_id], order="idx")
        turns = []
        for row in rows:
            row["index"] = row.pop("idx")
            row["assessment"] = loads(row["assessment"])
            row["labels"] = loads(row["labels"])
            turns.append(TurnView.model_validate(row))
        return turns

    async def get_events(self, session_id: str) -> list[EventRecord]:
        rows = await self._select("events", tuple(EVENT_TYPES), "session_id = %s", [session_id], order="id")
        for row in rows:
            row["payload"] = loads(row["payload"]) or {}
            row["at"] = row.pop("occurred_at")
        return [EventRecord.model_validate(row) for row in rows]

    # --- bulk (a synchronous connection in a worker thread) -------------------------------------------

    async def is_empty(self) -> bool:
        return await self._bulk(lambda tables: tables.is_empty())

    async def import_bundle(self, bundle: Bundle) -> dict[str, int]:
        return await self._bulk(lambda tables: load_bundle(tables, bundle))

    async def export(self, directory: Path, fmt: ExportFormat = "jsonl") -> dict[str, int]:
        return await self._bulk(lambda tables: export_store(tables, directory, fmt))

    async def seed_if_empty(self, bundle: Bundle, lock: int) -> dict[str, int] | None:
        """Load the bundle if the database has no jobs and no candidates; processes that start together
        serialise on an advisory lock, so exactly one of them seeds."""

        def run(tables: PgTables) -> dict[str, int] | None:
            with tables.transaction() as con:
                con.execute("SELECT pg_advisory_xact_lock(%s)", [lock])
                return load_bundle(tables, bundle) if tables.is_empty() else None

        return await self._bulk(run)


async def _insert_rows(con: Con, table: str, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    columns = tuple(rows[0])
    async with con.cursor() as cursor:
        await cursor.executemany(insert_sql(table, columns), [[row.get(c) for c in columns] for row in rows])
