"""An interviewer worker replies to an answer before it grades it (`workbench/interviewer/grading.py`): the reply
goes out first, the grade is handed back with the session's next turn and written with its save, and every
reader gets the grade complete in between (a REST view, a restart after SIGKILL)."""

from __future__ import annotations

import asyncio
import io
import pickle
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from protocol_server.interviewer_worker import Worker, serve
from protocol_server.pipe import HEADER, opening_fields, plain_time, plan_key
from protocol_server.state_codec import PlanShelf
from tests.conftest import ServerProcess, make_server
from tests.protocol_server.wsclient import STRONG_ANSWERS, Client
from workbench.interviewer.api import open_interview
from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.memo import one_turn
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import CandidateDetails, InterviewOpening, InterviewState, JobDetails, Preferences
from workbench.store.factory import open_store

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
JOB = JobDetails(
    id="grades-job",
    title="Frontend developer",
    requirements="- React and TypeScript\n- Testing (Jest, Playwright)\n- Accessibility",
)
CANDIDATE = CandidateDetails(
    id="grades-candidate", name="Ada Stone", resume_text="Frontend developer, 5 years."
)
ANSWERS = [f"{answer} That was with team 7." for answer in STRONG_ANSWERS[:2]]


def _requests(*messages: tuple[Any, ...]) -> io.BytesIO:
    return io.BytesIO(b"".join(HEADER.pack(len(data)) + data for data in map(pickle.dumps, messages)))


def _replies(out: io.BytesIO) -> list[tuple[Any, ...]]:
    data, replies = out.getvalue(), []
    while data:
        (size,) = HEADER.unpack(data[: HEADER.size])
        replies.append(pickle.loads(data[HEADER.size : HEADER.size + size]))
        data = data[HEADER.size + size :]
    return replies


def test_a_worker_replies_to_an_answer_before_it_grades_it_and_hands_the_grade_back_with_the_next() -> None:
    plan = PlanShelf().shelve(build_interview_plan(JOB, Preferences()), stored=True)[0]
    key = plan_key(plan)
    opening = InterviewOpening(JOB, CANDIDATE, CANDIDATE.resume_text, Preferences(), NOW, plan)
    worker, out = Worker(), io.BytesIO()
    serve(
        worker,
        _requests(("plan", key, plan.model_dump_json()), ("start", 1, key, "s-1", *opening_fields(opening))),
        out,
    )
    [(_, _, (lean, mark))] = _replies(out)
    replies_when_graded: list[list[tuple[Any, ...]]] = []
    grade = worker.interviewer.graded

    def graded(state: InterviewState) -> InterviewState:
        if state.ungraded:
            replies_when_graded.append(_replies(out))
        return grade(state)

    worker.interviewer.graded = graded  # type: ignore[method-assign]
    out = io.BytesIO()
    serve(worker, _requests(("answer", 2, key, "s-1", lean, mark, ANSWERS[0], plain_time(NOW))), out)
    [(_, _, reply)] = _replies(out)
    (pending,) = reply.facts.ungraded  # the reply was made without the answer's grade...
    assert reply.graded_rows == ()
    [replies] = replies_when_graded  # ...which was given once, after the reply was written, the pipe idle
    assert [call for _, call, _ in replies] == [2]
    later = NOW + timedelta(minutes=1)
    out = io.BytesIO()
    serve(
        worker,
        _requests(("answer", 3, key, "s-1", reply.state_json, reply.mark, ANSWERS[1], plain_time(later))),
        out,
    )
    [(_, _, next_reply)] = _replies(out)
    here = BaselineInterviewer()
    with one_turn():
        state, _ = here.answer(open_interview(here, opening), ANSWERS[0], NOW)
    assessment = state.turns[pending].assessment
    assert assessment is not None
    # handed back with the next turn (graded in the idle time: not again by the next answer), as given at once here
    assert next_reply.graded_rows == ((pending, assessment.model_dump_json()),)
    assert len(replies_when_graded) == 2


@pytest.fixture
def pooled(tmp_path: Path, own_server: list[ServerProcess]) -> ServerProcess:
    proc = make_server(tmp_path, interviewer_processes="1")
    own_server.append(proc)
    return proc.start(timeout=180)


def _assessments(proc: ServerProcess, session_id: str) -> list[dict[str, Any]]:
    with proc.api() as api:
        turns = api.get(f"/api/sessions/{session_id}").json()["turns"]
    return [turn["assessment"] for turn in turns if turn["answer"]]


def _stored(db: Path, session_id: str) -> list[str | None]:
    """The turns' assessments as the store holds them (its journal replayed), not as the REST API grades them."""

    async def read() -> list[str | None]:
        store = await open_store(db, seed_if_new=False)
        try:
            detail = await store.get_session(session_id)
            assert detail is not None
            return [
                t.assessment.model_dump_json() if t.assessment else None for t in detail.turns if t.answer
            ]
        finally:
            await store.close()

    return asyncio.run(read())


def test_a_grade_pending_at_sigkill_is_read_whole_and_written_with_the_next_answer(
    pooled: ServerProcess,
) -> None:
    with Client(pooled.ws("pending")) as client:
        client.start()
        client.answer(STRONG_ANSWERS[0])
        graded = _assessments(pooled, "pending")  # a REST read while the grade is pending
        pooled.kill()
    [stored] = _stored(pooled.db, "pending")
    assert stored is not None and '"competencies":[]' in stored  # committed before its grade
    [assessment] = graded
    assert assessment["competencies"][0]["score"] is not None and assessment["competencies"][0]["evidence"]
    pooled.start(timeout=180)
    assert _assessments(pooled, "pending") == graded  # a restart grades it from the stored state alike
    with Client(pooled.ws("pending")) as client:
        client.start()
        client.answer(STRONG_ANSWERS[1])
    pooled.stop()
    first, _ = _stored(pooled.db, "pending")
    assert first is not None and '"competencies":[]' not in first  # the next answer's save wrote the grade
