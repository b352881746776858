"""DuckDB schema of the OpenHire store, created and migrated by code.

Each migration is a list of statements applied once, in order, inside one transaction; the applied version is
kept in `schema_version`, so an older file is brought up to date when it is opened.
"""

from __future__ import annotations

import contextlib

import duckdb

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE jobs (
            id VARCHAR PRIMARY KEY, title VARCHAR NOT NULL, description VARCHAR, requirements VARCHAR,
            company VARCHAR, location VARCHAR, salary_range VARCHAR, experience_level VARCHAR,
            skills_required VARCHAR[], created_at TIMESTAMPTZ NOT NULL)""",
        """CREATE TABLE candidates (
            id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, email VARCHAR, resume_text VARCHAR,
            resume_url VARCHAR, skills VARCHAR[], experience VARCHAR, education VARCHAR,
            created_at TIMESTAMPTZ NOT NULL)""",
        # `state` is the interviewer's InterviewState as JSON: enough to resume or replay the session.
        """CREATE TABLE sessions (
            id VARCHAR PRIMARY KEY, job_id VARCHAR NOT NULL, candidate_id VARCHAR NOT NULL,
            status VARCHAR NOT NULL, source VARCHAR NOT NULL, interviewer VARCHAR NOT NULL,
            split VARCHAR, persona JSON, labels JSON, preferences JSON NOT NULL, state JSON,
            phase VARCHAR NOT NULL, questions_asked INTEGER NOT NULL, overall DOUBLE,
            final_feedback VARCHAR, started_at TIMESTAMPTZ NOT NULL, ended_at TIMESTAMPTZ,
            updated_at TIMESTAMPTZ NOT NULL)""",
        """CREATE TABLE turns (
            session_id VARCHAR NOT NULL, idx INTEGER NOT NULL, phase VARCHAR NOT NULL, kind VARCHAR NOT NULL,
            question VARCHAR NOT NULL, answer VARCHAR, asked_at TIMESTAMPTZ NOT NULL, answered_at TIMESTAMPTZ,
            assessment JSON, backend VARCHAR, labels JSON, PRIMARY KEY (session_id, idx))""",
        "CREATE SEQUENCE event_ids START 1",
        """CREATE TABLE events (
            id BIGINT DEFAULT nextval('event_ids') PRIMARY KEY, session_id VARCHAR NOT NULL, candidate_id VARCHAR,
            direction VARCHAR NOT NULL, type VARCHAR NOT NULL, payload JSON, occurred_at TIMESTAMPTZ NOT NULL)""",
        "CREATE INDEX sessions_candidate ON sessions (candidate_id)",
        "CREATE INDEX events_session ON events (session_id)",
    ),
    (
        # The last write-ahead journal entry applied to this file (see journal.py), updated with the data.
        "CREATE TABLE journal_state (last_seq BIGINT NOT NULL)",
        "INSERT INTO journal_state VALUES (0)",
    ),
    (
        # When the server ends a live session (max_duration), in real time: time-out sweeps read it.
        "ALTER TABLE sessions ADD COLUMN deadline_at TIMESTAMPTZ",
        """UPDATE sessions SET deadline_at = started_at
               + to_minutes(CAST(json_extract_string(preferences, '$.max_duration') AS BIGINT))
           WHERE status = 'active'""",
    ),
    (
        # Where the journal continues (see journal.py): its id and the end of the last entry applied here, so
        # a journal that is missing, replaced or cut short is noticed instead of silently accepted.
        "ALTER TABLE journal_state ADD COLUMN journal_id VARCHAR",
        "ALTER TABLE journal_state ADD COLUMN journal_end BIGINT",
    ),
    (
        # Ids of erased sessions (no personal data): a message that reaches a later server process for one of
        # them is not logged as an orphan event that no API could remove.
        "CREATE TABLE erased_sessions (id VARCHAR PRIMARY KEY)",
    ),
    (
        # Interview plans, stored with their job and versioned: one row per distinct set of plan inputs (`key`).
        """CREATE TABLE plans (
            job_id VARCHAR NOT NULL, version INTEGER NOT NULL, key VARCHAR NOT NULL, plan JSON NOT NULL,
            created_at TIMESTAMPTZ NOT NULL, PRIMARY KEY (job_id, version), UNIQUE (job_id, key))""",
    ),
    (
        # The stored plan a session's state leaves out (`records.StoredState`); NULL: the state holds its plan.
        "ALTER TABLE sessions ADD COLUMN plan_key VARCHAR",
    ),
    (
        # A session's state split (split.py): what never changes in `opening`, written once; `state` holds the
        # rest; each answered turn is a row of `turns` with every field of the turn. Rows written before are
        # split when the store opens (`split.split_whole_states`, after the journal's replay).
        "ALTER TABLE sessions ADD COLUMN opening JSON",
        "ALTER TABLE turns ADD COLUMN question_id VARCHAR",
        "ALTER TABLE turns ADD COLUMN competency_id VARCHAR",
        "ALTER TABLE turns ADD COLUMN topic VARCHAR",
        "ALTER TABLE turns ADD COLUMN answer_kind VARCHAR",
    ),
)

SCHEMA_VERSION = len(MIGRATIONS)


def rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Roll back after a failure, keeping the failure: a failed COMMIT (e.g. a full disk) has already ended
    the transaction, and "no transaction is active" would hide why."""
    with contextlib.suppress(duckdb.Error):
        con.execute("ROLLBACK")


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
    # fetchall, not fetchone: DuckDB keeps a result open until it is read to the end.
    (version,) = con.execute("SELECT max(version) FROM schema_version").fetchall()[0]
    return int(version) if version is not None else 0


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Apply every migration newer than the file's version; returns the version now in force."""
    version = current_version(con)
    for number, statements in enumerate(MIGRATIONS[version:], start=version + 1):
        con.execute("BEGIN TRANSACTION")
        try:
            for statement in statements:
                con.execute(statement)
            con.execute("INSERT INTO schema_version VALUES (?)", [number])
            con.execute("COMMIT")
        except Exception:
            rollback(con)
            raise
    return SCHEMA_VERSION
