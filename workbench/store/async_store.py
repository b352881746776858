"""`AsyncStore`: the store behind the async server.

Threads, each owning one thing:
- the journal thread appends live write batches to the write-ahead journal, one fsync per group, and only
  then tells the caller the write is durable (about a millisecond);
- the DuckDB thread applies journaled batches in bulk (one statement per table, one commit for all that has
  queued up within `APPLY_EVERY_SECONDS`) and runs the other writes in order behind them, applying what is
  pending first; a read first waits for it to apply what was journaled before the read was asked (a barrier),
  so it always sees every acknowledged write.

Reads run on two readers, threads with a connection each (readers.py), never on the DuckDB thread:
`read_committed` and `read_session` (the reads of an interview start) on one, whatever they read is never
waiting in the journal (jobs, candidates and plans are written by `write`, which returns once committed; a
session with journaled entries not yet applied first waits for them); `read` (listings, events, exports) on the
other, once every entry journaled before it is applied. So a start never waits behind a bulk apply or a long
read. Nor does an append: past `TRUNCATE_BYTES` the journal starts over holding only the entries DuckDB has not
applied yet (`Journal.rotate`), instead of waiting for DuckDB to hold them all.

A failed append answers its callers with the error (the server's typed 503); the journal has cut itself back
and the sequence numbers it took are not handed out again, not even by the next process after a crash.
`exclusive` runs a store call while the journal takes no appends and DuckDB holds every entry (erasure: the
rows go and the journal starts over empty behind it). `compact` then rewrites the file beside the live traffic:
a fourth thread copies the live rows in one snapshot on a connection of its own while journaled writes go on
being applied; the DuckDB thread then applies to the copy what it applied since the snapshot and swaps the copy
in, the readers paused for that moment only. Writes that are not journaled (`write`: jobs, candidates, plans)
made meanwhile are re-run on the copy, and the journal is not restarted, so nothing acknowledged misses it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import queue
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import duckdb

from workbench.store.batch import WriteBatch
from workbench.store.compaction import catch_up_copy, copy_live_rows, swap_in
from workbench.store.journal import Journal
from workbench.store.readers import Reader
from workbench.store.recovery import Position
from workbench.store.store import Store

T = TypeVar("T")
log = logging.getLogger(__name__)
MAX_GROUP = 512
TRUNCATE_BYTES = 16 * 1024 * 1024  # a start-up replays at most this (about a second)
# How long `close` waits for the journal thread, then for the DuckDB thread, to finish what they were given.
JOURNAL_JOIN_SECONDS, DUCKDB_JOIN_SECONDS = 30.0, 60.0
RETRY_SECONDS = 1.0
# Journaled entries reach DuckDB in groups at most this old (a read, e.g. the time-out sweep every second,
# applies them at once): DuckDB's CPU per row falls with the group's size, and a session's later state in a
# group replaces its earlier one. 0.25 s cost the store's threads 3-25% more CPU per answered turn at 800-1,000
# sessions (bench/ws_load.py --think 1).
APPLY_EVERY_SECONDS = 1.0
APPLY_AT_ENTRIES = 4096  # ...or this many
Entries = list[tuple[int, WriteBatch]]


@dataclass
class _Job:
    fn: Callable[[Store], Any] | None = None
    write: bool = False
    exclusive: bool = False
    future: Future[Any] = field(default_factory=Future)


@dataclass(slots=True)
class _Append:
    """A live write batch for the journal, and the event-loop future that hears once it is durable. Not a
    `_Job`: a thread-safe `Future` (a lock and a condition each) wrapped for the event loop, with a call into the
    loop per batch, cost the loop a few percent of its time per answered turn; the journal thread resolves a
    group's futures with one call into the loop instead."""

    batch: WriteBatch
    loop: asyncio.AbstractEventLoop
    done: asyncio.Future[None]


def _resolve(appends: list[_Append], error: BaseException | None) -> None:
    """On the event loop: every append of a group heard back (a caller that gave up meanwhile is skipped)."""
    for append in appends:
        if append.done.done():
            continue
        if error is None:
            append.done.set_result(None)
        else:
            append.done.set_exception(error)


def _answer_appends(appends: list[_Append], error: BaseException | None = None) -> None:
    """From the journal thread: one call into each event loop for the whole group."""
    loops: dict[asyncio.AbstractEventLoop, list[_Append]] = {}
    for append in appends:
        loops.setdefault(append.loop, []).append(append)
    for loop, theirs in loops.items():
        try:
            loop.call_soon_threadsafe(_resolve, theirs, error)
        except RuntimeError:  # that loop is closed: nobody waits any more
            continue


@dataclass
class _Swap:
    """The compaction's copy (its file and the last journal entry it holds), or None when the copy failed."""

    copied: tuple[Path, int] | None


@dataclass
class _Journaled:
    """Entries now durable in the journal, and where the last one ends there."""

    entries: Entries
    position: Position


def _sessions_of(batch: WriteBatch) -> set[str]:
    """The sessions whose rows (the session's, its turns) a batch writes; events are not read per session."""
    ids = {row["id"] for row in batch.new_sessions} | {row["id"] for row in batch.session_updates}
    return ids | {row["session_id"] for row in batch.turns} | {row["session_id"] for row in batch.grades}


def _nothing(store: Store) -> None:
    """A barrier: run on the DuckDB thread, which applies every pending entry before any call."""


def _drain(first: Any, source: queue.SimpleQueue[Any]) -> tuple[list[Any], bool]:
    """`first` and whatever else is queued; True when the stop marker (None) was met."""
    group = [first]
    while len(group) < MAX_GROUP:
        try:
            item = source.get_nowait()
        except queue.Empty:
            break
        if item is None:
            return group, True
        group.append(item)
    return group, False


class AsyncStore:
    def __init__(self, store: Store) -> None:
        if store.journal is None:
            raise ValueError("AsyncStore needs a store opened with its journal")
        self.store = store
        self._journal: Journal = store.journal
        # What DuckDB holds (set by the DuckDB thread after each commit; the journal thread rotates from it).
        self._applied_position = store.journal_position()
        self._seq = self._applied_position.last_seq
        self._nudge = _Job(fn=_nothing)
        self._nudge.future.set_result(None)
        self._pending: Entries = []
        self._pending_position: Position | None = None
        self._apply_at = 0.0  # monotonic time at which pending entries are due in DuckDB
        self._apply_failed = False
        self._journal_queue: queue.SimpleQueue[_Job | _Append | None] = queue.SimpleQueue()
        self._db_queue: queue.SimpleQueue[_Job | _Journaled | _Swap | None] = queue.SimpleQueue()
        # Sessions with journaled entries DuckDB does not hold yet: a read of them waits for the DuckDB thread.
        self._unapplied: Counter[str] = Counter()
        self._unapplied_lock = threading.Lock()
        self._starts = Reader("openhire-duckdb-read", store.read_view)
        self._bulk = Reader("openhire-duckdb-bulk", store.read_view)
        self.commits = 0
        # While a compaction copies the file: what DuckDB applied since, and the writes made since (for the copy).
        self._compacting = False
        self._since_copy: list[tuple[Position, WriteBatch]] = []
        self._replays: list[Callable[[Store], Any]] = []
        self._compacted: Future[None] = Future()
        self._compacted.set_result(None)
        self._threads = [
            threading.Thread(target=self._journal_loop, name="openhire-journal", daemon=True),
            threading.Thread(target=self._db_loop, name="openhire-duckdb", daemon=True),
        ]
        for thread in self._threads:
            thread.start()

    async def read(self, fn: Callable[[Store], T]) -> T:
        """Run `fn` (reads of sessions, turns, events) on the bulk reader once every entry journaled so far is
        applied: the DuckDB thread only applies them (a barrier), it never runs the read itself."""
        await self._submit(self._db_queue, _Job(fn=_nothing))
        return await asyncio.wrap_future(self._bulk.submit(fn))

    async def read_committed(self, fn: Callable[[Store], T]) -> T:
        """Run `fn` on the start reader: for tables only `write` changes (jobs, candidates, plans)."""
        return await asyncio.wrap_future(self._starts.submit(fn))

    async def read_session(self, session_ids: list[str], fn: Callable[[Store], T]) -> T:
        """Run `fn`, which reads only these sessions' rows, on the start reader, once DuckDB holds every entry
        journaled for them (at once, unless one has entries not applied yet)."""
        with self._unapplied_lock:
            waiting = any(self._unapplied[session_id] for session_id in session_ids)
        if waiting:
            await self._submit(self._db_queue, _Job(fn=_nothing))
        return await asyncio.wrap_future(self._starts.submit(fn))

    async def write(self, fn: Callable[[Store], T]) -> T:
        """Run `fn` inside a DuckDB transaction; returns once it is committed."""
        return await self._submit(self._db_queue, _Job(fn=fn, write=True))

    async def exclusive(self, fn: Callable[[Store], T]) -> T:
        """Run `fn` on the DuckDB thread once every journaled entry is applied, with appends held back
        until it returns (they wait in the queue, none is refused)."""
        return await self._submit(self._journal_queue, _Job(fn=fn, exclusive=True))

    async def compact(self) -> None:
        """Start rewriting the file beside the live traffic (after an erasure); returns at once."""
        self._compacted = Future()
        await self._submit(self._db_queue, _Job(fn=lambda store: self._start_compaction()))

    async def compacted(self) -> None:
        """Once the last compaction has swapped its copy in (or failed: the next start compacts then)."""
        await asyncio.wrap_future(self._compacted)

    async def apply(self, batch: WriteBatch) -> None:
        """Make a live write batch durable (journaled); DuckDB receives it right behind."""
        loop = asyncio.get_running_loop()
        done: asyncio.Future[None] = loop.create_future()
        self._journal_queue.put(_Append(batch, loop, done))
        await done

    async def _submit(self, target: queue.SimpleQueue[Any], job: _Job) -> Any:
        target.put(job)
        return await asyncio.wrap_future(job.future)

    def close(self) -> None:
        self._journal_queue.put(None)
        self._threads[0].join(timeout=JOURNAL_JOIN_SECONDS)
        try:
            self._compacted.result(timeout=600)  # a compaction under way finishes first
        except TimeoutError:
            log.error("compaction still running at shutdown: the next start compacts the file")
        self._db_queue.put(None)
        self._threads[1].join(timeout=DUCKDB_JOIN_SECONDS)
        for reader in (self._starts, self._bulk):  # after the DuckDB thread: a swap reopens them
            reader.close()
        # Starting the journal over is a saving, never a duty: the journal in place is valid (the next start
        # replays what DuckDB lacks). So it is not done under a thread still running (the journal thread may be
        # swapping it itself: two swaps through one `.new` file), and a failure is a log line; DuckDB is closed
        # whatever happens.
        try:
            if any(thread.is_alive() for thread in self._threads):
                log.warning("store threads still busy at shutdown: the journal is kept for the next start")
            elif self._applied_position.last_seq == self._seq:
                self._restart_journal()
        except OSError as exc:
            log.warning("journal not started over at shutdown (%s): the next start replays it", exc)
        finally:
            self.store.close()

    def _restart_journal(self) -> None:
        """Start the journal over (DuckDB holds every entry) and record where it continues."""
        applied = self._applied_position.last_seq
        self._journal.restart(applied)
        position = Position(applied, self._journal.journal_id, self._journal.end)
        self.store.apply_journaled(WriteBatch(), position)
        self._applied_position = position

    # --- journal thread -------------------------------------------------------------------------------

    def _journal_loop(self) -> None:
        while (first := self._journal_queue.get()) is not None:
            group, stop = _drain(first, self._journal_queue)
            appends: list[_Append] = []
            for item in group:
                if isinstance(item, _Append):
                    if not item.done.cancelled():  # its caller gave up before it was written
                        appends.append(item)
                elif item.future.set_running_or_notify_cancel():
                    self._journal_group(appends)
                    appends = []
                    self._run_exclusive(item)
            self._journal_group(appends)
            if stop:
                return

    def _run_exclusive(self, job: _Job) -> None:
        """Hand `job` to the DuckDB thread (which applies every pending entry first) and wait for it here,
        so that no append happens meanwhile."""
        inner = _Job(fn=job.fn)
        self._db_queue.put(inner)
        try:
            job.future.set_result(inner.future.result())
        except Exception as exc:
            job.future.set_exception(exc)

    def _rotate_journal(self) -> None:
        """Start the journal over without waiting for DuckDB: the new one holds only the entries DuckDB has not
        applied yet (copied; at most an apply interval of traffic). Waiting for DuckDB to hold every entry
        instead held every append for a bulk apply, 13-90 ms twice a second at 400 turns/s: the p99 of a turn.
        Until DuckDB has caught up with most of this journal, it is asked to apply now (never waited for)."""
        applied = self._applied_position
        if (
            applied.journal_id == self._journal.journal_id
            and applied.journal_end is not None
            # with DuckDB far behind (failing to apply?), a copy would hardly shrink the journal
            and applied.journal_end >= self._journal.size() // 2
        ):
            try:
                self._journal.rotate(applied.last_seq, applied.journal_end)
            except OSError as exc:  # before the swap the old journal goes on; after it, appends sync it first
                log.warning("starting the journal over failed (%s)", exc.strerror)
            except ValueError as exc:  # DuckDB's position does not fit this journal: keep it whole
                log.error("journal not started over: %s", exc)
        elif self._nudge.future.done():
            self._nudge = _Job(fn=_nothing)
            self._db_queue.put(self._nudge)

    def _journal_group(self, appends: list[_Append]) -> None:
        if not appends:
            return
        try:
            if self._journal.size() > TRUNCATE_BYTES and not self._compacting:
                self._rotate_journal()
            # Numbers from a durably reserved range: a failed write's are never handed out again, even after
            # a crash (see Journal.take_seqs).
            seqs = self._journal.take_seqs(len(appends))
            entries = [(seq, append.batch) for seq, append in zip(seqs, appends, strict=True)]
            end = self._journal.append(entries)
            self._seq = entries[-1][0]
        except Exception as exc:
            log.error("journal write failed: %s", exc)
            _answer_appends(appends, exc)
            return
        position = Position(self._seq, self._journal.journal_id, end)
        self._count_unapplied(
            entries, +1
        )  # before the callers hear back: their session reads wait for DuckDB
        self._db_queue.put(_Journaled(entries, position))  # queued before the callers hear back
        _answer_appends(appends)

    def _count_unapplied(self, entries: Entries, step: int) -> None:
        with self._unapplied_lock:
            for _, batch in entries:
                for session_id in _sessions_of(batch):
                    self._unapplied[session_id] += step
                    if self._unapplied[session_id] <= 0:
                        del self._unapplied[session_id]

    @contextmanager
    def _readers_paused(self) -> Iterator[None]:
        """No read meanwhile, and the readers' connections closed: the file may be swapped."""
        with self._starts.paused(), self._bulk.paused():
            yield

    # --- DuckDB thread --------------------------------------------------------------------------------

    def _db_loop(self) -> None:
        while True:
            try:
                first = self._db_queue.get(timeout=self._apply_wait())
            except queue.Empty:
                self._try_apply_pending()
                continue
            if first is None:
                self._try_apply_pending()
                return
            group, stop = _drain(first, self._db_queue)
            for item in group:
                if isinstance(item, _Journaled):
                    self._hold(item)
                elif isinstance(item, _Swap):
                    self._swap(item)
                elif item.future.set_running_or_notify_cancel():
                    self._run(item)
            if stop:
                self._try_apply_pending()
                return
            if self._apply_wait() == 0.0:
                self._try_apply_pending()

    def _hold(self, item: _Journaled) -> None:
        """Journaled entries wait to be applied together: DuckDB spends milliseconds of CPU (holding the
        GIL for part of them) per statement and per commit whatever the row count, so applying each small
        group at once took about a millisecond per answered turn from the event loop at 700 turns/s. They
        are durable already; a read applies them first, so no caller ever sees DuckDB behind."""
        if not self._pending:
            self._apply_at = time.monotonic() + APPLY_EVERY_SECONDS
        self._pending.extend(item.entries)
        self._pending_position = item.position

    def _apply_wait(self) -> float | None:
        """Seconds until pending entries are due in DuckDB (0: now); None when nothing is pending."""
        if not self._pending:
            return None
        if len(self._pending) >= APPLY_AT_ENTRIES and not self._apply_failed:
            return 0.0
        return max(0.0, self._apply_at - time.monotonic())

    def _try_apply_pending(self) -> None:
        try:
            self._apply_pending()
            self._apply_failed = False
        except Exception:
            self._apply_failed = True
            self._apply_at = time.monotonic() + RETRY_SECONDS
            log.exception(
                "applying %d journaled batches to DuckDB failed; kept in the journal", len(self._pending)
            )

    def _apply_pending(self) -> None:
        if not self._pending or self._pending_position is None:
            return
        merged = WriteBatch()
        for _, batch in self._pending:
            merged.extend(batch)
        position = self._pending_position
        self.store.apply_journaled(merged, position)
        if self._compacting:
            self._since_copy.append((position, merged))
        self._count_unapplied(self._pending, -1)
        self._pending.clear()
        self._applied_position = position
        self.commits += 1

    # --- compaction ----------------------------------------------------------------------------------

    def _start_compaction(self) -> None:
        """On the DuckDB thread: the copy's snapshot is fixed before anything else is applied or written here,
        and from then on what is applied or written is kept for the copy."""
        self._compacting = True
        self._since_copy, self._replays = [], []
        pinned = threading.Event()
        try:
            cursor = self.store.con.cursor()
            threading.Thread(
                target=self._copy, args=(cursor, pinned), name="openhire-compact", daemon=True
            ).start()
        except Exception:
            self._compacting = False
            self._compacted.set_result(None)
            raise
        pinned.wait(timeout=60)

    def _copy(self, cursor: duckdb.DuckDBPyConnection, pinned: threading.Event) -> None:
        copied: tuple[Path, int] | None = None
        try:
            copied = copy_live_rows(cursor, self.store.path, pinned.set)
        except Exception:
            log.exception("compaction: copying the live rows failed")
        finally:
            pinned.set()
            cursor.close()
        self._db_queue.put(_Swap(copied))

    def _swap(self, swap: _Swap) -> None:
        """On the DuckDB thread: the copy, brought up to date, takes the file's place."""
        try:
            if swap.copied is not None:
                self._apply_pending()
                tmp, snapshot = swap.copied
                later = [
                    (position, batch) for position, batch in self._since_copy if position.last_seq > snapshot
                ]
                merged = WriteBatch()
                for _, batch in later:
                    merged.extend(batch)
                position = later[-1][0] if later else None
                catch_up_copy(self.store, tmp, merged, position, self._replays)  # the readers go on meanwhile
                with contextlib.suppress(duckdb.Error):
                    self.store.con.execute("CHECKPOINT")  # so that closing the old file is quick
                with self._readers_paused():
                    swap_in(self.store, tmp)
        except Exception:
            log.exception("compaction failed: the erased rows' bytes stay in the file until the next start")
        finally:
            self._compacting = False
            self._since_copy, self._replays = [], []
            self._compacted.set_result(None)

    def _run(self, job: _Job) -> None:
        assert job.fn is not None
        try:
            self._apply_pending()  # reads see every acknowledged write; if DuckDB fails, so does the read
            if job.write:
                with self.store.transaction():
                    result = job.fn(self.store)
                if self._compacting:
                    self._replays.append(job.fn)  # the copy's snapshot does not hold it
            else:  # a barrier, or an exclusive call (erasure), while the readers go on: DuckDB deletes
                result = job.fn(self.store)  # and checkpoints beside readers mid-query
        except Exception as exc:  # handed to the awaiting coroutine, which reports it
            job.future.set_exception(exc)
        else:
            job.future.set_result(result)
