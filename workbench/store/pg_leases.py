"""Session leases on PostgreSQL: which server process drives a session, until when.

A lease is a row in `session_leases` (owner, expiry from the database's clock, never a host's). Writes lock the
row in their own transaction, so a lease cannot change hands while a write that checked it is in flight.
Overdue sessions are claimed with `FOR UPDATE SKIP LOCKED`, so each is ended by exactly one process.
"""

from __future__ import annotations

from workbench.store.errors import LeaseLost
from workbench.store.pg_base import Con, PgBase


class PgLeases(PgBase):
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
