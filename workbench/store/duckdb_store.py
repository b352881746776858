"""`DuckDBStore`: the store interface on one DuckDB file, the embedded default.

One process owns the file (DuckDB allows one writer), so leases are held in this process's memory: they still
make the server's rule hold (one driver per session, time-outs claimed once), and revisions need no check in
the database because no other process can write. Live writes go through `AsyncStore` (write-ahead journal,
then DuckDB in bulk); every other call runs on the DuckDB thread.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Generic, Literal, TypeVar

import duckdb

from workbench.models import CandidateDetails, InterviewPlan, InterviewState, JobDetails, utc_now
from workbench.store.async_store import AsyncStore
from workbench.store.batch import WriteBatch, new_session, state_saved
from workbench.store.errors import LeaseLost, StoreError, StoreUnavailable
from workbench.store.interface import ExportFormat, LoadedSession, SessionFilter
from workbench.store.records import (
    ErasureReport,
    EventRecord,
    EventToWrite,
    SavedState,
    SessionDetail,
    SessionSummary,
    StoredState,
)
from workbench.store.store import Store
from workbench.store.transfer import Bundle, export_store, load_bundle

T = TypeVar("T")
V = TypeVar("V")
RECENT_RECORDS = 1024  # per kind
log = logging.getLogger(__name__)


def _translate(exc: Exception) -> StoreError:
    if isinstance(exc, duckdb.ConnectionException | OSError):
        return StoreUnavailable(f"Database error: connection failed ({exc.__class__.__name__})")
    return StoreError(f"Database error: {exc.__class__.__name__}")


class _Recent(Generic[V]):
    """The most recently read records of a kind that never changes once stored (jobs are only ever added,
    candidates only added or erased): an interview start reads them without a trip to DuckDB."""

    def __init__(self, size: int = RECENT_RECORDS) -> None:
        self._items: OrderedDict[object, V] = OrderedDict()
        self.size = size
        self.generation = 0  # bumped by every erasure: a read that began before it is not kept

    def get(self, key: object) -> V | None:
        value = self._items.get(key)
        if value is not None:
            self._items.move_to_end(key)
        return value

    def keep(self, key: object, value: V | None, generation: int) -> V | None:
        if value is not None and generation == self.generation:
            self._items[key] = value
            self._items.move_to_end(key)
            if len(self._items) > self.size:
                self._items.popitem(last=False)
        return value

    def forget(self, key: object) -> None:
        self.generation += 1
        self._items.pop(key, None)


class DuckDBStore:
    backend: Literal["duckdb", "postgresql"] = "duckdb"

    def __init__(self, store: Store) -> None:
        self._store = AsyncStore(store)
        self.path = store.path
        self._leases: dict[str, tuple[str, float]] = {}  # session id -> (owner, monotonic expiry)
        self._jobs: _Recent[JobDetails] = _Recent()
        self._candidates: _Recent[CandidateDetails] = _Recent()  # forgotten when erased (no resume kept)
        self._erasing = asyncio.Lock()

    @property
    def database(self) -> Store:
        """The synchronous store underneath (for tests that reach into the file)."""
        return self._store.store

    async def close(self) -> None:
        self._store.close()

    async def _read(self, fn: Callable[[Store], T]) -> T:
        try:
            return await self._store.read(fn)
        except (duckdb.Error, OSError) as exc:
            raise _translate(exc) from exc

    async def _read_committed(self, fn: Callable[[Store], T]) -> T:
        try:
            return await self._store.read_committed(fn)
        except (duckdb.Error, OSError) as exc:
            raise _translate(exc) from exc

    async def _read_session(self, session_ids: list[str], fn: Callable[[Store], T]) -> T:
        try:
            return await self._store.read_session(session_ids, fn)
        except (duckdb.Error, OSError) as exc:
            raise _translate(exc) from exc

    async def _write(self, fn: Callable[[Store], T]) -> T:
        try:
            return await self._store.write(fn)
        except (duckdb.Error, OSError) as exc:
            raise _translate(exc) from exc

    async def _apply(self, batch: WriteBatch) -> None:
        try:
            await self._store.apply(batch)
        except (duckdb.Error, OSError) as exc:
            raise _translate(exc) from exc

    # --- jobs and candidates ------------------------------------------------------------------------------

    async def add_job(self, job: JobDetails) -> JobDetails:
        return await self._write(lambda s: s.add_job(job))

    async def get_job(self, job_id: str) -> JobDetails | None:
        if (job := self._jobs.get(job_id)) is not None:
            return job
        generation = self._jobs.generation
        return self._jobs.keep(job_id, await self._read_committed(lambda s: s.get_job(job_id)), generation)

    async def list_jobs(self, limit: int = 50, offset: int = 0) -> list[JobDetails]:
        return await self._read_committed(lambda s: s.list_jobs(limit, offset))

    async def add_candidate(self, candidate: CandidateDetails) -> CandidateDetails:
        return await self._write(lambda s: s.add_candidate(candidate))

    async def get_candidate(self, candidate_id: str) -> CandidateDetails | None:
        if (candidate := self._candidates.get(candidate_id)) is not None:
            return candidate
        generation = self._candidates.generation
        found = await self._read_committed(lambda s: s.get_candidate(candidate_id))
        return self._candidates.keep(candidate_id, found, generation)

    async def list_candidates(self, limit: int = 50, offset: int = 0) -> list[CandidateDetails]:
        return await self._read_committed(lambda s: s.list_candidates(limit, offset))

    async def get_plan(self, job_id: str, key: str) -> InterviewPlan | None:
        # Kept in memory by the server (protocol_server.state_codec.PlanShelf): read on a start only once.
        return await self._read_committed(lambda s: s.get_plan(job_id, key))

    async def save_plan(self, plan: InterviewPlan) -> InterviewPlan:
        return await self._write(lambda s: s.save_plan(plan))

    async def erase_candidate(self, candidate_id: str) -> ErasureReport | None:
        """With the journal held, the rows go and the journal starts over (milliseconds); the file is then
        rewritten beside the live traffic (`AsyncStore.compact`): its bytes are gone once that is done."""
        async with self._erasing:  # one at a time, each after the previous one's rewrite
            await self._store.compacted()
            self._candidates.forget(candidate_id)
            try:
                report = await self._store.exclusive(lambda s: s.erase_rows(candidate_id))
            except (duckdb.Error, OSError) as exc:
                raise _translate(exc) from exc
            finally:
                self._candidates.forget(candidate_id)  # and whatever a read meanwhile found
            if report is not None:
                try:
                    await self._store.compact()
                except (duckdb.Error, OSError):  # the rows are gone; the marker makes the next start compact
                    log.exception("erasure: the file's rewrite could not start")
            return report

    async def compacted(self) -> None:
        """Once the last erasure's rewrite is done: no byte of the erased candidate is left in the files."""
        await self._store.compacted()

    async def erased_sessions(self, session_ids: list[str]) -> set[str]:
        return await self._read_session(session_ids, lambda s: s.erased_sessions(session_ids))

    async def watch_erasures(self, on_erased: Callable[[str], Awaitable[None]]) -> None:
        return  # one process owns the file: every erasure happens in this process

    # --- live sessions --------------------------------------------------------------------------------

    async def load_session(self, session_id: str) -> LoadedSession | None:
        loaded = await self._read_session([session_id], lambda s: s.load_state(session_id))
        if loaded is None:
            return None
        state, interviewer, status, plan_stored = loaded
        return LoadedSession(state, interviewer, status, revision=0, plan_stored=plan_stored)

    async def create_session(
        self,
        session_id: str,
        state: InterviewState,
        *,
        interviewer: str,
        owner: str,
        deadline: datetime,
        events: Sequence[EventToWrite],
        stored_state: StoredState | None = None,
    ) -> int:
        self._check_lease(session_id, owner)
        batch = new_session(
            session_id, state, stored_state or StoredState.whole(state), interviewer, deadline
        )
        await self._apply(batch.add_events(events))
        return 0

    async def save_session(
        self,
        session_id: str,
        saved: SavedState,
        *,
        revision: int,
        owner: str,
        events: Sequence[EventToWrite],
    ) -> int:
        self._check_lease(session_id, owner)
        batch = state_saved(session_id, saved)
        await self._apply(batch.add_events(events))
        return revision  # one writing process: revisions have nothing to tell apart and stay 0

    async def log_events(self, events: Sequence[EventToWrite]) -> None:
        if events:
            await self._apply(WriteBatch().add_events(events))

    # --- leases (in this process: it is the only writer) ----------------------------------------------

    def _check_lease(self, session_id: str, owner: str) -> None:
        held = self._leases.get(session_id)
        if held is None or held[0] != owner:
            raise LeaseLost(f"session {session_id} is not leased to this server")

    def _free(self, session_id: str, owner: str) -> bool:
        held = self._leases.get(session_id)
        return held is None or held[0] == owner or held[1] < time.monotonic()

    async def acquire_lease(self, session_id: str, owner: str, seconds: float) -> bool:
        if not self._free(session_id, owner):
            return False
        self._leases[session_id] = (owner, time.monotonic() + seconds)
        return True

    async def renew_leases(self, owner: str, session_ids: list[str], seconds: float) -> set[str]:
        held = {sid for sid in session_ids if (lease := self._leases.get(sid)) and lease[0] == owner}
        expiry = time.monotonic() + seconds
        for session_id in held:
            self._leases[session_id] = (owner, expiry)
        return held

    async def release_lease(self, session_id: str, owner: str) -> None:
        held = self._leases.get(session_id)
        if held is not None and held[0] == owner:
            del self._leases[session_id]

    async def claim_overdue(self, owner: str, seconds: float, limit: int = 50) -> list[str]:
        now = utc_now()
        overdue = await self._read(lambda s: s.overdue_session_ids(now, limit + len(self._leases)))
        claimed: list[str] = []
        for session_id in overdue:
            if len(claimed) < limit and self._free(session_id, ""):
                self._leases[session_id] = (owner, time.monotonic() + seconds)
                claimed.append(session_id)
        return claimed

    # --- reading --------------------------------------------------------------------------------------

    async def list_sessions(
        self, limit: int = 50, offset: int = 0, where: SessionFilter | None = None
    ) -> list[SessionSummary]:
        f = where or SessionFilter()
        return await self._read(
            lambda s: s.list_sessions(
                limit,
                offset,
                job_id=f.job_id,
                candidate_id=f.candidate_id,
                status=f.status,
                source=f.source,
                split=f.split,
            )
        )

    async def get_session(self, session_id: str) -> SessionDetail | None:
        return await self._read_session([session_id], lambda s: s.get_session(session_id))

    async def get_events(self, session_id: str) -> list[EventRecord]:
        return await self._read(lambda s: s.get_events(session_id))

    # --- bulk -----------------------------------------------------------------------------------------

    async def is_empty(self) -> bool:
        return await self._read(lambda s: s.is_empty())

    async def import_bundle(self, bundle: Bundle) -> dict[str, int]:
        return await self._write(lambda s: load_bundle(s, bundle))

    async def export(self, directory: Path, fmt: ExportFormat = "jsonl") -> dict[str, int]:
        return await self._read(lambda s: export_store(s, directory, fmt))
