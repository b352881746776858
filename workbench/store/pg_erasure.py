"""Erasure on PostgreSQL: the candidate's rows deleted, the tables rewritten, and the WAL that recorded them
retired and overwritten, so that no byte of them is left in the cluster's data directory.

PostgreSQL keeps deleted rows in table pages until they are rewritten (`VACUUM FULL`), and the WAL segments that
recorded the inserts until a checkpoint retires them. A retired segment is deleted with `wal_recycle = off`;
with the default `wal_recycle = on` it is renamed to a future segment name and keeps its bytes until WAL is
written into it again. So after the checkpoint, the erasure writes through every such recycled segment: a WAL
switch pads the rest of the segment in use with zeros, and the next segment in line is a recycled one.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

import psycopg

from workbench.store.pg_base import Con, PgBase
from workbench.store.pg_schema import ERASURE_LOCK
from workbench.store.records import ErasureReport

log = logging.getLogger(__name__)
ERASURE_CHANNEL = "openhire_erasure"  # NOTIFY payload: the erased candidate's id (an id, no personal data)
SEGMENT_NAME_LENGTH = 24  # timeline, log and segment number in hex; other files in pg_wal are not segments


class PgErasure(PgBase):
    async def erase_candidate(self, candidate_id: str) -> ErasureReport | None:
        """Delete in one transaction (the session ids kept in `erased_sessions`, every server process told
        through NOTIFY), then VACUUM FULL the tables that held the candidate (their files are rewritten without
        the rows; it locks each table for the time of its rewrite), then scrub the WAL (`scrub_wal`)."""
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
            written = await scrub_wal(con)
        log.info("erasure: tables rewritten, %d recycled WAL segments written over", written)
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


async def scrub_wal(con: Con) -> int:
    """Retire the WAL that recorded the erased rows and overwrite the segments PostgreSQL kept for reuse;
    returns how many segments were written through.

    1. `pg_switch_wal()` closes the segment in use and `CHECKPOINT` retires every segment before it: deleted
       (`wal_recycle = off`) or renamed to a name ahead of the segment in use (`wal_recycle = on`, the default).
    2. Each recycled segment ahead is then written through: a little WAL and a switch, which pads the rest of the
       segment with zeros (16 MB of writes per segment; PostgreSQL keeps `min_wal_size`, 80 MB, up to
       `max_wal_size` on a busy server). Live commits wait behind each switch's flush.
    Segments older than the checkpoint that PostgreSQL keeps (`wal_keep_size`, a replication slot, a WAL archive
    that has not taken them yet) are the operator's: they are logged, by count. Each step needs a privilege
    (superuser, or EXECUTE on `pg_switch_wal` and `pg_ls_waldir` and the `pg_checkpoint` role); without it the
    erasure logs what it could not do and the README's bound without the scrub applies."""
    try:
        cursor = await con.execute("SELECT pg_walfile_name(pg_switch_wal())")
        closed = str((await cursor.fetchone() or ("",))[0])  # the segment that was in use until now
        await con.execute("CHECKPOINT")
        segments = await _segments(con)
    except psycopg.errors.InsufficientPrivilege as exc:
        log.warning(
            "erasure: the WAL that recorded the erased rows is left to PostgreSQL's own checkpoints (%s); "
            "grant the pg_checkpoint role and EXECUTE on pg_switch_wal and pg_ls_waldir to scrub it at once",
            exc.__class__.__name__,
        )
        return 0
    if held := [name for name in segments if name <= closed]:
        log.warning(
            "erasure: PostgreSQL keeps %d WAL segments from before the erasure (wal_keep_size, a replication "
            "slot or WAL archiving): they hold the erased rows until it retires them",
            len(held),
        )
    ahead = [name for name in segments if name > closed]
    written = 0
    while ahead and written <= len(ahead):
        await con.execute("SELECT txid_current()")  # a commit record: a switch with no WAL does nothing
        if await _segment_in_use(con) > ahead[-1]:
            break
        await con.execute("SELECT pg_switch_wal()")
        written += 1
    return written


async def _segment_in_use(con: Con) -> str:
    cursor = await con.execute("SELECT pg_walfile_name(pg_current_wal_insert_lsn())")
    row = await cursor.fetchone()
    return str(row[0]) if row else ""


async def _segments(con: Con) -> list[str]:
    cursor = await con.execute("SELECT name FROM pg_ls_waldir() ORDER BY name")
    return [name for (name,) in await cursor.fetchall() if len(name) == SEGMENT_NAME_LENGTH]
