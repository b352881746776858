"""The session state machine in-process, on a real DuckDB store: the lifecycle's arrows, single-flight opening,
and the order compute → commit → adopt → reply when the commit fails."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest

from protocol_server.clock import InterviewClock
from protocol_server.erasure import erase_candidate
from protocol_server.machine import SessionMachine
from protocol_server.session import TRANSITIONS, Session, Stage
from workbench.interviewer import load_interviewer
from workbench.interviewer.guards import neutralise
from workbench.models import CandidateDetails
from workbench.protocol import ProtocolError, StartInterviewData
from workbench.settings import get_settings
from workbench.store.errors import StoreUnavailable
from workbench.store.factory import open_store
from workbench.store.interface import LoadedSession

SEED_JOB = "ff7f1e59-3014-4cc8-8f2e-4b3ca694ceb3"
START = StartInterviewData(job_id=SEED_JOB, candidate_id="test-candidate")


class Peer:
    def __init__(self) -> None:
        self.received: list[str] = []

    async def send_text(self, data: str) -> None:
        self.received.append(data)

    async def close(self, reason: str) -> None:
        pass


def on_machine(tmp_path: Path, body: Callable[[SessionMachine], Awaitable[None]]) -> None:
    """Run `body` against a machine on a real DuckDB store, in one event loop."""

    async def run() -> None:
        store = await open_store(tmp_path / "machine.duckdb")
        interviewer = load_interviewer("baseline", get_settings())
        machine = SessionMachine(store, interviewer, "baseline", InterviewClock(), 60)
        try:
            await body(machine)
        finally:
            await machine.close()
            await store.close()

    asyncio.run(run())


def test_only_the_documented_arrows_exist() -> None:
    session = Session("s")
    session.move(Stage.ACTIVE)
    session.move(Stage.ENDED)
    with pytest.raises(RuntimeError):
        session.move(Stage.ACTIVE)  # an ended interview never runs again
    session.move(Stage.EVICTED)
    with pytest.raises(RuntimeError):
        session.move(Stage.OPENING)  # an evicted object is never reused: the next message opens a new one
    assert TRANSITIONS[Stage.ENDED] == {Stage.EVICTED}


def test_concurrent_opens_of_one_session_share_one_load(tmp_path: Path) -> None:
    on_machine(tmp_path, concurrent_opens)


async def concurrent_opens(machine: SessionMachine) -> None:
    first = Peer()
    await machine.start("shared", START, first)
    await machine.detach("shared", first)  # unwatched: it leaves memory
    assert machine.registry.get("shared") is None
    loads = 0
    load = machine.store.load_session

    async def counted(session_id: str) -> LoadedSession | None:
        nonlocal loads
        loads += 1
        await asyncio.sleep(0.05)  # a slow store: the other openers arrive meanwhile
        return await load(session_id)

    machine.store.load_session = counted  # type: ignore[method-assign]
    opened = await asyncio.gather(*(machine.open("shared") for _ in range(5)))
    assert loads == 1
    assert len({id(session) for session in opened}) == 1 and opened[0] is not None
    assert opened[0].stage is Stage.ACTIVE


def test_a_failed_commit_leaves_the_session_as_it_was(tmp_path: Path) -> None:
    on_machine(tmp_path, failed_commit)


async def failed_commit(machine: SessionMachine) -> None:
    peer = Peer()
    await machine.start("fails", START, peer)
    session = machine.registry.get("fails")
    assert session is not None
    before = session.encoded
    sent = len(peer.received)

    async def refuse(*args: object, **kwargs: object) -> int:
        raise StoreUnavailable("disk gone")

    machine.store.save_session = refuse  # type: ignore[method-assign]
    with pytest.raises(ProtocolError) as error:
        await machine.answer("fails", "I led the checkout rebuild in React.", peer)
    assert error.value.status_code == 503
    assert session.encoded is before and session.stage is Stage.ACTIVE  # not adopted
    assert len(peer.received) == sent  # and no reply went out


def test_an_ended_session_nobody_watches_leaves_memory(tmp_path: Path) -> None:
    on_machine(tmp_path, ended_and_unwatched)


async def ended_and_unwatched(machine: SessionMachine) -> None:
    peer = Peer()
    await machine.start("ends", START, peer)
    ended = await machine.end("ends", peer)
    assert ended is None  # the first end is pushed to every connection, not returned
    session = machine.registry.get("ends")
    assert session is not None and session.stage is Stage.ENDED
    await machine.detach("ends", peer)
    assert session.stage is Stage.EVICTED and machine.registry.get("ends") is None
    again = Peer()
    repeat = await machine.end("ends", again)  # reopened from the store: the same interview_ended
    assert repeat is not None and repeat.data.session_id == "ends" and repeat.data.final_feedback


def test_an_erasure_empties_the_interviewers_answer_cache(tmp_path: Path) -> None:
    on_machine(tmp_path, erased_answers_leave_the_cache)


async def erased_answers_leave_the_cache(machine: SessionMachine) -> None:
    resume = "Frontend developer, React and TypeScript, five years."
    candidate = await machine.store.add_candidate(CandidateDetails(name="Cato Cached", resume_text=resume))
    answer = f"I rebuilt our checkout in React {uuid.uuid4().hex} and cut its bundle by half."
    peer = Peer()
    await machine.start("cached", START.model_copy(update={"candidate_id": candidate.id}), peer)
    await machine.answer("cached", answer, peer)
    hits = neutralise.cache_info().hits
    neutralise(answer)
    assert neutralise.cache_info().hits == hits + 1, "the interviewer must have cached the answer"
    assert await erase_candidate(machine, candidate.id) is not None
    misses = neutralise.cache_info().misses
    neutralise(answer)
    assert neutralise.cache_info().misses == misses + 1  # computed afresh: the erased answer was not held
