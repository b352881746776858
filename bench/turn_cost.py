"""CPU per answered turn on the server's path, in one process and split by stage: the session's state parsed
(`EncodedState.decode`), the interviewer's `answer` (with the session's memory, as the server runs it), the
state encoded for the session and the store (`PlanShelf.encode`), and the DuckDB store's `save_session` (the
journal and the DuckDB threads included).

    .venv/bin/python bench/turn_cost.py --sessions 300

No WebSocket, no event-loop contention: CPU time of each stage (thread time for the first three, process time
for the store, whose work runs on its own threads), so that the figures hold on a shared machine better than
`ws_load.py`'s and show where a turn's CPU goes. The interviews are the load bench's (its job and answers, each
session's own), played in waves of `--sessions` like concurrent clients. By default the first turns load the
interviewer's data and the cyclic collector walks every long-lived object; `--as-server` first rehearses the
interviewer and settles the heap (`protocol_server.app.settle_heap`: frozen, fewer young collections) as the
server's start-up does, so its figures are the server's.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # run as a script: the repository's own modules come first

from bench.ws_load import ANSWERS, SEED_JOB  # noqa: E402
from protocol_server.app import settle_heap  # noqa: E402
from protocol_server.state_codec import EncodedState, PlanShelf  # noqa: E402
from workbench.interviewer.baseline import BaselineInterviewer  # noqa: E402
from workbench.interviewer.memo import SessionMemory, one_turn  # noqa: E402
from workbench.interviewer.rehearsal import rehearse  # noqa: E402
from workbench.interviewer.specificity import warm_up  # noqa: E402
from workbench.models import CandidateDetails, JobDetails, Preferences, utc_now  # noqa: E402
from workbench.store.factory import open_store  # noqa: E402

STAGES = ("decode", "interviewer", "encode", "store")
OWNER = "turn-cost"


def seed_job() -> JobDetails:
    for line in (REPO / "datasets" / "jobs.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record.get("id") == SEED_JOB:
            return JobDetails.model_validate(record)
    raise SystemExit(f"the load bench's job {SEED_JOB} is not in datasets/jobs.jsonl")


async def measure(sessions: int, as_server: bool = False) -> dict[str, float]:
    job, interviewer, shelf = seed_job(), BaselineInterviewer(), PlanShelf()
    warm_up()
    if as_server:  # what the server's start-up does before its first candidate
        rehearse(interviewer)
        settle_heap()
    spent = dict.fromkeys(STAGES, 0.0)
    turns = 0
    with tempfile.TemporaryDirectory(prefix="turn-cost-") as folder:
        store = await open_store(Path(folder) / "bench.duckdb", seed_if_new=False)
        try:
            now = utc_now()
            held: dict[str, tuple[EncodedState, SessionMemory]] = {}
            plan = None
            for i in range(sessions):
                session_id = f"cost-{i}"
                candidate = CandidateDetails(id=f"candidate-{i}", name="Pat Example")
                with one_turn():
                    state = interviewer.start(job, candidate, "", Preferences(), now, plan=plan)
                if plan is None and state.plan is not None:  # the job's plan, stored as the server stores it
                    plan = shelf.shelve(await store.save_plan(state.plan), stored=True)[0]
                    state = state.model_copy(update={"plan": plan})
                encoded, stored_state = shelf.encode(state)
                assert await store.acquire_lease(session_id, OWNER, 3600)
                deadline = now + timedelta(hours=1)
                await store.create_session(
                    session_id,
                    state,
                    interviewer="baseline",
                    owner=OWNER,
                    deadline=deadline,
                    events=[],
                    stored_state=stored_state,
                )
                held[session_id] = (encoded, SessionMemory())
            for k, answer in enumerate(ANSWERS):
                now += timedelta(seconds=30)
                saves = []
                for i, (session_id, (encoded, memory)) in enumerate(held.items()):
                    started = time.thread_time()
                    state = encoded.decode()
                    decoded = time.thread_time()
                    with one_turn(memory):
                        state, _ = interviewer.answer(state, f"{answer} That was with team {i}.", now)
                    answered = time.thread_time()
                    encoded, stored_state = shelf.encode(state)
                    spent["decode"] += decoded - started
                    spent["interviewer"] += answered - decoded
                    spent["encode"] += time.thread_time() - answered
                    held[session_id] = (encoded, memory)
                    saves.append(
                        store.save_session(
                            session_id,
                            state,
                            answered_before=k,
                            revision=0,
                            owner=OWNER,
                            events=[],
                            stored_state=stored_state,
                        )
                    )
                    turns += 1
                started = time.process_time()
                for wave in range(0, len(saves), 50):  # as concurrent clients' turns arrive
                    await asyncio.gather(*saves[wave : wave + 50])
                spent["store"] += time.process_time() - started
        finally:
            await store.close()
    return {stage: 1000 * seconds / turns for stage, seconds in spent.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=300)
    parser.add_argument(
        "--as-server",
        action="store_true",
        help="rehearse the interviewer and settle the heap first, as the server's start-up does",
    )
    args = parser.parse_args()
    per_turn = asyncio.run(measure(args.sessions, as_server=args.as_server))
    total = sum(per_turn.values())
    print(f"{args.sessions} sessions x {len(ANSWERS)} answers; CPU ms per answered turn (share):")
    for stage, ms in per_turn.items():
        print(f"  {stage:12s} {ms:6.3f}  ({100 * ms / total:4.1f}%)")
    print(f"  {'total':12s} {total:6.3f}  (the server adds the WebSocket, the protocol and the event loop)")


if __name__ == "__main__":
    main()
