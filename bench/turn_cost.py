"""CPU per answered turn on the server's path, in one process and split by stage.

In-process (the default): the session's state parsed (`EncodedState.decode`), the interviewer's `answer` (with
the session's memory, as the server runs it), the state encoded for the session and the store
(`PlanShelf.encode`, `SavedState.of`), and the DuckDB store's `save_session` (the journal and the DuckDB
threads included). With `--worker`, the path of a server with an interviewer worker process, both sides in
this process: each session started in the worker, as the server starts it (not timed: the bench times
answers), the request pickled as the server sends it (`send`), the worker's turn (`Worker.handle`: the
request unpickled, the answer, its reply made and pickled: `worker`), the reply unpickled and adopted by the
server (`Thinker._adopted`: `adopt`), the worker's grade of the answer after its reply, while its pipe is idle
(`Worker.grade_one`: `grade`, off the reply's path), and the store.

    .venv/bin/python bench/turn_cost.py --sessions 300 --as-server
    .venv/bin/python bench/turn_cost.py --sessions 300 --as-server --worker
    .venv/bin/python bench/turn_cost.py --sessions 200 --as-server --cprofile /tmp/first.prof --answers 1 2
    .venv/bin/python bench/turn_cost.py --sessions 200 --as-server --worker --reply-critical

Besides the stages, it prints the interviewer's CPU (the worker's turn with `--worker`) by the answer's place
in the interview: the first answers (the rubric's content features, the first follow-up) cost more than the
later ones, and they arrive together from every session at the start. `--cprofile PATH` keeps a cProfile of
that stage on the answers given by `--answers` (1-based places; all by default), for pstats.

No WebSocket, no pipes, no event-loop contention: CPU time of each stage (thread time for all but the store,
process time for the store, whose work runs on its own threads), so that the figures hold on a shared machine
better than `ws_load.py`'s and show where a turn's CPU goes. The interviews are the load bench's (its job, its
candidate with her resume, which the questions probe, its answers, each session's own), played in waves of
`--sessions` like concurrent clients. By default the first turns load the interviewer's data and the cyclic
collector walks every long-lived object; `--as-server` first rehearses the interviewer and settles the heap
(`protocol_server.app.settle_heap`: frozen, fewer young collections) as the server's start-up does, so its
figures are the server's.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import cProfile
import json
import pickle
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # run as a script: the repository's own modules come first

from bench.reply_critical import judgement_cut  # noqa: E402
from bench.ws_load import ANSWERS, SEED_CANDIDATE, SEED_JOB  # noqa: E402
from protocol_server.app import settle_heap  # noqa: E402
from protocol_server.interviewer_worker import Worker  # noqa: E402
from protocol_server.pipe import plain_time, plan_key  # noqa: E402
from protocol_server.state_codec import EncodedState, PlanShelf  # noqa: E402
from protocol_server.thinker import Thinker  # noqa: E402
from workbench.interviewer.baseline import BaselineInterviewer  # noqa: E402
from workbench.interviewer.memo import SessionMemory, one_turn  # noqa: E402
from workbench.interviewer.rehearsal import rehearse  # noqa: E402
from workbench.interviewer.specificity import warm_up  # noqa: E402
from workbench.models import CandidateDetails, InterviewPlan, JobDetails, Preferences, utc_now  # noqa: E402
from workbench.store.factory import open_store  # noqa: E402
from workbench.store.interface import InterviewStore  # noqa: E402
from workbench.store.records import SavedState  # noqa: E402

IN_PROCESS = ("decode", "interviewer", "encode", "store")
# `grade`: the worker grading an answer after its reply, while its pipe is idle (`Worker.grade_one`)
WITH_WORKER = ("send", "worker", "adopt", "grade", "store")
PLACED = {"interviewer", "worker", "grade"}  # the stages split by the answer's place
OWNER = "turn-cost"


def seed_record(dataset: str, record_id: str) -> dict[str, object]:
    for line in (REPO / "datasets" / dataset).read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record.get("id") == record_id:
            return dict(record)
    raise SystemExit(f"the load bench's {record_id} is not in datasets/{dataset}")


def seed_job() -> JobDetails:
    return JobDetails.model_validate(seed_record("jobs.jsonl", SEED_JOB))


def seed_candidate() -> CandidateDetails:
    """The load bench's candidate, with the resume the server reads for her (its questions probe it)."""
    return CandidateDetails.model_validate(seed_record("candidates.jsonl", SEED_CANDIDATE))


@dataclass
class Stage:
    """The CPU spent in each stage, and the interviewer's stage by the answer's place, optionally profiled."""

    stages: tuple[str, ...]
    profiled: set[int]
    profile: cProfile.Profile | None = None
    spent: dict[str, float] = field(default_factory=dict)
    by_place: dict[str, dict[int, float]] = field(default_factory=dict)
    place: int = 0

    def __post_init__(self) -> None:
        self.spent = dict.fromkeys(self.stages, 0.0)

    def add(self, stage: str, seconds: float) -> None:
        self.spent[stage] += seconds
        if stage in PLACED:
            placed = self.by_place.setdefault(stage, {})
            placed[self.place] = placed.get(self.place, 0.0) + seconds

    @contextlib.contextmanager
    def placed(self) -> Iterator[None]:
        """Around the interviewer's stage: profiled when this answer's place is asked for."""
        if self.profile is None or self.place not in self.profiled:
            yield
            return
        self.profile.enable()
        try:
            yield
        finally:
            self.profile.disable()


@dataclass
class Held:
    """What the server keeps of a session between turns."""

    encoded: EncodedState
    answered: int = 0
    memory: SessionMemory = field(default_factory=SessionMemory)


class InProcess:
    """A turn as a server without interviewer workers runs it."""

    stages = IN_PROCESS

    def __init__(self, interviewer: BaselineInterviewer, shelf: PlanShelf) -> None:
        self.interviewer = interviewer
        self.shelf = shelf

    def turn(self, session_id: str, held: Held, answer: str, now: datetime, spent: Stage) -> SavedState:
        started = time.thread_time()
        state = held.encoded.decode()
        decoded = time.thread_time()
        with spent.placed(), one_turn(held.memory):
            state, _ = self.interviewer.answer(state, answer, now)
        answered = time.thread_time()
        held.encoded, stored = self.shelf.encode(state)
        saved = SavedState.of(state, stored, held.answered)
        spent.add("decode", decoded - started)
        spent.add("interviewer", answered - decoded)
        spent.add("encode", time.thread_time() - answered)
        return saved


class WithWorker:
    """A turn as a server with an interviewer worker runs it: both sides here, the pipe left out."""

    stages = WITH_WORKER

    def __init__(self, interviewer: BaselineInterviewer, shelf: PlanShelf, plan: InterviewPlan) -> None:
        self.worker = Worker()
        self.worker.interviewer = interviewer  # the one rehearsed, as the worker's start-up rehearses its own
        interviewer.grade_later = True  # as the worker's own: an answer graded after its reply
        self.thinker = Thinker(interviewer, shelf, None)
        self.key = plan_key(plan)
        self.worker.handle(("plan", self.key, plan.model_dump_json()))
        self.calls = 0

    def open(
        self, session_id: str, job: JobDetails, candidate: CandidateDetails, now: datetime
    ) -> tuple[str, int]:
        """The session started in the worker, as the server starts it (not timed: the bench times answers); the
        worker keeps the opening state for the first answer. Its JSON without the plan, and the worker's mark."""
        self.calls += 1
        fields = (
            job.model_dump_json(),
            candidate.model_dump_json(),
            candidate.resume_text,
            "{}",
            plain_time(now),
        )
        kind, _, made = self.worker.handle(("start", self.calls, self.key, session_id, *fields))
        assert kind == "ok", made
        return made

    def turn(self, session_id: str, held: Held, answer: str, now: datetime, spent: Stage) -> SavedState:
        self.calls += 1
        plan = held.encoded.plan
        started = time.thread_time()
        kept = held.encoded
        request = ("answer", self.calls, self.key, session_id, kept.lean, kept.mark, answer, plain_time(now))
        sent = pickle.dumps(request, protocol=pickle.HIGHEST_PROTOCOL)
        asked = time.thread_time()
        with spent.placed():
            reply = self.worker.handle(pickle.loads(sent))
        received = pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL)
        thought_of = time.thread_time()
        kind, _, thought = pickle.loads(received)
        assert kind == "ok", reply
        new = self.thinker._adopted(thought, plan, held.answered)
        assert thought.step is not None  # the reply's fields validated, as the server does before replying
        held.encoded = new.encoded
        adopted = time.thread_time()
        while self.worker.grade_one():  # the reply sent, the worker's pipe idle
            pass
        spent.add("send", asked - started)
        spent.add("worker", thought_of - asked)
        spent.add("adopt", adopted - thought_of)
        spent.add("grade", time.thread_time() - adopted)
        return new.saved


async def measure(
    sessions: int, as_server: bool = False, worker: bool = False, profiled: Stage | None = None
) -> Stage:
    """Plays the interviews; the stages' CPU in seconds, the interviewer's by place, in what it returns."""
    job, interviewer, shelf = seed_job(), BaselineInterviewer(), PlanShelf()
    warm_up()
    if as_server:  # what the server's start-up does before its first candidate
        rehearse(interviewer)
        settle_heap()
    spent = profiled or Stage(WITH_WORKER if worker else IN_PROCESS, set())
    with tempfile.TemporaryDirectory(prefix="turn-cost-") as folder:
        store = await open_store(Path(folder) / "bench.duckdb", seed_if_new=False)
        try:
            await _play(store, job, interviewer, shelf, sessions, worker, spent)
        finally:
            await store.close()
    return spent


async def _play(
    store: InterviewStore,
    job: JobDetails,
    interviewer: BaselineInterviewer,
    shelf: PlanShelf,
    sessions: int,
    worker: bool,
    spent: Stage,
) -> None:
    now = utc_now()
    held: dict[str, Held] = {}
    plan = None
    candidate = seed_candidate()
    for i in range(sessions):
        session_id = f"cost-{i}"
        with one_turn():
            state = interviewer.start(job, candidate, candidate.resume_text, Preferences(), now, plan=plan)
        if plan is None and state.plan is not None:  # the job's plan, stored as the server stores it
            plan = shelf.shelve(await store.save_plan(state.plan), stored=True)[0]
            state = state.model_copy(update={"plan": plan})
        encoded, stored_state = shelf.encode(state)
        assert await store.acquire_lease(session_id, OWNER, 3600)
        await store.create_session(
            session_id,
            state,
            interviewer="baseline",
            owner=OWNER,
            deadline=now + timedelta(hours=1),
            events=[],
            stored_state=stored_state,
        )
        held[session_id] = Held(encoded)
    assert plan is not None
    path = WithWorker(interviewer, shelf, plan) if worker else InProcess(interviewer, shelf)
    if isinstance(path, WithWorker):
        for session_id, session in held.items():
            lean, mark = path.open(session_id, job, candidate, now)
            session.encoded = EncodedState(lean, plan, mark)
    for place, answer in enumerate(ANSWERS, start=1):
        spent.place = place
        now += timedelta(seconds=30)
        saves = []
        for i, (session_id, session) in enumerate(held.items()):
            saved = path.turn(session_id, session, f"{answer} That was with team {i}.", now, spent)
            session.answered = saved.facts.answers_given
            saves.append(store.save_session(session_id, saved, revision=0, owner=OWNER, events=[]))
        started = time.process_time()
        for wave in range(0, len(saves), 50):  # as concurrent clients' turns arrive
            await asyncio.gather(*saves[wave : wave + 50])
        spent.add("store", time.process_time() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=300)
    parser.add_argument(
        "--as-server",
        action="store_true",
        help="rehearse the interviewer and settle the heap first, as the server's start-up does",
    )
    parser.add_argument(
        "--worker", action="store_true", help="the path of a server with an interviewer worker process"
    )
    parser.add_argument("--cprofile", type=Path, help="keep a cProfile of the interviewer's stage here")
    parser.add_argument(
        "--answers", type=int, nargs="+", help="with --cprofile: the answers' places profiled (1-based)"
    )
    parser.add_argument(
        "--reply-critical",
        action="store_true",
        help="cut each answer's judgement to what its reply needs (bench/reply_critical.py): what grading the "
        "answer after the reply would take off its critical path (the replies are the same, the scores not)",
    )
    args = parser.parse_args()
    stages = WITH_WORKER if args.worker else IN_PROCESS
    profiled = set(args.answers or range(1, len(ANSWERS) + 1))
    spent = Stage(stages, profiled, cProfile.Profile(time.thread_time) if args.cprofile else None)
    with judgement_cut() if args.reply_critical else contextlib.nullcontext():
        asyncio.run(measure(args.sessions, as_server=args.as_server, worker=args.worker, profiled=spent))
    if spent.profile is not None:
        spent.profile.dump_stats(args.cprofile)
    turns = args.sessions * len(ANSWERS)
    per_turn = {stage: 1000 * seconds / turns for stage, seconds in spent.spent.items()}
    total = sum(per_turn.values())
    path = "with an interviewer worker" if args.worker else "in-process"
    print(f"{args.sessions} sessions x {len(ANSWERS)} answers, {path}; CPU ms per answered turn (share):")
    for stage, ms in per_turn.items():
        print(f"  {stage:12s} {ms:6.3f}  ({100 * ms / total:4.1f}%)")
    print(f"  {'total':12s} {total:6.3f}  (the server adds the WebSocket, the protocol and the event loop)")
    for stage in ("worker", "grade") if args.worker else ("interviewer",):
        places = "  ".join(
            f"{place}:{1000 * s / args.sessions:.3f}"
            for place, s in sorted(spent.by_place.get(stage, {}).items())
        )
        print(f"  {stage} by the answer's place, ms: {places}")


if __name__ == "__main__":
    main()
