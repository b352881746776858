"""`PostgresStore`: the store interface on PostgreSQL, for many server processes on one or many hosts.

psycopg 3 with an async connection pool. One transaction per answered turn: it locks the session's lease row,
checks that this process owns it and that the session is still at the revision it loaded, then writes the
session, its new turns and the pending events. Time-outs are claimed with `FOR UPDATE SKIP LOCKED`, so each
overdue session is ended by exactly one process. Lease expiry uses the database's clock, never a host's.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, Literal, TypeVar

import psycopg
from psycopg_pool import AsyncConnectionPool, PoolTimeout

from workbench.models import CandidateDetails, InterviewPlan, InterviewState, JobDetails
from workbench.store.batch import SESSION_UPDATE_COLUMNS, WriteBatch, new_session, state_saved
from workbench.store.errors import DuplicateIdError, LeaseLost, StoreError, StoreUnavailable
from workbench.store.interface import ExportFormat, LoadedSession, SessionFilter
from workbench.store.pg_schema import ERASURE_LOCK, migrate
from workbench.store.pg_tables import PgTables, json_as_text
from workbench.store.records import ErasureReport, EventRecord, SessionDetail, SessionSummary, TurnView
from workbench.store.sql import select_sql
from workbench.store.store import (
    CANDIDATE_COLUMNS,
    DETAIL_EXTRA_COLUMNS,
    JOB_COLUMNS,
    SUMMARY_COLUMNS,
    TURN_COLUMNS,
)
from workbench.store.transfer import Bundle, export_store, load_bundle

T = TypeVar("T")
log = logging.getLogger(__name__)
ERASURE_CHANNEL = "openhire_erasure"  # NOTIFY payload: the erased candidate's id (an id, no personal data)
# The session's new state, written only if this process holds its lease and the session is still at the
# revision it loaded; the lease row is locked until the transaction ends.
SAVE_SESSION_SQL = f"""
    WITH lease AS (
        SELECT session_id FROM session_leases WHERE session_id = %(id)s AND owner = %(owner)s FOR UPDATE)
    UPDATE sessions SET {", ".join(f"{c} = %({c})s" for c in SESSION_UPDATE_COLUMNS[1:])},
        revision = revision + 1
    WHERE id = %(id)s AND revision = %(revision)s AND EXISTS (SELECT 1 FROM lease)"""
Con = psycopg.AsyncConnection[Any]
EVENT_COLUMNS = ("session_id", "candidate_id", "direction", "type", "payload", "occurred_at")
SESSION_FILTERS = ("job_id", "candidate_id", "status", "source", "split")


def _loads(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


def _insert_sql(table: str, columns: Sequence[str]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('%s' for _ in columns)})"


class PostgresStore:
    backend: Literal["duckdb", "postgresql"] = "postgresql"

    def __init__(self, url: str, pool: AsyncConnectionPool[Con]) -> None:
        self.url = url
        self._pool = pool

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
                f"Database error: cannot open {_safe(url)} ({exc.__class__.__name__})"
            ) from exc
        return cls(url, pool)

    @staticmethod
    def _migrate(url: str) -> None:
        with psycopg.connect(url, autocommit=True) as con:
            migrate(con)
            row = con.execute("SHOW wal_recycle").fetchone()
        if row and row[0] == "on":
            log.warning(
                "PostgreSQL runs with wal_recycle = on: after an erasure, the retired WAL segment that recorded "
                "the candidate's rows is renamed for reuse and keeps them until new WAL overwrites it; "
                "set wal_recycle = off to have it deleted at the erasure's checkpoint"
            )

    @staticmethod
    async def _configure(con: Con) -> None:
        json_as_text(con)

    async def close(self) -> None:
        await self._pool.close()

    @asynccontextmanager
    async def _con(self, *, transaction: bool = False) -> AsyncIterator[Con]:
        """A pooled connection (in one transaction if asked); database failures become store errors."""
        try:
            async with self._pool.connection() as con:
                if transaction:
                    async with con.transaction():
                        yield con
                else:
                    yield con
        except psycopg.errors.UniqueViolation:
            raise DuplicateIdError("A record with this ID already exists") from None
        except (psycopg.OperationalError, PoolTimeout) as exc:
            raise StoreUnavailable(f"Database error: connection failed ({exc.__class__.__name__})") from exc
        except psycopg.Error as exc:
            raise StoreError(f"Database error: {exc.__class__.__name__}") from exc

    async def _rows(self, sql: str, params: Sequence[Any], columns: Sequence[str]) -> list[dict[str, Any]]:
        async with self._con() as con:
            cursor = await con.execute(sql, params)
            return [dict(zip(columns, row, strict=True)) for row in await cursor.fetchall()]

    async def _select(
        self,
        table: str,
        columns: Sequence[str],
        where: str = "TRUE",
        params: Sequence[Any] = (),
        *,
        order: str = "",
        limit: int | None = None,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        sql = select_sql(table, columns, where, order, limit, offset)
        return await self._rows(sql, params, columns)

    # --- jobs and candidates --------------------------------------------------------------------------

    async def add_job(self, job: JobDetails) -> JobDetails:
        values = [getattr(job, c) for c in JOB_COLUMNS]
        try:
            async with self._con() as con:
                await con.execute(_insert_sql("jobs", JOB_COLUMNS), values)
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
                await con.execute(_insert_sql("candidates", CANDIDATE_COLUMNS), values)
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

    async def erase_candidate(self, candidate_id: str) -> ErasureReport | None:
        """Delete in one transaction (the session ids kept in `erased_sessions`, every server process told
        through NOTIFY), then VACUUM FULL the tables that held the candidate: their files are rewritten
        without the rows at once. The WAL that recorded the rows is then closed (`pg_switch_wal`) and a
        CHECKPOINT lets the server remove it (or, with `wal_recycle` on, rename it for reuse: its bytes stay
        until new WAL overwrites them). VACUUM FULL locks each table for the time of its rewrite."""
        sessions = "SELECT id FROM sessions WHERE candidate_id = %(c)s"
        counts: dict[str, int] = {}
        async with self._con(transaction=True) as con:
            deleted = await con.execute("DELETE FROM candidates WHERE id = %s RETURNING id", [candidate_id])
            if await deleted.fetchone() is None:
                return None
            await con.execute(
                f"""SELECT pg_advisory_xact_lock({ERASURE_LOCK}, hashtext(id))
                    FROM ({sessions} ORDER BY id) AS erased""",
                {"c": candidate_id},
            )
            await con.execute(
                f"INSERT INTO erased_sessions {sessions} ON CONFLICT DO NOTHING", {"c": candidate_id}
            )
            for table, where in (
                ("events", f"session_id IN ({sessions}) OR candidate_id = %(c)s"),
                ("turns", f"session_id IN ({sessions})"),
                ("session_leases", f"session_id IN ({sessions})"),
                ("sessions", "candidate_id = %(c)s"),
            ):
                cursor = await con.execute(f"DELETE FROM {table} WHERE {where}", {"c": candidate_id})
                counts[table] = cursor.rowcount
            await con.execute("SELECT pg_notify(%s, %s)", [ERASURE_CHANNEL, candidate_id])
        async with self._con() as con:
            await con.execute("VACUUM FULL candidates, sessions, turns, events")
            await _retire_wal(con)
        return ErasureReport(
            candidate_id=candidate_id,
            sessions=counts["sessions"],
            turns=counts["turns"],
            events=counts["events"],
        )

    async def erased_sessions(self, session_ids: list[str]) -> set[str]:
        if not session_ids:
            return set()
        rows = await self._select("erased_sessions", ("id",), "id = ANY(%s)", [session_ids])
        return {row["id"] for row in rows}

    async def watch_erasures(self, on_erased: Callable[[str], Awaitable[None]]) -> None:
        """LISTEN on a connection of its own; reconnects after a failure (meanwhile, the lease renewal
        notices sessions that were erased: their leases are gone)."""
        while True:
            try:
                async with await psycopg.AsyncConnection.connect(self.url, autocommit=True) as con:
                    await con.execute(f"LISTEN {ERASURE_CHANNEL}")
                    async for note in con.notifies():
                        try:
                            await on_erased(note.payload)
                        except Exception:
                            log.exception("erasure notification not handled")
            except psycopg.Error as exc:
                log.warning("erasure notifications interrupted (%s); listening again", exc.__class__.__name__)
                await asyncio.sleep(1.0)

    # --- live sessions --------------------------------------------------------------------------------

    async def load_session(self, session_id: str) -> LoadedSession | None:
        rows = await self._select(
            "sessions",
            ("state", "interviewer", "status", "revision"),
            "id = %s AND state IS NOT NULL",
            [session_id],
        )
        if not rows:
            return None
        row = rows[0]
        return LoadedSession(
            state=InterviewState.model_validate_json(row["state"]),
            interviewer=row["interviewer"],
            status=row["status"],
            revision=int(row["revision"]),
        )

    async def create_session(
        self,
        session_id: str,
        state: InterviewState,
        *,
        interviewer: str,
        owner: str,
        deadline: datetime,
        events: list[EventRecord],
        state_json: str | None = None,
    ) -> int:
        batch = new_session(session_id, state, state_json or state.model_dump_json(), interviewer, deadline)
        batch.add_events(events)
        row = batch.new_sessions[0]
        async with self._con(transaction=True) as con:
            await self._check_lease(con, session_id, owner)
            # A new session may take an erased session's id again (as in the DuckDB store).
            await con.execute("DELETE FROM erased_sessions WHERE id = %s", [session_id])
            await con.execute(_insert_sql("sessions", tuple(row)), list(row.values()))
            await _insert_rows(con, "turns", batch.turns)
            await _insert_rows(con, "events", batch.events)
        return 0

    async def save_session(
        self,
        session_id: str,
        state: InterviewState,
        *,
        answered_before: int,
        revision: int,
        owner: str,
        events: list[EventRecord],
        state_json: str | None = None,
    ) -> int:
        batch = state_saved(session_id, state, state_json or state.model_dump_json(), answered_before)
        batch.add_events(events)
        params = {**batch.session_updates[0], "revision": revision, "owner": owner}
        async with self._con() as con:
            try:
                # One round trip: the statements are pipelined and the checks read back at the end; the
                # UPDATE locks the lease row (no process can take the lease until this commits).
                async with con.transaction(), con.pipeline() as pipeline:
                    cursor = con.cursor()
                    await cursor.execute(SAVE_SESSION_SQL, params)
                    await _insert_rows(con, "turns", batch.turns)
                    await _insert_rows(con, "events", batch.events)
                    await pipeline.sync()
                    if cursor.rowcount != 1:
                        raise LeaseLost(
                            f"session {session_id}: not leased to this process at revision {revision}"
                        )
            except psycopg.errors.UniqueViolation:  # its turn is stored already: another process answered it
                raise LeaseLost(f"session {session_id} moved on from revision {revision}") from None
        return revision + 1

    async def log_events(self, events: list[EventRecord]) -> None:
        if not events:
            return
        batch = WriteBatch().add_events(events)
        async with self._con(transaction=True) as con:
            await _insert_rows(con, "events", batch.events)

    # --- leases and time-outs -------------------------------------------------------------------------

    @staticmethod
    async def _check_lease(con: Con, session_id: str, owner: str) -> None:
        """Inside the write's transaction: lock the lease row (no one can take it until we commit)."""
        cursor = await con.execute(
            "SELECT owner FROM session_leases WHERE session_id = %s FOR UPDATE", [session_id]
        )
        row = await cursor.fetchone()
        if row is None or row[0] != owner:
            raise LeaseLost(f"session {session_id} is driven by another server")

    async def acquire_lease(self, session_id: str, owner: str, seconds: float) -> bool:
        async with self._con() as con:
            cursor = await con.execute(
                """INSERT INTO session_leases (session_id, owner, expires_at)
                   VALUES (%s, %s, now() + make_interval(secs => %s))
                   ON CONFLICT (session_id) DO UPDATE
                   SET owner = excluded.owner, expires_at = excluded.expires_at
                   WHERE session_leases.owner = excluded.owner OR session_leases.expires_at < now()
                   RETURNING owner""",
                [session_id, owner, seconds],
            )
            return await cursor.fetchone() is not None

    async def renew_leases(self, owner: str, session_ids: list[str], seconds: float) -> set[str]:
        if not session_ids:
            return set()
        async with self._con() as con:
            cursor = await con.execute(
                """UPDATE session_leases SET expires_at = now() + make_interval(secs => %s)
                   WHERE owner = %s AND session_id = ANY(%s) RETURNING session_id""",
                [seconds, owner, session_ids],
            )
            return {row[0] for row in await cursor.fetchall()}

    async def release_lease(self, session_id: str, owner: str) -> None:
        async with self._con() as con:
            await con.execute(
                "DELETE FROM session_leases WHERE session_id = %s AND owner = %s", [session_id, owner]
            )

    async def claim_overdue(self, owner: str, seconds: float, limit: int = 50) -> list[str]:
        async with self._con() as con:
            cursor = await con.execute(
                """WITH due AS (
                       SELECT s.id FROM sessions s
                       WHERE s.status = 'active' AND s.source = 'live' AND s.deadline_at <= now()
                         AND NOT EXISTS (SELECT 1 FROM session_leases l
                                         WHERE l.session_id = s.id AND l.expires_at >= now())
                       ORDER BY s.deadline_at LIMIT %s
                       FOR UPDATE OF s SKIP LOCKED)
                   INSERT INTO session_leases (session_id, owner, expires_at)
                   SELECT id, %s, now() + make_interval(secs => %s) FROM due
                   ON CONFLICT (session_id) DO UPDATE
                   SET owner = excluded.owner, expires_at = excluded.expires_at
                   WHERE session_leases.expires_at < now()
                   RETURNING session_id""",
                [limit, owner, seconds],
            )
            return [row[0] for row in await cursor.fetchall()]

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
        state = InterviewState.model_validate_json(row.pop("state")) if row.get("state") else None
        for column in ("preferences", "persona", "labels"):
            row[column] = _loads(row[column])
        row["preferences"] = row["preferences"] or {}
        row["assessment"] = state.assessment if state else None
        row["scorecard"] = state.scorecard if state else None
        if state is not None:  # a live session's state holds every turn, the open question included
            row["turns"] = [TurnView.model_validate(turn.model_dump()) for turn in state.turns]
        else:
            row["turns"] = await self._turns(session_id)
        return SessionDetail.model_validate(row)

    async def _turns(self, session_id: str) -> list[TurnView]:
        rows = await self._select("turns", TURN_COLUMNS, "session_id = %s", [session_id], order="idx")
        turns = []
        for row in rows:
            row["index"] = row.pop("idx")
            row["assessment"] = _loads(row["assessment"])
            row["labels"] = _loads(row["labels"])
            turns.append(TurnView.model_validate(row))
        return turns

    async def get_events(self, session_id: str) -> list[EventRecord]:
        rows = await self._select("events", EVENT_COLUMNS, "session_id = %s", [session_id], order="id")
        for row in rows:
            row["payload"] = _loads(row["payload"]) or {}
            row["at"] = row.pop("occurred_at")
        return [EventRecord.model_validate(row) for row in rows]

    # --- bulk (a synchronous connection in a worker thread) -------------------------------------------

    async def _bulk(self, fn: Callable[[PgTables], T]) -> T:
        def run() -> T:
            with psycopg.connect(self.url, autocommit=True) as con:
                return fn(PgTables(con))

        try:
            return await asyncio.to_thread(run)
        except psycopg.OperationalError as exc:
            raise StoreUnavailable(f"Database error: connection failed ({exc.__class__.__name__})") from exc
        except psycopg.Error as exc:
            raise StoreError(f"Database error: {exc.__class__.__name__}") from exc

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
        await cursor.executemany(_insert_sql(table, columns), [[row.get(c) for c in columns] for row in rows])


async def _retire_wal(con: Con) -> None:
    """Close the WAL segment that recorded the erased rows and checkpoint, so that the server retires it.
    Each step needs a privilege (superuser, or EXECUTE on pg_switch_wal and the pg_checkpoint role): without
    it, the segment is retired by the server's own next checkpoints (checkpoint_timeout, max_wal_size)."""
    for statement in ("SELECT pg_switch_wal()", "CHECKPOINT"):
        try:
            await con.execute(statement)
        except psycopg.errors.InsufficientPrivilege:
            log.warning("erasure: no privilege for %s; the WAL is retired by the next checkpoints", statement)


def _safe(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        info = psycopg.conninfo.conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return "the PostgreSQL database"
    return f"postgresql://{info.get('host', '')}:{info.get('port', '')}/{info.get('dbname', '')}"
