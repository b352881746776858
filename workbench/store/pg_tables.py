"""Synchronous PostgreSQL access for bulk work (import, export, seeding): the `transfer.Tables` protocol."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import pandas as pd
import psycopg
from psycopg.types.string import TextLoader

from workbench.store.transfer import _plain

EXPORT_SQL = {
    "jobs": "SELECT * FROM jobs ORDER BY created_at, id",
    "candidates": "SELECT * FROM candidates ORDER BY created_at, id",
    "sessions": """
        SELECT s.id, s.job_id, s.candidate_id, s.split, s.persona, s.preferences, s.interviewer, s.source,
               s.started_at, s.ended_at, coalesce(s.final_feedback, '') AS final_feedback, s.labels,
               s.state -> 'assessment' AS assessment
        FROM sessions s ORDER BY s.started_at, s.id""",
    "turns": """
        SELECT session_id, idx AS "index", phase, kind, question, answer, asked_at, answered_at, labels,
               assessment
        FROM turns ORDER BY session_id, idx""",
}
TABLES = frozenset({"jobs", "candidates", "sessions", "turns", "events"})


def json_as_text(con: psycopg.Connection[Any] | psycopg.AsyncConnection[Any]) -> None:
    """JSON columns come back as their text (as from DuckDB): the models parse them, once."""
    con.adapters.register_loader("json", TextLoader)


def check_reachable(url: str, describe: str) -> str | None:
    """Why the server cannot use this PostgreSQL database (one line, no password), or None when it can."""
    try:
        with psycopg.connect(url, connect_timeout=5) as con:
            con.execute("SELECT 1")
    except psycopg.Error as exc:
        reason = " ".join(str(exc).split())[:240] or exc.__class__.__name__
        return f"cannot reach PostgreSQL at {describe}: {reason}"
    return None


def _table(name: str) -> str:
    if name not in TABLES:
        raise ValueError(f"unknown table {name}")
    return name


class PgTables:
    def __init__(self, con: psycopg.Connection[Any]) -> None:
        self.con = con
        json_as_text(con)

    @contextmanager
    def transaction(self) -> Iterator[psycopg.Connection[Any]]:
        with self.con.transaction():
            yield self.con

    def is_empty(self) -> bool:
        row = self.con.execute(
            "SELECT (SELECT count(*) FROM jobs) + (SELECT count(*) FROM candidates)"
        ).fetchone()
        return bool(row and row[0] == 0)

    def existing_ids(self, table: str, ids: Sequence[str]) -> set[str]:
        if not ids:
            return set()
        rows = self.con.execute(f"SELECT id FROM {_table(table)} WHERE id = ANY(%s)", [list(ids)]).fetchall()
        return {row[0] for row in rows}

    def bulk_insert(self, table: str, frame: pd.DataFrame) -> int:
        """COPY the frame in (one round trip for all rows)."""
        if frame.empty:
            return 0
        columns = ", ".join(frame.columns)
        records = frame.astype(object).itertuples(index=False, name=None)
        with (
            self.con.cursor() as cursor,
            cursor.copy(f"COPY {_table(table)} ({columns}) FROM STDIN") as copy,
        ):
            for record in records:
                copy.write_row([_plain(value) for value in record])
        return len(frame)

    def export_frames(self) -> dict[str, pd.DataFrame]:
        frames = {}
        for name, sql in EXPORT_SQL.items():
            with self.con.cursor() as cursor:
                cursor.execute(sql)
                columns = [column.name for column in cursor.description or []]
                frames[name] = pd.DataFrame(cursor.fetchall(), columns=columns)
        return frames
