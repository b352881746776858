"""A live interview session held in memory while it runs: its state, its connections and its timers.

Lifecycle: ACTIVE (answers accepted) → ENDED (final feedback fixed; every `end_interview` repeats it).
"""

from __future__ import annotations

import asyncio
import logging
import re
from enum import StrEnum
from typing import Protocol

from workbench.interviewer.api import InterviewState

log = logging.getLogger(__name__)

# \A…\Z with fullmatch: `$` would also match before a trailing newline (`id\n` must be refused).
SESSION_ID_PATTERN = re.compile(r"\A[A-Za-z0-9_.\-]{1,128}\Z")
_SPACE = re.compile(r"\s+")


class Lifecycle(StrEnum):
    ACTIVE = "active"
    ENDED = "ended"


class Peer(Protocol):
    async def send_text(self, data: str) -> None: ...

    async def close(self, reason: str) -> None: ...


class LiveSession:
    """One interview in memory. All changes to `state` happen under `lock`, after the store committed them."""

    __slots__ = (
        "_state",
        "buffer",
        "end_timer",
        "id",
        "interviewer_name",
        "lock",
        "pause_timer",
        "peers",
        "revision",
        "state_json",
    )

    def __init__(
        self, session_id: str, state: InterviewState, interviewer_name: str, state_json: str = ""
    ) -> None:
        self.id = session_id
        self._state: InterviewState | None = state
        self.state_json = state_json or state.model_dump_json()
        self.interviewer_name = interviewer_name
        self.lock = asyncio.Lock()
        self.peers: set[Peer] = set()
        self.buffer: list[str] = []
        self.pause_timer: asyncio.TimerHandle | None = None
        self.end_timer: asyncio.TimerHandle | None = None
        self.revision = 0  # the store's revision of `state` (every write checks it)

    @property
    def state(self) -> InterviewState:
        """The interview state, parsed on demand: between messages only its JSON is kept, so that an idle
        session costs a few KiB of memory instead of a tree of Python objects."""
        if self._state is None:
            self._state = InterviewState.model_validate_json(self.state_json)
        return self._state

    def adopt(self, state: InterviewState, state_json: str) -> None:
        """Make a committed state current."""
        self._state = state
        self.state_json = state_json

    def compact(self) -> None:
        self._state = None

    @property
    def lifecycle(self) -> Lifecycle:
        return Lifecycle.ENDED if self.state.completed else Lifecycle.ACTIVE

    def cancel_timers(self) -> None:
        for timer in (self.pause_timer, self.end_timer):
            if timer is not None:
                timer.cancel()
        self.pause_timer = self.end_timer = None

    async def broadcast(self, text: str) -> None:
        for peer in list(self.peers):
            try:
                await peer.send_text(text)
            except Exception:  # a peer that went away is dropped; the interview goes on without it
                self.peers.discard(peer)
                log.info("session %s: dropped a closed connection", self.id)


def normalise(text: str) -> str:
    return _SPACE.sub(" ", text).strip().lower()


def merge_answer(buffered: list[str], response: str) -> str:
    """The answer a commit records: final live-transcript segments plus `candidate_response`, without counting
    a segment twice when the response repeats it (the reference client sends both)."""
    said = " ".join(segment.strip() for segment in buffered if segment.strip())
    response = response.strip()
    if not said:
        return response
    if not response or normalise(response) in normalise(said):
        return said
    if normalise(said) in normalise(response):
        return response
    missing = [seg.strip() for seg in buffered if seg.strip() and normalise(seg) not in normalise(response)]
    return " ".join([*missing, response])
