"""The store interface, the same tests on both implementations: DuckDB (a real file) and PostgreSQL (a database
of its own on the tests' private cluster)."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import psycopg
import pytest

from tests.postgres import new_database
from tests.workbench.store.stores import run
from workbench.interviewer import load_interviewer
from workbench.models import CandidateDetails, InterviewState, JobDetails, Preferences, utc_now
from workbench.settings import Settings
from workbench.store.factory import open_store
from workbench.store.interface import DuplicateIdError, InterviewStore, LeaseLost, SessionFilter
from workbench.store.records import EventRecord, SavedState, StoredState

JOB = JobDetails(title="Backend Engineer", company="Example", skills_required=["python", "sql"])
CANDIDATE = CandidateDetails(name="Sam Sample", resume_text="Python developer; built APIs with FastAPI.")
ANSWER = "I built a FastAPI service on PostgreSQL, with Docker and a CI pipeline; latency fell by half."


def saved(state: InterviewState) -> SavedState:
    """The state after its first answer, as a save writes it (the whole state: no stored plan)."""
    return SavedState.of(state, StoredState.whole(state), answered_before=0)


def event(session_id: str, kind: str) -> EventRecord:
    return EventRecord(session_id=session_id, direction="out", type=kind, payload={"n": 1}, at=utc_now())


def test_records_sessions_turns_events_lists_and_erasure(target: str) -> None:
    interviewer = load_interviewer("baseline", Settings())

    async def work(store: InterviewStore) -> None:
        await store.add_job(JOB)
        await store.add_candidate(CANDIDATE)
        with pytest.raises(DuplicateIdError):
            await store.add_job(JOB)
        assert await store.get_job(JOB.id) == JOB
        state = interviewer.start(JOB, CANDIDATE, CANDIDATE.resume_text, Preferences(), utc_now())
        assert await store.acquire_lease("s1", "me", 10)
        deadline = utc_now() + timedelta(minutes=30)
        revision = await store.create_session(
            "s1", state, interviewer="baseline", owner="me", deadline=deadline, events=[event("s1", "a")]
        )
        answered, _ = interviewer.answer(state, ANSWER, utc_now())
        revision = await store.save_session(
            "s1", saved(answered), revision=revision, owner="me", events=[event("s1", "b")]
        )
        loaded = await store.load_session("s1")
        assert loaded is not None and loaded.revision == revision and loaded.status == "active"
        assert loaded.state.turns[0].answer == ANSWER
        detail = await store.get_session("s1")
        assert detail is not None and detail.turns[0].answer == ANSWER
        assert [e.type for e in await store.get_events("s1")] == ["a", "b"]
        listed = await store.list_sessions(where=SessionFilter(candidate_id=CANDIDATE.id, status="active"))
        assert [s.id for s in listed] == ["s1"]
        assert await store.list_sessions(where=SessionFilter(status="ended")) == []
        report = await store.erase_candidate(CANDIDATE.id)
        assert report is not None and (report.sessions, report.turns, report.events) == (1, 1, 2)
        assert await store.load_session("s1") is None and await store.get_candidate(CANDIDATE.id) is None
        assert await store.get_events("s1") == []
        assert await store.erased_sessions(["s1", "never-was"]) == {"s1"}
        await store.log_events([event("s1", "late")])  # a late message of an erased session: never stored
        assert await store.get_events("s1") == []

    run(target, work)


async def listening(target: str, timeout: float = 30.0) -> None:
    """Until a connection of this database has run its LISTEN (a notification sent before it is lost)."""
    sql = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN %'"
    async with await psycopg.AsyncConnection.connect(target, autocommit=True) as con:
        for _ in range(int(timeout / 0.1)):
            row = await (await con.execute(sql)).fetchone()
            if row and row[0]:
                return
            await asyncio.sleep(0.1)
    raise AssertionError("the watcher never listened")


def test_an_erasure_is_announced_to_every_other_process(postgres_url: str) -> None:
    target = new_database(postgres_url)

    async def main() -> list[str]:
        eraser = await open_store(target, seed_if_new=False)
        watcher = await open_store(target, seed_if_new=False)  # another process's store, on its own pool
        heard: list[str] = []
        announced = asyncio.Event()

        async def on_erased(candidate_id: str) -> None:
            heard.append(candidate_id)
            announced.set()

        watching = asyncio.create_task(watcher.watch_erasures(on_erased))
        try:
            await listening(target)
            await eraser.add_candidate(CANDIDATE)
            await eraser.erase_candidate(CANDIDATE.id)
            await asyncio.wait_for(announced.wait(), 10)
        finally:
            watching.cancel()
            await eraser.close()
            await watcher.close()
        return heard

    assert asyncio.run(main()) == [CANDIDATE.id]


def test_leases_let_one_owner_drive_a_session_and_writes_check_them(target: str) -> None:
    interviewer = load_interviewer("baseline", Settings())

    async def work(store: InterviewStore) -> None:
        await store.add_job(JOB)
        await store.add_candidate(CANDIDATE)
        state = interviewer.start(JOB, CANDIDATE, CANDIDATE.resume_text, Preferences(), utc_now())
        assert await store.acquire_lease("s2", "a", 60)
        assert not await store.acquire_lease("s2", "b", 60)  # a holds it
        deadline = utc_now() + timedelta(minutes=30)
        revision = await store.create_session(
            "s2", state, interviewer="baseline", owner="a", deadline=deadline, events=[]
        )
        answered, _ = interviewer.answer(state, ANSWER, utc_now())
        with pytest.raises(LeaseLost):  # b does not hold the lease: nothing is written
            await store.save_session(
                "s2", saved(answered), revision=revision, owner="b", events=[event("s2", "no")]
            )
        assert await store.renew_leases("a", ["s2"], 60) == {"s2"}
        assert await store.renew_leases("b", ["s2"], 60) == set()
        await store.release_lease("s2", "a")
        assert await store.acquire_lease("s2", "b", 60)  # released: b takes over
        with pytest.raises(LeaseLost):  # and a can no longer write
            await store.save_session("s2", saved(answered), revision=revision, owner="a", events=[])
        await store.save_session(
            "s2", saved(answered), revision=revision, owner="b", events=[event("s2", "yes")]
        )
        if target.startswith(
            "postgresql"
        ):  # many processes: a write from a revision that moved on is refused
            with pytest.raises(LeaseLost):
                await store.save_session(
                    "s2", saved(answered), revision=revision, owner="b", events=[event("s2", "no")]
                )
        loaded = await store.load_session("s2")
        assert loaded is not None and [t.answer for t in loaded.state.turns if t.answer] == [ANSWER]
        assert [e.type for e in await store.get_events("s2")] == ["yes"]  # with the write that was made only

    run(target, work)


def test_an_overdue_session_is_claimed_once_and_a_held_one_never(target: str) -> None:
    interviewer = load_interviewer("baseline", Settings())

    async def work(store: InterviewStore) -> None:
        await store.add_job(JOB)
        await store.add_candidate(CANDIDATE)
        past = utc_now() - timedelta(seconds=1)
        for session_id in ("due", "held"):
            state = interviewer.start(JOB, CANDIDATE, CANDIDATE.resume_text, Preferences(), utc_now())
            assert await store.acquire_lease(session_id, "a", 60)
            await store.create_session(
                session_id, state, interviewer="baseline", owner="a", deadline=past, events=[]
            )
        await store.release_lease("due", "a")  # its client left; "held" is still driven by a
        claims = await asyncio.gather(*(store.claim_overdue(owner, 60) for owner in ("x", "y", "z")))
        assert sorted(session for claim in claims for session in claim) == ["due"]
        assert await store.claim_overdue("w", 60) == []

    run(target, work)
