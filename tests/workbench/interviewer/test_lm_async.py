"""The async LM path the server uses: the same turns as the sync path, a concurrency gate with a bounded
queue (back-pressure), per-call and per-turn deadlines that fall back to the baseline."""

from __future__ import annotations

import asyncio
import time
from datetime import timedelta
from typing import Any

import pytest

from tests.workbench.interviewer.interview_helpers import JOBS, T0, candidate
from tests.workbench.interviewer.test_lm import ANSWER, FEEDBACK, assessment, dummy, interviewer, turn
from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.lm_gate import LMBusy, LMGate, call_interviewer
from workbench.models import Preferences


def test_async_steps_match_the_sync_ones(baseline: BaselineInterviewer) -> None:
    lm_interviewer = interviewer(baseline, dummy([assessment(), turn(), FEEDBACK]))

    async def run() -> Any:
        state = await call_interviewer(
            lm_interviewer.start, JOBS["backend"], candidate(), "", Preferences(), T0
        )
        state, step = await call_interviewer(lm_interviewer.answer, state, ANSWER, T0 + timedelta(minutes=2))
        done = await call_interviewer(lm_interviewer.finish, state, T0 + timedelta(minutes=3))
        return state, step, done

    state, step, done = asyncio.run(run())
    assert state.turns[0].assessment.backend == "lm"  # type: ignore[union-attr]
    assert step.question == "What made Kafka the right call for billing?" and state.turns[-1].backend == "lm"
    assert done.assessment is not None and done.assessment.summary == FEEDBACK["feedback"]["summary"]
    assert lm_interviewer.stats == {"calls": 3, "parsed": 3, "accepted": 3}


def test_gate_limits_concurrency_and_refuses_beyond_its_queue() -> None:
    gate = LMGate(max_concurrency=2, max_waiting=1, retry_after=3)
    peak = 0

    async def use() -> str:
        nonlocal peak
        try:
            async with gate.slot():
                peak = max(peak, gate.running)
                await asyncio.sleep(0.05)
        except LMBusy as busy:
            return f"busy {busy.retry_after:g}"
        return "ok"

    async def run() -> list[str]:
        return list(await asyncio.gather(*(use() for _ in range(5))))

    results = asyncio.run(run())
    assert sorted(results) == ["busy 3", "busy 3", "ok", "ok", "ok"] and peak == 2


def test_a_step_that_must_not_wait_is_refused_at_once() -> None:
    gate = LMGate(max_concurrency=1, max_waiting=10)

    async def run() -> float:
        async with gate.slot():
            started = time.monotonic()
            with pytest.raises(LMBusy):
                async with gate.slot(wait=False):
                    pass
            return time.monotonic() - started

    assert asyncio.run(run()) < 0.05


class SlowModule:
    """Stands in for a DSPy module whose LM never answers in time."""

    def __init__(self) -> None:
        self.cancelled = 0

    async def acall(self, **_: Any) -> Any:
        try:
            await asyncio.sleep(30)
        except asyncio.CancelledError:
            self.cancelled += 1
            raise


def test_turn_deadline_falls_back_to_the_baseline_and_cancels_the_call(baseline: BaselineInterviewer) -> None:
    lm_interviewer = interviewer(baseline, dummy([]), lm_timeout_seconds=5, lm_turn_deadline_seconds=0.3)
    slow = SlowModule()
    lm_interviewer.program.assessor = slow  # type: ignore[assignment]
    lm_interviewer.program.turn_writer = slow  # type: ignore[assignment]
    state = lm_interviewer.start(JOBS["backend"], candidate(), "", Preferences(), T0)
    _, expected = baseline.answer(state, ANSWER, T0 + timedelta(minutes=2))
    started = time.monotonic()
    new_state, step = asyncio.run(lm_interviewer.aanswer(state, ANSWER, T0 + timedelta(minutes=2)))
    assert time.monotonic() - started < 2.0  # the turn's deadline, not the 30 s call
    assert step.question == expected.question and new_state.turns[-1].backend == "baseline"
    # The assess call is cancelled on the LM loop (another thread: it may take a moment to get there); no
    # time was left for the rewording, which never started.
    waited_until = time.monotonic() + 5
    while slow.cancelled == 0 and time.monotonic() < waited_until:
        time.sleep(0.01)
    assert slow.cancelled == 1
