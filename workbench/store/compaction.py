"""Compaction: the DuckDB file rewritten with only its live rows, so that erased rows leave no byte on disk.

DuckDB keeps deleted rows in its blocks, so an erasure rewrites the file (`COPY FROM DATABASE` into a new file,
fsync, atomic rename). Two ways:
- `compact`: all at once on the store's own thread (at start-up, when an erasure was cut short by a crash);
- `copy_live_rows`, `catch_up_copy`, `swap_in`: the server's way. The copy runs in one transaction on a
  connection of its own, so it is one consistent snapshot that also records the last journal entry it holds,
  while the store goes on applying journaled writes; `catch_up_copy` then applies to the copy what was applied
  and written since its snapshot, and `swap_in` puts it in the file's place. Only the swap holds the store's
  readers (closing and reopening connections); the copy and its catch-up grow with the file and the traffic.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from workbench.store.batch import WriteBatch, apply_batch
from workbench.store.journal import fsync_dir
from workbench.store.recovery import Position, read_position, record_position
from workbench.store.schema import rollback

if TYPE_CHECKING:
    from workbench.store.store import Store

COPY_ALIAS = "openhire_compacted"


def erasure_marker(db_path: Path) -> Path:
    """Present while an erasure has deleted rows whose bytes the file may still hold (until compaction)."""
    return db_path.with_name(db_path.name + ".erasing")


def compacted_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".compact")


def copy_live_rows(
    con: duckdb.DuckDBPyConnection, db_path: Path, pinned: Callable[[], None] = lambda: None
) -> tuple[Path, int]:
    """Copy the database into a new file in one transaction (one snapshot); returns the file and the last
    journal sequence number the copy holds. `con` may be a second connection beside a writing one: `pinned`
    is called once the snapshot is fixed (whatever commits after it is not in the copy)."""
    tmp = compacted_path(db_path)
    for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
        leftover.unlink(missing_ok=True)
    (database,) = con.execute("SELECT current_database()").fetchall()[0]
    quoted = str(tmp).replace("'", "''")
    con.execute(f"ATTACH '{quoted}' AS {COPY_ALIAS}")
    try:
        con.execute("BEGIN TRANSACTION")
        try:
            rows = con.execute("SELECT last_seq FROM journal_state").fetchall()  # fixes the snapshot
            pinned()
            con.execute(f'COPY FROM DATABASE "{database}" TO {COPY_ALIAS}')
            con.execute("COMMIT")
        except BaseException:
            rollback(con)
            raise
    finally:
        con.execute(f"DETACH {COPY_ALIAS}")
    return tmp, int(rows[0][0]) if rows else 0


def catch_up_copy(
    store: Store,
    tmp: Path,
    later: WriteBatch,
    position: Position | None,
    replays: Sequence[Callable[[Store], object]] = (),
) -> None:
    """Bring the copy up to date, in one transaction, and checkpoint it: `later` is what the journal applied
    since the snapshot (up to `position`), `replays` the other writes made since, in order (re-run on the copy).
    The store's own file is not touched: its readers may go on meanwhile."""
    con = duckdb.connect(str(tmp))
    copy = type(store).on_connection(tmp, con)
    try:
        with copy.transaction():
            apply_batch(con, later)
            if position is not None:
                record_position(con, position)
            for replay in replays:
                replay(copy)
        con.execute("CHECKPOINT")
    finally:
        con.close()


def swap_in(store: Store, tmp: Path) -> None:
    """Replace the store's file by `tmp` atomically and reopen the store's connection on it; the erasure is
    then complete (its marker goes). Every other connection to the store's file must be closed (read views)."""
    store.con.close()
    try:
        with tmp.open("rb+") as file:
            os.fsync(file.fileno())
        os.replace(tmp, store.path)
        fsync_dir(store.path.parent)
    finally:
        tmp.unlink(missing_ok=True)
        store.con = duckdb.connect(str(store.path))
    erasure_marker(store.path).unlink(missing_ok=True)
    fsync_dir(store.path.parent)


def compact(store: Store) -> None:
    """Rewrite the file at once, on the store's thread, and restart the journal (DuckDB holds every entry)."""
    store.con.execute("CHECKPOINT")
    tmp, _ = copy_live_rows(store.con, store.path)
    swap_in(store, tmp)
    if store.journal is not None:
        restart_journal(store)


def restart_journal(store: Store) -> None:
    """Start the journal over empty after what DuckDB holds (call only when it holds every entry)."""
    assert store.journal is not None
    position = read_position(store.con)
    store.journal.restart(position.last_seq)
    record_position(store.con, Position(position.last_seq, store.journal.journal_id, store.journal.end))
