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
from workbench.interviewer.guards import forget_candidate_text
from workbench.protocol import SESSION_NOT_FOUND, ProtocolError, dump
from workbench.store.interface import SessionFilter
from workbench.store.records import ErasureReport, NewEvent

if TYPE_CHECKING:
    from protocol_server.machine import SessionMachine

PAGE = 500
ERASED_REASON = "candidate erased"


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

    def keep(self, events: list[NewEvent]) -> list[NewEvent]:
        return [e for e in events if not self.covers(e.session_id, e.candidate_id)]


async def _session_ids(machine: SessionMachine, candidate_id: str) -> list[str]:
    ids: list[str] = []
    while True:
        page = await stored(
            machine.store.list_sessions(PAGE, len(ids), SessionFilter(candidate_id=candidate_id))
        )
        ids += [session.id for session in page]
        if len(page) < PAGE:
            return ids


async def _close_sessions(machine: SessionMachine, candidate_id: str) -> None:
    """The candidate's live sessions leave memory (timers, buffered speech, the interviewer's analysis of
    their answers and the lease gone) and their connections are told why and closed. The caller has marked
    them erased first, so their pending events are dropped and late messages refused."""
    error = dump(erased_error().to_message())
    machine.events.drop_erased()
    sessions = machine.registry.of_candidate(candidate_id)
    if machine.thinker.pool is not None:  # the workers' analyses of their answers, and their text caches
        machine.thinker.pool.forget([session.id for session in sessions], caches=True)
    for session in sessions:
        session.buffer.clear()
        session.memory.clear()
        await machine.drop(session)
        for peer in list(session.peers):
            with contextlib.suppress(Exception):  # a client already gone needs no goodbye
                await peer.send_text(error)
                await peer.close(ERASED_REASON)
        session.peers.clear()


async def close_erased_here(machine: SessionMachine, candidate_id: str) -> None:
    """Another server process erased this candidate: the sessions of theirs this process holds are closed
    (told why) and refused from now on, and the interviewer's caches forget their answers."""
    machine.erased.candidates.add(candidate_id)
    machine.erased.sessions.update(session.id for session in machine.registry.of_candidate(candidate_id))
    await _close_sessions(machine, candidate_id)
    forget_candidate_text()


async def erase_candidate(machine: SessionMachine, candidate_id: str) -> ErasureReport | None:
    """Erase a candidate everywhere the server keeps something; None when there is no such candidate."""
    if await stored(machine.store.get_candidate(candidate_id)) is None:
        return None
    live_ids = [session.id for session in machine.registry.of_candidate(candidate_id)]
    machine.erased.candidates.add(candidate_id)
    machine.erased.sessions.update(await _session_ids(machine, candidate_id), live_ids)
    await _close_sessions(machine, candidate_id)
    report = await stored(machine.store.erase_candidate(candidate_id))
    forget_candidate_text()  # answers held by the interviewer's caches
    return report
