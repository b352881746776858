"""`AsyncStore`: the store behind the async server, on one writer thread with group commit.

DuckDB is used from a single thread (one writing process, one connection). Calls queued while a write runs are
committed together in one transaction, so 500 sessions answering at once cost a handful of commits instead of
500, and each caller still learns only after the commit that its write is durable.
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

from workbench.store.store import Store

T = TypeVar("T")
log = logging.getLogger(__name__)
MAX_GROUP = 256


@dataclass
class _Job:
    fn: Callable[[Store], Any]
    write: bool
    future: Future[Any] = field(default_factory=Future)


class AsyncStore:
    def __init__(self, store: Store) -> None:
        self.store = store
        self._queue: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="openhire-store", daemon=True)
        self._thread.start()
        self.commits = 0
        self.writes = 0

    async def read(self, fn: Callable[[Store], T]) -> T:
        """Run `fn` on the store thread outside any group transaction (reads; or writes that manage their own
        transaction, like erasure's checkpoint)."""
        return await self._submit(fn, write=False)

    async def write(self, fn: Callable[[Store], T]) -> T:
        """Run `fn` inside a transaction; returns once it is committed."""
        return await self._submit(fn, write=True)

    async def _submit(self, fn: Callable[[Store], T], *, write: bool) -> T:
        job = _Job(fn, write)
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
            batch = [first]
            while len(batch) < MAX_GROUP:
                try:
                    nxt = self._queue.get_nowait()
                except queue.Empty:
                    break
                if nxt is None:
                    self._process(batch)
                    return
                batch.append(nxt)
            self._process(batch)

    def _process(self, batch: list[_Job]) -> None:
        # A caller that gave up (cancelled) before its job started is skipped; a started job always finishes.
        batch = [job for job in batch if job.future.set_running_or_notify_cancel()]
        writes = [job for job in batch if job.write]
        for job in batch:
            if not job.write:
                self._run_one(job)
        if len(writes) == 1:
            self._run_one(writes[0])
        elif writes:
            self._run_group(writes)

    def _run_one(self, job: _Job) -> None:
        try:
            if job.write:
                with self.store.transaction():
                    result = job.fn(self.store)
                self.commits += 1
                self.writes += 1
            else:
                result = job.fn(self.store)
        except Exception as exc:  # handed to the awaiting coroutine, which reports it
            job.future.set_exception(exc)
        else:
            job.future.set_result(result)

    def _run_group(self, jobs: list[_Job]) -> None:
        results: list[Any] = []
        try:
            with self.store.transaction():
                for job in jobs:
                    results.append(job.fn(self.store))
        except Exception:
            # One write failed and rolled the group back: run each on its own so only it fails.
            log.warning("group commit of %d writes failed; retrying one by one", len(jobs))
            for job in jobs:
                self._run_one(job)
            return
        self.commits += 1
        self.writes += len(jobs)
        for job, result in zip(jobs, results, strict=True):
            job.future.set_result(result)
