"""How LM calls share the LM: a concurrency limit with a bounded queue, their own event loop, and the call
path that picks async.

`LMGate` admits at most `max_concurrency` LM calls at once and lets at most `max_waiting` more wait for a slot;
beyond that it raises `LMBusy` at once (back-pressure: the client gets a typed "busy, retry" error instead of
joining an unbounded queue). `LMLoop` runs the admitted calls on an event loop of their own, in one thread: the
CPU an LM call costs (prompt formatting, parsing, HTTP) is spent there, so the server's loop, interleaved by the
interpreter's thread switching, keeps answering starts and statuses while a hundred LM replies are parsed.
`call_interviewer` runs an interviewer step: the `a<step>` coroutine when the
interviewer has one (LM calls awaited on the event loop, no thread held), else the step itself — in a
dedicated thread pool when the interviewer blocks, so that it never occupies the loop's default pool.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import functools
import os
import threading
from collections.abc import AsyncIterator, Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")
_BLOCKING_STEPS = ThreadPoolExecutor(max_workers=16, thread_name_prefix="openhire-interviewer")
# Assessments at the end of an interview run the sentence-embedding model: CPU-bound, never on the event loop.
# Their threads run at a lower scheduling priority than the loop (a thread's own nice value, on Linux): a burst
# of interview ends uses the cores the live turns leave, instead of taking them from the turns.
SCORING_THREADS = max(1, min(4, os.cpu_count() or 2))
SCORING_NICE = 10


def _lower_priority() -> None:
    # Without per-thread priorities (another OS, or a refused change) the threads run at the loop's.
    with contextlib.suppress(AttributeError, OSError):
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), SCORING_NICE)


_SCORING = ThreadPoolExecutor(
    max_workers=SCORING_THREADS, thread_name_prefix="openhire-scoring", initializer=_lower_priority
)


class LMBusy(Exception):
    """Every LM slot is taken and the queue is full; retry after `retry_after` seconds."""

    def __init__(self, retry_after: float) -> None:
        super().__init__(f"LM busy; retry in {retry_after:g} s")
        self.retry_after = retry_after


class LMGate:
    def __init__(self, max_concurrency: int, max_waiting: int, retry_after: float = 2.0) -> None:
        self.max_concurrency = max_concurrency
        self.max_waiting = max_waiting
        self.retry_after = retry_after
        self.running = 0
        self.waiting = 0
        self._slots: asyncio.Semaphore | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def _semaphore(self) -> asyncio.Semaphore:
        loop = asyncio.get_running_loop()
        if self._slots is None or self._loop is not loop:  # a new event loop (tests, CLI runs): fresh state
            self._slots, self._loop = asyncio.Semaphore(self.max_concurrency), loop
            self.running = self.waiting = 0
        return self._slots

    @contextlib.asynccontextmanager
    async def slot(self, *, wait: bool = True) -> AsyncIterator[None]:
        """Hold one LM slot. Raises `LMBusy` when the queue is full, or at once when `wait` is False and no
        slot is free (for steps that must never wait behind LM calls)."""
        slots = self._semaphore()
        if slots.locked() and (not wait or self.waiting >= self.max_waiting):
            raise LMBusy(self.retry_after)
        self.waiting += 1
        try:
            await slots.acquire()
        finally:
            self.waiting -= 1
        self.running += 1
        try:
            yield
        finally:
            self.running -= 1
            slots.release()


class LMLoop:
    """An event loop in a daemon thread for LM calls; `run` awaits a coroutine there from any other loop."""

    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None
        self._lock = threading.Lock()

    def _running_loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                threading.Thread(target=loop.run_forever, name="openhire-lm-loop", daemon=True).start()
                self._loop = loop
            return self._loop

    async def run(self, coro: Coroutine[Any, Any, T]) -> T:
        """The coroutine's result; cancelling the caller cancels the coroutine on the LM loop too."""
        future = asyncio.run_coroutine_threadsafe(coro, self._running_loop())
        return await asyncio.wrap_future(future)


async def off_loop(fn: Callable[..., T], *args: Any) -> T:
    """Run a CPU-bound interviewer step (an assessment) in the scoring threads, in the caller's context (the
    session's memory of its answers' analysis goes along)."""
    context = contextvars.copy_context()
    return await asyncio.get_running_loop().run_in_executor(
        _SCORING, functools.partial(context.run, fn, *args)
    )


async def call_interviewer(step: Callable[..., T], *args: Any, heavy: bool = False) -> T:
    """Run `interviewer.<step>(*args)` the way that never blocks the loop nor its default thread pool.
    `heavy`: an offline step that takes long enough to stall every other session (the end of an interview
    judges every answer and runs the relevance model, about 0.1 s) runs in a worker thread instead; the
    model runs there without the GIL, and the loop keeps its turn at the GIL meanwhile."""
    owner = getattr(step, "__self__", None)
    async_step = getattr(owner, f"a{step.__name__}", None)
    if async_step is not None:
        result: T = await async_step(*args)
        return result
    if getattr(owner, "blocking", False):
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(_BLOCKING_STEPS, functools.partial(step, *args))
    if heavy:
        return await asyncio.to_thread(step, *args)  # the context (the turn's memo) goes along
    return step(*args)
