"""A turn stored before its grade (`workbench/interviewer/grading.py`): the session's next save writes the grade
over the stored turn's provisional assessment, on DuckDB (its journal included) and on PostgreSQL."""

from __future__ import annotations

import json
from datetime import timedelta

from bench.ws_load import ANSWERS as LOAD_BENCH_ANSWERS
from tests.workbench.store.stores import run
from workbench.interviewer.baseline import BaselineInterviewer
from workbench.models import CandidateDetails, InterviewState, JobDetails, Preferences, StateFacts, utc_now
from workbench.store.batch import WriteBatch, state_saved
from workbench.store.interface import InterviewStore
from workbench.store.journal import decode_batch, encode_batch
from workbench.store.records import SavedState, StoredState

JOB = JobDetails(
    id="grading-job",
    title="Frontend developer",
    requirements="- React and TypeScript\n- Testing (Jest, Playwright)\n- Accessibility",
)
CANDIDATE = CandidateDetails(
    id="grading-candidate", name="Ada Stone", resume_text="Frontend developer, 5 years."
)
ANSWERS = [f"{answer} That was with team 7." for answer in LOAD_BENCH_ANSWERS[:2]]  # both are evidence
OWNER = "grades-test"


def played(grade_later: bool) -> list[InterviewState]:
    interviewer = BaselineInterviewer(grade_later=grade_later)
    now = utc_now()
    state = interviewer.start(JOB, CANDIDATE, CANDIDATE.resume_text, Preferences(), now)
    states = [state]
    for i, answer in enumerate(ANSWERS):
        state, _ = interviewer.answer(state, answer, now + timedelta(minutes=i + 1))
        states.append(state)
    return states


def test_the_next_save_writes_the_grade_of_a_turn_stored_before_it(target: str) -> None:
    opening, first, second = played(grade_later=True)
    graded_first = played(grade_later=False)[1]
    (pending,) = first.ungraded
    assert second.ungraded == (second.turns[-2].index,) and pending not in second.ungraded

    async def work(store: InterviewStore) -> tuple[list[str | None], list[str | None]]:
        assert await store.acquire_lease("s1", OWNER, 60)
        deadline = utc_now() + timedelta(hours=1)
        await store.create_session(
            "s1", opening, interviewer="baseline", owner=OWNER, deadline=deadline, events=[]
        )
        saved = SavedState.of(first, StoredState.whole(first), 0)
        assert saved.graded == ()
        await store.save_session("s1", saved, revision=0, owner=OWNER, events=[])
        before = await _assessments(store)
        saved = SavedState.of(second, StoredState.whole(second), 1, first.ungraded)
        assert [index for index, _ in saved.graded] == [pending]
        await store.save_session("s1", saved, revision=1, owner=OWNER, events=[])
        return before, await _assessments(store)

    before, after = run(target, work)
    provisional = first.turns[pending].assessment
    graded = graded_first.turns[pending].assessment
    assert provisional is not None and graded is not None and provisional != graded
    assert before == [provisional.model_dump_json()]
    assert after[0] == graded.model_dump_json()  # the grade, written over the provisional assessment
    reopened = run(target, _assessments)  # durable: the store opened again (DuckDB: its journal replayed)
    assert reopened == after


def test_a_journal_entry_keeps_its_grades_and_an_older_one_has_none() -> None:
    first = played(grade_later=True)[1]
    saved = SavedState(StoredState("{}"), StateFacts.of(first), (), ((3, '{"a": 1}'),))
    batch = state_saved("s1", saved)
    assert decode_batch(encode_batch(batch)).grades == [
        {"session_id": "s1", "idx": 3, "assessment": '{"a": 1}'}
    ]
    older = json.dumps({"new_sessions": [], "session_updates": [], "turns": [], "events": []}).encode()
    assert decode_batch(older) == WriteBatch()


async def _assessments(store: InterviewStore) -> list[str | None]:
    detail = await store.get_session("s1")
    assert detail is not None
    return [t.assessment.model_dump_json() if t.assessment else None for t in detail.turns if t.answer]
