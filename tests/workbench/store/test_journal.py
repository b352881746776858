"""The write-ahead journal on real files: framing, failed appends, torn tails, damage, continuation, recovery."""

from __future__ import annotations

import asyncio
import errno
import logging
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from workbench.models import utc_now
from workbench.store import async_store
from workbench.store import journal as journal_module
from workbench.store.async_store import AsyncStore
from workbench.store.batch import WriteBatch
from workbench.store.journal import (
    RECORD_HEADER,
    Journal,
    JournalWriteError,
    SeqMarkDamaged,
    scan_file,
    seq_mark_path,
)
from workbench.store.records import EventRecord
from workbench.store.recovery import JournalRefused, Position, check_store, journal_path, recover
from workbench.store.store import Store

REPO = Path(__file__).resolve().parents[3]


def event_batch(token: str) -> WriteBatch:
    event = EventRecord(
        session_id="s1", direction="in", type="candidate_response", payload={"t": token}, at=utc_now()
    )
    return WriteBatch().add_events([event])


def stored_tokens(store: Store) -> list[str]:
    return [event.payload["t"] for event in store.get_events("s1")]


def opened_with_journal(db: Path) -> tuple[Store, Journal]:
    store = Store(db)
    assert store.journal is not None
    return store, store.journal


def crash_with_journaled(db: Path, tokens: list[str]) -> Path:
    """A store whose journal holds `tokens` (seq 1..n) that DuckDB never applied: as after a SIGKILL."""
    store = Store(db)
    assert store.journal is not None
    store.journal.append([(seq, event_batch(token)) for seq, token in enumerate(tokens, start=1)])
    store.journal.close()  # no clean shutdown: the journal is left as it is
    store.journal = None
    store.close()
    return journal_path(db)


def test_journaled_records_are_replayed_exactly_once_and_the_journal_starts_over(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    journal = crash_with_journaled(db, ["a", "b", "c"])
    assert [entry.seq for entry in scan_file(journal).entries] == [1, 2, 3]
    with Store(db) as store:
        assert stored_tokens(store) == ["a", "b", "c"]
        assert store.journal_position().last_seq == 3
    with Store(db) as store:  # a second open replays nothing again
        assert stored_tokens(store) == ["a", "b", "c"]
    assert scan_file(journal).entries == []


def test_a_failed_append_is_cut_back_and_its_sequence_numbers_are_not_reused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "s.duckdb"
    store, journal = opened_with_journal(db)
    journal.append([(1, event_batch("kept-1"))])
    good_end = journal.end
    real_pwrite = os.pwrite
    calls: list[int] = []

    def short_then_full(fd: int, data: bytes, offset: int) -> int:
        calls.append(len(data))
        if len(calls) == 1:
            return real_pwrite(fd, data[: len(data) // 2], offset)  # a short write ...
        raise OSError(errno.ENOSPC, "No space left on device")  # ... then the disk is full

    monkeypatch.setattr(os, "pwrite", short_then_full)
    with pytest.raises(JournalWriteError, match="No space left"):
        journal.append([(2, event_batch("failed-2"))])
    monkeypatch.setattr(os, "pwrite", real_pwrite)
    assert journal_path(db).stat().st_size == good_end  # cut back before anything else is written
    journal.append([(3, event_batch("kept-3"))])
    scan = scan_file(journal_path(db))
    assert not scan.damage and [(e.seq, e.prev) for e in scan.entries] == [(1, 0), (3, 1)]
    journal.close()
    store.journal = None
    store.close()
    with Store(db) as reopened:
        assert stored_tokens(reopened) == ["kept-1", "kept-3"]


def test_a_torn_tail_is_dropped_with_a_log_line(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    db = tmp_path / "s.duckdb"
    journal = crash_with_journaled(db, ["a", "b", "c"])
    third = scan_file(journal).entries[2]
    with journal.open("r+b") as file:
        file.truncate(third.offset + RECORD_HEADER.size + 3)  # the crash cut the last write short
    with caplog.at_level(logging.WARNING), Store(db) as store:
        assert stored_tokens(store) == ["a", "b"]
    assert "torn tail" in caplog.text and "after seq 2" in caplog.text


@pytest.mark.parametrize(
    ("where", "what"),
    [
        ("payload-of-middle", "payload fails its checksum"),
        ("length-of-middle", "header that fails its checksum"),
        ("payload-of-last", "payload fails its checksum"),
    ],
)
def test_damage_that_is_not_a_torn_tail_stops_start_up_and_keeps_the_journal(
    tmp_path: Path, where: str, what: str
) -> None:
    db = tmp_path / "s.duckdb"
    journal = crash_with_journaled(db, ["a", "b", "c"])
    entries = scan_file(journal).entries
    target = entries[2] if where.endswith("last") else entries[1]
    at = target.offset + 5 if where.startswith("length") else target.end - 3
    data = bytearray(journal.read_bytes())
    data[at] ^= 0x20
    journal.write_bytes(bytes(data))
    with pytest.raises(JournalRefused) as refused:
        Store(db)
    message = str(refused.value)
    assert what in message and f"offset {target.offset}" in message
    assert f"the last good record before it is seq {target.seq - 1}" in message
    if where.startswith("payload"):  # a record whose header is intact names its own seq
        assert f"offset {target.offset}, seq {target.seq}" in message
    assert "openhire store check" in message and "openhire store recover" in message
    assert journal.read_bytes() == bytes(data)  # kept as it was, not emptied
    ok, lines = check_store(db)
    assert not ok and any(what in line for line in lines)


def test_a_missing_or_cut_short_journal_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    journal = crash_with_journaled(db, ["a", "b", "c"])
    Store(db).close()  # replays 1..3, then the journal starts over
    with Store(db) as store:
        assert store.journal is not None
        store.journal.append([(4, event_batch("d")), (5, event_batch("e"))])
        end_of_4 = scan_file(journal).entries[0].end
        store.apply_journaled(WriteBatch(), Position(5, store.journal.journal_id, store.journal.end))
    saved = journal.read_bytes()
    journal.unlink()
    with pytest.raises(JournalRefused, match="is missing"):
        Store(db)
    journal.write_bytes(saved[:end_of_4])  # cut at a record boundary, below what DuckDB applied
    with pytest.raises(JournalRefused, match="cut short"):
        Store(db)


def test_recover_applies_the_good_prefix_and_keeps_a_copy(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    journal = crash_with_journaled(db, ["a", "b", "c"])
    data = bytearray(journal.read_bytes())
    data[scan_file(journal).entries[1].end - 2] ^= 0x01
    journal.write_bytes(bytes(data))
    with Store(db, journal=False) as store:
        report = recover(store.con, db)
    copies = list(tmp_path.glob("s.duckdb.journal.quarantine-*"))
    assert len(copies) == 1 and copies[0].read_bytes() == bytes(data)
    assert any("applied 1 good records up to seq 1" in line for line in report)
    with Store(db) as store:
        assert stored_tokens(store) == ["a"]
        assert store.journal_position().last_seq == 3  # seq 2 and 3 (quarantined) are never handed out again


def small_journal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, AsyncStore]:
    """An async store whose journal starts over past 2,000 bytes (a few records)."""
    monkeypatch.setattr(async_store, "TRUNCATE_BYTES", 2000)
    db = tmp_path / "s.duckdb"
    return db, AsyncStore(Store(db))


async def write_steadily(store: AsyncStore, numbers: range, journal_ids: set[str] | None = None) -> None:
    """Write `t<n>` one after the other, collecting the journal's ids; DuckDB catches up after every tenth,
    as it does every 0.25 s under steady traffic."""
    for n in numbers:
        await store.apply(event_batch(f"t{n}"))
        if journal_ids is not None:
            journal_ids.add(store.store.journal.journal_id if store.store.journal else "")
        if n % 10 == 9:
            await store.read(lambda s: None)


def tokens_after_close(store: AsyncStore, db: Path) -> list[str]:
    """Close the async store, open its file again and read back what it holds."""
    store.close()
    with Store(db) as reopened:
        return stored_tokens(reopened)


def test_under_steady_writes_the_journal_starts_over_keeping_only_what_duckdb_lacks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, store = small_journal(tmp_path, monkeypatch)
    ids: set[str] = set()
    asyncio.run(write_steadily(store, range(150), ids))
    assert len(ids) > 3  # started over many times
    written = sum(len(journal_module.encode_batch(event_batch(f"t{n}"))) for n in range(150))
    assert journal_path(db).stat().st_size < written / 3  # what DuckDB holds does not stay in it
    # nothing lost, nothing twice
    assert tokens_after_close(store, db) == [f"t{n}" for n in range(150)]


def test_appends_past_the_size_limit_never_wait_for_duckdb(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, store = small_journal(tmp_path, monkeypatch)
    release = threading.Event()

    async def write_while_duckdb_is_busy() -> None:
        busy = asyncio.ensure_future(store.write(lambda s: release.wait(30)))  # a long DuckDB call
        for n in range(40):  # one after the other: the journal passes its size limit on the way
            await asyncio.wait_for(store.apply(event_batch(f"t{n}")), timeout=10)
        assert not busy.done()  # every append was acknowledged while DuckDB was still busy
        release.set()
        await busy

    asyncio.run(write_while_duckdb_is_busy())
    assert tokens_after_close(store, db) == [f"t{n}" for n in range(40)]


def test_a_failed_start_over_keeps_the_journal_and_leaves_no_copy_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, store = small_journal(tmp_path, monkeypatch)
    real_replace = os.replace
    failing = True

    def replace(src: str | Path, dst: str | Path) -> None:
        if failing and str(dst).endswith(".journal"):
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(journal_module.os, "replace", replace)
    journal = store.store.journal
    assert journal is not None
    first_id = journal.journal_id
    asyncio.run(
        write_steadily(store, range(60))
    )  # every start-over fails: every append is still acknowledged
    assert journal.journal_id == first_id and journal.size() > 2000 * 3
    assert not journal_path(db).with_name("s.duckdb.journal.new").exists()  # no copy of their words left
    failing = False
    asyncio.run(write_steadily(store, range(60, 90)))
    assert journal.journal_id != first_id  # it starts over once it can
    assert tokens_after_close(store, db) == [f"t{n}" for n in range(90)]


def test_a_swap_whose_directory_sync_fails_is_still_the_journal_appended_to(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "s.duckdb"
    store, journal = opened_with_journal(db)
    journal.append([(seq, event_batch(f"e{seq}")) for seq in (1, 2, 3)])
    old_id, real_sync, failures = journal.journal_id, journal_module.fsync_dir, [2]

    def flaky_sync(path: Path) -> None:
        if failures[0]:
            failures[0] -= 1
            raise OSError(errno.EIO, "Input/output error")
        real_sync(path)

    monkeypatch.setattr(journal_module, "fsync_dir", flaky_sync)
    with pytest.raises(OSError):
        journal.rotate(0, journal_module.FILE_HEADER.size)  # swapped in, its name not yet durable
    assert journal.journal_id != old_id  # the new file is the one in use
    with pytest.raises(JournalWriteError):
        journal.append([(4, event_batch("e4"))])  # refused while the swap is not durable: never acknowledged
    journal.append([(5, event_batch("e5"))])  # the sync is retried first, then the record goes in
    crash(store)
    with Store(db) as reopened:
        assert stored_tokens(reopened) == ["e1", "e2", "e3", "e5"]


def end_of(scan: journal_module.Scan, seq: int) -> int:
    entry = scan.entry(seq)
    assert entry is not None
    return entry.end


def rotated_while_duckdb_applied(db: Path) -> tuple[Path, Journal]:
    """Entries 1..5 journaled; the journal starts over after seq 2 (what DuckDB was known to hold), while
    DuckDB had already applied up to 3 from the old journal; then a crash."""
    store, journal = opened_with_journal(db)
    journal.append([(seq, event_batch(f"e{seq}")) for seq in range(1, 6)])
    old = scan_file(journal_path(db))
    applied = [entry for entry in old.entries if entry.seq <= 3]
    merged = WriteBatch()
    for entry in applied:
        merged.extend(entry.batch)
    store.apply_journaled(merged, Position(3, old.journal_id, applied[-1].end))
    journal.rotate(2, end_of(old, 2))
    return journal_path(db), journal


def test_a_rotated_journal_keeps_its_records_and_goes_on_appending(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    path, journal = rotated_while_duckdb_applied(db)
    journal.append([(6, event_batch("e6"))])
    scan = scan_file(path)
    assert scan.base == 2 and [entry.seq for entry in scan.entries] == [3, 4, 5, 6]
    assert not scan.damage and scan.good_end == path.stat().st_size
    with pytest.raises(ValueError, match="does not start the record after seq 4"):
        journal.rotate(4, end_of(scan, 3))  # that byte starts seq 4's record, whose predecessor is 3


def test_a_crash_after_rotating_replays_only_what_duckdb_did_not_apply(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    _, journal = rotated_while_duckdb_applied(db)
    journal.close()
    crash_store = Store(db, journal=False)
    crash_store.close()
    with Store(db) as store:  # the store names the old journal's seq 3, which the new one holds, copied
        assert stored_tokens(store) == ["e1", "e2", "e3", "e4", "e5"]
        assert store.journal_position().last_seq == 5


def test_a_new_journal_that_skips_what_the_store_applied_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    path, journal = rotated_while_duckdb_applied(db)
    scan = scan_file(path)
    journal.close()
    cut = end_of(scan, 3)
    data = path.read_bytes()
    without_3 = data[: scan.entries[0].offset] + data[cut:]  # seq 4's record names seq 3 before it
    path.write_bytes(without_3)
    with pytest.raises(JournalRefused):
        Store(db)


def crash(store: Store) -> None:
    """Stop as a SIGKILL would: the journal is left as it is (no restart), DuckDB holds what it applied."""
    assert store.journal is not None
    store.journal.close()
    store.journal = None
    store.close()


def test_a_sequence_number_of_a_failed_append_is_not_reused_after_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "s.duckdb"
    store, journal = opened_with_journal(db)
    journal.append([(seq, event_batch("kept")) for seq in journal.take_seqs(1)])
    failed = journal.take_seqs(1)
    real_pwrite = os.pwrite

    def disk_full(fd: int, data: bytes, offset: int) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "pwrite", disk_full)
    with pytest.raises(JournalWriteError):
        journal.append([(failed[0], event_batch("failed"))])
    monkeypatch.setattr(os, "pwrite", real_pwrite)
    crash(store)  # right after the failed append: that number lived only in this process's memory
    with Store(db) as reopened:
        assert reopened.journal is not None
        later = reopened.journal.take_seqs(3)
        assert min(later) > failed[0] and stored_tokens(reopened) == ["kept"]
        reopened.journal.append([(seq, event_batch("after")) for seq in later])
        assert [e.seq for e in scan_file(journal_path(db)).entries] == later


def test_sequence_numbers_only_grow_across_restarts_of_the_async_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "s.duckdb"
    seen: list[int] = []
    real_append = Journal.append

    def recording_append(self: Journal, entries: list[tuple[int, WriteBatch]]) -> int:
        seen.extend(seq for seq, _ in entries)
        return real_append(self, entries)

    monkeypatch.setattr(Journal, "append", recording_append)

    async def write(store: AsyncStore, run: int) -> None:
        for n in range(3):
            await store.apply(event_batch(f"r{run}-{n}"))

    for run in range(3):
        store = AsyncStore(Store(db))
        asyncio.run(write(store, run))
        store.close()
    assert seen == sorted(set(seen)) and len(seen) == 9  # strictly increasing: none handed out twice
    with Store(db) as reopened:
        assert len(stored_tokens(reopened)) == 9


def test_a_failure_to_reserve_sequence_numbers_fails_the_write_and_hands_out_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "s.duckdb"
    store = AsyncStore(Store(db))

    def disk_full(journal: Path, reserved: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    async def write(token: str) -> None:
        await store.apply(event_batch(token))

    with monkeypatch.context() as patch:
        patch.setattr(journal_module, "write_seq_mark", disk_full)
        with pytest.raises(OSError, match="No space left"):
            asyncio.run(write("refused"))
    asyncio.run(write("kept"))
    store.close()
    with Store(db) as reopened:
        assert stored_tokens(reopened) == ["kept"]


def test_a_damaged_sequence_mark_stops_start_up(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    Store(db).close()
    ok, lines = check_store(db)
    assert ok and any("sequence numbers handed out up to at most" in line for line in lines)
    seq_mark_path(journal_path(db)).write_text("garbage")
    with pytest.raises(SeqMarkDamaged, match="reserved sequence number"):
        Store(db)
    ok, lines = check_store(db)
    assert not ok and "reserved sequence number" in lines[-1]


WRITER = """
import asyncio, sys
from workbench.store import async_store
from workbench.store.async_store import AsyncStore
from workbench.store.store import Store
from tests.workbench.store.test_journal import event_batch
async_store.TRUNCATE_BYTES = 3000
async_store.APPLY_EVERY_SECONDS = 0.05

async def main() -> None:
    store = AsyncStore(Store(sys.argv[1]))
    for n in range(100_000):
        await store.apply(event_batch(f"t{n}"))
        print(f"t{n}", flush=True)  # acknowledged: durable from here on

asyncio.run(main())
"""


@pytest.mark.parametrize("acks_before_kill", [200, 333, 517])
def test_sigkill_while_the_journal_starts_over_loses_no_acknowledged_write(
    tmp_path: Path, acks_before_kill: int
) -> None:
    """A real process writes steadily (the journal starting over every dozen records, DuckDB applying behind)
    and is killed with SIGKILL: every write it acknowledged is in the store after a restart, exactly once."""
    db = tmp_path / "s.duckdb"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
    }
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db)], stdout=subprocess.PIPE, text=True, env=env, cwd=REPO
    )
    assert proc.stdout is not None
    acknowledged = [proc.stdout.readline().strip() for _ in range(acks_before_kill)]
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert acknowledged[-1] == f"t{acks_before_kill - 1}"
    assert scan_file(journal_path(db)).base > 0  # the journal had started over
    with Store(db) as reopened:
        tokens = stored_tokens(reopened)
    assert len(tokens) == len(set(tokens))  # nothing twice
    assert tokens[: len(acknowledged)] == acknowledged  # nothing acknowledged lost, in order
