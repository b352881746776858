"""What the DuckDB store spends on an answered turn: CPU of its threads (the journal and DuckDB threads, which
share the GIL with a server's event loop) and bytes written (the journal, DuckDB's own log, checkpoints).

    .venv/bin/python bench/store_turn_cost.py --sessions 200 --turns 12

Interviews are played first by the baseline interviewer (not timed) on the load bench's job and candidate:
real states, growing turn by turn, encoded as the server encodes them (the job's stored plan by reference),
and two protocol events per turn. Then `save_session` writes them, `--concurrency` sessions at a time, each
session in order, and a CHECKPOINT folds DuckDB's log into the file (timed apart: DuckDB does it every 16 MiB
of log). CPU is thread time, read per thread from /proc; bytes are what the process passed to write(2).
`bench/pg_turn_cost.py` measures the PostgreSQL store.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import threading
import time
from datetime import timedelta
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # run as a script: the repository's own modules come first

from bench.pg_turn_cost import Step, play  # noqa: E402
from bench.turn_cost import seed_candidate, seed_job  # noqa: E402
from protocol_server.state_codec import PlanShelf  # noqa: E402
from workbench.interviewer import load_interviewer  # noqa: E402
from workbench.models import InterviewState, Preferences, utc_now  # noqa: E402
from workbench.settings import Settings  # noqa: E402
from workbench.store.duckdb_store import DuckDBStore  # noqa: E402
from workbench.store.factory import open_store  # noqa: E402

OWNER = "store-cost"


def thread_cpu() -> dict[int, float]:
    """CPU seconds of each of this process's threads, by native id."""
    return {t.id: t.user_time + t.system_time for t in psutil.Process().threads()}


def written() -> int:
    """Bytes this process has passed to write(2) and its kin (/proc/self/io `wchar`)."""
    return int(psutil.Process().io_counters().write_chars)


def record(sessions: int, turns: int) -> tuple[list[tuple[str, InterviewState, list[Step]]], PlanShelf]:
    job, candidate = seed_job(), seed_candidate()
    made = load_interviewer("baseline", Settings()).start(
        job, candidate, candidate.resume_text, Preferences(), utc_now()
    )
    assert made.plan is not None
    shelf = PlanShelf()
    shelf.shelve(made.plan, stored=True)  # as the server does with the job's stored plan
    played = []
    for i in range(sessions):
        first, steps = play(f"cost-{i}", turns, made.plan, shelf, job=job, candidate=candidate)
        played.append((f"cost-{i}", first, steps))
    return played, shelf


async def measure(sessions: int, turns: int, concurrency: int) -> None:
    played, shelf = record(sessions, turns)
    with tempfile.TemporaryDirectory(prefix="store-cost-", dir="/tmp") as folder:
        store = await open_store(Path(folder) / "bench.duckdb", seed_if_new=False)
        assert isinstance(store, DuckDBStore)
        try:
            plan = played[0][1].plan
            assert plan is not None
            await store.save_plan(plan)
            for session_id, first, _ in played:
                assert await store.acquire_lease(session_id, OWNER, 3600)
                await store.create_session(
                    session_id,
                    first,
                    interviewer="baseline",
                    owner=OWNER,
                    deadline=utc_now() + timedelta(hours=1),
                    events=[],
                    stored_state=shelf.encode(first)[1],
                )
            await store.list_sessions(limit=1)  # every creation applied: the saves are timed alone

            async def writer(chosen: list[tuple[str, InterviewState, list[Step]]]) -> None:
                for session_id, _, steps in chosen:
                    for saved, events in steps:
                        await store.save_session(session_id, saved, revision=0, owner=OWNER, events=events)

            loop_thread = threading.get_native_id()
            cpu, out, started = thread_cpu(), written(), time.perf_counter()
            await asyncio.gather(*(writer(played[k::concurrency]) for k in range(concurrency)))
            await store.list_sessions(limit=1)  # a barrier: DuckDB holds every save
            seconds = time.perf_counter() - started
            after, out_saves = thread_cpu(), written() - out
            await store._store.exclusive(lambda s: s.con.execute("CHECKPOINT"))
            out_checkpoint = written() - out - out_saves
        finally:
            await store.close()
    saves = sum(len(steps) for _, _, steps in played)
    spent = {tid: after[tid] - cpu.get(tid, 0.0) for tid in after}
    store_threads = sum(s for tid, s in spent.items() if tid != loop_thread)
    size = sum(len(steps[-1][0].stored.json) for _, _, steps in played) / sessions
    print(
        f"{saves} answered turns ({sessions} sessions, last state row {size / 1024:.1f} KiB) in {seconds:.2f} s; "
        f"per turn: store threads {1000 * store_threads / saves:.3f} ms CPU, event loop "
        f"{1000 * spent.get(loop_thread, 0.0) / saves:.3f} ms; written {out_saves / saves / 1024:.1f} KiB "
        f"(+ checkpoint {out_checkpoint / saves / 1024:.1f} KiB)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sessions", type=int, default=200)
    parser.add_argument("--turns", type=int, default=12, help="answers per session at most")
    parser.add_argument("--concurrency", type=int, default=50, help="sessions written at once")
    args = parser.parse_args()
    asyncio.run(measure(args.sessions, args.turns, args.concurrency))


if __name__ == "__main__":
    main()
