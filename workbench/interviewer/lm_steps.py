"""How the LM interviewer's steps reach the LM, written once for both callers.

A turn's logic (assess, reword, write feedback) is a generator: it yields an `Ask` for each LM prediction it
needs, is sent the prediction (None on any failure, timeout or refusal) and returns its result. `LMSteps` drives
such a generator either blocking (`run`: evals and tuning, each call in a worker thread that is abandoned at
the per-call timeout) or awaited (`arun`: the server, each call a coroutine on the LM's own loop under the shared
`LMGate`, within a per-call timeout and one per-turn deadline). The turn's logic itself never knows which.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Generator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

import dspy

from workbench.interviewer.lm_gate import LMBusy, LMGate, LMLoop
from workbench.settings import Settings

T = TypeVar("T")
log = logging.getLogger(__name__)
# Blocking LM calls run here so that a hung call can be abandoned at the timeout (the turn uses the baseline).
_EXECUTOR = ThreadPoolExecutor(max_workers=8, thread_name_prefix="openhire-lm")
# The server's LM calls run as coroutines on this loop of their own (see lm_gate.LMLoop).
_LM_LOOP = LMLoop()
# One LM step: the DSPy module to call and its keyword arguments.
Step = tuple[dspy.Module, dict[str, Any]]


@dataclass(frozen=True)
class Ask:
    """A turn's request for one LM step's prediction (`step` None: nothing to ask, the answer is None).
    `wait=False`: never wait for an LM slot; with none free the answer is None at once (ends stay fast)."""

    what: str
    step: Step | None
    wait: bool = True


# A turn's logic: yields `Ask`s, is sent each prediction (or None), returns the turn's result.
Steps = Generator[Ask, Any, T]


class LMSteps:
    def __init__(self, lm: dspy.LM, settings: Settings) -> None:
        self.lm = lm
        self.timeout = settings.lm_timeout_seconds
        self.turn_deadline = settings.lm_turn_deadline_seconds
        self.gate = LMGate(settings.lm_max_concurrency, settings.lm_max_waiting)
        # LM steps attempted, parsed (a prediction came back) and accepted (it passed validation).
        self.stats = {"calls": 0, "parsed": 0, "accepted": 0}
        self._stats_lock = threading.Lock()

    def count(self, key: str) -> None:
        with self._stats_lock:
            self.stats[key] += 1

    def _failed(self, what: str, error: BaseException) -> None:
        log.warning("LM step %s failed (%s); using the baseline for this turn", what, type(error).__name__)

    def run(self, steps: Steps[T]) -> T:
        """The turn's logic with each LM step called in a worker thread."""
        try:
            ask = next(steps)
            while True:
                ask = steps.send(self.call(ask))
        except StopIteration as done:
            result: T = done.value
            return result

    async def arun(self, steps: Steps[T]) -> T:
        """The turn's logic with each LM step awaited, all of them within one per-turn deadline."""
        deadline = asyncio.get_running_loop().time() + self.turn_deadline
        try:
            ask = next(steps)
            while True:
                ask = steps.send(await self.acall(ask, deadline))
        except StopIteration as done:
            result: T = done.value
            return result

    def call(self, ask: Ask) -> Any:
        """One LM step in a worker thread; None on any failure or timeout."""
        if ask.step is None:
            return None
        module, kwargs = ask.step

        def run() -> Any:
            with dspy.context(lm=self.lm, adapter=dspy.JSONAdapter()):
                return module(**kwargs)

        self.count("calls")
        future = _EXECUTOR.submit(run)
        try:
            result = future.result(timeout=self.timeout)
        except Exception as error:  # any LM or parsing failure: this turn uses the baseline
            future.cancel()
            self._failed(ask.what, error)
            return None
        self.count("parsed")
        return result

    async def acall(self, ask: Ask, deadline: float) -> Any:
        """One LM step awaited under the gate, by `deadline` (loop time) and the per-call timeout; None on any
        failure, timeout or (unless it is the turn's first step) a full queue."""
        if ask.step is None:
            return None
        remaining = min(self.timeout, deadline - asyncio.get_running_loop().time())
        if remaining <= 0:
            self._failed(ask.what, TimeoutError())
            return None
        module, kwargs = ask.step
        self.count("calls")

        async def on_lm_loop() -> Any:
            with dspy.context(lm=self.lm, adapter=dspy.JSONAdapter()):
                return await module.acall(**kwargs)

        try:
            async with asyncio.timeout(remaining), self.gate.slot(wait=ask.wait):
                result = await _LM_LOOP.run(on_lm_loop())
        except LMBusy as busy:
            if ask.what == "assess":
                raise  # nothing done yet for this turn: tell the client to retry
            self._failed(ask.what, busy)
            return None
        except Exception as error:  # any LM or parsing failure: this step uses the baseline
            self._failed(ask.what, error)
            return None
        self.count("parsed")
        return result
