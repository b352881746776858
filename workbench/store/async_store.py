"""`AsyncStore`: the store behind the async server, on one writer thread with group commit.

DuckDB is used from a single thread (one writing process, one connection). Write batches queued while the
thread is busy are merged and applied together, one statement per table and one commit, so 500 sessions
answering at once cost a handful of commits instead of 500; each caller still learns only after the commit
that its write is durable.
"""

from __future__ import annotations

import asyncio
import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any, TypeVar

from workbench.store.batch import WriteBatch
from workbench.store.store import Store

T = TypeVar("T")
log = logging.getLogger(__name__)
MAX_GROUP = 512


@dataclass
class _Job:
    fn: Callable[[Store], Any] | None = None
    batch: WriteBatch | None = None
    write: bool = False
    future: Future[Any] = field(default_factory=Future)


class AsyncStore:
    def __init__(self, store: Store) -> None:
        self.store = store
        self._queue: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="openhire-store", daemon=True)
        self._thread.start()
        self.commits = 0

    async def read(self, fn: Callable[[Store], T]) -> T:
        """Run `fn` on the store thread outside any group transaction (reads; or writes that manage their own
        transaction, like erasure's checkpoint)."""
        return await self._submit(_Job(fn=fn))

    async def write(self, fn: Callable[[Store], T]) -> T:
        """Run `fn` inside a transaction; returns once it is committed."""
        return await self._submit(_Job(fn=fn, write=True))

    async def apply(self, batch: WriteBatch) -> None:
        """Apply a write batch, merged with whatever else is waiting; returns once it is committed."""
        await self._submit(_Job(batch=batch))

    async def _submit(self, job: _Job) -> Any:
        self._queue.put(job)
        return await asyncio.wrap_future(job.future)

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join(timeout=30)
        self.store.close()

    # --- writer thread --------------------------------------------------------------------------------

    def _run(self) -> None:
        while True:
            first = self._queue.get()
            if first is None:
                return
            group = [first]
            stop = False
            while len(group) < MAX_GROUP:
                try:
                    nxt = self._queue.get_nowait()
                except queue.Empty:
                    break
                if nxt is None:
                    stop = True
                    break
                group.append(nxt)
            try:
                self._process(group)
            except Exception:  # never let the writer thread die: fail this group's callers instead
                log.exception("store writer failed on a group of %d jobs", len(group))
                for job in group:
                    if not job.future.done():
                        job.future.set_exception(RuntimeError("store writer failed"))
            if stop:
                return

    def _process(self, group: list[_Job]) -> None:
        # A caller that gave up (cancelled) before its job started is skipped; a started job always finishes.
        group = [job for job in group if job.future.set_running_or_notify_cancel()]
        batches = [job for job in group if job.batch is not None]
        for job in group:
            if job.batch is None:
                self._run_one(job)
        if len(batches) > 1:
            self._apply_group(batches)
        elif batches:
            self._run_one(batches[0])

    def _run_one(self, job: _Job) -> None:
        try:
            if job.batch is not None:
                self.store.apply(job.batch)
                result = None
            elif job.write:
                assert job.fn is not None
                with self.store.transaction():
                    result = job.fn(self.store)
            else:
                assert job.fn is not None
                result = job.fn(self.store)
        except Exception as exc:  # handed to the awaiting coroutine, which reports it
            job.future.set_exception(exc)
            return
        if job.write or job.batch is not None:
            self.commits += 1
        job.future.set_result(result)

    def _apply_group(self, jobs: list[_Job]) -> None:
        merged = WriteBatch()
        for job in jobs:
            assert job.batch is not None
            merged.extend(job.batch)
        try:
            self.store.apply(merged)
        except Exception:
            # One batch broke the group's transaction (rolled back): apply each alone so only it fails.
            log.warning("group commit of %d batches failed; applying one by one", len(jobs))
            for job in jobs:
                self._run_one(job)
            return
        self.commits += 1
        for job in jobs:
            job.future.set_result(None)
