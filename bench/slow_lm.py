"""Slow-LM benchmark: N interviews at once against `openhire serve` whose LM answers in 1–2 s.

The LM is `bench/lm_stub.py`, a local OpenAI-compatible server standing in for a hosted LLM (none can be
reached here); it sleeps 1–2 s per call. The sessions arrive over `--ramp` seconds; each starts, then answers
`--turns` questions with no pause (each session always has an LM call in flight). Meanwhile a probe starts a fresh interview and asks for its
status every `--probe-interval` seconds: starts and status must never wait behind LM calls.

Prints: turn latency p50/p99 beside the LM's own time per turn (LM calls per turn × the stub's mean delay),
start and status latency p50/p99 (the sessions' own starts, and the probe's under load), errors by type.

    .venv/bin/python bench/slow_lm.py --sessions 100 --turns 4
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import websockets

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # run as a script: the repository's own modules come first

from workbench.protocol import (  # noqa: E402
    AIResponse,
    ClientMessage,
    ErrorMessage,
    GetStatus,
    ServerMessage,
    candidate_response,
    parse_server_message,
    start_interview,
)

SEED_JOB = "ff7f1e59-3014-4cc8-8f2e-4b3ca694ceb3"
START = start_interview(SEED_JOB, "test-candidate")
ANSWERS = [
    "I have five years with React and TypeScript; I led the checkout rebuild that cut load time by half.",
    "I profiled with the React Profiler, split a context provider and virtualised the long table.",
    "Our tests use Jest and Playwright; coverage rose from 40 to 85 percent and escaped bugs halved.",
    "Situation: a launch slipped. Task: ship accessibility fixes. Action: I triaged and paired. Result: we "
    "passed the audit two days early.",
]


@dataclass
class Figures:
    turns_ms: list[float] = field(default_factory=list)
    starts_ms: list[float] = field(default_factory=list)
    probe_starts_ms: list[float] = field(default_factory=list)
    probe_status_ms: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)
    lm_turns: int = 0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_healthy(url: str, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"{url}: process exited with {proc.returncode}")
        try:
            if httpx.get(url, timeout=1).status_code < 500:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise SystemExit(f"{url} did not answer")


async def timed(
    ws: websockets.ClientConnection, message: ClientMessage
) -> tuple[float, ServerMessage | None]:
    sent = time.perf_counter()
    await ws.send(message.model_dump_json())
    raw = await ws.recv()
    return (time.perf_counter() - sent) * 1000, parse_server_message(raw)


async def interview(url: str, index: int, turns: int, delay: float, think: float, figures: Figures) -> None:
    await asyncio.sleep(delay)  # clients arrive over the ramp, not all in the same millisecond
    async with websockets.connect(f"{url}/ws/interview/slow-{index}", open_timeout=60, max_size=2**20) as ws:
        elapsed, reply = await timed(ws, START)
        figures.starts_ms.append(elapsed)
        for turn in range(turns):
            await asyncio.sleep(think)
            elapsed, reply = await timed(ws, candidate_response(ANSWERS[turn % len(ANSWERS)]))
            if isinstance(reply, ErrorMessage):
                figures.errors[reply.exception_type] += 1
                continue
            figures.turns_ms.append(elapsed)
            if isinstance(reply, AIResponse) and reply.data.completed:
                return


async def probe(url: str, interval: float, stop: asyncio.Event, figures: Figures) -> None:
    """Fresh interviews started (and their status asked) while the sessions keep the LM busy."""
    index = 0
    while not stop.is_set():
        index += 1
        async with websockets.connect(f"{url}/ws/interview/probe-{index}", open_timeout=60) as ws:
            elapsed, _ = await timed(ws, START)
            figures.probe_starts_ms.append(elapsed)
            elapsed, _ = await timed(ws, GetStatus())
            figures.probe_status_ms.append(elapsed)
        await asyncio.sleep(interval)


async def drive(url: str, sessions: int, turns: int, interval: float, ramp: float, think: float) -> Figures:
    figures = Figures()
    stop = asyncio.Event()
    prober = asyncio.create_task(probe(url, interval, stop, figures))
    await asyncio.gather(
        *(interview(url, i, turns, ramp * i / sessions, think, figures) for i in range(sessions))
    )
    stop.set()
    await prober
    return figures


def launch(cmd: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(cmd, env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def percentile(values: list[float], q: int) -> float:
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sessions", type=int, default=100)
    parser.add_argument("--turns", type=int, default=4)
    parser.add_argument("--min-delay", type=float, default=1.0)
    parser.add_argument("--max-delay", type=float, default=2.0)
    parser.add_argument("--concurrency", type=int, default=128, help="OPENHIRE_LM_MAX_CONCURRENCY")
    parser.add_argument("--probe-interval", type=float, default=0.1)
    parser.add_argument("--ramp", type=float, default=2.0, help="seconds over which the sessions arrive")
    parser.add_argument(
        "--think", type=float, default=0.0, help="seconds before each answer (with --no-lm: the LM's time)"
    )
    parser.add_argument(
        "--no-lm", action="store_true", help="the baseline interviewer alone (no LM): the same run's floor"
    )
    args = parser.parse_args()
    stub_port, port = free_port(), free_port()
    with tempfile.TemporaryDirectory() as tmp:
        stub = launch(
            [sys.executable, str(REPO / "bench" / "lm_stub.py"), "--port", str(stub_port),
             "--min-delay", str(args.min_delay), "--max-delay", str(args.max_delay)],
            dict(os.environ),
        )  # fmt: skip
        lm = {
            "OPENHIRE_LM_MODEL": "openai/stub",
            "OPENHIRE_LM_API_BASE": f"http://127.0.0.1:{stub_port}/v1",
            "OPENHIRE_LM_API_KEY": "stub",
        }
        env = {
            **os.environ,
            **({} if args.no_lm else lm),
            "OPENHIRE_LM_MAX_CONCURRENCY": str(args.concurrency),
            "OPENHIRE_RATE_LIMIT_PER_SECOND": "1000",
            "OPENHIRE_RATE_LIMIT_BURST": "1000",
            "OPENHIRE_LOCAL_API_KEY_FILE": str(Path(tmp) / "api-key"),
        }
        server = launch(
            [sys.executable, "-m", "openhire", "serve", "--port", str(port), "--db", str(Path(tmp) / "b.duckdb"),
             "--log-level", "warning"],
            env,
        )  # fmt: skip
        try:
            wait_healthy(f"http://127.0.0.1:{stub_port}/stats", stub)
            wait_healthy(f"http://127.0.0.1:{port}/health", server)
            started = time.perf_counter()
            figures = asyncio.run(
                drive(
                    f"ws://127.0.0.1:{port}",
                    args.sessions,
                    args.turns,
                    args.probe_interval,
                    args.ramp,
                    args.think,
                )
            )
            seconds = time.perf_counter() - started
            stats = httpx.get(f"http://127.0.0.1:{stub_port}/stats").json()
        finally:
            for proc in (server, stub):
                proc.terminate()
                proc.wait(timeout=30)
    report(args, figures, stats, seconds)


def report(args: argparse.Namespace, figures: Figures, stats: dict[str, float], seconds: float) -> None:
    turns = len(figures.turns_ms)
    calls_per_turn = stats["calls"] / max(turns, 1)
    lm_ms_per_turn = calls_per_turn * stats["mean_delay"] * 1000 or float("nan")
    p50_turn = percentile(figures.turns_ms, 50)
    print(
        f"{args.sessions} sessions x {args.turns} answers against an LM stub answering in "
        f"{args.min_delay:g}-{args.max_delay:g} s; LM concurrency limit {args.concurrency}; {seconds:.1f} s"
    )
    print(
        f"LM: {stats['calls']:.0f} calls, mean delay {stats['mean_delay'] * 1000:.0f} ms, "
        f"{calls_per_turn:.2f} calls per answered turn -> LM time per turn {lm_ms_per_turn:.0f} ms"
    )
    print(
        f"turns: {turns} answered, p50 {p50_turn:.0f} ms, p99 {percentile(figures.turns_ms, 99):.0f} ms; "
        f"p50 / LM time per turn = {p50_turn / lm_ms_per_turn:.2f} (target <= 1.5)"
    )
    for name, values in (
        ("session starts", figures.starts_ms),
        ("probe starts under LM load", figures.probe_starts_ms),
        ("probe get_status under LM load", figures.probe_status_ms),
    ):
        print(
            f"{name}: n={len(values)} p50 {percentile(values, 50):.1f} ms p99 {percentile(values, 99):.1f} ms "
            f"max {max(values, default=float('nan')):.1f} ms"
        )
    print(f"errors: {dict(figures.errors) or 'none'}")
    probe_p99 = percentile(figures.probe_starts_ms, 99)
    print(f"targets: turn p50 <= 1.5x LM time per turn -> {'met' if p50_turn <= 1.5 * lm_ms_per_turn else 'NOT met'}; "
          f"start p99 < 100 ms under load -> {'met' if probe_p99 < 100 else 'NOT met'}")  # fmt: skip


if __name__ == "__main__":
    main()
