"""An interviewer worker process (`python -m protocol_server.interviewer_worker`): see `interviewer_pool.py`.

It reads requests from stdin and writes replies to stdout, one at a time, in order. It loads and rehearses the
offline interviewer first, as the server does, then says it is ready. It exits at the end of its input.

With `OPENHIRE_WORKER_PROFILE=PREFIX` in its environment (`bench/ws_load.py --profile PREFIX --cprofile`), it
writes a cProfile of its service (CPU time, start-up left out) to `PREFIX.worker-<pid>.prof` when it exits:
the workers hold most of a turn's CPU, which the server's own profile does not see.
"""

from __future__ import annotations

import atexit
import cProfile
import gc
import itertools
import json
import os
import pickle
import select
import sys
import time
import traceback
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from io import BufferedIOBase, BufferedReader, FileIO
from pathlib import Path
from typing import Any, BinaryIO

from protocol_server.lean_json import LeanLayout, lean_and_moving
from protocol_server.pipe import (
    HEADER,
    PlanKey,
    Thought,
    message_size,
    opening_of_fields,
    plain_facts,
    plain_turn_row,
    time_of_plain,
    write_message,
)
from protocol_server.state_codec import EncodedState
from workbench.interviewer.api import NextStep, open_interview
from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.guards import forget_candidate_text, neutralise
from workbench.interviewer.memo import SessionMemory, one_turn
from workbench.interviewer.relevance import encoder as relevance_encoder
from workbench.models import InterviewPlan, InterviewState, StateFacts
from workbench.store.records import TurnRow, answered_since, graded_rows

# Sessions whose analysis is kept between turns; the oldest leave first (and are analysed again if they return).
SESSIONS_KEPT = 4096
READ_BUFFER_BYTES = 1 << 20
PROFILE_ENV = "OPENHIRE_WORKER_PROFILE"
GC_ENV = "OPENHIRE_WORKER_GC"
TIMES_ENV = "OPENHIRE_WORKER_TIMES"
# A young collection every 2,000 objects held, not the server's 50,000: what a worker's young collections find is
# the sessions' new states, nearly all alive, so each pause lasts as long as the objects held since the last one
# (50,000: 28-36 ms, two a run per worker at 1,000 sessions, holding up every answer queued behind; 2,000: under
# 2 ms, 56 a run, less CPU in all). A middle collection every 250 young ones: as often as with the server's
# thresholds (one per ~500,000 objects held), each as long.
GC_THRESHOLDS = (2_000, 250)


@dataclass
class _Held:
    """What the worker keeps of one session between its turns: the interviewer's analysis of its answers, and
    the state it returned last under its mark (the next turn starts from it when the server sends that mark back
    with the state's JSON, so the JSON is not parsed again, nor kept here to compare: 7-12 KiB a session; it is
    used once, so a failed turn never leaves it half-changed)."""

    memory: SessionMemory = field(default_factory=SessionMemory)
    last: tuple[int, InterviewState] | None = None
    # Where the parts of the lean JSON returned under `last`'s mark lie: the next turn copies what it still holds.
    layout: LeanLayout | None = None
    # The turns of `last` graded while the pipe was idle: the next turn hands their grades back (`Thought`).
    graded: tuple[int, ...] = ()


class Worker:
    def __init__(self) -> None:
        # An answer's grade waits until its reply is sent (`grading.py`): the answers of 1,000 sessions' start
        # arrive together, and each queued behind the others' grades (bench/ws_load.py --profile).
        self.interviewer = BaselineInterviewer(grade_later=True)
        self.plans: dict[PlanKey, InterviewPlan] = {}
        self.sessions: OrderedDict[str, _Held] = OrderedDict()
        self.ungraded: deque[str] = deque()  # sessions whose last state waits for a grade, oldest first
        # Marks are never given twice by a worker: a mark the server sends back names one state of one session.
        self.marks = itertools.count(1)

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
                self.sessions.pop(session_id, None)
            if caches:
                forget_candidate_text()
        elif kind == "answer":
            return self.think(message)
        elif kind == "start":
            return self.open(message)
        elif (
            kind == "stats"
        ):  # what the worker holds of candidates (tests of forgetting), its collector's settings
            young, older, _ = gc.get_threshold()
            counts = {
                "sessions": len(self.sessions),
                "cached_texts": neutralise.cache_info().currsize,
                "relevance_model": int(relevance_encoder.loaded()),
                "gc_young_threshold": young,
                "gc_older_threshold": older,
                "frozen_objects": gc.get_freeze_count(),
                "tracked_objects": len(gc.get_objects()),  # what a full collection would walk
            }
            return ("ok", message[1], counts)
        else:
            raise ValueError(f"unknown request {kind!r}")
        return None

    def think(self, message: tuple[Any, ...]) -> tuple[Any, ...]:
        _, call_id, key, session_id, lean, mark, answer, sent_at = message
        now = time_of_plain(sent_at)
        plan = self.plans[key] if key is not None else None
        held = self._held(session_id)
        graded, held.graded = held.graded, ()
        layout, held.layout = held.layout, None
        try:
            state, kept = self._state(held, lean, mark, plan)
            last = (lean, layout) if kept and layout is not None else None
            answered_before = state.answers_given
            graded += state.ungraded  # graded by `answer` first
            with one_turn(held.memory):
                state, step = self.interviewer.answer(state, answer, now)
        except Exception as exc:
            frame = traceback.extract_tb(exc.__traceback__)[-1]
            return ("failed", call_id, exc.__class__.__name__, frame.filename, frame.lineno or 0)
        thought, held.layout = _thought(state, plan, step, answered_before, next(self.marks), graded, last)
        held.last = (thought.mark, state) if thought.mark is not None else None
        if state.ungraded and held.last is not None:
            self.ungraded.append(session_id)
        return ("ok", call_id, thought)

    def grade_one(self) -> bool:
        """Give the oldest pending grade of a session this worker holds (its pipe is idle: every reply sent);
        False when none is pending. The graded state stays under its mark; the session's next turn starts from
        it and hands the grades back with its own (`Thought.graded_rows`)."""
        while self.ungraded:
            held = self.sessions.get(self.ungraded.popleft())
            if held is None or held.last is None or not held.last[1].ungraded:
                continue  # forgotten, or graded by its next turn already
            mark, state = held.last
            with one_turn(held.memory):
                graded = self.interviewer.graded(state)
            held.last, held.graded = (mark, graded), (*held.graded, *state.ungraded)
            return True
        return False

    def open(self, message: tuple[Any, ...]) -> tuple[Any, ...]:
        """A new session's opening state, as its JSON without the plan; kept for its first answer."""
        _, call_id, key, session_id, *fields = message
        plan = self.plans[key]
        held = self._held(session_id)
        held.last = None
        try:
            opening = opening_of_fields(tuple(fields), plan)
            with one_turn(held.memory):
                state = open_interview(self.interviewer, opening)
            if state.plan is not plan:
                raise ValueError("the opening state does not hold the plan it was given")
        except Exception as exc:
            frame = traceback.extract_tb(exc.__traceback__)[-1]
            return ("failed", call_id, exc.__class__.__name__, frame.filename, frame.lineno or 0)
        mark = next(self.marks)
        lean, _, held.layout = lean_and_moving(state)
        held.last = (mark, state)
        return ("ok", call_id, (lean, mark))

    def _state(
        self, held: _Held, lean: str, mark: int | None, plan: InterviewPlan | None
    ) -> tuple[InterviewState, bool]:
        """The session's state, and whether it is the one kept under `mark` (`lean` is then its JSON as this
        worker made it)."""
        last, held.last = held.last, None
        if last is not None and mark is not None and last[0] == mark and last[1].plan is plan:
            return last[1], True
        return EncodedState(lean, plan).decode(), False

    def _held(self, session_id: str) -> _Held:
        held = self.sessions.pop(session_id, None) or _Held()
        self.sessions[session_id] = held
        while len(self.sessions) > SESSIONS_KEPT:
            self.sessions.popitem(last=False)
        return held


def _thought(
    state: InterviewState,
    plan: InterviewPlan | None,
    step: NextStep,
    answered_before: int,
    mark: int,
    graded: tuple[int, ...] = (),
    last: tuple[str, LeanLayout] | None = None,
) -> tuple[Thought, LeanLayout | None]:
    """The JSON without the plan when the state still holds the plan it was sent (the interviewer never changes
    a plan in place), with the `mark` the worker keeps the state under, else the whole state's (not kept);
    what the server commits and replies from; the reply as plain fields (cheaper to send than a model); the
    grades of the earlier turns `graded` since the server's state (`records.graded_rows`). With the layout of the
    JSON without the plan (`lean_json`: the next turn copies from it what it still holds; `last`: the state's
    JSON as this worker made it, and its layout)."""
    fields = step.model_dump()
    facts = plain_facts(StateFacts.of(state))
    answered = tuple(plain_turn_row(TurnRow.of(turn)) for turn in answered_since(state, answered_before))
    grades = graded_rows(state, graded, answered_before)
    if plan is not None and state.plan is plan:
        lean, moving, layout = lean_and_moving(state, last)
        return Thought(lean, True, fields, facts, answered, mark, moving, grades), layout
    return Thought(state.model_dump_json(), False, fields, facts, answered, graded_rows=grades), None


class Requests:
    """The server's length-prefixed requests from `source`, read in large chunks into a buffer of our own, so
    that `waiting` can tell whether another request has come (in the buffer, or in the pipe) without reading."""

    def __init__(self, source: BufferedIOBase) -> None:
        self.source = source
        self.buffer = bytearray()

    def waiting(self) -> bool:
        if self.buffer:
            return True
        try:
            fd = self.source.fileno()
        except (OSError, ValueError):  # not a pipe (a test's bytes): what is left is read when asked for
            return False
        return bool(select.select([fd], [], [], 0)[0])

    def read(self) -> tuple[Any, ...] | None:
        """The next request; None at the end of the input."""
        if not self._fill(HEADER.size):
            return None
        end = HEADER.size + message_size(bytes(self.buffer[: HEADER.size]))
        if not self._fill(end):
            return None
        message: tuple[Any, ...] = pickle.loads(memoryview(self.buffer)[HEADER.size : end])
        del self.buffer[:end]
        return message

    def _fill(self, size: int) -> bool:
        while len(self.buffer) < size:
            chunk = self.source.read1(READ_BUFFER_BYTES)
            if not chunk:
                return False
            self.buffer += chunk
        return True


def main() -> None:
    # The protocol owns the original stdout; anything printed goes to stderr instead.
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    # A large read: one takes every request waiting in the pipe, instead of two or three reads each.
    source = BufferedReader(FileIO(sys.stdin.fileno(), closefd=False), READ_BUFFER_BYTES)
    worker = Worker()
    warm_up(worker)
    write_message(out, ("ready",))
    out.flush()
    if gc_prefix := os.environ.get(GC_ENV):
        _record_gc_pauses(f"{gc_prefix}.worker-{os.getpid()}.gc.json")
    times: list[tuple[int, float, float]] | None = None
    if times_prefix := os.environ.get(TIMES_ENV):
        times = []
        path = Path(f"{times_prefix}.worker-{os.getpid()}.times.json")
        atexit.register(lambda: path.write_text(json.dumps(times)))
    prefix = os.environ.get(PROFILE_ENV)
    if prefix:
        profiled(lambda: serve(worker, source, out, times), f"{prefix}.worker-{os.getpid()}.prof")
    else:
        serve(worker, source, out, times)


def serve(
    worker: Worker, source: BufferedIOBase, out: BinaryIO, times: list[tuple[int, float, float]] | None = None
) -> None:
    """Requests in order, each answered before the next is read; while none is waiting, the pending grades
    (`Worker.grade_one`). `times` (a load bench's instrument): for each answer, its call id, when it was read
    and when its reply was written (`time.perf_counter`, the machine's monotonic clock, which the server's and
    the client's readings share)."""
    requests = Requests(source)
    while True:
        if not requests.waiting() and worker.grade_one():
            continue
        message = requests.read()
        if message is None:
            break
        read = time.perf_counter()
        reply = worker.handle(message)
        if reply is not None:
            write_message(out, reply)
            out.flush()
            if times is not None and message[0] == "answer":
                times.append((message[1], read, time.perf_counter()))


def profiled(run: Callable[[], None], path: str) -> None:
    """`run()` under cProfile (CPU time: the machine is shared), its statistics written to `path` at the end."""
    profile = cProfile.Profile(time.process_time)
    profile.enable()
    try:
        run()
    finally:
        profile.disable()
        profile.dump_stats(path)


def _record_gc_pauses(path: str) -> None:
    """Each cyclic collection (`gc_pauses.GcPauses`), written to `path` at exit: a worker's pause holds up every
    session it serves, and the server's own instruments (bench/serve_profiled.py) do not see it."""
    from protocol_server.gc_pauses import CENSUS_ENV, GcPauses

    recorder = GcPauses(census=bool(os.environ.get(CENSUS_ENV))).install()
    atexit.register(lambda: Path(path).write_text(json.dumps(recorder.pauses)))


def warm_up(worker: Worker) -> None:
    """What the server loads before its first candidate, loaded here too, but the relevance model: a worker
    never closes an interview, and an answer's own judgement is lexical. Then the heap is settled."""
    from protocol_server.app import settle_heap
    from workbench.interviewer.planning.planner import warm_up as warm_up_planner
    from workbench.interviewer.rehearsal import rehearse
    from workbench.interviewer.specificity import warm_up as warm_up_specificity

    warm_up_planner()
    warm_up_specificity()
    rehearse(worker.interviewer, close=False)
    settle_heap(*GC_THRESHOLDS)


if __name__ == "__main__":
    main()
