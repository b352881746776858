"""PostgreSQL schema of the OpenHire store, created and migrated by code.

The same tables as the DuckDB file (`schema.py`), plus what many processes need: a `revision` per session
(every write checks it) and `session_leases` (which process drives a session, until when). Migrations run under
a transaction-scoped advisory lock, so processes starting together migrate once.
"""

from __future__ import annotations

import psycopg

from workbench.store.pg_tables import json_as_text
from workbench.store.split import split_whole_states

MIGRATION_LOCK = 0x0E1_4172  # any constant shared by every OpenHire process
ERASURE_LOCK = 0x0E1_4173  # with a session id's hash: an erasure of that session against its event inserts

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE jobs (
            id TEXT PRIMARY KEY, title TEXT NOT NULL, description TEXT, requirements TEXT, company TEXT,
            location TEXT, salary_range TEXT, experience_level TEXT, skills_required TEXT[],
            created_at TIMESTAMPTZ NOT NULL)""",
        """CREATE TABLE candidates (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, email TEXT, resume_text TEXT, resume_url TEXT,
            skills TEXT[], experience TEXT, education TEXT, created_at TIMESTAMPTZ NOT NULL)""",
        # `state` is the interviewer's InterviewState as JSON (json, not jsonb: it is written every turn and
        # read whole, never queried inside).
        """CREATE TABLE sessions (
            id TEXT PRIMARY KEY, job_id TEXT NOT NULL, candidate_id TEXT NOT NULL, status TEXT NOT NULL,
            source TEXT NOT NULL, interviewer TEXT NOT NULL, split TEXT, persona JSON, labels JSON,
            preferences JSON NOT NULL, state JSON, phase TEXT NOT NULL, questions_asked INTEGER NOT NULL,
            overall DOUBLE PRECISION, final_feedback TEXT, started_at TIMESTAMPTZ NOT NULL,
            ended_at TIMESTAMPTZ, updated_at TIMESTAMPTZ NOT NULL, deadline_at TIMESTAMPTZ,
            revision BIGINT NOT NULL DEFAULT 0)""",
        """CREATE TABLE turns (
            session_id TEXT NOT NULL, idx INTEGER NOT NULL, phase TEXT NOT NULL, kind TEXT NOT NULL,
            question TEXT NOT NULL, answer TEXT, asked_at TIMESTAMPTZ NOT NULL, answered_at TIMESTAMPTZ,
            assessment JSON, backend TEXT, labels JSON, PRIMARY KEY (session_id, idx))""",
        """CREATE TABLE events (
            id BIGSERIAL PRIMARY KEY, session_id TEXT NOT NULL, candidate_id TEXT, direction TEXT NOT NULL,
            type TEXT NOT NULL, payload JSON, occurred_at TIMESTAMPTZ NOT NULL)""",
        """CREATE TABLE session_leases (
            session_id TEXT PRIMARY KEY, owner TEXT NOT NULL, expires_at TIMESTAMPTZ NOT NULL)""",
        "CREATE INDEX sessions_candidate ON sessions (candidate_id)",
        "CREATE INDEX sessions_started ON sessions (started_at DESC, id)",
        "CREATE INDEX sessions_overdue ON sessions (deadline_at) WHERE status = 'active' AND source = 'live'",
        "CREATE INDEX events_session ON events (session_id)",
        "CREATE INDEX events_candidate ON events (candidate_id)",
    ),
    (
        # Ids of erased sessions (no personal data): a message that reaches any server process for one of
        # them later is refused, and its event is never inserted (a BEFORE trigger writes nothing at all).
        "CREATE TABLE erased_sessions (id TEXT PRIMARY KEY)",
        # The shared lock makes an event insert and the erasure of its session (which takes the lock
        # exclusively) wait for each other: the event is either committed first, and deleted by the erasure,
        # or checked after the erasure committed, and refused.
        f"""CREATE FUNCTION openhire_refuse_erased_event() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_advisory_xact_lock_shared({ERASURE_LOCK}, hashtext(NEW.session_id));
            IF EXISTS (SELECT 1 FROM erased_sessions WHERE id = NEW.session_id) THEN
                RETURN NULL;
            END IF;
            RETURN NEW;
        END $$""",
        """CREATE TRIGGER events_of_erased_sessions BEFORE INSERT ON events
            FOR EACH ROW EXECUTE FUNCTION openhire_refuse_erased_event()""",
    ),
    (
        # Interview plans, stored with their job and versioned: one row per distinct set of plan inputs (`key`).
        """CREATE TABLE plans (
            job_id TEXT NOT NULL, version INTEGER NOT NULL, key TEXT NOT NULL, plan JSON NOT NULL,
            created_at TIMESTAMPTZ NOT NULL, PRIMARY KEY (job_id, version), UNIQUE (job_id, key))""",
    ),
    (
        # A session's state (tens of KB, rewritten at every answered turn) compressed with lz4 instead of the
        # default pglz: about half the database's CPU per turn (`bench/ws_load.py --db postgresql`). A server
        # built without lz4, or older than PostgreSQL 14, keeps pglz.
        """DO $$ BEGIN
            EXECUTE 'ALTER TABLE sessions ALTER COLUMN state SET COMPRESSION lz4';
        EXCEPTION WHEN feature_not_supported OR syntax_error THEN NULL;
        END $$""",
    ),
    (
        # The stored plan a session's state leaves out (`records.StoredState`); NULL: the state holds its plan.
        "ALTER TABLE sessions ADD COLUMN plan_key TEXT",
    ),
    (
        # A session's state split (split.py): what never changes in `opening`, written once; `state` holds the
        # rest; each answered turn is a row of `turns` with every field of the turn. The rows written before
        # are split in this migration's transaction (`migrate`).
        "ALTER TABLE sessions ADD COLUMN opening JSON",
        "ALTER TABLE turns ADD COLUMN question_id TEXT",
        "ALTER TABLE turns ADD COLUMN competency_id TEXT",
        "ALTER TABLE turns ADD COLUMN topic TEXT",
        "ALTER TABLE turns ADD COLUMN answer_kind TEXT",
    ),
)

SCHEMA_VERSION = len(MIGRATIONS)


def migrate(con: psycopg.Connection) -> int:
    """Apply every migration newer than the database's version; returns the version now in force."""
    with con.transaction():
        con.execute("SELECT pg_advisory_xact_lock(%s)", [MIGRATION_LOCK])
        con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        row = con.execute("SELECT max(version) FROM schema_version").fetchone()
        version = int(row[0]) if row and row[0] is not None else 0
        for number, statements in enumerate(MIGRATIONS[version:], start=version + 1):
            for statement in statements:
                con.execute(statement)
            con.execute("INSERT INTO schema_version VALUES (%s)", [number])
        if version < SCHEMA_VERSION:
            json_as_text(con)  # the states as their text, as the store reads them
            split_whole_states(con, "%s")
    return SCHEMA_VERSION
