"""The interviewer's calls for the session machine: in a worker process when a pool runs (interviewer_pool.py),
else in this process; either way an error is the same typed `InterviewerError`, and a turn's new state comes
back with the JSON the session keeps and what the store writes (state_codec.py). A worker's new state is not
parsed here unless the interview closes: the worker sends what committing and replying read of it."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from protocol_server.interviewer_pool import InterviewerFailed, InterviewerPool, WorkerLost, due_to_close
from protocol_server.pipe import Thought
from protocol_server.session import Session
from protocol_server.state_codec import EncodedState, PlanShelf
from workbench.interviewer.api import Interviewer, NextStep, open_interview
from workbench.interviewer.lm_gate import LMBusy, call_interviewer
from workbench.interviewer.memo import SessionMemory, one_turn
from workbench.models import InterviewOpening, InterviewPlan, InterviewState, StateFacts
from workbench.protocol import ProtocolError
from workbench.store.records import SavedState

T = TypeVar("T")
R = TypeVar("R")
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class NewState:
    """A computed state on its way to commit and adoption: what the session keeps (`encoded`), what the store
    writes (`saved`), and the parsed state when this process has it (None after a worker's turn: the session
    parses it only if something asks for it)."""

    encoded: EncodedState
    saved: SavedState
    state: InterviewState | None = None

    @property
    def facts(self) -> StateFacts:
        return self.saved.facts


def interviewer_error(name: str, filename: str, lineno: int) -> ProtocolError:
    # The class and the place only: an exception's message may quote the candidate's words.
    log.error("interviewer failed: %s at %s:%s", name, filename, lineno)
    return ProtocolError(500, "Interviewer error", name, "InterviewerError")


class Thinker:
    def __init__(self, interviewer: Interviewer, plans: PlanShelf, pool: InterviewerPool | None) -> None:
        self.interviewer = interviewer
        self.plans = plans
        self.pool = pool

    async def call(
        self, fn: Callable[..., T], *args: Any, heavy: bool = False, memory: SessionMemory | None = None
    ) -> T:
        """Run an interviewer call here: LM calls are awaited under the LM gate, never on the default thread
        pool; a `heavy` offline one runs in a worker thread. Its text analysis is remembered for the call,
        and what later turns read again in the session's `memory`."""
        try:
            with one_turn(memory):
                return await call_interviewer(fn, *args, heavy=heavy)
        except LMBusy as busy:
            raise ProtocolError(
                503,
                "Interviewer busy, retry",
                f"Every LM slot is taken; retry in {busy.retry_after:g} seconds. The answer was not taken.",
                "InterviewerBusy",
            ) from None
        except ProtocolError:
            raise
        except Exception as exc:
            frame = traceback.extract_tb(exc.__traceback__)[-1]
            raise interviewer_error(exc.__class__.__name__, frame.filename, frame.lineno or 0) from None

    async def start(
        self, session_id: str, opening: InterviewOpening
    ) -> tuple[InterviewState, EncodedState | None]:
        """A new session's opening state, made in its worker when a pool runs (the worker keeps it for the first
        answer), else here; with its JSON without the plan and the worker's mark when the worker made it (the
        session keeps that very JSON, which the worker knows again by its mark at the first answer). The opening
        holds the job's plan."""
        if self.pool is not None and opening.plan is not None:
            made: tuple[str, int] | None = await self._elsewhere(
                self.pool.open_interview, session_id, opening
            )
            if made is not None:
                encoded = EncodedState(made[0], opening.plan, made[1])
                return encoded.decode(), encoded
        state = await self.call(open_interview, self.interviewer, opening)
        return state, None

    async def answer(self, session: Session, answer: str, now: datetime) -> tuple[NewState, NextStep]:
        """Record and assess an answer to the session's committed state, closing the interview when due."""
        answered = await self._answer_elsewhere(session, answer, now)
        if answered is None:
            state, step = await self.call(
                self.interviewer.answer, session.state, answer, now, memory=session.memory
            )
            new = self._new(state, session.answered, session.ungraded)
        else:
            new, step = answered
        if due_to_close(new.facts, step, now):
            state = new.state if new.state is not None else new.encoded.decode()
            new = await self.finish(state, now, session.answered, session.memory, session.ungraded)
        return new, step

    async def finish(
        self,
        state: InterviewState,
        now: datetime,
        answered_before: int,
        memory: SessionMemory | None = None,
        ungraded_before: tuple[int, ...] = (),
    ) -> NewState:
        """Close the interview: final feedback and assessment (in a scoring thread: tens of milliseconds of
        the relevance model, which runs without the GIL), every pending grade given first. `answered_before`
        and `ungraded_before`: the answers of the session's last save and those of them it stored ungraded;
        `memory`: the session's analysis of its answers, which the assessment reads again."""
        final = await self.call(self.interviewer.finish, state, now, heavy=True, memory=memory)
        return self._new(final, answered_before, ungraded_before)

    async def graded(self, state: InterviewState, memory: SessionMemory | None = None) -> InterviewState:
        """`state` with its pending grades given (`grading.py`), for a reader of grades (a status, a REST view):
        a pure function of the state, so any process gives the grade the worker would. Here, on the loop:
        a few tenths of a millisecond, and only while an answer's grade is pending."""
        grade: Callable[[InterviewState], InterviewState] | None = getattr(self.interviewer, "graded", None)
        if not state.ungraded or grade is None:  # (an interviewer that never defers a grade has no `graded`)
            return state
        return await self.call(grade, state, memory=memory)

    def _new(
        self, state: InterviewState, answered_before: int, ungraded_before: tuple[int, ...] = ()
    ) -> NewState:
        encoded, stored = self.plans.encode(state)
        return NewState(encoded, SavedState.of(state, stored, answered_before, ungraded_before), state)

    async def _answer_elsewhere(
        self, session: Session, answer: str, now: datetime
    ) -> tuple[NewState, NextStep] | None:
        """The answer recorded by the session's worker, or None without one (or when it is gone)."""
        kept = session.encoded
        if self.pool is None or kept is None:
            return None
        args = (session.id, kept.lean, kept.mark, kept.plan, answer, now)
        thought = await self._elsewhere(self.pool.answer, *args)
        if thought is None:
            return None
        return self._adopted(thought, kept.plan, session.answered, session.ungraded), thought.step

    async def _elsewhere(self, call: Callable[..., Awaitable[R]], *args: Any) -> R | None:
        """A worker's result, or None when the worker is gone (the caller thinks here instead)."""
        try:
            return await call(*args)
        except WorkerLost:
            return None
        except InterviewerFailed as failed:
            raise interviewer_error(failed.name, failed.filename, failed.lineno) from None

    def _adopted(
        self,
        thought: Thought,
        plan: InterviewPlan | None,
        answered_before: int,
        ungraded_before: tuple[int, ...] = (),
    ) -> NewState:
        """The worker's new state, holding the shared plan again. When the store holds that plan, the worker's
        JSON is the very JSON this process would keep and store, and its facts what it would read: the state
        is not parsed. Otherwise it is parsed and encoded here."""
        if thought.plan_kept and plan is not None and thought.moving_json is not None:
            lean = self.plans.encode_lean(thought.state_json, thought.moving_json, plan, thought.mark)
            if lean is not None:
                encoded, stored = lean
                saved = SavedState(stored, thought.facts, thought.answered, thought.graded_rows)
                return NewState(encoded, saved)
            state = EncodedState(thought.state_json, plan).decode()
        else:
            state = self.plans.share(InterviewState.model_validate_json(thought.state_json))
        return self._new(state, answered_before, ungraded_before)
