"""The closing save's cost in each store: what writing an ended interview costs, on both sides.

    .venv/bin/python bench/close_cost.py --db duckdb --sessions 200
    .venv/bin/python bench/close_cost.py --db postgresql --sessions 200   # a private cluster for the run

The load bench's interviews are played by the baseline interviewer (its answers, each session's own) and ended
with `finish` (not timed); each is stored as the server stores it, turn by turn (not timed). Then the closing
saves are timed, `--concurrency` at a time: the ended state's moving part, the row's columns and every stored
turn's final grade (`records.graded_rows`, `turn_grades`). CPU time: this process (for DuckDB, the store's
threads and its journal included) and, for PostgreSQL, the cluster's processes, with its write-ahead log.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # run as a script: the repository's own modules come first

from bench.pg_turn_cost import cluster_cpu, wal_position  # noqa: E402
from bench.ws_load import ANSWERS  # noqa: E402
from tests.postgres import new_database, private_cluster  # noqa: E402
from workbench.interviewer.baseline import BaselineInterviewer  # noqa: E402
from workbench.models import CandidateDetails, InterviewState, JobDetails, Preferences, utc_now  # noqa: E402
from workbench.store.factory import open_store  # noqa: E402
from workbench.store.records import SavedState, StoredState  # noqa: E402

JOB = JobDetails(
    id="close-cost-job",
    title="Senior Frontend Engineer",
    requirements="- React and TypeScript\n- Testing (Jest, Playwright)\n- Accessibility\n- Performance",
)
CANDIDATE = CandidateDetails(
    id="close-cost-candidate",
    name="Pat Example",
    resume_text="Frontend developer, six years: React, TypeScript, Jest, Playwright; led a checkout rebuild.",
)
OWNER = "close-cost"


def play(sessions: int) -> list[list[InterviewState]]:
    """Each session's states: the opening, one per answer, the ended one."""
    interviewer, played = BaselineInterviewer(), []
    for i in range(sessions):
        now = utc_now()
        state = interviewer.start(JOB, CANDIDATE, CANDIDATE.resume_text, Preferences(), now)
        states = [state]
        for k, answer in enumerate(ANSWERS):
            state, _ = interviewer.answer(
                state, f"{answer} That was with team {i}.", now + timedelta(minutes=k)
            )
            states.append(state)
        states.append(interviewer.finish(state, now + timedelta(minutes=30)))
        played.append(states)
    return played


async def measure(target: str, played: list[list[InterviewState]], concurrency: int) -> str:
    store = await open_store(target, seed_if_new=False)
    postgres = target.startswith("postgresql")
    try:
        closes: list[tuple[str, SavedState, int]] = []
        grades = changed = 0
        for i, (opening, *running, ended) in enumerate(played):
            session_id = f"close-{i}"
            assert await store.acquire_lease(session_id, OWNER, 3600)
            deadline = utc_now() + timedelta(hours=1)
            await store.create_session(
                session_id, opening, interviewer="baseline", owner=OWNER, deadline=deadline, events=[]
            )
            revision, done = 0, 0
            for state in running:
                saved = SavedState.of(state, StoredState.whole(state), done)
                revision = await store.save_session(
                    session_id, saved, revision=revision, owner=OWNER, events=[]
                )
                done = state.answers_given
            close = SavedState.of(ended, StoredState.whole(ended), done)
            stored = {t.index: t.assessment for t in running[-1].turns}
            grades += len(close.graded)
            changed += sum(1 for t in ended.turns if t.index in stored and t.assessment != stored[t.index])
            closes.append((session_id, close, revision))

        async def closer(chosen: list[tuple[str, SavedState, int]]) -> None:
            for session_id, saved, revision in chosen:
                await store.save_session(session_id, saved, revision=revision, owner=OWNER, events=[])

        # DuckDB: every earlier save applied (a barrier), so that the closes are timed alone
        await store.list_sessions(limit=1)
        me = psutil.Process()
        here = sum(me.cpu_times()[:2])
        there, wal = (cluster_cpu(target), wal_position(target)) if postgres else (0.0, 0)
        started = time.perf_counter()
        await asyncio.gather(*(closer(closes[k::concurrency]) for k in range(concurrency)))
        await store.list_sessions(limit=1)  # DuckDB: every close applied
        seconds = time.perf_counter() - started
        here = sum(me.cpu_times()[:2]) - here
        if postgres:
            there, wal = cluster_cpu(target) - there, wal_position(target) - wal
    finally:
        await store.close()
    n = len(closes)
    line = (
        f"{n} closing saves, {grades / n:.1f} grades sent and {changed / n:.1f} changed a session, {seconds:.2f} s; "
        f"CPU ms per close: this process {1000 * here / n:.3f}"
    )
    if postgres:
        line += f", postgresql {1000 * there / n:.3f}; WAL {wal / n / 1024:.2f} KiB per close"
    return line


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", choices=("duckdb", "postgresql"), default="duckdb")
    parser.add_argument("--sessions", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=10, help="closing saves at once")
    args = parser.parse_args()
    played = play(args.sessions)
    if args.db == "postgresql":
        with private_cluster() as server_url:
            print(asyncio.run(measure(new_database(server_url), played, args.concurrency)))
    else:
        with tempfile.TemporaryDirectory(prefix="close-cost-") as folder:
            print(asyncio.run(measure(str(Path(folder) / "bench.duckdb"), played, args.concurrency)))


if __name__ == "__main__":
    main()
