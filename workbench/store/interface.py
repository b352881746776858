"""The store interface: everything the server, REST API and CLI may ask of a store.

Two implementations: `DuckDBStore` (the embedded default: one process owns the file, live writes go through
the write-ahead journal) and `PostgresStore` (many server processes on one or many hosts). Callers see only
this protocol and the domain/read models; no SQL, connection or thread of a backend leaks out.

Sessions are driven by one process at a time. A process takes a *lease* on a session before it loads or
creates it, renews its leases while it holds the session in memory, and releases them when the session leaves
memory. Every write of a session checks, in the same transaction, that the writer still holds the lease and
that the session is at the revision the writer loaded: a second process can never commit an answer, and an
answer is never committed twice.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal, Protocol

from workbench.models import CandidateDetails, InterviewPlan, InterviewState, JobDetails
from workbench.store.errors import DuplicateIdError, LeaseLost, StoreError, StoreUnavailable
from workbench.store.records import (
    ErasureReport,
    EventRecord,
    EventToWrite,
    SavedState,
    SessionDetail,
    SessionSource,
    SessionStatus,
    SessionSummary,
    StoredState,
)
from workbench.store.transfer import Bundle

ExportFormat = Literal["jsonl", "parquet"]
__all__ = [
    "DuplicateIdError",
    "InterviewStore",
    "LeaseLost",
    "LoadedSession",
    "SessionFilter",
    "StoreError",
    "StoreUnavailable",
]


@dataclass(frozen=True)
class LoadedSession:
    state: InterviewState
    interviewer: str
    status: SessionStatus
    revision: int
    plan_stored: bool = False  # the state's plan is a stored plan: its new states may refer to it


@dataclass(frozen=True)
class SessionFilter:
    job_id: str | None = None
    candidate_id: str | None = None
    status: SessionStatus | None = None
    source: SessionSource | None = None
    split: str | None = None


class InterviewStore(Protocol):
    """Async: every method may be awaited from the server's event loop without blocking it."""

    backend: Literal["duckdb", "postgresql"]

    async def close(self) -> None: ...

    # --- jobs and candidates ---
    async def add_job(self, job: JobDetails) -> JobDetails: ...
    async def get_job(self, job_id: str) -> JobDetails | None: ...
    async def list_jobs(self, limit: int = 50, offset: int = 0) -> list[JobDetails]: ...
    async def add_candidate(self, candidate: CandidateDetails) -> CandidateDetails: ...
    async def get_candidate(self, candidate_id: str) -> CandidateDetails | None: ...
    async def list_candidates(self, limit: int = 50, offset: int = 0) -> list[CandidateDetails]: ...

    # --- interview plans ---
    async def get_plan(self, job_id: str, key: str) -> InterviewPlan | None:
        """The job's stored plan for these plan inputs (`InterviewPlan.key`), or None."""
        ...

    async def save_plan(self, plan: InterviewPlan) -> InterviewPlan:
        """Store the plan as its job's next version and return it as stored; when a plan with the same key is
        stored already (another process was first), that one is returned unchanged."""
        ...

    async def erase_candidate(self, candidate_id: str) -> ErasureReport | None:
        """Delete the candidate with their resume, sessions, turns and events, and make the deleted rows
        leave the database files (checkpoint/vacuum); None when there is no such candidate."""
        ...

    async def erased_sessions(self, session_ids: list[str]) -> set[str]:
        """Which of these ids were sessions of an erased candidate (and not taken again by a new session):
        their events are never stored, and their late messages are refused as erased."""
        ...

    async def watch_erasures(self, on_erased: Callable[[str], Awaitable[None]]) -> None:
        """Call `on_erased(candidate_id)` whenever another server process erases a candidate, until
        cancelled; returns at once where one process owns the store."""
        ...

    # --- live sessions ---
    async def load_session(self, session_id: str) -> LoadedSession | None:
        """A session that has a state (live or simulated), or None."""
        ...

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
        """Insert a new live session (and its opening turn), durable on return; the caller holds the lease.
        `deadline` is the real time at which the server ends it (max_duration). Returns its revision."""
        ...

    async def save_session(
        self,
        session_id: str,
        saved: SavedState,
        *,
        revision: int,
        owner: str,
        events: Sequence[EventToWrite],
    ) -> int:
        """Write the new state with the turns answered since the last save (`saved.answered`), in one
        transaction that checks the lease and the revision (raises `LeaseLost`); durable on return. Returns the
        new revision."""
        ...

    async def log_events(self, events: Sequence[EventToWrite]) -> None:
        """Append protocol messages to the event log."""
        ...

    # --- leases and time-outs ---
    async def acquire_lease(self, session_id: str, owner: str, seconds: float) -> bool:
        """Take (or extend) the lease of a session for `seconds`; False when another owner holds a live one."""
        ...

    async def renew_leases(self, owner: str, session_ids: list[str], seconds: float) -> set[str]:
        """Extend this owner's leases; returns the ids still held (the others were lost)."""
        ...

    async def release_lease(self, session_id: str, owner: str) -> None: ...

    async def claim_overdue(self, owner: str, seconds: float, limit: int = 50) -> list[str]:
        """Active live sessions past their deadline that nobody drives, each now leased to `owner` (so one
        process, and only one, ends each of them)."""
        ...

    # --- reading ---
    async def list_sessions(
        self, limit: int = 50, offset: int = 0, where: SessionFilter | None = None
    ) -> list[SessionSummary]: ...
    async def get_session(self, session_id: str) -> SessionDetail | None: ...
    async def get_events(self, session_id: str) -> list[EventRecord]: ...

    # --- bulk ---
    async def is_empty(self) -> bool: ...

    async def import_bundle(self, bundle: Bundle) -> dict[str, int]:
        """Load validated records in one transaction after checking ids and references (all or nothing)."""
        ...

    async def export(self, directory: Path, fmt: ExportFormat = "jsonl") -> dict[str, int]:
        """Jobs, candidates and every session with its turns, as JSONL or Parquet files."""
        ...
