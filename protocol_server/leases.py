"""Which server process drives a session: leases in the store, taken on open, renewed, released on close.

With PostgreSQL, many processes (on one or many hosts) serve interviews. Exactly one of them drives a session at
a time: it leases the session before loading or creating it, renews the lease while the session is in its
memory, and releases it when the session leaves memory (its last connection closed). A crashed process's
leases expire after `lease_seconds`, and then any process may resume its sessions. Every write of a session
checks the lease in its own transaction (see `workbench.store.interface`), so a process that lost a lease
cannot commit.
"""

from __future__ import annotations

import logging
import os
import socket
import uuid
from collections.abc import Awaitable
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
    def __init__(self, store: InterviewStore, seconds: float) -> None:
        self.store = store
        self.seconds = seconds
        self.owner = process_owner()

    async def acquire(self, session_id: str) -> None:
        """Lease the session to this process, or raise the 409 `SessionBusy` error."""
        if not await stored(self.store.acquire_lease(session_id, self.owner, self.seconds)):
            raise busy_error()

    async def release(self, session_id: str) -> None:
        try:
            await self.store.release_lease(session_id, self.owner)
        except (StoreError, OSError) as exc:  # it expires on its own
            log.warning(
                "session lease not released (%s); it expires in %.0f s", exc.__class__.__name__, self.seconds
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
