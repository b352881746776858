"""The interviewer's calls for the session machine: in a worker process when a pool runs (interviewer_pool.py),
else in this process; either way an error is the same typed `InterviewerError`, and a turn's new state comes
back with the JSON the session keeps and the store writes (state_codec.py)."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from protocol_server.interviewer_pool import (
    InterviewerFailed,
    InterviewerPool,
    Thought,
    WorkerLost,
    due_to_close,
)
from protocol_server.session import Session
from protocol_server.state_codec import EncodedState, PlanShelf
from workbench.interviewer.api import Interviewer, NextStep
from workbench.interviewer.lm_gate import LMBusy, call_interviewer
from workbench.interviewer.memo import SessionMemory, one_turn
from workbench.models import InterviewPlan, InterviewState
from workbench.protocol import ProtocolError
from workbench.store.records import StoredState

T = TypeVar("T")
log = logging.getLogger(__name__)
Encoded = tuple[InterviewState, EncodedState, StoredState]


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

    async def answer(self, session: Session, answer: str, now: datetime) -> tuple[Encoded, NextStep]:
        """Record and assess an answer to the session's committed state, closing the interview when due."""
        answered = await self._answer_elsewhere(session, answer, now)
        if answered is None:
            state, step = await self.call(
                self.interviewer.answer, session.state, answer, now, memory=session.memory
            )
        else:
            encoded, step = answered
            state = encoded[0]
            if not due_to_close(state, step, now):
                return encoded, step  # the worker's JSON: not serialised again
        if due_to_close(state, step, now):
            state = await self.call(self.interviewer.finish, state, now, heavy=True)
        return (state, *self.plans.encode(state)), step

    async def finish(self, state: InterviewState, now: datetime) -> Encoded:
        """Close the interview: final feedback and assessment (in a thread: about 0.1 s of the relevance
        model, which runs without the GIL)."""
        final = await self.call(self.interviewer.finish, state, now, heavy=True)
        return (final, *self.plans.encode(final))

    async def _answer_elsewhere(
        self, session: Session, answer: str, now: datetime
    ) -> tuple[Encoded, NextStep] | None:
        """The answer recorded by the session's worker, or None without one (or when it is gone)."""
        kept = session.encoded
        if self.pool is None or kept is None:
            return None
        thought = await self._elsewhere(self.pool.answer, session.id, kept.lean, kept.plan, answer, now)
        if thought is None:
            return None
        return self._adopted(thought, kept.plan), thought.step

    async def _elsewhere(self, call: Callable[..., Any], *args: Any) -> Thought | None:
        """A worker's thought, or None when the worker is gone (the caller thinks here instead)."""
        try:
            thought: Thought = await call(*args)
        except WorkerLost:
            return None
        except InterviewerFailed as failed:
            raise interviewer_error(failed.name, failed.filename, failed.lineno) from None
        return thought

    def _adopted(self, thought: Thought, plan: InterviewPlan | None) -> Encoded:
        """The worker's new state, holding the shared plan again, with the JSON to keep and to store (the
        worker's own when the store holds the plan: it is the very JSON this process would make)."""
        if thought.plan_kept and plan is not None:
            state = EncodedState(thought.state_json, plan).decode()
            return (state, *self.plans.encode(state, lean=thought.state_json))
        state = self.plans.share(InterviewState.model_validate_json(thought.state_json))
        return (state, *self.plans.encode(state))
