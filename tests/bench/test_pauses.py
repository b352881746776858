"""The load bench's pause instruments: each cyclic collection recorded with what it scanned, the event loop's
stalls with the stacks its thread was seen in, and which pauses the slow answers sat through."""

from __future__ import annotations

import asyncio
import gc
import json
import time
from pathlib import Path
from typing import Any

import pytest

from bench.profile_readout import overlap, pauses_met
from bench.serve_profiled import Instruments
from protocol_server.gc_pauses import GcPauses, by_generation


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_a_collection_is_recorded_with_its_generation_what_it_scanned_and_freed() -> None:
    gc.collect()
    recorder = GcPauses(census=True).install()
    gc.disable()  # no automatic collection before ours: it finds them all young
    try:
        held = [{"n": [n]} for n in range(3_000)]  # 6,000 young containers that survive
        for _ in range(50):
            _Cycle()  # cyclic garbage: only the collector frees it
        before = time.perf_counter()
        gc.collect(0)
    finally:
        gc.enable()
        recorder.uninstall()
    (pause,) = [p for p in recorder.pauses if p["start"] >= before]
    assert pause["gen"] == 0 and pause["thread"] == "MainThread"
    assert pause["scanned"] >= 2 * len(held) + 50 and pause["collected"] >= 50  # the cycles, found and freed
    assert pause["ms"] >= 0 and pause["cpu_ms"] >= 0
    assert dict(pause["types"])["dict"] >= len(held)
    summary = by_generation(recorder.pauses)
    assert summary["gen0"]["count"] >= 1 and summary["gen0"]["max_scanned"] >= pause["scanned"]


def _hold_the_loop(seconds: float) -> None:
    """Pure Python work on the loop's thread (it gives up the GIL at each switch interval: the sampler's turn)."""
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        sum(range(100))


def test_a_stalled_loop_is_listed_with_what_its_thread_ran(
    tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    instruments = Instruments(str(tmp_path / "profile"), cprofile=False)
    request.addfinalizer(instruments.gc.uninstall)

    async def run() -> None:
        probe = asyncio.create_task(instruments.probe())
        instruments.stalls.start()
        await asyncio.sleep(0.05)
        _hold_the_loop(0.2)
        await asyncio.sleep(0.05)
        probe.cancel()

    asyncio.run(run())
    stalls = instruments.summary()["stalls"]
    assert max(stall["ms"] for stall in stalls["stalls"]) >= 150
    assert any("_hold_the_loop" in where for where in stalls["samples"])


def _answer_files(tmp_path: Path) -> tuple[Path, list[tuple[str, int, float, float]]]:
    """200 answers of ~10 ms each, 1 s apart; answer k ran in worker 1 (even k) or 2 (odd k). Worker 1 collected
    for 4 ms inside the slowest two answers' waits (made 100 ms long), the server for 2 ms inside answer 100's,
    and the loop stalled 6 ms inside answer 101's."""
    prefix = tmp_path / "profile"
    answers, turns = [], []
    times: dict[int, list[tuple[int, float, float]]] = {1: [], 2: []}
    for k in range(200):
        sent = float(k)
        received = sent + (0.1 if k in (198, 199) else 0.01 + k * 1e-6)  # latencies in the order of k
        answers.append((f"s{k}", 1, sent, received))
        turns.append({"session": f"s{k}", "answer": 1, "call": k})
        times[1 + k % 2].append((k, sent + 0.001, received - 0.001))
    server: dict[str, Any] = {
        "gc_pauses": [{"start": 100.002, "ms": 2.0}],
        "stalls": {"stalls": [{"start": 101.001, "ms": 6.0}], "samples": {}},
    }
    prefix.with_suffix(".json").write_text(json.dumps(server))
    prefix.with_suffix(".turns.json").write_text(json.dumps(turns))
    for pid, worker_times in times.items():
        (tmp_path / f"profile.worker-{pid}.times.json").write_text(json.dumps(worker_times))
    worker_gc = [
        {"start": 198.05, "ms": 4.0},
        {"start": 199.05, "ms": 4.0},
    ]  # 199 ran in worker 2: not its pause
    (tmp_path / "profile.worker-1.gc.json").write_text(json.dumps(worker_gc))
    (tmp_path / "profile.worker-2.gc.json").write_text(json.dumps([]))
    return prefix, answers


def test_the_slow_answers_are_told_which_pauses_they_sat_through(tmp_path: Path) -> None:
    prefix, answers = _answer_files(tmp_path)
    met = pauses_met(prefix, answers)
    slowest = {kind: met[f"slowest_1pct.{kind}"] for kind in ("server_gc", "loop_stalls", "worker_gc")}
    assert slowest["worker_gc"] == {
        "share": 0.5,
        "mean_ms": pytest.approx(2.0),
    }  # answer 198's own worker only
    assert slowest["server_gc"]["share"] == 0 and slowest["loop_stalls"]["share"] == 0
    median = {kind: met[f"median.{kind}"] for kind in ("server_gc", "loop_stalls")}
    assert median["server_gc"]["mean_ms"] == pytest.approx(2.0 / 20)  # answer 100: one of the 20 median ones
    assert median["loop_stalls"]["mean_ms"] == pytest.approx(6.0 / 20)
    assert overlap((0.0, 1.0), [(0.5, 2.0), (-1.0, 0.1)]) == pytest.approx(600.0)
