"""A session's state split (workbench/store/split.py): the row holds only what changes per answer, the answered
turns are rows of their own, and stores written before the split (main's schema and rows up to the migration
that added it) open with nothing lost, on DuckDB and on PostgreSQL."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import duckdb
import psycopg

from tests.workbench.store.stores import run
from workbench.interviewer import load_interviewer
from workbench.models import (
    CandidateDetails,
    InterviewPlan,
    InterviewState,
    JobDetails,
    Preferences,
    Turn,
    utc_now,
)
from workbench.settings import Settings
from workbench.store import pg_schema, schema
from workbench.store.batch import SESSION_UPDATE_COLUMNS, WriteBatch
from workbench.store.interface import InterviewStore
from workbench.store.records import SavedState, StoredState, TurnRow
from workbench.store.split import TURN_FIELD_COLUMNS, moving_json
from workbench.store.store import Store

JOB = JobDetails(
    title="Backend Engineer",
    company="Example",
    description="Design and run the payment APIs; own their reliability and on-call.",
    skills_required=["python", "sql", "kubernetes"],
)
CANDIDATE = CandidateDetails(name="Sam Sample", resume_text="Python developer; built APIs with FastAPI.")
ANSWERS = [
    "I built a FastAPI service on PostgreSQL, with Docker and a CI pipeline; latency fell by half.",
    "When an outage hit I rolled back the release, wrote the post-mortem and added a canary stage.",
    "I reviewed the slow queries, added two indexes and cut the p99 from 800 to 120 milliseconds.",
]
OWNER = "split-test"


def played(answers: int, plan: InterviewPlan | None = None) -> list[InterviewState]:
    """The opening state and the state after each answer (the last one closed when `answers` is 3)."""
    interviewer = load_interviewer("baseline", Settings())
    state = interviewer.start(JOB, CANDIDATE, CANDIDATE.resume_text, Preferences(), utc_now(), plan=plan)
    states = [state]
    for answer in ANSWERS[:answers]:
        state, _ = interviewer.answer(state, answer, utc_now())
        states.append(state)
    if answers == len(ANSWERS):
        states.append(interviewer.finish(state, utc_now()))
    return states


def test_every_field_of_a_turn_has_a_column() -> None:
    """The turns table is where a session's answered turns live: a field it did not keep would be lost."""
    columns = {"index" if column == "idx" else column for column in TURN_FIELD_COLUMNS}
    assert columns == set(Turn.model_fields)
    assert set(TurnRow.__dataclass_fields__) == set(Turn.model_fields)


def test_an_answer_writes_only_what_changed_and_the_state_loads_whole(target: str) -> None:
    states = played(3)

    async def work(store: InterviewStore) -> tuple[InterviewState, InterviewState]:
        assert await store.acquire_lease("s1", OWNER, 60)
        deadline = utc_now() + timedelta(hours=1)
        await store.create_session(
            "s1", states[0], interviewer="baseline", owner=OWNER, deadline=deadline, events=[]
        )
        for i, state in enumerate(states[1:3]):
            stored = StoredState.whole(state)
            await store.save_session(
                "s1", SavedState.of(state, stored, i), revision=i, owner=OWNER, events=[]
            )
        loaded = await store.load_session("s1")
        detail = await store.get_session("s1")
        assert loaded is not None and detail is not None
        assert [t.model_dump() for t in detail.turns] == [
            {**t.model_dump(), "labels": None} for t in states[2].turns
        ]
        return loaded.state, states[2]

    loaded, expected = run(target, work)
    assert loaded.model_dump_json() == expected.model_dump_json()
    row = session_row(target, "s1")
    assert ANSWERS[0] not in row["state"] and JOB.description not in row["state"]
    assert CANDIDATE.resume_text not in row["state"]
    assert row["opening"] is not None and JOB.description in str(row["opening"])


def session_row(target: str, session_id: str) -> dict[str, Any]:
    sql = "SELECT state, opening FROM sessions WHERE id = "
    if target.startswith("postgresql"):
        with psycopg.connect(target) as con:
            found = con.execute(sql + "%s", [session_id]).fetchone()
    else:
        with duckdb.connect(target) as con:
            found = con.execute(sql + "?", [session_id]).fetchone()
    assert found is not None
    state, opening = found
    return {"state": state if isinstance(state, str) else str(state), "opening": opening}


# --- stores written before the split ---------------------------------------------------------------------

OLD_SESSION = (
    "id, job_id, candidate_id, status, source, interviewer, preferences, state, plan_key, phase, "
    "questions_asked, overall, final_feedback, started_at, ended_at, updated_at, deadline_at"
)
OLD_TURN = (
    "session_id, idx, phase, kind, question, answer, asked_at, answered_at, assessment, backend, labels"
)


def old_rows(state: InterviewState, session_id: str, by_reference: bool) -> tuple[list[Any], list[list[Any]]]:
    """A session's row and its turns' rows as main's code wrote them before the split (`batch.new_session`,
    `batch.state_saved`): the whole state in the row, without its plan when the plan is stored."""
    state_json = state.model_dump_json(exclude={"plan"}) if by_reference else state.model_dump_json()
    overall = state.assessment.overall if state.assessment else None
    now = utc_now()
    session = [
        session_id, state.job.id, state.candidate_id, "ended" if state.completed else "active", "live",
        "baseline", state.preferences.model_dump_json(), state_json,
        state.plan.key if by_reference and state.plan else None, state.phase.value, state.questions_asked,
        overall, state.final_feedback, state.started_at, state.ended_at, now, now + timedelta(hours=1),
    ]  # fmt: skip
    turns = [
        [
            session_id,
            turn.index,
            turn.phase.value,
            turn.kind,
            turn.question,
            turn.answer,
            turn.asked_at,
            turn.answered_at,
            turn.assessment.model_dump_json() if turn.assessment else None,
            turn.backend,
            None,
        ]
        for turn in state.turns
        if turn.answer is not None
    ]
    return session, turns


def write_old_store(
    target: str, plan: InterviewPlan, sessions: list[tuple[str, InterviewState, bool]]
) -> None:
    """A store at the schema version before the split, holding `sessions` as main's code wrote them."""
    plan_row = [plan.job_id, plan.version, plan.key, plan.model_dump_json(), plan.created_at]
    if target.startswith("postgresql"):
        with psycopg.connect(target, autocommit=True) as pg, pg.transaction():
            pg.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
            for number, statements in enumerate(pg_schema.MIGRATIONS[:-1], start=1):
                for statement in statements:
                    pg.execute(statement)  # type: ignore[arg-type]
                pg.execute("INSERT INTO schema_version VALUES (%s)", [number])
            _insert_old(pg, "%s", plan_row, sessions)
        return
    with duckdb.connect(target) as con:
        con.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
        for number, statements in enumerate(schema.MIGRATIONS[:-1], start=1):
            for statement in statements:
                con.execute(statement)
            con.execute("INSERT INTO schema_version VALUES (?)", [number])
        _insert_old(con, "?", plan_row, sessions)


def _insert_old(
    con: Any, mark: str, plan_row: list[Any], sessions: list[tuple[str, InterviewState, bool]]
) -> None:
    def marks(columns: str) -> str:
        return ", ".join(mark for _ in columns.split(","))

    con.execute(
        f"INSERT INTO plans (job_id, version, key, plan, created_at) VALUES ({marks('a,b,c,d,e')})", plan_row
    )
    for session_id, state, by_reference in sessions:
        session, turns = old_rows(state, session_id, by_reference)
        con.execute(f"INSERT INTO sessions ({OLD_SESSION}) VALUES ({marks(OLD_SESSION)})", session)
        for turn in turns:
            con.execute(f"INSERT INTO turns ({OLD_TURN}) VALUES ({marks(OLD_TURN)})", turn)


def test_a_store_written_before_the_split_opens_with_nothing_lost(target: str, tmp_path: Path) -> None:
    opening = played(0)[0]
    assert opening.plan is not None
    plan = opening.plan.model_copy(update={"version": 1})
    active, ended = played(2, plan), played(3, plan)
    write_old_store(target, plan, [("active", active[-1], True), ("ended", ended[-1], False)])

    async def work(store: InterviewStore) -> dict[str, Any]:
        loaded = {sid: await store.load_session(sid) for sid in ("active", "ended")}
        details = {sid: await store.get_session(sid) for sid in ("active", "ended")}
        await store.export(tmp_path / "export")
        # The active session goes on under the new code: its next answer is saved split, and loads whole.
        assert await store.acquire_lease("active", OWNER, 60)
        state = load_interviewer("baseline", Settings()).answer(active[-1], ANSWERS[2], utc_now())[0]
        stored = StoredState(moving_json(state, plan_by_reference=True), plan.key)
        await store.save_session(
            "active", SavedState.of(state, stored, 2), revision=0, owner=OWNER, events=[]
        )
        again = await store.load_session("active")
        return {"loaded": loaded, "details": details, "next": (state, again)}

    got = run(target, work)
    for session_id, states in (("active", active), ("ended", ended)):
        loaded, detail = got["loaded"][session_id], got["details"][session_id]
        assert loaded is not None and detail is not None
        assert loaded.state.model_dump_json() == states[-1].model_dump_json()
        assert loaded.plan_stored is (session_id == "active")
        assert [t.model_dump() for t in detail.turns] == [
            {**t.model_dump(), "labels": None} for t in states[-1].turns
        ]
        assert detail.assessment == states[-1].assessment and detail.scorecard == states[-1].scorecard
        row = session_row(target, session_id)
        assert row["opening"] is not None and ANSWERS[0] not in row["state"]
    exported = [
        json.loads(line) for line in (tmp_path / "export" / "interviews.jsonl").read_text().splitlines()
    ]
    by_id = {record["id"]: record for record in exported}
    for session_id, states in (("active", active), ("ended", ended)):
        expected = states[-1].assessment.model_dump(mode="json") if states[-1].assessment else None
        assert by_id[session_id]["assessment"] == expected
        assert len(by_id[session_id]["turns"]) == states[-1].answers_given
    assert ended[-1].assessment is not None
    state, again = got["next"]
    assert again is not None and again.state.model_dump_json() == state.model_dump_json()


def test_an_older_journal_replayed_after_the_split_is_split_too(tmp_path: Path) -> None:
    """A server of main's code killed with answers journaled but not in DuckDB: the new code replays them
    (whole states, turns without the new columns) and splits them before anything reads or writes."""
    db = tmp_path / "store.duckdb"
    states = played(2)
    session, turns = old_rows(states[-1], "s1", by_reference=False)
    created = dict(zip([c.strip() for c in OLD_SESSION.split(",")], session, strict=True))
    created["state"] = states[0].model_dump_json()
    update = {column: created.get(column) for column in SESSION_UPDATE_COLUMNS}
    update["state"] = states[-1].model_dump_json()
    turn_rows = [dict(zip([c.strip() for c in OLD_TURN.split(",")], turn, strict=True)) for turn in turns]
    old = WriteBatch(new_sessions=[created], session_updates=[update], turns=turn_rows)
    store = Store(db)
    assert store.journal is not None
    store.journal.append([(1, old)])
    store.journal.close()  # killed: DuckDB never applied the entry
    store.journal = None
    store.close()
    with Store(db) as reopened:
        loaded = reopened.load_state("s1")
        assert loaded is not None and loaded[0].model_dump_json() == states[-1].model_dump_json()
        row = reopened.con.execute("SELECT state, opening FROM sessions WHERE id = 's1'").fetchall()[0]
        assert row[1] is not None and ANSWERS[0] not in row[0]
