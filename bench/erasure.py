"""Erasure beside live interviews, on a DuckDB file of realistic size.

Builds a store holding `--rows` logged messages (1,000,000 by default: about 90 MB, the size at which the
rewrite, when it was done inside the DELETE, stalled every interview for 9 s), starts `openhire serve` on it and
runs `--sessions` interviews that answer without pause, plus one interview of the candidate to be erased. Then
it erases that candidate and prints:
- the DELETE's round trip, and the time until no file of the store's directory holds the candidate's resume,
  email or answer (the bound the README states);
- turn and start latency (p50, p99, max) of the other interviews before the DELETE and while the file is
  rewritten, with errors by type;
- whether every answer acknowledged meanwhile is stored (read back over REST once the rewrite is done).

    .venv/bin/python bench/erasure.py --rows 1000000 --sessions 20
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import websockets

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # run as a script: the repository's own modules come first

from bench.slow_lm import ANSWERS, START, free_port, percentile, wait_healthy  # noqa: E402
from workbench.protocol import (  # noqa: E402
    AIResponse,
    ErrorMessage,
    candidate_response,
    parse_server_message,
    start_interview,
)
from workbench.store.seed import seed  # noqa: E402
from workbench.store.store import Store  # noqa: E402

ADMIN_KEY = "bench-erasure-admin-key-0123456789"
AUTH = {"Authorization": f"Bearer {ADMIN_KEY}"}
BULK_EVENTS = """
    INSERT INTO events (session_id, candidate_id, direction, type, payload, occurred_at)
    SELECT 'bulk-' || (i % 5000), NULL, 'in', 'candidate_response',
           json_object('response', md5(i::VARCHAR) || ' ' || md5((i * 7)::VARCHAR)), now()
    FROM range(?) t(i)"""


@dataclass
class Timeline:
    turns: list[tuple[float, float]] = field(default_factory=list)  # (sent at, ms)
    starts: list[tuple[float, float]] = field(default_factory=list)
    acknowledged: Counter[str] = field(default_factory=Counter)  # session id -> answers acknowledged
    errors: Counter[str] = field(default_factory=Counter)


def build_store(db: Path, rows: int) -> None:
    with Store(db) as store:
        seed(store)
        store.con.execute(BULK_EVENTS, [rows])
        store.con.execute("CHECKPOINT")


async def exchange(ws: websockets.ClientConnection, text: str) -> tuple[float, float, object]:
    sent = time.perf_counter()
    await ws.send(text)
    reply = parse_server_message(await ws.recv())
    return sent, (time.perf_counter() - sent) * 1000, reply


async def interviews(url: str, worker: int, think: float, stop: asyncio.Event, timeline: Timeline) -> None:
    n = 0
    while not stop.is_set():
        n += 1
        session_id = f"w{worker}-{n}"
        async with websockets.connect(f"{url}/ws/interview/{session_id}", open_timeout=60) as ws:
            sent, ms, _ = await exchange(ws, START.model_dump_json())
            timeline.starts.append((sent, ms))
            for turn in range(40):
                if stop.is_set():
                    return
                await asyncio.sleep(think)
                answer = candidate_response(ANSWERS[turn % len(ANSWERS)]).model_dump_json()
                sent, ms, reply = await exchange(ws, answer)
                if isinstance(reply, ErrorMessage):
                    timeline.errors[reply.exception_type] += 1
                    continue
                timeline.turns.append((sent, ms))
                timeline.acknowledged[session_id] += 1
                if isinstance(reply, AIResponse) and reply.data.completed:
                    break


def holding(directory: Path, tokens: list[bytes]) -> list[str]:
    found = []
    for path in directory.iterdir():
        try:
            data = path.read_bytes() if path.is_file() else b""
        except FileNotFoundError:  # swapped meanwhile
            continue
        found += [path.name for token in tokens if token in data]
    return found


async def erase_and_watch(http: str, url: str, directory: Path, warmup: float) -> dict[str, float]:
    mark = uuid.uuid4().hex[:10]
    tokens = [f"resumetok{mark}", f"emailtok{mark}", f"answertok{mark}"]
    async with httpx.AsyncClient(base_url=http, headers=AUTH, timeout=120) as client:
        created = (
            await client.post(
                "/api/candidates",
                json={"name": "Erin Erasable", "email": f"{tokens[1]}@example.com", "resume_text": tokens[0]},
            )
        ).json()
        async with websockets.connect(f"{url}/ws/interview/erased-{mark}") as ws:
            await exchange(ws, start_interview(START.data.job_id, created["id"]).model_dump_json())
            await exchange(ws, candidate_response(f"I led the rebuild {tokens[2]}.").model_dump_json())
        await asyncio.sleep(warmup)
        sent = time.perf_counter()
        response = await client.delete(f"/api/candidates/{created['id']}")
        answered = time.perf_counter()
        assert response.status_code == 200, response.text
        left = [token.encode() for token in tokens]
        while await asyncio.to_thread(holding, directory, left):
            await asyncio.sleep(0.05)
        return {"sent": sent, "answered": answered, "clean": time.perf_counter()}


async def stored_answers(http: str, acknowledged: Counter[str]) -> int:
    """Answers acknowledged but not stored (0 when nothing was lost)."""
    missing = 0
    async with httpx.AsyncClient(base_url=http, headers=AUTH, timeout=60) as client:
        for session_id, count in acknowledged.items():
            detail = (await client.get(f"/api/sessions/{session_id}")).json()
            answered = sum(1 for turn in detail["turns"] if turn["answer"] is not None)
            missing += max(0, count - answered)
    return missing


async def drive(args: argparse.Namespace, http: str, url: str, directory: Path) -> None:
    timeline = Timeline()
    stop = asyncio.Event()
    workers = [
        asyncio.create_task(interviews(url, worker, args.think, stop, timeline))
        for worker in range(args.sessions)
    ]
    marks = await erase_and_watch(http, url, directory, args.warmup)
    await asyncio.sleep(1.0)
    stop.set()
    await asyncio.gather(*workers)
    missing = await stored_answers(http, timeline.acknowledged)
    report(args, timeline, marks, missing)


def window(points: list[tuple[float, float]], start: float, end: float) -> str:
    values = [ms for at, ms in points if start <= at < end]
    if not values:
        return "n=0"
    return (
        f"n={len(values)} p50 {percentile(values, 50):.0f} ms p99 {percentile(values, 99):.0f} ms "
        f"max {max(values):.0f} ms"
    )


def report(args: argparse.Namespace, timeline: Timeline, marks: dict[str, float], missing: int) -> None:
    sent, answered, clean = marks["sent"], marks["answered"], marks["clean"]
    print(f"store: {args.size_mb:.0f} MB ({args.rows} logged messages); {args.sessions} interviews answering")
    print(
        f"DELETE answered in {answered - sent:.2f} s; no byte of the candidate left after {clean - sent:.2f} s"
    )
    print(f"turns before the DELETE:  {window(timeline.turns, 0, sent)}")
    print(f"turns during the rewrite: {window(timeline.turns, sent, clean)}")
    print(f"starts before the DELETE:  {window(timeline.starts, 0, sent)}")
    print(f"starts during the rewrite: {window(timeline.starts, sent, clean)}")
    print(f"errors: {dict(timeline.errors) or 'none'}; acknowledged answers not stored: {missing}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--think", type=float, default=0.05, help="seconds before each answer")
    parser.add_argument("--warmup", type=float, default=3.0)
    args = parser.parse_args()
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp) / "store"
        directory.mkdir()
        db = directory / "b.duckdb"
        build_store(db, args.rows)
        args.size_mb = db.stat().st_size / 1e6
        env = {
            **os.environ,
            "OPENHIRE_API_KEYS": f"admin:{ADMIN_KEY}",
            "OPENHIRE_RATE_LIMIT_PER_SECOND": "1000",
            "OPENHIRE_RATE_LIMIT_BURST": "1000",
        }
        server = subprocess.Popen(
            [sys.executable, "-m", "openhire", "serve", "--port", str(port), "--db", str(db),
             "--log-level", "warning"],
            env=env, cwd=REPO, stdout=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            wait_healthy(f"http://127.0.0.1:{port}/health", server)
            asyncio.run(drive(args, f"http://127.0.0.1:{port}", f"ws://127.0.0.1:{port}", directory))
        finally:
            server.terminate()
            server.wait(timeout=120)


if __name__ == "__main__":
    main()
