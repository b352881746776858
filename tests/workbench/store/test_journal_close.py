"""Closing the async store: starting the journal over at shutdown is a saving, never a duty. It is not done
under a store thread still running (the journal thread may be swapping the journal itself, through the same
`.new` file), a failure of it is a log line, and DuckDB is closed whatever happens; nothing acknowledged is lost."""

from __future__ import annotations

import asyncio
import errno
import logging
import threading
from pathlib import Path

import duckdb
import pytest

from workbench.models import utc_now
from workbench.store import async_store
from workbench.store import journal as journal_module
from workbench.store.async_store import AsyncStore
from workbench.store.batch import WriteBatch
from workbench.store.records import EventRecord
from workbench.store.recovery import journal_path
from workbench.store.store import Store


def event_batch(token: str) -> WriteBatch:
    event = EventRecord(
        session_id="s1", direction="in", type="candidate_response", payload={"t": token}, at=utc_now()
    )
    return WriteBatch().add_events([event])


async def write(store: AsyncStore, tokens: list[str]) -> None:
    for token in tokens:
        await store.apply(event_batch(token))  # acknowledged: journaled and fsynced
    await store.read(lambda s: None)  # and applied to DuckDB: the journal may start over at close


def tokens_in(db: Path) -> list[str]:
    with Store(db) as reopened:
        return [event.payload["t"] for event in reopened.get_events("s1")]


def test_a_close_whose_journal_cannot_start_over_closes_duckdb_and_loses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    db = tmp_path / "s.duckdb"
    store = AsyncStore(Store(db))
    asyncio.run(write(store, ["a", "b", "c"]))
    journal = store.store.journal
    assert journal is not None
    old_id = journal.journal_id

    def vanished(path: Path, base: int, records: bytes) -> tuple[str, int]:
        # as when the directory is gone, or the disk full, at the moment of the swap
        raise FileNotFoundError(errno.ENOENT, "No such file or directory", f"{path}.new")

    monkeypatch.setattr(journal_module, "_swap_in", vanished)
    connection = store.store.con
    with caplog.at_level(logging.WARNING, logger=async_store.__name__):
        store.close()  # raised FileNotFoundError before, and left DuckDB open
    assert "journal not started over at shutdown" in caplog.text
    with pytest.raises(duckdb.ConnectionException):
        connection.execute("SELECT 1")  # closed
    assert journal_module.scan_file(journal_path(db)).journal_id == old_id  # the journal in place, as it was
    monkeypatch.undo()
    assert tokens_in(db) == ["a", "b", "c"]  # each once


def test_a_close_does_not_start_the_journal_over_under_a_journal_thread_still_running(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    db = tmp_path / "s.duckdb"
    store = AsyncStore(Store(db))
    asyncio.run(write(store, ["a", "b"]))
    journal = store.store.journal
    assert journal is not None
    old_id = journal.journal_id
    holding, release = threading.Event(), threading.Event()

    def hold(_: Store) -> None:  # an erasure's exclusive step, still running when the server stops
        holding.set()
        release.wait(30)

    runner = threading.Thread(target=lambda: asyncio.run(store.exclusive(hold)))
    runner.start()
    assert holding.wait(10)
    monkeypatch.setattr(async_store, "JOURNAL_JOIN_SECONDS", 0.2)
    monkeypatch.setattr(async_store, "DUCKDB_JOIN_SECONDS", 0.2)
    swaps: list[Path] = []
    real_swap = journal_module._swap_in

    def counted(path: Path, base: int, records: bytes) -> tuple[str, int]:
        swaps.append(path)
        return real_swap(path, base, records)

    monkeypatch.setattr(journal_module, "_swap_in", counted)
    with caplog.at_level(logging.WARNING, logger=async_store.__name__):
        store.close()  # the journal thread waits for the exclusive step: not joined in time
    assert "still busy at shutdown" in caplog.text
    assert swaps == []  # started over before, beside the thread that owns the journal
    release.set()
    runner.join(10)
    for thread in threading.enumerate():
        if thread.name in ("openhire-journal", "openhire-duckdb"):
            thread.join(10)
    assert journal_module.scan_file(journal_path(db)).journal_id == old_id
    assert not journal_path(db).with_name("s.duckdb.journal.new").exists()
    assert tokens_in(db) == ["a", "b"]
