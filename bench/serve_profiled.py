"""`openhire serve` with instruments for the load benchmark's tail: event-loop stalls, GC pauses, CPU per thread,
an answer's steps, the stages of a durable write (DuckDB), and optionally a cProfile of the event-loop thread
(CPU time, not wall time: the machine is shared).

    python bench/serve_profiled.py OUT_PREFIX [--cprofile] serve --port ... --db ...

On exit (SIGTERM or SIGINT) it writes OUT_PREFIX.json, and OUT_PREFIX.prof with `--cprofile`
(read it with `python -m pstats OUT_PREFIX.prof`). `bench/ws_load.py --profile OUT_PREFIX` launches it.
"""

from __future__ import annotations

import asyncio
import contextvars
import cProfile
import json
import os
import signal
import sys
import threading
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from protocol_server.gc_pauses import CENSUS_ENV, GcPauses, by_generation  # noqa: E402

TICK_SECONDS = 0.01  # the lag probe sleeps this long; whatever it oversleeps, the loop was busy


STALL_MS = 5.0  # a loop late by more than this is stalled: what its thread runs meanwhile is sampled
STALL_SAMPLE_SECONDS = 0.002


class StallWatch:
    """The event loop's stalls and what ran in them. The lag probe says when it is due to wake (`due`) and when
    it woke; a thread beside the loop looks every 2 ms, and while the probe is more than 5 ms overdue it samples
    the loop thread's stack (`sys._current_frames`: the innermost frames of this repository's code, else the
    innermost frame). A collection holds the GIL, so the sampler sees none in it: `GcPauses` times those. The
    samples lean towards calls that release the GIL (the loop's own poll, a socket's send, libpq's): there the
    sampler gets the GIL at once, while pure Python gives it up only at each switch interval (5 ms). So read
    them as where the late loop's thread was, not as a CPU profile (`--cprofile` is that).

    A stall: `start` (when the probe was due, perf_counter), `ms` (how late it woke), `samples` (stack -> count)."""

    def __init__(self) -> None:
        self.due = float("inf")
        self.stalls: list[dict[str, Any]] = []
        self._samples: dict[str, int] = {}
        self._loop_thread = threading.get_ident()

    def start(self) -> None:
        self._loop_thread = threading.get_ident()
        threading.Thread(target=self._watch, name="stall-watch", daemon=True).start()

    def woke(self, now: float) -> None:
        late_ms = (now - self.due) * 1000
        samples, self._samples = self._samples, {}
        if late_ms > STALL_MS:
            self.stalls.append({"start": self.due, "ms": round(late_ms, 3), "samples": samples})

    def _watch(self) -> None:
        while True:
            time.sleep(STALL_SAMPLE_SECONDS)
            if (time.perf_counter() - self.due) * 1000 > STALL_MS:
                frame = sys._current_frames().get(self._loop_thread)
                if frame is not None:
                    where = stack_of(frame)
                    self._samples[where] = self._samples.get(where, 0) + 1

    def summary(self) -> dict[str, Any]:
        """Every stall, and the stacks sampled in all of them, most seen first."""
        seen: dict[str, int] = {}
        for stall in self.stalls:
            for where, count in stall["samples"].items():
                seen[where] = seen.get(where, 0) + count
        return {"stalls": self.stalls, "samples": dict(sorted(seen.items(), key=lambda item: -item[1]))}


def stack_of(frame: Any, depth: int = 3) -> str:
    """The innermost `depth` frames of this repository's code (file:function, outermost first), and in brackets
    the innermost frame of all (the loop's own machinery, a library, or ours again)."""
    ours, innermost = [], f"{Path(frame.f_code.co_filename).name}:{frame.f_code.co_name}"
    while frame is not None and len(ours) < depth:
        path = frame.f_code.co_filename
        if path.startswith(str(REPO)) and "/.venv/" not in path:
            ours.append(f"{Path(path).name}:{frame.f_code.co_name}")
        frame = frame.f_back
    return " > ".join(reversed(ours)) + f" [{innermost}]"


class Instruments:
    def __init__(self, out: str, cprofile: bool) -> None:
        self.out = out
        self.profile = cProfile.Profile(time.thread_time) if cprofile else None
        self.lags_ms: list[float] = []
        self.gc = GcPauses(census=bool(os.environ.get(CENSUS_ENV))).install()
        self.stalls = StallWatch()
        self.threads: dict[str, float] = {}
        self.threads_at_start: dict[str, float] = {}  # start-up's CPU, left out of the service's figures
        self.phases_ms: dict[str, list[float]] = {}  # machine step -> wall times of its calls
        self.commits: list[list[float]] = []  # per journaled write: the times it passed each stage
        self.turns: list[dict[str, Any]] = []  # per answer: when it passed each step (`time_turns`)

    def sample_threads(self) -> None:
        """CPU seconds per thread, by name (read while the threads still run: the store's stop at exit)."""
        names = {thread.native_id: thread.name for thread in threading.enumerate()}
        tick = os.sysconf("SC_CLK_TCK")
        for tid in os.listdir("/proc/self/task"):
            fields = Path(f"/proc/self/task/{tid}/stat").read_text().rsplit(")", 1)[1].split()
            self.threads[names.get(int(tid), f"native-{tid}")] = (int(fields[11]) + int(fields[12])) / tick

    async def probe(self) -> None:
        while True:
            for _ in range(100):
                started = time.perf_counter()
                self.stalls.due = started + TICK_SECONDS
                await asyncio.sleep(TICK_SECONDS)
                woke = time.perf_counter()
                self.lags_ms.append((woke - started - TICK_SECONDS) * 1000)
                self.stalls.woke(woke)
            self.sample_threads()

    def summary(self) -> dict[str, Any]:
        lags = sorted(self.lags_ms) or [0.0]
        return {
            "loop_lag_ms": {
                "p50": lags[len(lags) // 2],
                "p99": lags[int(len(lags) * 0.99)],
                "max": lags[-1],
                "over_20ms": sum(1 for lag in lags if lag > 20),
                "samples": len(self.lags_ms),
            },
            "gc": by_generation(self.gc.pauses),
            "gc_pauses": self.gc.pauses,
            "stalls": self.stalls.summary(),
            "answer_phases_ms": {
                name: {"p50": ms[len(ms) // 2], "p99": ms[int(len(ms) * 0.99)], "max": ms[-1], "n": len(ms)}
                for name, times in self.phases_ms.items()
                if (ms := sorted(times))
            },
            "commit_stages_ms": commit_stages(self.commits),
            "thread_cpu_seconds": dict(
                sorted(
                    (
                        (name, seconds - self.threads_at_start.get(name, 0.0))
                        for name, seconds in self.threads.items()
                    ),
                    key=lambda item: -item[1],
                )
            ),
        }

    def time_machine(self) -> None:
        """Wall time of an answer's steps (the interviewer's call, the durable commit, the whole answer): which of
        them the client's latency is made of."""
        from protocol_server.machine import SessionMachine
        from protocol_server.thinker import Thinker

        for owner, name in ((SessionMachine, "_answer"), (Thinker, "answer"), (SessionMachine, "_commit")):
            times = self.phases_ms.setdefault(name, [])
            setattr(owner, name, timed(getattr(owner, name), times))

    def time_commits(self) -> None:
        """Where a durable write's wait goes (DuckDB's journal): queued until the journal thread takes it, that
        thread's write and fsync, then the two trips through the event loop's ready queue back to the caller
        (the journal thread's call into the loop, then the caller's wakeup). Each trip waits for whatever the
        loop has ready before it: with a busy loop, those trips are most of the commit."""
        from workbench.store import async_store

        store = async_store.AsyncStore
        commits = self.commits
        apply, group = store.apply, store._journal_group
        answer, resolve = async_store._answer_appends, async_store._resolve

        async def timed_apply(self: Any, batch: Any) -> None:
            batch.stamps = [time.perf_counter()]
            await apply(self, batch)
            batch.stamps.append(time.perf_counter())
            commits.append(batch.stamps)

        def stamp(appends: list[Any]) -> None:
            now = time.perf_counter()
            for append in appends:
                getattr(append.batch, "stamps", []).append(now)

        def timed_group(self: Any, appends: list[Any]) -> None:
            stamp(appends)
            group(self, appends)

        def timed_answer(appends: list[Any], error: BaseException | None = None) -> None:
            stamp(appends)
            answer(appends, error)

        def timed_resolve(appends: list[Any], error: BaseException | None) -> None:
            stamp(appends)
            resolve(appends, error)

        store.apply = timed_apply  # type: ignore[method-assign]
        store._journal_group = timed_group  # type: ignore[method-assign]
        async_store._answer_appends = timed_answer
        async_store._resolve = timed_resolve

    def time_turns(self) -> None:
        """When each answer passed each of its steps (`time.perf_counter`, the clock the client and the interviewer
        workers read too): taken by the machine, sent to its worker (and that call's id, which the worker's own
        times name), the worker's reply back on the loop, the commit begun and done, the reply sent. Written to
        PREFIX.turns.json; `bench/ws_load.py` joins them with the client's and the workers' times."""
        from protocol_server.interviewer_pool import InterviewerPool
        from protocol_server.machine import SessionMachine

        current: contextvars.ContextVar[dict[str, Any] | None] = contextvars.ContextVar("turn", default=None)
        turns, answers = self.turns, dict[str, int]()
        answer, request, commit = SessionMachine.answer, InterviewerPool._request, SessionMachine._commit
        reply = SessionMachine._reply_answered

        async def timed_answer(self: Any, session_id: str, response: str, peer: Any) -> None:
            answers[session_id] = answers.get(session_id, 0) + 1
            turn = {"session": session_id, "answer": answers[session_id], "taken": time.perf_counter()}
            token = current.set(turn)
            try:
                await answer(self, session_id, response, peer)
            finally:
                current.reset(token)
                turn["done"] = time.perf_counter()
                turns.append(turn)

        async def timed_request(self: Any, worker: Any, message: tuple[Any, ...]) -> Any:
            turn = current.get()
            if turn is None or message[0] != "answer":
                return await request(self, worker, message)
            turn["call"], turn["sent"] = self._next_call + 1, time.perf_counter()  # the id `request` gives it
            try:
                return await request(self, worker, message)
            finally:
                turn["back"] = time.perf_counter()

        async def timed_commit(self: Any, session: Any, saved: Any) -> None:
            turn = current.get()
            if turn is not None:
                turn["commit"] = time.perf_counter()
            await commit(self, session, saved)
            if turn is not None:
                turn["committed"] = time.perf_counter()

        async def timed_reply(self: Any, session: Any, facts: Any, step: Any) -> None:
            turn = current.get()
            if turn is not None:
                turn["reply"] = time.perf_counter()
            await reply(self, session, facts, step)
            if turn is not None:
                turn["replied"] = time.perf_counter()

        SessionMachine.answer = timed_answer  # type: ignore[method-assign]
        InterviewerPool._request = timed_request  # type: ignore[method-assign,assignment]
        SessionMachine._commit = timed_commit  # type: ignore[method-assign]
        SessionMachine._reply_answered = timed_reply  # type: ignore[method-assign]

    def dump(self) -> None:
        if self.profile is not None:
            self.profile.disable()
            self.profile.dump_stats(self.out + ".prof")
        Path(self.out + ".json").write_text(json.dumps(self.summary(), indent=1))
        Path(self.out + ".turns.json").write_text(json.dumps(self.turns))


COMMIT_STAGES = ("queued", "written_and_fsynced", "back_to_the_loop", "caller_woken", "whole")


def commit_stages(commits: list[list[float]]) -> dict[str, dict[str, float]]:
    """p50/p90/p99 of each stage of the journaled writes that passed them all (ms)."""
    whole = [stamps for stamps in commits if len(stamps) == len(COMMIT_STAGES)]
    if not whole:
        return {}
    spans = {name: sorted(s[i + 1] - s[i] for s in whole) for i, name in enumerate(COMMIT_STAGES[:-1])}
    spans["whole"] = sorted(s[-1] - s[0] for s in whole)
    return {
        name: {q: 1000 * ms[int(len(ms) * f)] for q, f in (("p50", 0.5), ("p90", 0.9), ("p99", 0.99))}
        for name, ms in spans.items()
    }


def timed(method: Any, times: list[float]) -> Any:
    async def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return await method(*args, **kwargs)
        finally:
            times.append((time.perf_counter() - started) * 1000)

    return wrapper


def main() -> None:
    out, *rest = sys.argv[1:]
    cprofile = "--cprofile" in rest
    instruments = Instruments(out, cprofile)

    def stop(*_: object) -> None:
        instruments.dump()
        os._exit(0)

    # uvicorn restores these handlers after its own shutdown and raises the signal again: they run last.
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)

    import protocol_server.app as app_module

    instruments.time_machine()
    instruments.time_commits()
    instruments.time_turns()

    served = app_module.lifespan

    @asynccontextmanager
    async def lifespan(app: Any) -> AsyncIterator[None]:
        async with served(app):
            instruments.gc.pauses.clear()  # start-up's collections are not the service's pauses
            for times in instruments.phases_ms.values():
                times.clear()
            instruments.commits.clear()
            instruments.turns.clear()
            instruments.sample_threads()
            instruments.threads_at_start = dict(instruments.threads)
            probe = asyncio.create_task(instruments.probe())
            instruments.stalls.start()
            if instruments.profile is not None:
                instruments.profile.enable()
            try:
                yield
            finally:
                probe.cancel()

    app_module.lifespan = lifespan
    from openhire.main import app

    sys.argv = ["openhire", *[arg for arg in rest if arg not in ("--cprofile", "--gc-census")]]
    app()


if __name__ == "__main__":
    main()
