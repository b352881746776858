"""The offline interviewer in worker processes: the same states and replies as in-process, a killed worker loses
no answer (the call runs in-process and the worker comes back), and erased or evicted sessions leave the worker.
Real worker processes (`python -m protocol_server.interviewer_worker`) and a real server."""

from __future__ import annotations

import asyncio
import json
import os
import pickle
import pstats
import signal
import time
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import psutil
import pytest

from protocol_server.interviewer_pool import InterviewerPool, WorkerLost, due_to_close
from protocol_server.interviewer_worker import GC_ENV, GC_THRESHOLDS, PROFILE_ENV, Worker, _thought
from protocol_server.pipe import (
    Thought,
    facts_of_plain,
    opening_fields,
    opening_of_fields,
    plain_facts,
    plain_time,
    plan_key,
    time_of_plain,
)
from protocol_server.state_codec import EncodedState, PlanShelf
from protocol_server.thinker import Thinker
from tests.conftest import ServerProcess, make_server
from tests.protocol_server.wsclient import STRONG_ANSWERS, Client
from workbench.interviewer.api import open_interview
from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.memo import SessionMemory, one_turn
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import (
    AnswerAssessment,
    CandidateDetails,
    InterviewOpening,
    InterviewState,
    JobDetails,
    Preferences,
    StateFacts,
    Turn,
)
from workbench.store.records import SavedState

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
JOB = JobDetails(
    id="pool-job",
    title="Commis chef",
    requirements="- Food safety and HACCP records\n- Knife skills and mise en place\n- Allergen control",
)
CANDIDATE = CandidateDetails(
    id="pool-candidate",
    name="Ada Stone",
    resume_text="Commis chef at a hotel kitchen, 2021-2024: ran the cold section, kept HACCP logs.",
)
ANSWERS = [
    "I keep the temperature logs every two hours and probe cooked food to 75 degrees before it goes out.",
    "Sorry, what do you mean by mise en place?",
    "I prep my section before service: veg cut, sauces portioned, labels with dates on every tub.",
    "Last month a guest with a nut allergy ordered; I cleaned down, used fresh boards and told the pass.",
    "Honestly I'm not sure.",
    "What are the next steps after this interview?",
]


def opening() -> InterviewState:
    plan = build_interview_plan(JOB, Preferences())
    return BaselineInterviewer().start(JOB, CANDIDATE, CANDIDATE.resume_text, Preferences(), NOW, plan)


def opening_kept() -> EncodedState:
    """The opening state as a session keeps it: its JSON without the (stored) plan, and the plan."""
    shelf = PlanShelf()
    encoded, _ = shelf.encode(shelf.share(opening(), stored=True))
    return encoded


async def answered_once_running_again(pool: InterviewerPool, encoded: EncodedState) -> None:
    """Wait until the pool has a worker again, and check that it answers."""
    deadline = time.monotonic() + 120
    while pool.running == 0:
        assert time.monotonic() < deadline, "the worker was not replaced"
        await asyncio.sleep(0.2)
    thought = await pool.answer("s-1", encoded.lean, encoded.mark, encoded.plan, ANSWERS[0], NOW)
    assert thought.step.question


def in_process(state: InterviewState) -> list[tuple[str, str]]:
    """Each turn's whole state JSON and reply, run here the way the server runs it without workers."""
    interviewer, memory, seen = BaselineInterviewer(), SessionMemory(), []
    for i, answer in enumerate(ANSWERS):
        now = NOW + timedelta(minutes=i + 1)
        with one_turn(memory):
            state, step = interviewer.answer(state, answer, now)
        assert not due_to_close(
            StateFacts.of(state), step, now
        )  # the close runs in the server, never in a worker
        seen.append((state.model_dump_json(), step.model_dump_json()))
    return seen


async def in_workers(state: InterviewState, pool: InterviewerPool) -> list[tuple[str, str]]:
    """Each turn's state, as a reader of grades gets it (a worker grades an answer after its reply), and reply."""
    shelf = PlanShelf()
    thinker = Thinker(BaselineInterviewer(), shelf, pool)
    state = shelf.share(state, stored=True)
    seen = []
    for i, answer in enumerate(ANSWERS):
        encoded, _ = shelf.encode(state)
        assert pool.running == 1
        thought = await pool.answer(
            "s-1", encoded.lean, encoded.mark, encoded.plan, answer, NOW + timedelta(minutes=i + 1)
        )
        answered_before, ungraded_before = state.answers_given, state.ungraded
        new = thinker._adopted(thought, encoded.plan, answered_before, ungraded_before)
        assert new.state is None  # the store holds the plan: the worker's state is not parsed in the server
        state = new.encoded.decode()
        # What the server commits and replies from is what it would have read of the state itself.
        assert new.saved == SavedState.of(state, new.saved.stored, answered_before, ungraded_before)
        graded = await thinker.graded(state)
        seen.append((graded.model_dump_json(), thought.step.model_dump_json()))
    return seen


def test_a_worker_gives_the_same_states_and_replies_as_the_server_process() -> None:
    state = opening()
    expected = in_process(state)

    async def run() -> list[tuple[str, str]]:
        pool = InterviewerPool(1)
        await pool.start()
        try:
            seen = await in_workers(state, pool)
            # A worker never closes an interview: it never loads the relevance model (about 180 MiB).
            assert [held["relevance_model"] for held in await pool.holding()] == [0]
            return seen
        finally:
            await pool.close()

    assert asyncio.run(run()) == expected
    assert len({reply for _, reply in expected}) == len(ANSWERS)  # six different turns, not one repeated


def test_the_facts_of_a_state_cross_the_pipe_unchanged() -> None:
    state = opening()
    interviewer = BaselineInterviewer()
    ended = interviewer.finish(interviewer.answer(state, ANSWERS[0], NOW + timedelta(minutes=3))[0], NOW)
    for facts in (StateFacts.of(state), StateFacts.of(ended)):
        assert facts_of_plain(pickle.loads(pickle.dumps(plain_facts(facts)))) == facts
    assert StateFacts.of(ended).ended_at is not None and StateFacts.of(ended).completed


def test_a_turn_and_its_time_cross_the_pipe_as_plain_values() -> None:
    """What a turn sends both ways is read back unchanged, and goes as plain values: a reply as its fields in
    order (no field names, no copyreg), a UTC time as its ISO text (no pickled time zone)."""
    thought = Thought(
        '{"turns":[]}', True, {"response": "Thanks.", "question": "Why?"}, ("c-1", "core"), ((1, "core"),), 7
    )
    sent = pickle.dumps(thought, protocol=pickle.HIGHEST_PROTOCOL)
    assert pickle.loads(sent) == thought
    assert b"state_json" not in sent and b"copyreg" not in sent
    moment = datetime(2026, 3, 2, 9, 0, 5, 123456, tzinfo=UTC)
    assert isinstance(plain_time(moment), str)
    back = time_of_plain(pickle.loads(pickle.dumps(plain_time(moment))))
    assert back == moment and back.tzinfo is UTC
    elsewhere = moment.astimezone(timezone(timedelta(hours=2)))  # not UTC: sent as it is
    assert time_of_plain(plain_time(elsewhere)) is elsewhere


def test_a_workers_answered_turns_are_stored_as_it_sends_them_never_parsed_by_the_server(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The turns a worker's answer adds reach the store as the rows the server would make of them, and the
    server's event loop neither parses them back into models nor serialises their assessment again."""
    shelf = PlanShelf()
    state = shelf.share(opening(), stored=True)
    encoded, _ = shelf.encode(state)
    with one_turn():
        answered, step = BaselineInterviewer().answer(state, ANSWERS[0], NOW + timedelta(minutes=1))
    thought, _ = _thought(answered, encoded.plan, step, 0, 1)
    sent = pickle.dumps(thought, protocol=pickle.HIGHEST_PROTOCOL)

    def parsed(*args: object, **kwargs: object) -> None:
        raise AssertionError("the server parsed or serialised a turn the worker sent")

    monkeypatch.setattr(Turn, "model_validate_json", parsed)
    monkeypatch.setattr(AnswerAssessment, "model_dump_json", parsed)
    new = Thinker(BaselineInterviewer(), shelf, None)._adopted(pickle.loads(sent), encoded.plan, 0)
    monkeypatch.undo()
    assert new.saved == SavedState.of(answered, new.saved.stored, 0)
    (row,) = new.saved.answered
    assert row.answer == ANSWERS[0] and row.answered_at == NOW + timedelta(minutes=1)
    assert row.assessment is not None and json.loads(row.assessment)["competencies"]


def test_a_worker_opens_an_interview_as_the_server_would_and_keeps_it_for_the_first_answer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A session's start made in its worker (off the event loop) is the state the server would have made, and
    the worker answers the first answer from the state it kept, without parsing the JSON it was sent back."""
    plan = PlanShelf().shelve(build_interview_plan(JOB, Preferences()), stored=True)[0]
    worker = Worker()
    key = plan_key(plan)
    worker.handle(("plan", key, plan.model_dump_json()))
    opening = InterviewOpening(JOB, CANDIDATE, CANDIDATE.resume_text, Preferences(), NOW, plan)
    kind, _, (lean, mark) = worker.handle(("start", 1, key, "s-1", *opening_fields(opening)))
    assert kind == "ok"
    here = open_interview(BaselineInterviewer(), opening)
    assert lean == here.model_dump_json(exclude={"plan"})

    def parsed(self: EncodedState) -> InterviewState:
        raise AssertionError("the worker parsed a state it holds")

    monkeypatch.setattr(EncodedState, "decode", parsed)
    kind, _, thought = worker.handle(("answer", 2, key, "s-1", lean, mark, ANSWERS[0], plain_time(NOW)))
    monkeypatch.undo()
    assert kind == "ok"
    with one_turn():
        after, step = BaselineInterviewer(grade_later=True).answer(here, ANSWERS[0], NOW)
    assert thought.state_json == after.model_dump_json(exclude={"plan"})
    assert thought.step == step


def test_an_opening_crosses_the_pipe_whole_with_the_plan_the_worker_holds() -> None:
    plan = PlanShelf().shelve(build_interview_plan(JOB, Preferences()), stored=True)[0]
    preferences = Preferences(difficulty_level="hard", focus_areas=["safety"], max_duration=45)
    opening = InterviewOpening(JOB, CANDIDATE, "my resume", preferences, NOW, plan)
    sent = pickle.loads(pickle.dumps(opening_fields(opening)))
    received = opening_of_fields(sent, plan)
    assert received == opening
    assert received.plan is plan  # the worker's own plan, never a copy


def test_a_worker_keeps_a_state_under_its_mark_and_parses_the_json_it_is_sent_with_any_other(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A worker keeps no copy of a session's state JSON (an idle session's largest part there): the mark it
    returned names the state it holds. Sent back with that session's own mark, it starts from its state; with
    none, or with another session's mark (never this one's state), it parses the JSON it was sent."""
    plan = PlanShelf().shelve(build_interview_plan(JOB, Preferences()), stored=True)[0]
    worker = Worker()
    key = plan_key(plan)
    worker.handle(("plan", key, plan.model_dump_json()))
    start = opening_fields(InterviewOpening(JOB, CANDIDATE, CANDIDATE.resume_text, Preferences(), NOW, plan))
    _, _, (lean_a, mark_a) = worker.handle(("start", 1, key, "s-a", *start))
    _, _, (lean_b, mark_b) = worker.handle(("start", 2, key, "s-b", *start))
    assert mark_a != mark_b
    assert [type(held.last[0]) for held in worker.sessions.values() if held.last] == [int, int]
    parsed: list[str] = []
    decode = EncodedState.decode

    def counted(self: EncodedState) -> InterviewState:
        parsed.append(self.lean)
        return decode(self)

    monkeypatch.setattr(EncodedState, "decode", counted)
    answer = ("answer", 3, key, "s-a", lean_a, mark_b, ANSWERS[0], plain_time(NOW))
    kind, _, by_other_mark = worker.handle(answer)
    assert kind == "ok" and parsed == [lean_a]  # another session's mark: the JSON sent is read
    kind, _, by_own_mark = worker.handle(
        ("answer", 4, key, "s-b", lean_b, mark_b, ANSWERS[0], plain_time(NOW))
    )
    assert kind == "ok" and parsed == [lean_a]  # its own mark: its state, not parsed
    kind, _, unmarked = worker.handle(("answer", 5, key, "s-b", lean_b, None, ANSWERS[0], plain_time(NOW)))
    assert kind == "ok" and parsed == [lean_a, lean_b]
    assert by_other_mark.step == by_own_mark.step == unmarked.step  # the same opening state, answered
    marks = {by_other_mark.mark, by_own_mark.mark, unmarked.mark}
    assert None not in marks and len(marks) == 3 and not marks & {mark_a, mark_b}


def test_a_killed_worker_fails_its_call_as_lost_and_comes_back() -> None:
    encoded = opening_kept()

    async def run() -> None:
        pool = InterviewerPool(1)
        await pool.start()
        try:
            worker = pool._workers[0]
            assert worker.process is not None
            os.kill(worker.process.pid, signal.SIGKILL)
            with pytest.raises(WorkerLost):  # pending or refused at once: never a hang, never a wrong reply
                await asyncio.wait_for(
                    pool.answer("s-1", encoded.lean, encoded.mark, encoded.plan, ANSWERS[0], NOW), 30
                )
            await answered_once_running_again(pool, encoded)
        finally:
            await pool.close()

    asyncio.run(run())


def worker_pids(proc: ServerProcess) -> list[int]:
    assert proc.process is not None
    return [
        child.pid
        for child in psutil.Process(proc.process.pid).children()
        if "protocol_server.interviewer_worker" in " ".join(child.cmdline())
    ]


@pytest.fixture
def pooled(tmp_path: Path, own_server: list[ServerProcess]) -> ServerProcess:
    proc = make_server(tmp_path, interviewer_processes="1")
    own_server.append(proc)
    return proc.start(timeout=180)


def test_a_server_with_a_worker_loses_no_answer_when_the_worker_is_killed(pooled: ServerProcess) -> None:
    [pid] = worker_pids(pooled)
    with Client(pooled.ws("pool-kill")) as client:
        client.start()
        client.answer(STRONG_ANSWERS[0])
        os.kill(pid, signal.SIGKILL)
        replies = [client.answer(answer) for answer in STRONG_ANSWERS[1:4]]  # answered here meanwhile
    assert all(reply["response"] for reply in replies)
    with pooled.api() as api:
        turns = api.get("/api/sessions/pool-kill").json()["turns"]
    answered = [turn["answer"] for turn in turns if turn["answer"]]
    assert answered == STRONG_ANSWERS[:4]  # every acknowledged answer, once, in order
    deadline = time.monotonic() + 120
    while not (pids := worker_pids(pooled)) or pids == [pid]:
        assert time.monotonic() < deadline, "no new worker"
        time.sleep(0.5)


def test_a_server_with_a_worker_closes_an_interview_and_its_worker_exits_with_it(
    pooled: ServerProcess,
) -> None:
    pids = worker_pids(pooled)
    assert len(pids) == 1
    with Client(pooled.ws("pool-whole")) as client:
        client.start(preferences=Preferences(max_duration=5))
        reply: dict[str, object] = {}
        for answer in STRONG_ANSWERS * 3:
            reply = client.answer(answer)
            if reply["completed"]:
                break
        assert reply["completed"]
        ended = client.expect("interview_ended")["data"]
    assert ended["final_feedback"]
    with pooled.api() as api:
        body = api.get("/api/sessions/pool-whole").json()
    assert body["status"] == "ended"
    assert body["scorecard"]["competencies"]  # the close (in the server, after the worker's turn) was stored
    pooled.stop()
    assert not psutil.pid_exists(pids[0]) or psutil.Process(pids[0]).status() == psutil.STATUS_ZOMBIE


def test_a_worker_forgets_evicted_sessions_and_an_erasure_clears_its_text_cache() -> None:
    encoded = opening_kept()

    async def run() -> list[list[dict[str, int]]]:
        pool = InterviewerPool(1)
        await pool.start()
        try:
            seen = [await pool.holding()]
            for session_id in ("s-1", "s-2"):
                await pool.answer(session_id, encoded.lean, encoded.mark, encoded.plan, ANSWERS[0], NOW)
            seen.append(await pool.holding())
            pool.forget(["s-1"])  # evicted: its analysis leaves the worker
            seen.append(await pool.holding())
            pool.forget(["s-2"], caches=True)  # erased: the text caches go too
            seen.append(await pool.holding())
            return seen
        finally:
            await pool.close()

    start, answered, evicted, erased = (held[0] for held in asyncio.run(run()))
    assert answered["sessions"] == start["sessions"] + 2
    assert answered["cached_texts"] > 0
    assert evicted["sessions"] == answered["sessions"] - 1
    assert erased["sessions"] == evicted["sessions"] - 1 and erased["cached_texts"] == 0


def test_a_started_worker_has_frozen_what_its_start_up_built_and_collects_its_young_objects_often() -> None:
    """A worker's cyclic collections hold up every session it serves. Its start-up (the interviewer's data,
    the rehearsal) is frozen out of the collector's reach, and young collections come every few thousand
    objects instead of the server's 50,000 (a pause of ~1 ms instead of ~30 ms: the sessions' states that
    survive them, bench/ws_load.py --profile); asked of a real worker after its real start-up."""

    async def run() -> dict[str, int]:
        pool = InterviewerPool(1)
        await pool.start()
        try:
            return (await pool.holding())[0]
        finally:
            await pool.close()

    held = asyncio.run(run())
    assert (held["gc_young_threshold"], held["gc_older_threshold"]) == GC_THRESHOLDS
    # Start-up built ~100,000 objects: they are frozen, and what the collector still walks is a small rest.
    assert held["frozen_objects"] > 50_000
    assert held["frozen_objects"] > 10 * held["tracked_objects"]


def test_a_stuck_worker_is_killed_and_replaced_and_its_call_is_lost_not_hung() -> None:
    encoded = opening_kept()

    async def run() -> None:
        pool = InterviewerPool(1, call_seconds=1.0)
        await pool.start()
        try:
            stuck = pool._workers[0].process
            assert stuck is not None
            os.kill(stuck.pid, signal.SIGSTOP)  # alive, but never answers
            started = time.monotonic()
            with pytest.raises(WorkerLost):
                await pool.answer("s-1", encoded.lean, encoded.mark, encoded.plan, ANSWERS[0], NOW)
            assert time.monotonic() - started < 10
            assert await asyncio.wait_for(stuck.wait(), 10) == -signal.SIGKILL
            await answered_once_running_again(pool, encoded)
        finally:
            await pool.close()

    asyncio.run(run())


def test_a_worker_asked_for_a_profile_writes_one_of_its_answers_when_it_exits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`OPENHIRE_WORKER_PROFILE=PREFIX` (bench/ws_load.py --profile PREFIX --cprofile): the workers hold most of a
    turn's CPU, and the server's own profile does not see it; `OPENHIRE_WORKER_GC=PREFIX` (--profile): nor its
    collections' pauses, which hold up every session of the worker."""
    monkeypatch.setenv(PROFILE_ENV, str(tmp_path / "run"))
    monkeypatch.setenv(GC_ENV, str(tmp_path / "run"))
    encoded = opening_kept()

    async def run() -> int:
        pool = InterviewerPool(1)
        await pool.start()
        try:
            await pool.answer("s-1", encoded.lean, encoded.mark, encoded.plan, ANSWERS[0], NOW)
            process = pool._workers[0].process
            assert process is not None
            return process.pid
        finally:
            await pool.close()

    pid = asyncio.run(run())
    stats = pstats.Stats(str(tmp_path / f"run.worker-{pid}.prof"))
    profiled = {name for _, _, name in stats.stats}  # type: ignore[attr-defined]
    assert {"think", "answer"} <= profiled
    assert "warm_up" not in profiled and "rehearse" not in profiled  # the service only, not the start-up
    pauses = json.loads((tmp_path / f"run.worker-{pid}.gc.json").read_text())
    assert all(pause["gen"] in (0, 1, 2) and pause["ms"] >= 0 and pause["scanned"] >= 0 for pause in pauses)
