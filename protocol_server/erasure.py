"""Erasure from the server's side: close the candidate's live sessions, refuse their late messages (without
logging them), keep anything of theirs from being written again, then let the store erase and compact.

The store's part (`InterviewStore.erase_candidate`) removes every row and rewrites its files; this module makes
sure no message in flight puts something back: a session of an erased candidate is refused from the moment
erasure starts, its pending events are dropped, and commits for it fail with a typed error before they reach
the store.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from protocol_server.leases import stored
from protocol_server.protocol import ProtocolError, dump
from workbench.interviewer.guards import forget_candidate_text
from workbench.store.interface import SessionFilter
from workbench.store.records import ErasureReport, EventRecord

if TYPE_CHECKING:
    from protocol_server.manager import SessionManager

SESSION_NOT_FOUND = "Interview session not found"
ERASED_REASON = "candidate erased"
PAGE = 500


def erased_error() -> ProtocolError:
    return ProtocolError(
        404,
        SESSION_NOT_FOUND,
        "This interview's candidate was erased; nothing more is stored.",
        "CandidateErased",
    )


class Erased:
    """Sessions and candidates erased while this process runs (ids only: no personal data)."""

    def __init__(self) -> None:
        self.sessions: set[str] = set()
        self.candidates: set[str] = set()

    def covers(self, session_id: str, candidate_id: str | None = None) -> bool:
        return session_id in self.sessions or (candidate_id is not None and candidate_id in self.candidates)

    def refuse(self, session_id: str, candidate_id: str | None = None) -> None:
        if self.covers(session_id, candidate_id):
            raise erased_error()

    def keep(self, events: list[EventRecord]) -> list[EventRecord]:
        return [e for e in events if not self.covers(e.session_id, e.candidate_id)]


async def _session_ids(manager: SessionManager, candidate_id: str) -> list[str]:
    ids: list[str] = []
    while True:
        page = await stored(
            manager.store.list_sessions(PAGE, len(ids), SessionFilter(candidate_id=candidate_id))
        )
        ids += [session.id for session in page]
        if len(page) < PAGE:
            return ids


async def _close(manager: SessionManager, session_ids: list[str]) -> None:
    """Tell each connected client why, close its socket, drop the session from memory and its lease."""
    error = dump(erased_error().to_message())
    for session_id in session_ids:
        live = manager.sessions.pop(session_id, None)
        if live is None:
            continue
        live.cancel_timers()
        live.buffer.clear()
        for peer in list(live.peers):
            with contextlib.suppress(Exception):  # a client already gone needs no goodbye
                await peer.send_text(error)
                await peer.close(ERASED_REASON)
        live.peers.clear()
        await manager.leases.release(session_id)


async def erase_candidate(manager: SessionManager, candidate_id: str) -> ErasureReport | None:
    """Erase a candidate everywhere the server keeps something; None when there is no such candidate."""
    if await stored(manager.store.get_candidate(candidate_id)) is None:
        return None
    live_ids = [sid for sid, live in manager.sessions.items() if live.state.candidate_id == candidate_id]
    erased = manager.erased
    erased.candidates.add(candidate_id)
    erased.sessions.update(await _session_ids(manager, candidate_id), live_ids)
    manager.drop_erased_events()
    await _close(manager, live_ids)
    report = await stored(manager.store.erase_candidate(candidate_id))
    forget_candidate_text()  # answers held by the interviewer's caches
    return report
