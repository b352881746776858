"""CPU per answered turn in the PostgreSQL store, on both sides: this process (the store's share of a server
process's work: building the write, psycopg, the pool) and PostgreSQL (every process of the cluster).

    .venv/bin/python bench/pg_turn_cost.py                          # a private cluster for the run
    .venv/bin/python bench/pg_turn_cost.py --db postgresql://u@host/db --sessions 200

Interviews are played by the baseline interviewer first (not timed): real states, growing turn by turn, and
two protocol events per turn. Then `save_session` writes them, `--concurrency` sessions at a time, each session
in order. CPU time, not wall time: the figures hold on a shared machine better than throughput does.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from datetime import timedelta
from pathlib import Path

import psutil
import psycopg

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # run as a script: the repository's own modules come first

from bench.ws_load import ANSWERS as LOAD_ANSWERS  # noqa: E402
from protocol_server.state_codec import PlanShelf  # noqa: E402
from tests.postgres import new_database, private_cluster  # noqa: E402
from workbench.interviewer import load_interviewer  # noqa: E402
from workbench.models import (  # noqa: E402
    CandidateDetails,
    InterviewPlan,
    InterviewState,
    JobDetails,
    Preferences,
    utc_now,
)
from workbench.settings import Settings  # noqa: E402
from workbench.store.pg_store import PostgresStore  # noqa: E402
from workbench.store.records import EventRecord, SavedState, StoredState  # noqa: E402

JOB = JobDetails(
    title="Senior Frontend Engineer",
    company="Example",
    description="Build and ship the checkout and account pages; mentor two engineers.",
    skills_required=["react", "typescript", "testing", "accessibility", "performance"],
)
CANDIDATE = CandidateDetails(
    name="Pat Example",
    resume_text="Frontend developer, six years: React, TypeScript, Jest, Playwright; led a checkout rebuild.",
)
ANSWERS = LOAD_ANSWERS[:5]  # the load bench's answers, without the candidate's closing question
Step = tuple[SavedState, list[EventRecord]]


def play(
    session_id: str,
    turns: int,
    plan: InterviewPlan,
    shelf: PlanShelf | None,
    job: JobDetails = JOB,
    candidate: CandidateDetails = CANDIDATE,
) -> tuple[InterviewState, list[Step]]:
    """One interview by the baseline on the job's stored `plan`: its first state and, per answered turn, what
    the store writes of the state (as the server encodes it with `shelf`; None: the whole state) and events."""
    interviewer = load_interviewer("baseline", Settings())
    state = interviewer.start(job, candidate, candidate.resume_text, Preferences(), utc_now(), plan=plan)
    first, steps = state, []
    for i in range(turns):
        text = f"{ANSWERS[i % len(ANSWERS)]} ({session_id}, answer {i})"
        state, _ = interviewer.answer(state, text, utc_now())
        events = [
            EventRecord(session_id=session_id, direction=d, type=t, payload=p, at=utc_now())
            for d, t, p in (
                ("in", "candidate_response", {"response": text}),
                ("out", "ai_response", {"n": i}),
            )
        ]
        stored = shelf.encode(state)[1] if shelf is not None else StoredState.whole(state)
        steps.append((SavedState.of(state, stored, i), events))
        if state.completed:
            break
    return first, steps


def wal_position(url: str) -> int:
    """The cluster's write-ahead log position in bytes: what it has written to its log so far."""
    with psycopg.connect(url) as con:
        row = con.execute("SELECT pg_current_wal_lsn() - '0/0'::pg_lsn").fetchone()
    return int(row[0]) if row else 0


def cluster_cpu(url: str) -> float:
    """CPU seconds used so far by the PostgreSQL server's processes (it must run on this machine)."""
    with psycopg.connect(url) as con:
        row = con.execute("SELECT pg_backend_pid()").fetchone()
        postmaster = psutil.Process(int(row[0]) if row else 0).parent()
    total = 0.0
    for proc in [postmaster, *(postmaster.children() if postmaster else [])]:
        try:
            total += sum(proc.cpu_times()[:2])
        except psutil.NoSuchProcess:
            continue
    return total


async def measure(url: str, sessions: int, turns: int, concurrency: int, whole: bool) -> None:
    store = await PostgresStore.open(url, max_size=concurrency)
    try:
        made = load_interviewer("baseline", Settings()).start(
            JOB, CANDIDATE, CANDIDATE.resume_text, Preferences(), utc_now()
        )
        assert made.plan is not None
        plan, shelf = await store.save_plan(made.plan), PlanShelf()
        shelf.shelve(plan, stored=True)  # as the server does with the job's stored plan
        chosen = None if whole else shelf
        played = {f"cost-{i}": play(f"cost-{i}", turns, plan, chosen) for i in range(sessions)}
        for session_id, (first, _) in played.items():
            assert await store.acquire_lease(session_id, "bench", 600)
            deadline = utc_now() + timedelta(hours=1)
            await store.create_session(
                session_id, first, interviewer="baseline", owner="bench", deadline=deadline, events=[]
            )

        async def writer(ids: list[str]) -> None:
            for session_id in ids:
                revision = 0
                for saved, events in played[session_id][1]:
                    revision = await store.save_session(
                        session_id, saved, revision=revision, owner="bench", events=events
                    )

        ids = list(played)
        me = psutil.Process()
        store_before, pg_before, wal_before = sum(me.cpu_times()[:2]), cluster_cpu(url), wal_position(url)
        started = time.perf_counter()
        await asyncio.gather(*(writer(ids[k::concurrency]) for k in range(concurrency)))
        seconds = time.perf_counter() - started
        store_cpu, pg_cpu = sum(me.cpu_times()[:2]) - store_before, cluster_cpu(url) - pg_before
        wal = wal_position(url) - wal_before
    finally:
        await store.close()
    saves = sum(len(steps) for _, steps in played.values())
    size = sum(len(steps[-1][0].stored.json) for _, steps in played.values()) / sessions
    print(
        f"{saves} answered turns ({sessions} sessions, final state written {size / 1024:.1f} KiB"
        f"{', plans inline' if whole else ', plan by reference'}) in {seconds:.2f} s "
        f"({saves / seconds:.0f}/s); CPU ms per turn: store (this process) {1000 * store_cpu / saves:.3f}, "
        f"postgresql {1000 * pg_cpu / saves:.3f}; WAL {wal / saves / 1024:.1f} KiB per turn"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sessions", type=int, default=100)
    parser.add_argument("--turns", type=int, default=12, help="answers per session at most")
    parser.add_argument("--concurrency", type=int, default=10, help="sessions written at once (pool size)")
    parser.add_argument("--db", default="postgresql", help="postgresql (a private cluster) or a URL")
    parser.add_argument(
        "--whole-state", action="store_true", help="write every state with its plan inline (as before)"
    )
    args = parser.parse_args()
    run = (args.sessions, args.turns, args.concurrency, args.whole_state)
    if args.db == "postgresql":
        with private_cluster() as server_url:
            asyncio.run(measure(new_database(server_url), *run))
    else:
        asyncio.run(measure(new_database(args.db), *run))


if __name__ == "__main__":
    main()
