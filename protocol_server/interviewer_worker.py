"""An interviewer worker process (`python -m protocol_server.interviewer_worker`): see `interviewer_pool.py`.

It reads requests from stdin and writes replies to stdout, one at a time, in order. It loads and rehearses the
offline interviewer first, as the server does, then says it is ready. It exits at the end of its input.
"""

from __future__ import annotations

import os
import pickle
import sys
import traceback
from collections import OrderedDict
from datetime import datetime
from typing import Any, BinaryIO

from protocol_server.interviewer_pool import (
    HEADER,
    MAX_MESSAGE_BYTES,
    PlanKey,
    Thought,
    due_to_close,
    write_message,
)
from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.guards import forget_candidate_text, neutralise
from workbench.interviewer.memo import SessionMemory, one_turn
from workbench.models import InterviewPlan, InterviewState

SESSIONS_KEPT = (
    4096  # sessions whose analysis is kept between turns; the oldest leave first (then recomputed)
)
PLAN_ONLY = {"plan"}


class Worker:
    def __init__(self) -> None:
        self.interviewer = BaselineInterviewer()
        self.plans: dict[PlanKey, InterviewPlan] = {}
        self.memories: OrderedDict[str, SessionMemory] = OrderedDict()

    def handle(self, message: tuple[Any, ...]) -> tuple[Any, ...] | None:
        kind = message[0]
        if kind == "plan":
            _, key, plan_json = message
            self.plans[key] = InterviewPlan.model_validate_json(plan_json)
        elif kind == "drop_plans":
            self.plans.clear()
        elif kind == "forget":
            _, session_ids, caches = message
            for session_id in session_ids:
                self.memories.pop(session_id, None)
            if caches:
                forget_candidate_text()
        elif kind in ("answer", "finish"):
            return self.think(message)
        elif kind == "stats":  # what the worker holds of candidates (tests of forgetting)
            counts = {"sessions": len(self.memories), "cached_texts": neutralise.cache_info().currsize}
            return ("ok", message[1], counts)
        else:
            raise ValueError(f"unknown request {kind!r}")
        return None

    def think(self, message: tuple[Any, ...]) -> tuple[Any, ...]:
        kind, call_id, key, session_id, lean, *args = message
        plan = self.plans[key] if key is not None else None
        try:
            state = InterviewState.model_validate_json(lean)
            if plan is not None:
                state.plan = plan
            with one_turn(self._memory(session_id)):
                thought = self._answer(state, *args) if kind == "answer" else self._finish(state, *args)
        except Exception as exc:
            frame = traceback.extract_tb(exc.__traceback__)[-1]
            return ("failed", call_id, exc.__class__.__name__, frame.filename, frame.lineno or 0)
        return ("ok", call_id, thought)

    def _answer(self, state: InterviewState, answer: str, now: datetime) -> Thought:
        state, step = self.interviewer.answer(state, answer, now)
        if due_to_close(state, step, now):
            state = self.interviewer.finish(state, now)
        return _thought(state, step)

    def _finish(self, state: InterviewState, now: datetime) -> Thought:
        return _thought(self.interviewer.finish(state, now), None)

    def _memory(self, session_id: str) -> SessionMemory:
        memory = self.memories.pop(session_id, None) or SessionMemory()
        self.memories[session_id] = memory
        while len(self.memories) > SESSIONS_KEPT:
            self.memories.popitem(last=False)
        return memory


def _thought(state: InterviewState, step: Any) -> Thought:
    # The plan goes back only if the interviewer replaced it (it never changes one in place).
    if state.plan is None:
        return Thought(state.model_dump_json(), False, step)
    return Thought(state.model_dump_json(exclude=PLAN_ONLY), True, step)


def _read(stream: BinaryIO) -> tuple[Any, ...] | None:
    header = stream.read(HEADER.size)
    if len(header) < HEADER.size:
        return None
    (size,) = HEADER.unpack(header)
    if size > MAX_MESSAGE_BYTES:
        raise ValueError(f"request of {size} bytes")
    data = stream.read(size)
    if len(data) < size:
        return None
    message: tuple[Any, ...] = pickle.loads(data)
    return message


def main() -> None:
    # The protocol owns the original stdout; anything printed goes to stderr instead.
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    source = sys.stdin.buffer
    worker = Worker()
    warm_up(worker)
    write_message(out, ("ready",))
    out.flush()
    while (message := _read(source)) is not None:
        reply = worker.handle(message)
        if reply is not None:
            write_message(out, reply)
            out.flush()


def warm_up(worker: Worker) -> None:
    """What the server loads before its first candidate, loaded here too; then the heap is settled."""
    from protocol_server.app import settle_heap
    from workbench.interviewer.planning.planner import warm_up as warm_up_planner
    from workbench.interviewer.rehearsal import rehearse
    from workbench.interviewer.relevance.encoder import warm_up as warm_up_relevance
    from workbench.interviewer.specificity import warm_up as warm_up_specificity

    warm_up_planner()
    warm_up_relevance()
    warm_up_specificity()
    rehearse(worker.interviewer)
    settle_heap()


if __name__ == "__main__":
    main()
