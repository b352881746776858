"""The closing save (`records.graded_rows`: every stored turn's final grade, `turn_grades`) leaves each stored
turn with the grade the ended state gives it, on DuckDB (its journal included) and on PostgreSQL; a grade equal
to the stored one is not written again (PostgreSQL: the row keeps its version)."""

from __future__ import annotations

from datetime import timedelta

import psycopg

from bench.ws_load import ANSWERS as LOAD_BENCH_ANSWERS
from tests.workbench.store.stores import run
from workbench.interviewer.baseline import BaselineInterviewer
from workbench.models import CandidateDetails, InterviewState, JobDetails, Preferences, utc_now
from workbench.store.interface import InterviewStore
from workbench.store.records import SavedState, StoredState

JOB = JobDetails(
    id="close-job",
    title="Frontend developer",
    requirements="- React and TypeScript\n- Testing (Jest, Playwright)\n- Accessibility\n- Performance",
)
CANDIDATE = CandidateDetails(
    id="close-candidate", name="Ada Stone", resume_text="Frontend developer, 5 years."
)
OWNER = "close-test"


def played() -> list[InterviewState]:
    """The opening, a state per answer (each graded at once), and the ended state."""
    interviewer = BaselineInterviewer()
    now = utc_now()
    state = interviewer.start(JOB, CANDIDATE, CANDIDATE.resume_text, Preferences(), now)
    states = [state]
    for i, answer in enumerate(LOAD_BENCH_ANSWERS):
        state, _ = interviewer.answer(
            state, f"{answer} That was with team {i}.", now + timedelta(minutes=i + 1)
        )
        states.append(state)
    states.append(interviewer.finish(state, now + timedelta(minutes=30)))
    return states


def _grades(state: InterviewState) -> dict[int, str | None]:
    return {
        t.index: t.assessment.model_dump_json() if t.assessment else None
        for t in state.turns
        if t.answer is not None
    }


async def _stored(store: InterviewStore) -> dict[int, str | None]:
    detail = await store.get_session("s1")
    assert detail is not None
    return {
        t.index: t.assessment.model_dump_json() if t.assessment else None for t in detail.turns if t.answer
    }


def _versions(target: str) -> dict[int, str]:
    with psycopg.connect(target) as con:
        rows = con.execute("SELECT idx, xmin::text FROM turns WHERE session_id = 's1'").fetchall()
    return {int(idx): str(version) for idx, version in rows}


def test_the_closing_save_leaves_every_stored_turn_with_its_final_grade(target: str) -> None:
    opening, *running, ended = played()
    last = running[-1]
    before, after = _grades(last), _grades(ended)
    changed = {index for index in before if before[index] != after[index]}
    assert changed and set(before) - changed  # some grades change at the close, some do not
    answered = last.answers_given
    saved = SavedState.of(ended, StoredState.whole(ended), answered)
    assert sorted(index for index, _ in saved.graded) == sorted(before)  # every stored turn's grade is sent
    postgres = target.startswith("postgresql")
    versions: list[dict[int, str]] = []

    async def work(store: InterviewStore) -> dict[int, str | None]:
        assert await store.acquire_lease("s1", OWNER, 60)
        deadline = utc_now() + timedelta(hours=1)
        await store.create_session(
            "s1", opening, interviewer="baseline", owner=OWNER, deadline=deadline, events=[]
        )
        revision, done = 0, 0
        for state in running:
            step = SavedState.of(state, StoredState.whole(state), done)
            revision = await store.save_session("s1", step, revision=revision, owner=OWNER, events=[])
            done = state.answers_given
        assert await _stored(store) == before
        if postgres:
            versions.append(_versions(target))
        await store.save_session("s1", saved, revision=revision, owner=OWNER, events=[])
        if postgres:
            versions.append(_versions(target))
        return await _stored(store)

    assert run(target, work) == after  # the ended state's grades: the scorecard's (test_turn_grades_at_close)
    assert run(target, _stored) == after  # durable: the store opened again (DuckDB: its journal replayed)
    if postgres:
        old, new = versions
        assert {index for index in old if old[index] != new[index]} == changed
