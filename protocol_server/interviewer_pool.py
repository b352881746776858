"""The offline interviewer's turns in worker processes, so that the event loop keeps only the I/O.

Under load the offline interviewer was about half of the event loop's CPU per turn (`bench/ws_load.py`, py-spy),
and every thread of the server shares one GIL with the loop: at 1,000 sessions the loop saturated and the
journal thread that makes each answer durable waited for the GIL (a commit's p50 13 ms against a 0.2 ms fsync).
With `interviewer_processes` set, an answer's interviewer call runs in a worker process: the loop sends the
session's state JSON without its plan and the answer, the worker parses, thinks and returns the new state's
JSON. A session's start runs there too (reading the resume and working out its probes took the loop about 2 ms
a session), and the worker keeps the opening state for the first answer. Results are the same as in-process
(the same code on the same input).

- A session always goes to the same worker (by a hash of its id), which keeps the session's analysis of its
  earlier answers between turns (`SessionMemory`), and each job's plan once (sent the first time it is needed).
  It keeps the state it returned last, parsed, under a mark (`Thought.mark`) that the server sends back with
  that state's JSON: the worker then starts from its own state without parsing the JSON, and without holding
  a copy of it to compare (a sixth of what an idle session costs the worker).
- A worker that dies fails its pending calls with `WorkerLost`; the server then runs them in-process (the answer
  is not lost) and starts a new worker.
- Evicted and erased sessions are forgotten in the worker too; an erasure also clears the worker's text caches.
- The close of an interview runs in the server process, in a thread, as without workers (see `answer`).
- Messages are length-prefixed pickles over the worker's stdin and stdout (its own child: trusted). The
  worker's print output, if any, goes to stderr, so it cannot corrupt the stream.
"""

from __future__ import annotations

import asyncio
import logging
import os
import pickle
import sys
import zlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from protocol_server.pipe import (
    HEADER,
    MAX_MESSAGE_BYTES,
    PlanKey,
    Thought,
    message_size,
    opening_fields,
    plain_time,
    plan_key,
    write_message,
)
from workbench.interviewer.api import NextStep
from workbench.models import (
    InterviewOpening,
    InterviewPlan,
    StateFacts,
)

log = logging.getLogger(__name__)

READY_SECONDS = 180.0  # a worker loads the interviewer's data and models before it answers
RESTART_SECONDS = 1.0
CALL_SECONDS = 30.0  # an answer takes milliseconds; a worker this late is stuck
PLANS_PER_WORKER = 256
# `interviewer_processes = "auto"`: this many workers for a server process with two cores to itself. The loop
# keeps about 0.35 ms of CPU per turn and a worker takes about 0.7 ms, so two workers keep up with one loop
# (bench/ws_load.py); more would wait on it.
AUTO_PROCESSES = 2


class WorkerLost(Exception):
    """The worker for this call is gone or not running: the caller runs the call in-process."""


@dataclass(frozen=True)
class InterviewerFailed(Exception):
    """The interviewer raised in the worker: its class and place (never its message: it may quote answers)."""

    name: str
    filename: str
    lineno: int


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity, where the platform tells it)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def worker_count(setting: int | Literal["auto"], cores: int, server_processes: int = 1) -> int:
    """How many interviewer workers a server process runs. `auto` gives `AUTO_PROCESSES` when each of the
    `server_processes` on this machine has two cores to itself: then the loop and the workers run side by side
    (at 1,000 sessions on two cores the in-process loop saturates at the start's peak, while the workers' p99 was
    a fifth of it); with fewer cores a worker's extra pickling and piping only adds to a busy machine."""
    if setting != "auto":
        return setting
    return AUTO_PROCESSES if cores >= 2 * server_processes else 0


def due_to_close(facts: StateFacts, step: NextStep, now: datetime) -> bool:
    """After an answer: the interviewer is done, or the time is up, and the interview is not closed yet."""
    return (step.completed or facts.minutes_elapsed(now) >= facts.max_duration) and not facts.completed


@dataclass
class _Worker:
    index: int
    process: asyncio.subprocess.Process | None = None
    pending: dict[int, asyncio.Future[Any]] = field(default_factory=dict)
    plans: set[PlanKey] = field(default_factory=set)
    reader: asyncio.Task[None] | None = None
    running: bool = False


class InterviewerPool:
    """`processes` workers running the offline interviewer; see the module's docstring."""

    def __init__(self, processes: int, call_seconds: float = CALL_SECONDS) -> None:
        self._workers = [_Worker(i) for i in range(processes)]
        self._call_seconds = call_seconds
        self._next_call = 0
        self._closing = False
        self._restarts: set[asyncio.Task[None]] = set()

    async def start(self) -> None:
        """Start every worker and wait until each has loaded the interviewer (or failed: then that worker's
        sessions run in-process until a restart succeeds)."""
        await asyncio.gather(*(self._start(worker) for worker in self._workers))

    @property
    def size(self) -> int:
        return len(self._workers)

    @property
    def running(self) -> int:
        return sum(worker.running for worker in self._workers)

    async def answer(
        self,
        session_id: str,
        lean: str,
        mark: int | None,
        plan: InterviewPlan | None,
        answer: str,
        now: datetime,
    ) -> Thought:
        """Record and assess `answer` in the worker, from the state whose JSON is `lean` (the worker's own
        state when `mark` is the one it returned that JSON with). (The close of an interview stays in the
        server, in a thread: it runs the relevance model for about 0.1 s, which would hold up every session of
        a worker.)"""
        request = ("answer", session_id, lean, mark, answer, plain_time(now))
        result: Thought = await self._call(session_id, plan, request)
        return result

    async def open_interview(self, session_id: str, opening: InterviewOpening) -> tuple[str, int]:
        """The opening state of a new session made in its worker, as its JSON without `plan` (which it holds),
        and the mark the worker keeps it under: the start reads the candidate's resume and works out its probes
        (about a millisecond, which every session's start took from the event loop), and the worker keeps the
        state for the session's first answer, which then need not parse it."""
        request = ("start", session_id, *opening_fields(opening))
        lean, mark = await self._call(session_id, opening.plan, request)
        return str(lean), int(mark)

    async def holding(self) -> list[dict[str, int]]:
        """Per running worker: the sessions whose analysis it keeps and the answers its text cache holds."""
        held = []
        for worker in self._workers:
            if worker.running:
                held.append(await self._request(worker, ("stats",)))
        return held

    def forget(self, session_ids: list[str], *, caches: bool = False) -> None:
        """The workers drop these sessions' analysis; with `caches`, every text cache too (an erasure)."""
        for worker in self._workers:
            if worker.running and (caches or any(self._worker_of(sid) is worker for sid in session_ids)):
                self._send(worker, ("forget", session_ids, caches))

    async def close(self) -> None:
        self._closing = True
        for task in self._restarts:
            task.cancel()
        for worker in self._workers:
            await self._stop(worker)

    # --- calls ----------------------------------------------------------------------------------------

    def _worker_of(self, session_id: str) -> _Worker:
        return self._workers[zlib.crc32(session_id.encode()) % len(self._workers)]

    async def _call(self, session_id: str, plan: InterviewPlan | None, request: tuple[Any, ...]) -> Any:
        worker = self._worker_of(session_id)
        if not worker.running:
            raise WorkerLost(f"interviewer worker {worker.index} is not running")
        key = None
        if plan is not None:
            key = plan_key(plan)
            if key not in worker.plans:
                if len(worker.plans) >= PLANS_PER_WORKER:
                    self._send(worker, ("drop_plans",))
                    worker.plans.clear()
                self._send(worker, ("plan", key, plan.model_dump_json()))
                worker.plans.add(key)
        return await self._request(worker, (request[0], key, *request[1:]))

    async def _request(self, worker: _Worker, request: tuple[Any, ...]) -> Any:
        """Send a request that has a reply, and wait for it (requests carry their call id second)."""
        self._next_call += 1
        call_id = self._next_call
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Any] = loop.create_future()
        worker.pending[call_id] = future
        self._send(worker, (request[0], call_id, *request[1:]))
        # A timer on the future itself: `asyncio.wait_for` made a second future and callbacks per call.
        timer = loop.call_later(self._call_seconds, _time_out, future)
        try:
            return await future
        except _CallTimedOut:
            # A worker stuck this long is stuck for good: killed, it is replaced, and the call runs here.
            log.error(
                "interviewer worker %d gave no answer in %g s: killed", worker.index, self._call_seconds
            )
            worker.pending.pop(call_id, None)
            if worker.process is not None and worker.process.returncode is None:
                worker.process.kill()
            raise WorkerLost(f"interviewer worker {worker.index} timed out") from None
        finally:
            timer.cancel()

    def _send(self, worker: _Worker, message: object) -> None:
        assert worker.process is not None and worker.process.stdin is not None
        write_message(worker.process.stdin, message)

    # --- worker lifecycle -----------------------------------------------------------------------------

    async def _start(self, worker: _Worker) -> None:
        worker.plans.clear()
        # The worker imports what this process imports, from the same places.
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
        try:
            worker.process = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "protocol_server.interviewer_worker",
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE,
                env=env,
                limit=MAX_MESSAGE_BYTES,
            )
            assert worker.process.stdout is not None
            ready = await asyncio.wait_for(_read(worker.process.stdout), READY_SECONDS)
            if ready != ("ready",):
                raise RuntimeError(f"unexpected first message {ready!r}")
        except (OSError, RuntimeError, TimeoutError, asyncio.IncompleteReadError) as exc:
            log.error(
                "interviewer worker %d did not start (%s); its sessions run in-process", worker.index, exc
            )
            await self._stop(worker)
            self._restart_later(worker)
            return
        worker.running = True
        worker.reader = asyncio.create_task(self._read_replies(worker))

    async def _read_replies(self, worker: _Worker) -> None:
        assert worker.process is not None and worker.process.stdout is not None
        try:
            while True:
                kind, call_id, *payload = await _read(worker.process.stdout)
                future = worker.pending.pop(call_id, None)
                if future is None or future.done():
                    continue
                if kind == "ok":
                    future.set_result(payload[0])
                else:
                    future.set_exception(InterviewerFailed(*payload))
        except (asyncio.IncompleteReadError, ConnectionError, pickle.UnpicklingError, ValueError) as exc:
            if not self._closing:
                log.error("interviewer worker %d lost (%s); restarting it", worker.index, type(exc).__name__)
        finally:
            worker.running = False
            for future in worker.pending.values():
                if not future.done():
                    future.set_exception(WorkerLost(f"interviewer worker {worker.index} exited"))
            worker.pending.clear()
            if not self._closing:
                await self._stop(worker)
                self._restart_later(worker)

    def _restart_later(self, worker: _Worker) -> None:
        if self._closing:
            return

        async def restart() -> None:
            await asyncio.sleep(RESTART_SECONDS)
            await self._start(worker)

        task = asyncio.create_task(restart())
        self._restarts.add(task)
        task.add_done_callback(self._restarts.discard)

    async def _stop(self, worker: _Worker) -> None:
        worker.running = False
        process, worker.process = worker.process, None
        if worker.reader is not None and worker.reader is not asyncio.current_task():
            worker.reader.cancel()
        if process is None:
            return
        if process.returncode is None:
            if process.stdin is not None:
                process.stdin.close()  # the worker exits at the end of its input
            try:
                await asyncio.wait_for(process.wait(), 5)
            except TimeoutError:
                process.kill()
                await process.wait()


class _CallTimedOut(Exception):
    """A worker's reply did not come within the call's time."""


def _time_out(future: asyncio.Future[Any]) -> None:
    if not future.done():
        future.set_exception(_CallTimedOut())


async def _read(stream: asyncio.StreamReader) -> Any:
    size = message_size(await stream.readexactly(HEADER.size))
    return pickle.loads(await stream.readexactly(size))
