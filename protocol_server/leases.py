"""Which server process drives a session: leases in the store, taken on open, renewed, released on close.

With PostgreSQL, many processes (on one or many hosts) serve interviews. Exactly one of them drives a session at
a time: it leases the session before loading or creating it, renews the lease while the session is in its
memory, and releases it when the session leaves memory (its last connection closed). A crashed process's
leases expire after `lease_seconds`, and then any process may resume its sessions. Every write of a session
checks the lease in its own transaction (see `workbench.store.interface`), so a process that lost a lease
cannot commit.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import uuid
from collections.abc import AsyncIterator, Awaitable
from typing import TypeVar

from workbench.protocol import ProtocolError
from workbench.store.interface import (
    DuplicateIdError,
    InterviewStore,
    LeaseLost,
    StoreError,
    StoreUnavailable,
)

T = TypeVar("T")
log = logging.getLogger(__name__)

SESSION_BUSY = "Interview session is active on another connection"


def process_owner() -> str:
    """A name unique to this process (host, pid and a random part: pids are reused)."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def busy_error() -> ProtocolError:
    return ProtocolError(
        409,
        SESSION_BUSY,
        "Another server process drives this interview; reconnect once that connection has closed.",
        "SessionBusy",
    )


def store_error(exc: StoreError) -> ProtocolError:
    if isinstance(exc, LeaseLost):
        return busy_error()
    reason = "connection failed" if isinstance(exc, StoreUnavailable) else exc.__class__.__name__
    return ProtocolError(503, f"Database error: {reason}", str(exc)[:300], "DatabaseError")


async def stored(call: Awaitable[T]) -> T:
    """Await a store call; its failure becomes the protocol's typed error."""
    try:
        return await call
    except StoreError as exc:
        raise store_error(exc) from None
    except DuplicateIdError:
        raise ProtocolError(
            409,
            "Interview session id is already used",
            "A recorded session has this id; start a new session id.",
            "InvalidState",
        ) from None
    except OSError as exc:
        raise ProtocolError(
            503, "Database error: connection failed", exc.__class__.__name__, "DatabaseError"
        ) from None


class Leases:
    """This process's side of the leases. Within the process, one session may be leased by two session
    objects for a moment (a client reconnects while the old object is being evicted): acquisitions are
    counted, the store's lease is released with the last of them, and acquiring and releasing one session
    run one at a time, so that the store sees them in the order they were made."""

    def __init__(self, store: InterviewStore, seconds: float) -> None:
        self.store = store
        self.seconds = seconds
        self.owner = process_owner()
        self._holders: dict[str, int] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    @contextlib.asynccontextmanager
    async def _one_at_a_time(self, session_id: str) -> AsyncIterator[None]:
        lock = self._locks.setdefault(session_id, asyncio.Lock())
        try:
            async with lock:
                yield
        finally:
            if not lock.locked() and self._locks.get(session_id) is lock:
                del self._locks[session_id]

    async def acquire(self, session_id: str) -> None:
        """Lease the session to this process, or raise the 409 `SessionBusy` error."""
        async with self._one_at_a_time(session_id):
            if not await stored(self.store.acquire_lease(session_id, self.owner, self.seconds)):
                raise busy_error()
            self._holders[session_id] = self._holders.get(session_id, 0) + 1

    async def release(self, session_id: str) -> None:
        async with self._one_at_a_time(session_id):
            holders = self._holders.pop(session_id, 0) - 1
            if holders > 0:  # a newer session object of this process holds it now
                self._holders[session_id] = holders
                return
            try:
                await self.store.release_lease(session_id, self.owner)
            except (StoreError, OSError) as exc:  # it expires on its own
                log.warning(
                    "session lease not released (%s); it expires in %.0f s",
                    exc.__class__.__name__,
                    self.seconds,
                )

    async def renew(self, session_ids: list[str]) -> set[str]:
        """The ids whose lease this process still holds (all of them, unless the store says otherwise)."""
        try:
            return await self.store.renew_leases(self.owner, session_ids, self.seconds)
        except (StoreError, OSError) as exc:
            log.error("leases not renewed (%s)", exc.__class__.__name__)
            return set(session_ids)

    async def claim_overdue(self) -> list[str]:
        try:
            return await self.store.claim_overdue(self.owner, self.seconds)
        except (StoreError, OSError) as exc:
            log.error("time-out sweep failed (%s)", exc.__class__.__name__)
            return []
