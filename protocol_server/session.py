"""One interview held in memory while it is live: its stage, its committed state, its connections, its timers.

The stage is the session's lifecycle, and the only place it is decided:

    OPENING ──▶ ACTIVE ──▶ ENDED ──▶ EVICTED        OPENING ──▶ ENDED   (an ended interview loaded again)
       │          │                     ▲            ACTIVE ──▶ ACTIVE   (an answer committed)
       └──────────┴─────────────────────┘

- OPENING: being loaded from the store or created by `start_interview`; its lock is held throughout, so every
  other message for the session waits for the outcome (single flight, no second opening lock).
- ACTIVE: answers are accepted; the `max_duration` timer runs.
- ENDED: the final feedback is fixed; every `end_interview` repeats it. Kept while a client is connected.
- EVICTED: out of memory (the store keeps it) and its lease released: unwatched (the last connection closed;
  another process may take it over), erased, lease lost, shut down, or never opened. An evicted object is
  never reused; the next message opens the session again from the store.

`SessionMachine` (machine.py) performs the transitions; this module only holds the data and checks that a
transition is one of the arrows above.
"""

from __future__ import annotations

import asyncio
import logging
import re
from enum import StrEnum
from typing import Protocol

from protocol_server.state_codec import EncodedState
from workbench.interviewer.memo import SessionMemory
from workbench.models import InterviewState, StateFacts

log = logging.getLogger(__name__)
_SPACE = re.compile(r"\s+")


class Stage(StrEnum):
    OPENING = "opening"
    ACTIVE = "active"
    ENDED = "ended"
    EVICTED = "evicted"


TRANSITIONS: dict[Stage, frozenset[Stage]] = {
    Stage.OPENING: frozenset({Stage.ACTIVE, Stage.ENDED, Stage.EVICTED}),
    Stage.ACTIVE: frozenset({Stage.ACTIVE, Stage.ENDED, Stage.EVICTED}),
    Stage.ENDED: frozenset({Stage.EVICTED}),
    Stage.EVICTED: frozenset(),
}


class Peer(Protocol):
    """A connection that receives the session's pushed messages."""

    async def send_text(self, data: str) -> None: ...

    async def close(self, reason: str) -> None: ...


class Session:
    """One interview in memory. Every change happens under `lock`, after the store committed it."""

    __slots__ = (
        "_state",
        "answered",
        "buffer",
        "candidate_id",
        "encoded",
        "end_timer",
        "id",
        "interviewer_name",
        "lock",
        "memory",
        "pause_timer",
        "peers",
        "revision",
        "stage",
        "ungraded",
    )

    def __init__(self, session_id: str) -> None:
        self.id = session_id
        self.stage = Stage.OPENING
        self._state: InterviewState | None = None
        self.encoded: EncodedState | None = None
        self.candidate_id = ""
        self.interviewer_name = ""
        self.lock = asyncio.Lock()
        self.peers: set[Peer] = set()
        self.buffer: list[str] = []
        self.pause_timer: asyncio.TimerHandle | None = None
        self.end_timer: asyncio.TimerHandle | None = None
        self.revision = 0  # the store's revision of `state`: every write checks it
        self.answered = 0  # answers in `state`: the next commit writes the turns after them
        self.ungraded: tuple[int, ...] = ()  # turns stored ungraded: the next commit writes their grades
        # The interviewer's analysis of this interview's answers, reused by its later turns (memo.py).
        self.memory = SessionMemory()

    @property
    def state(self) -> InterviewState:
        """The committed state, parsed on demand: between messages only its JSON without the plan is kept
        (the plan is one object shared by the job's sessions: state_codec.py), so that an idle session costs a
        few KiB instead of a tree of Python objects."""
        if self._state is None:
            if self.encoded is None:
                raise RuntimeError(f"session {self.id} has no state in stage {self.stage}")
            self._state = self.encoded.decode()
        return self._state

    def move(self, to: Stage) -> None:
        if to not in TRANSITIONS[self.stage]:
            raise RuntimeError(f"session {self.id}: no transition {self.stage} -> {to}")
        self.stage = to

    def adopt(
        self,
        encoded: EncodedState,
        facts: StateFacts,
        interviewer_name: str,
        state: InterviewState | None = None,
    ) -> None:
        """Make a committed state current and move to the stage it implies. `state`: the parsed state when at
        hand (else it is parsed from `encoded` when first asked for)."""
        self._state = state
        self.encoded = encoded
        self.answered = facts.answers_given
        self.ungraded = facts.ungraded
        self.candidate_id = facts.candidate_id
        self.interviewer_name = interviewer_name
        self.move(Stage.ENDED if facts.completed else Stage.ACTIVE)

    def compact(self) -> None:
        """Drop the parsed state (its JSON stays); only between messages, never under the lock."""
        if not self.lock.locked():
            self._state = None

    def cancel_timers(self) -> None:
        for timer in (self.pause_timer, self.end_timer):
            if timer is not None:
                timer.cancel()
        self.pause_timer = self.end_timer = None

    @property
    def evicted(self) -> bool:
        return self.stage is Stage.EVICTED

    @property
    def unwatched(self) -> bool:
        return not self.peers

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
