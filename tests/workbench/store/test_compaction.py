"""Erasure's compaction on a real DuckDB file, beside live writes: the DELETE does not wait for the rewrite;
answers journaled and other writes made while the copy is made reach the new file (and survive a restart),
without waiting for it; and then no byte of the erased candidate is on disk."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import duckdb
import pytest

from workbench.interviewer import load_interviewer
from workbench.models import CandidateDetails, JobDetails, Preferences, utc_now
from workbench.settings import Settings
from workbench.store import async_store, compaction
from workbench.store.duckdb_store import DuckDBStore
from workbench.store.factory import open_store
from workbench.store.records import EventRecord

JOB = JobDetails(title="Backend Engineer", company="Example", skills_required=["python", "sql"])
ERASED = CandidateDetails(name="Erin", resume_text="Python developer erasedtok42; FastAPI.")
KEPT = CandidateDetails(name="Kim", resume_text="Python developer keptresume; Django.")
LATE = CandidateDetails(name="Lou", resume_text="Python developer latecandidate; Flask.")


def files_with(directory: Path, token: bytes) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.is_file() and token in p.read_bytes())


def event(session_id: str, token: str) -> EventRecord:
    return EventRecord(session_id=session_id, direction="in", type="t", payload={"t": token}, at=utc_now())


def test_compaction_runs_beside_live_writes_and_loses_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copied, release = threading.Event(), threading.Event()
    real_copy = compaction.copy_live_rows

    def copy_then_wait(
        con: duckdb.DuckDBPyConnection, db_path: Path, pinned: Callable[[], None]
    ) -> tuple[Path, int]:
        result = real_copy(con, db_path, pinned)  # copied: what follows must reach the copy at the swap
        copied.set()
        assert release.wait(30)
        return result

    monkeypatch.setattr(async_store, "copy_live_rows", copy_then_wait)
    db = tmp_path / "store.duckdb"
    interviewer = load_interviewer("baseline", Settings())

    async def work() -> None:
        store = await open_store(str(db), seed_if_new=False)
        assert isinstance(store, DuckDBStore)
        await store.add_job(JOB)
        for candidate in (ERASED, KEPT):
            await store.add_candidate(candidate)
        deadline = utc_now() + timedelta(minutes=30)
        for session_id, candidate in (("gone", ERASED), ("kept", KEPT)):
            state = interviewer.start(JOB, candidate, candidate.resume_text, Preferences(), utc_now())
            assert await store.acquire_lease(session_id, "me", 60)
            await store.create_session(
                session_id, state, interviewer="baseline", owner="me", deadline=deadline, events=[]
            )
        await store.log_events([event("gone", "erasedtok42"), event("kept", "before-erasure")])
        report = await store.erase_candidate(ERASED.id)  # returns before the rewrite is done
        assert report is not None and report.sessions == 1
        await asyncio.to_thread(copied.wait, 30)
        # While the copy is made: answers are journaled, acknowledged and applied; reads and writes go on.
        for n in range(5):
            await store.log_events([event("kept", f"during-{n}")])
        assert await store.get_candidate(KEPT.id) == KEPT
        assert (await store.load_session("kept")) is not None
        await store.add_candidate(LATE)
        assert [e.payload["t"] for e in await store.get_events("kept")][-1] == "during-4"
        release.set()
        await store.compacted()
        tokens = [e.payload["t"] for e in await store.get_events("kept")]
        assert tokens == ["before-erasure", *(f"during-{n}" for n in range(5))]
        assert await store.get_candidate(LATE.id) == LATE
        assert files_with(tmp_path, b"erasedtok42") == []
        await store.log_events([event("kept", "after")])
        await store.close()

        reopened = await open_store(str(db), seed_if_new=False)
        tokens = [e.payload["t"] for e in await reopened.get_events("kept")]
        assert tokens == ["before-erasure", *(f"during-{n}" for n in range(5)), "after"]
        assert (
            await reopened.get_candidate(LATE.id) == LATE and await reopened.get_candidate(ERASED.id) is None
        )
        await reopened.close()

    asyncio.run(work())
    assert files_with(tmp_path, b"erasedtok42") == []
    assert not (tmp_path / "store.duckdb.erasing").exists()
