"""The load bench's instruments: the stages of a durable write are timed on a real DuckDB store (journal
thread, DuckDB thread, event loop), and summarised per stage."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bench.serve_profiled import COMMIT_STAGES, Instruments, commit_stages
from workbench.store import async_store
from workbench.store.async_store import AsyncStore
from workbench.store.batch import WriteBatch
from workbench.store.store import Store


def test_commit_stages_are_the_gaps_between_stamps_and_the_whole_wait() -> None:
    stamps = [[0.0, 0.001, 0.004, 0.010, 0.030], [0.0, 0.002, 0.003, 0.004, 0.005], [0.0, 0.5]]
    stages = commit_stages(stamps)  # the write that failed (two stamps) is left out
    assert list(stages) == list(COMMIT_STAGES)
    assert stages["caller_woken"]["p99"] == pytest.approx(20.0)
    assert stages["whole"]["p50"] == pytest.approx(30.0)  # the upper median of 5 and 30 ms
    assert commit_stages([]) == {}


def test_every_write_through_the_journal_is_stamped_at_each_stage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> None:
    # The instruments patch the store's classes: put the originals back after the test.
    for owner, name in ((AsyncStore, "apply"), (AsyncStore, "_journal_group")):
        monkeypatch.setattr(owner, name, getattr(owner, name))
    for name in ("_answer_appends", "_resolve"):
        monkeypatch.setattr(async_store, name, getattr(async_store, name))
    instruments = Instruments(str(tmp_path / "profile"), cprofile=False)
    request.addfinalizer(instruments.gc.uninstall)  # its GC timer, too
    instruments.time_commits()

    async def write() -> None:
        store = AsyncStore(Store(tmp_path / "store.duckdb"))
        try:
            await asyncio.gather(*(store.apply(WriteBatch()) for _ in range(20)))
        finally:
            store.close()

    asyncio.run(write())
    assert len(instruments.commits) == 20
    for stamps in instruments.commits:
        assert len(stamps) == len(COMMIT_STAGES) and stamps == sorted(stamps)
    stages = instruments.summary()["commit_stages_ms"]
    assert 0 < stages["whole"]["p50"] < 10_000
