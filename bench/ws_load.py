"""Load benchmark: N concurrent interviews over real WebSockets on loopback.

Prints p50/p99 latency from `candidate_response` to `ai_response`, turns per second, the server's memory per
open idle session and the CPU each side used (server processes, PostgreSQL, this client, and the busiest server
process's event-loop thread, which can use one core at most), beside a bare echo
endpoint driven the same way in the same run. The client runs on the same cores as the server, so compare
figures as ratios. On a machine shared with other login sessions, Linux's autogroup scheduler gives this run
(server, workers and client: one session) one session's share of the cores, however many processes it starts:
throughput with `--workers 2` against 1 needs a quiet machine; CPU per turn does not.

    .venv/bin/python bench/ws_load.py --sessions 500                       # DuckDB, one process
    .venv/bin/python bench/ws_load.py --db postgresql --workers 2           # a private PostgreSQL cluster
    .venv/bin/python bench/ws_load.py --db postgresql://u@host/db --workers 2
    .venv/bin/python bench/ws_load.py --servers http://a:8000 http://b:8000 # servers already running

`--db postgresql` starts a private PostgreSQL cluster for the run (Debian's binaries); a URL uses that server
(a fresh database is created on it). `--workers N` runs `openhire serve --workers N` (N processes on one
port); `--servers` spreads the sessions over running servers, round robin (their memory and CPU are not
measured).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import psutil
import uvloop
import websockets

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # run as a script: the repository's own modules come first

from bench.profile_readout import (  # noqa: E402
    pauses_met,
    print_pauses_met,
    print_turn_stages,
    profiled,
    turn_stages,
)
from tests.postgres import new_database, private_cluster  # noqa: E402  (the tests' private cluster, reused)
from workbench.protocol import (  # noqa: E402
    AIResponse,
    ErrorMessage,
    InterviewEnded,
    candidate_response,
    parse_server_message,
    start_interview,
)

SEED_JOB = "ff7f1e59-3014-4cc8-8f2e-4b3ca694ceb3"
SEED_CANDIDATE = "test-candidate"  # the server reads its stored resume: the interview probes it
ANSWERS = [
    "I have five years with React and TypeScript; I led the checkout rebuild that cut load time by half.",
    "I profiled with the React Profiler, split a context provider and virtualised the long table.",
    "Our tests use Jest and Playwright; coverage rose from 40 to 85 percent and escaped bugs halved.",
    "Situation: a launch slipped. Task: ship accessibility fixes. Action: I triaged and paired. Result: we "
    "passed the audit two days early.",
    "I set up a short session to resolve a disagreement between design and backend; we shipped that sprint.",
    "I would like to know how the team measures success.",
]
SETTLE_SECONDS = 1.5  # after the last answer, before the CPU is read
# How long a server may take to start (open the store, load and rehearse the interviewer, start its workers): on
# this shared 2-core machine at load 13, more than the 90 s this was.
HEALTHY_WITHIN_SECONDS = 300
# Each distinct message is serialised once: the client's CPU is taken from the same two cores as the server's.
START_FRAME = start_interview(SEED_JOB, SEED_CANDIDATE).model_dump_json()


def answer_frames(session: int) -> list[str]:
    """This session's answers: no two sessions send the same text, as no two candidates do (a server that
    remembered analysing an answer would otherwise serve every session from one analysis)."""
    return [
        candidate_response(f"{answer} That was with team {session}.").model_dump_json() for answer in ANSWERS
    ]


@dataclass
class Result:
    latencies_ms: list[float] = field(default_factory=list)
    by_answer: dict[int, list[float]] = field(default_factory=dict)  # answer index -> latencies (ms)
    # per answer: its session, its place (1-based), when it was sent and its reply received (perf_counter)
    sent_received: list[tuple[str, int, float, float]] = field(default_factory=list)
    turns: int = 0
    errors: int = 0
    seconds: float = 0.0
    rss_before: int = 0
    rss_idle: int = 0
    cpu: dict[str, float] = field(default_factory=dict)  # side -> CPU seconds while the interviews ran


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_healthy(url: str, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + HEALTHY_WITHIN_SECONDS
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited with {proc.returncode}")
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise SystemExit("server did not become healthy")


class Tree:
    """CPU and memory of a set of processes and, with `children`, their descendants (server workers,
    PostgreSQL backends). The client is measured without them: the server it launched is its child."""

    def __init__(self, roots: list[psutil.Process], *, children: bool = True) -> None:
        self.roots = roots
        self.children = children

    def processes(self) -> list[psutil.Process]:
        found = []
        for root in self.roots:
            try:
                found += [root, *(root.children(recursive=True) if self.children else [])]
            except psutil.NoSuchProcess:
                continue
        return found

    def rss(self) -> int:
        return sum(_quiet(lambda p: p.memory_info().rss, proc) for proc in self.processes())

    def cpu_seconds(self) -> float:
        return sum(_quiet(_process_seconds, proc) for proc in self.processes())

    def loop_seconds(self) -> dict[int, float]:
        """CPU seconds of each server process's main thread (its event loop), by process id; interviewer
        workers (`--interviewer-processes`) have no event loop and are counted apart."""
        return {
            proc.pid: _quiet(_main_thread_seconds, proc)
            for proc in self.processes()
            if not _quiet(_is_interviewer_worker, proc)
        }

    def interviewer_seconds(self) -> float:
        """CPU seconds of the interviewer worker processes."""
        return sum(
            _quiet(_process_seconds, proc)
            for proc in self.processes()
            if _quiet(_is_interviewer_worker, proc)
        )


def _process_seconds(proc: psutil.Process) -> float:
    return float(sum(proc.cpu_times()[:2]))


def _is_interviewer_worker(proc: psutil.Process) -> bool:
    return "protocol_server.interviewer_worker" in proc.cmdline()


def _main_thread_seconds(proc: psutil.Process) -> float:
    return next((t.user_time + t.system_time for t in proc.threads() if t.id == proc.pid), 0.0)


def _quiet(fn: Any, proc: psutil.Process) -> Any:
    try:
        return fn(proc)
    except psutil.NoSuchProcess:
        return 0


async def open_session(url: str, echo: bool, session_id: str) -> websockets.ClientConnection:
    # No client pings (the server pings every connection; a keep-alive task per session is client CPU).
    ws = await websockets.connect(
        f"{url}/ws/interview/{session_id}",
        max_size=2**20,
        open_timeout=60,
        compression=None,
        ping_interval=None,
    )
    await ws.send(START_FRAME)
    await ws.recv()
    return ws


async def run_interview(
    ws: websockets.ClientConnection,
    echo: bool,
    turns: int,
    think: float,
    result: Result,
    rng: random.Random,
    frames: list[str],
    session_id: str = "",
) -> None:
    for i in range(turns):
        if think:
            await asyncio.sleep(rng.uniform(0.5 * think, 1.5 * think))  # the candidate thinks and speaks
        sent = time.perf_counter()
        await ws.send(frames[i % len(frames)])
        raw = await ws.recv()  # the reply to this answer: the server sends nothing else unasked
        received = time.perf_counter()
        latency_ms = (received - sent) * 1000
        result.latencies_ms.append(latency_ms)
        result.sent_received.append((session_id, i + 1, sent, received))
        result.by_answer.setdefault(i, []).append(latency_ms)
        result.turns += 1
        if echo:
            continue  # the echo endpoint sends the request back: parsing it is not part of the floor
        reply = parse_server_message(raw)
        if isinstance(reply, ErrorMessage):
            result.errors += 1
        if isinstance(reply, AIResponse) and reply.data.completed:
            ended = parse_server_message(await ws.recv())
            assert isinstance(ended, InterviewEnded)
            return


async def drive(
    urls: list[str], sessions: int, turns: int, think: float, echo: bool, sides: dict[str, Tree]
) -> Result:
    server = sides.get("server", Tree([]))
    result = Result(rss_before=server.rss())
    limit = asyncio.Semaphore(50)  # handshakes in waves, as real clients arrive
    run_id = f"{int(time.time())}"

    async def opener(i: int) -> websockets.ClientConnection:
        async with limit:
            return await open_session(urls[i % len(urls)], echo, f"load-{run_id}-{i}")

    sockets = await asyncio.gather(*(opener(i) for i in range(sessions)))
    await asyncio.sleep(2.0)
    result.rss_idle = server.rss()
    sides = {**sides, "client": Tree([psutil.Process()], children=False)}
    frames = [answer_frames(i) for i in range(sessions)]  # made before the clock and the CPU count start
    cpu_before = {side: tree.cpu_seconds() for side, tree in sides.items()}
    loops_before = server.loop_seconds()
    interviewers_before = server.interviewer_seconds()
    start = time.perf_counter()
    rng = random.Random(7)
    await asyncio.gather(
        *(
            run_interview(ws, echo, turns, think, result, rng, frames[i], f"load-{run_id}-{i}")
            for i, ws in enumerate(sockets)
        )
    )
    result.seconds = time.perf_counter() - start
    if not echo:
        # What the answers left to do (DuckDB applies journaled entries up to a second late) counts too; the
        # idle server's own CPU meanwhile (lease renewals, sweeps) is a few milliseconds.
        await asyncio.sleep(SETTLE_SECONDS)
    result.cpu = {side: tree.cpu_seconds() - cpu_before[side] for side, tree in sides.items()}
    if loops_before:
        # The busiest event loop: one thread, so one core at most, whatever the machine has to spare.
        loops = server.loop_seconds()
        result.cpu["busiest_loop"] = max(loops.get(pid, 0.0) - spent for pid, spent in loops_before.items())
        interviewers = server.interviewer_seconds() - interviewers_before
        if interviewers:
            result.cpu["interviewer_workers"] = interviewers  # a part of "server"
        # The server processes' other threads (the store's journal, DuckDB and reader threads), also a part.
        all_loops = sum(loops.get(pid, 0.0) - spent for pid, spent in loops_before.items())
        result.cpu["store_threads"] = result.cpu["server"] - all_loops - interviewers
    await asyncio.gather(*(ws.close() for ws in sockets))
    return result


def launch(
    echo: bool,
    port: int,
    db: str,
    workers: int,
    profile: list[str] | None,
    interviewer_processes: str = "auto",
) -> subprocess.Popen[bytes]:
    if echo:
        cmd = [sys.executable, str(REPO / "bench" / "echo_server.py"), str(port)]
    else:
        # With --profile, the server runs under bench/serve_profiled.py (loop stalls, GC pauses, CPU per thread).
        runner = (
            ["-m", "openhire"] if profile is None else [str(REPO / "bench" / "serve_profiled.py"), *profile]
        )
        cmd = [
            sys.executable,
            *runner,
            "serve",
            "--port",
            str(port),
            "--db",
            db,
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ]
    env = {
        **os.environ,
        "OPENHIRE_RATE_LIMIT_PER_SECOND": "1000",
        "OPENHIRE_RATE_LIMIT_BURST": "1000",
        "OPENHIRE_INTERVIEWER_PROCESSES": interviewer_processes,
    }
    if profile is not None:
        # Each interviewer worker writes its collections' pauses to PREFIX.worker-<pid>.gc.json, and when it read
        # and answered each answer to PREFIX.worker-<pid>.times.json.
        env["OPENHIRE_WORKER_GC"] = profile[0]
        env["OPENHIRE_WORKER_TIMES"] = profile[0]
    if profile is not None and "--gc-census" in profile:
        # gc_pauses.CENSUS_ENV: the scanned objects' types, in the server and its workers
        env["OPENHIRE_GC_CENSUS"] = "1"
    if profile is not None and "--cprofile" in profile:
        # Each interviewer worker writes PREFIX.worker-<pid>.prof too (interviewer_worker.PROFILE_ENV; not
        # imported: it would load the interviewer into this client).
        env["OPENHIRE_WORKER_PROFILE"] = profile[0]
    return subprocess.Popen(cmd, env=env, cwd=REPO)


def postmaster(url: str) -> psutil.Process | None:
    """The PostgreSQL server's main process, when it runs on this machine (for its CPU)."""
    import psycopg

    with psycopg.connect(url) as con:
        row = con.execute("SELECT pg_backend_pid()").fetchone()
    try:
        return psutil.Process(int(row[0])).parent() if row else None
    except psutil.NoSuchProcess:
        return None


def measure(echo: bool, args: argparse.Namespace, db: str) -> Result:
    """Launch the server (or echo endpoint) on a free port, drive it, stop it."""
    with tempfile.TemporaryDirectory() as tmp:
        port = free_port()
        target = db if db.startswith("postgresql://") else str(Path(tmp) / "bench.duckdb")
        profile = (
            [
                args.profile,
                *(["--cprofile"] if args.cprofile else []),
                *(["--gc-census"] if args.gc_census else []),
            ]
            if args.profile
            else None
        )
        proc = launch(echo, port, target, 1 if echo else args.workers, profile, args.interviewer_processes)
        try:
            wait_healthy(f"http://127.0.0.1:{port}/health", proc)
            sides = {"server": Tree([psutil.Process(proc.pid)])}
            if not echo and target.startswith("postgresql://") and (pg := postmaster(target)):
                sides["postgres"] = Tree([pg])
            urls = [f"ws://127.0.0.1:{port}"]
            return uvloop.run(drive(urls, args.sessions, args.turns, args.think, echo, sides))
        finally:
            stop(proc)


def stop(proc: subprocess.Popen[bytes], grace: float = 120.0) -> None:
    """Stop the server and wait until it has exited, before its temporary folder goes: a server still closing
    (1,000 sessions on a saturated machine) would find its store's folder gone under its last journal swap."""
    proc.terminate()
    try:
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        print(f"server still running {grace:.0f} s after SIGTERM: killed", file=sys.stderr)
        proc.kill()
        proc.wait()


def percentile(values: list[float], q: float) -> float:
    return (
        statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1] if len(values) > 1 else values[0]
    )


def report(name: str, r: Result, sessions: int) -> dict[str, float]:
    figures = {
        "p50_ms": percentile(r.latencies_ms, 50),
        "p99_ms": percentile(r.latencies_ms, 99),
        "turns_per_s": r.turns / r.seconds if r.seconds else 0.0,
        "kib_per_idle_session": (r.rss_idle - r.rss_before) / sessions / 1024,
    }
    # Cores busy on each side while the interviews ran, and CPU milliseconds per turn: on a shared machine the
    # second is the steadier figure (latency there measures the scheduler as much as the server).
    cpu = " ".join(f"{side}={s / r.seconds:.2f}" for side, s in r.cpu.items()) if r.seconds else ""
    per_turn = " ".join(f"{side}={1000 * s / r.turns:.2f}" for side, s in r.cpu.items()) if r.turns else ""
    figures.update({f"cpu_ms_per_turn_{side}": 1000 * s / r.turns for side, s in r.cpu.items() if r.turns})
    print(
        f"{name:>10}: sessions={sessions} turns={r.turns} errors={r.errors} "
        f"p50={figures['p50_ms']:.1f} ms p99={figures['p99_ms']:.1f} ms "
        f"throughput={figures['turns_per_s']:.0f} turns/s memory={figures['kib_per_idle_session']:.1f} KiB/session "
        f"cpu(cores)[{cpu}] cpu(ms/turn)[{per_turn}]"
    )
    # Where the tail is: the first answers all arrive within one think time of the start, the later ones spread.
    tail = " ".join(f"{i + 1}:{percentile(ms, 99):.0f}" for i, ms in sorted(r.by_answer.items()))
    print(f"{'':>10}  p99 by answer (ms): {tail}")
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sessions", type=int, default=500)
    parser.add_argument("--turns", type=int, default=14, help="answers per session at most")
    parser.add_argument(
        "--think",
        type=float,
        default=1.0,
        help="mean seconds a candidate takes before each answer (0: closed loop, no pause)",
    )
    parser.add_argument(
        "--db",
        default="duckdb",
        help="duckdb (a temporary file), postgresql (a private cluster for the run) or a postgresql:// URL",
    )
    parser.add_argument("--workers", type=int, default=1, help="server processes (PostgreSQL only above 1)")
    parser.add_argument(
        "--interviewer-processes",
        default="auto",
        help="interviewer worker processes per server process (0: the interviewer runs on the event loop; "
        "auto, the server's default: two when the server has two cores to itself)",
    )
    parser.add_argument("--servers", nargs="+", help="drive these running servers instead of launching one")
    parser.add_argument("--no-echo", action="store_true", help="skip the echo baseline")
    parser.add_argument(
        "--profile",
        metavar="PREFIX",
        help="run the server under bench/serve_profiled.py: PREFIX.json gets event-loop lag, GC pauses and "
        "CPU per thread",
    )
    parser.add_argument(
        "--cprofile",
        action="store_true",
        help="with --profile: also PREFIX.prof (cProfile of the event loop) and PREFIX.worker-<pid>.prof (of each "
        "interviewer worker)",
    )
    parser.add_argument(
        "--gc-census",
        action="store_true",
        help="with --profile: each collection's record (server and workers) also names the commonest types it "
        "scanned (a diagnosis: once seen to fail two answers in-process, see protocol_server/gc_pauses.py)",
    )
    args = parser.parse_args()
    print(
        f"{args.sessions} sessions, up to {args.turns} answers each, think time {args.think:g} s (±50%), "
        f"store {args.db}, {args.workers} worker(s), {args.interviewer_processes} interviewer process(es) each"
    )
    if args.servers:
        urls = [url.replace("http", "ws", 1).rstrip("/") for url in args.servers]
        result = uvloop.run(drive(urls, args.sessions, args.turns, args.think, False, {}))
        report("openhire", result, args.sessions)
        return
    echo = None if args.no_echo else report("echo", measure(True, args, ""), args.sessions)
    if args.db == "postgresql":
        with private_cluster() as server_url:
            served = report("openhire", measure(False, args, new_database(server_url)), args.sessions)
    elif args.db.startswith("postgresql://"):
        served = report("openhire", measure(False, args, new_database(args.db)), args.sessions)
    else:
        served_result = measure(False, args, "duckdb")
        served = report("openhire", served_result, args.sessions)
    if args.profile:
        profiled(Path(f"{args.profile}.json"))
        if args.db == "duckdb":
            print_turn_stages(turn_stages(Path(args.profile), served_result.sent_received))
            print_pauses_met(pauses_met(Path(args.profile), served_result.sent_received))
    if echo is None:
        return
    print(
        f"ratios openhire/echo: p50 x{served['p50_ms'] / echo['p50_ms']:.1f}, "
        f"p99 x{served['p99_ms'] / echo['p99_ms']:.1f}, "
        f"throughput x{served['turns_per_s'] / echo['turns_per_s']:.2f}"
    )
    print(
        f"targets: p99 < 50 ms -> {'met' if served['p99_ms'] < 50 else 'NOT met'}; "
        f"memory < 100 KiB/idle session -> {'met' if served['kib_per_idle_session'] < 100 else 'NOT met'}"
    )


if __name__ == "__main__":
    main()
