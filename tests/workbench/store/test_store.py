"""The DuckDB store: schema migration, records, batches and erasure on a real file."""

from __future__ import annotations

from pathlib import Path

import duckdb

from workbench.interviewer import load_interviewer
from workbench.models import CandidateDetails, JobDetails, Preferences, utc_now
from workbench.settings import Settings
from workbench.store.batch import new_session, state_saved
from workbench.store.records import EventRecord, SavedState, StoredState
from workbench.store.schema import SCHEMA_VERSION, current_version
from workbench.store.store import DuplicateIdError, Store

JOB = JobDetails(title="Backend Engineer", company="Example", skills_required=["python", "sql", "docker"])
CANDIDATE = CandidateDetails(
    name="Sam Sample", resume_text="Python developer; built APIs with FastAPI and SQL."
)


def test_a_new_file_gets_the_current_schema_and_reopening_keeps_data(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.add_job(JOB)
        assert current_version(store.con) == SCHEMA_VERSION
    with Store(db) as store:
        assert store.get_job(JOB.id) == JOB
        assert current_version(store.con) == SCHEMA_VERSION


def test_duplicate_ids_are_refused(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        store.add_candidate(CANDIDATE)
        try:
            store.add_candidate(CANDIDATE)
        except DuplicateIdError as exc:
            assert CANDIDATE.id in str(exc)
        else:
            raise AssertionError("a duplicate candidate was accepted")


def test_live_session_batches_store_answered_turns_and_state(tmp_path: Path) -> None:
    interviewer = load_interviewer("baseline", Settings())
    state = interviewer.start(JOB, CANDIDATE, CANDIDATE.resume_text, Preferences(), utc_now())
    with Store(tmp_path / "s.duckdb") as store:
        store.add_job(JOB)
        store.add_candidate(CANDIDATE)
        store.apply(new_session("sess-1", state, StoredState.whole(state), "baseline", utc_now()))
        before = state.answers_given
        state, _ = interviewer.answer(
            state, "I built a FastAPI service with PostgreSQL and Docker.", utc_now()
        )
        event = EventRecord(
            session_id="sess-1",
            direction="in",
            type="candidate_response",
            payload={"response": "..."},
            at=utc_now(),
        )
        store.apply(
            state_saved("sess-1", SavedState.of(state, StoredState.whole(state), before)).add_events([event])
        )
        detail = store.get_session("sess-1")
        assert detail is not None
        assert detail.questions_asked == 2 and detail.status == "active"
        assert [t.answer is not None for t in detail.turns] == [True, False]
        assert [t.index for t in store.get_turns("sess-1")] == [0]
        assert [e.type for e in store.get_events("sess-1")] == ["candidate_response"]
        loaded = store.load_state("sess-1")
        assert loaded is not None and loaded[0] == state

        report = store.erase_candidate(CANDIDATE.id)
        assert report is not None and (report.sessions, report.turns, report.events) == (1, 1, 1)
        assert store.get_session("sess-1") is None and store.get_candidate(CANDIDATE.id) is None
        remaining = store.con.execute("SELECT count(*) FROM events WHERE session_id = 'sess-1'").fetchone()
        assert remaining == (0,)


def test_a_read_only_store_refuses_writes(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    Store(db).close()
    with Store(db, read_only=True) as store:
        try:
            store.add_job(JOB)
        except duckdb.Error:
            pass
        else:
            raise AssertionError("a read-only store accepted a write")
