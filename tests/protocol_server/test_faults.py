"""Fault injection on a real `openhire serve`: a full disk, a torn tail, damage inside the journal, flipped bytes,
a deleted or cut-short journal, SIGKILL at random moments. Each case ends with every acknowledged answer stored
exactly once, or with a start-up that refuses and says why (and `openhire store check` agreeing); never with an
answer silently lost."""

from __future__ import annotations

import random
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from websockets.exceptions import WebSocketException

from tests.conftest import ServerProcess, make_server
from tests.protocol_server.faults import (
    Disk,
    assert_exactly_once,
    interview,
    openhire,
    run_refused,
    stored_answers,
    unique_answer,
)
from tests.protocol_server.wsclient import Client
from workbench.protocol import candidate_response
from workbench.store.journal import RECORD_HEADER, encode_batch, frame_record, scan_file
from workbench.store.recovery import journal_path


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Disk]:
    made = Disk(tmp_path / "disk")
    yield made
    made.release()


def test_a_full_disk_refuses_the_answer_loses_nothing_and_start_up_says_so(
    tmp_path: Path, disk: Disk, own_server: list[ServerProcess]
) -> None:
    proc = make_server(disk.root)
    proc.log_path = tmp_path / "server.log"  # the log is not on the disk that fills up
    own_server.append(proc.start())
    assert proc.process is not None
    acked = {"full": interview(proc, "full", 2)}
    with Client(proc.ws("full")) as client:
        client.status()  # the session is in memory again before the disk fills: the next error is the answer's
        disk.fill(proc.process.pid)
        client.send(candidate_response(unique_answer("full", 2)))
        error = client.expect("error", timeout=30)
        assert error["status_code"] == 503 and error["exception_type"] == "DatabaseError", error
        assert "JournalWriteError" in error["details"], error  # the journal refused it, nothing half-written
        disk.free(proc.process.pid)
        for index in (3, 4):  # acknowledged after space came back: glued to nothing, never lost
            client.answer(unique_answer("full", index))
            acked["full"].append(unique_answer("full", index))
    proc.kill()
    if disk.tmpfs:
        disk.fill(0)
    code, output = run_refused(proc, disk.preexec_when_full())
    assert code == 2 and disk.is_full_error(output) and "Traceback" not in output, output[-2000:]
    if disk.tmpfs:
        disk.free(0)
    proc.start()
    assert_exactly_once(proc, acked)
    assert stored_answers(proc, "full")[unique_answer("full", 2)] == 0  # refused: not half-stored either


def test_a_new_store_on_a_full_disk_is_one_clear_line_and_no_file(
    tmp_path: Path, disk: Disk, own_server: list[ServerProcess]
) -> None:
    proc = make_server(disk.root)
    proc.log_path = tmp_path / "server.log"
    assert not proc.db.exists()
    if disk.tmpfs:
        disk.fill(0)
    code, output = run_refused(proc, disk.preexec_when_full())
    assert code == 2 and disk.is_full_error(output), output[-2000:]
    assert len(output.strip().splitlines()) == 1 and "Traceback" not in output, output[-2000:]
    assert not proc.db.exists()  # no empty, unseeded file for the next start to mistake for the store
    if disk.tmpfs:
        disk.free(0)
    own_server.append(proc.start())  # with space, the next start creates and seeds it
    with proc.api() as api:
        assert api.get("/api/jobs").json(), "the new store must be seeded"


def damage_journal(path: Path, how: str) -> str:
    """Damage the journal after a crash; returns what the refusal must name."""
    data = bytearray(path.read_bytes())
    entries = scan_file(path).entries
    middle, last = entries[len(entries) // 2], entries[-1]
    if how == "torn-tail":  # the crash cut a write short: it was never acknowledged
        unfinished = frame_record(last.seq + 1, last.seq, encode_batch(last.batch))
        path.write_bytes(bytes(data) + unfinished[: RECORD_HEADER.size + 5])
        return "torn tail"
    if how == "flipped-byte-mid-file":
        data[middle.end - 7] ^= 0x04
        path.write_bytes(bytes(data))
        return f"offset {middle.offset}, seq {middle.seq}"
    if how == "bad-length-mid-file":
        data[middle.offset + 4] ^= 0x01
        path.write_bytes(bytes(data))
        return f"offset {middle.offset}"
    if how == "flipped-byte-last-record":
        data[last.end - 3] ^= 0x40
        path.write_bytes(bytes(data))
        return f"seq {last.seq}"
    if how == "deleted":
        path.unlink()
        return "is missing"
    assert how == "cut-short"
    path.write_bytes(bytes(data[: entries[0].end]))
    return "cut short"


@pytest.fixture(scope="module")
def crashed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, list[str]]]:
    """A store whose server was killed after five acknowledged answers (copied by each damage case)."""
    proc = make_server(tmp_path_factory.mktemp("crashed"))
    proc.start()
    try:
        acked = interview(proc, "hurt", 5)
        # A read makes DuckDB take in every journaled record first, so that the file records how far the
        # journal reaches (a cut past that point would look like writes that never happened: see README).
        assert sum(stored_answers(proc, "hurt").values()) == len(acked)
    finally:
        proc.kill()
    yield proc.db.parent, acked


@pytest.mark.parametrize(
    "how",
    [
        "torn-tail",
        "flipped-byte-mid-file",
        "bad-length-mid-file",
        "flipped-byte-last-record",
        "deleted",
        "cut-short",
    ],
)
def test_journal_damage_after_a_crash_is_replayed_or_refused_with_a_reason(
    tmp_path: Path, own_server: list[ServerProcess], crashed: tuple[Path, list[str]], how: str
) -> None:
    source, answers = crashed
    proc = make_server(tmp_path)
    own_server.append(proc)
    for path in source.glob("openhire.duckdb*"):
        shutil.copy2(path, tmp_path / path.name)
    acked = {"hurt": answers}
    journal = journal_path(proc.db)
    expected = damage_journal(journal, how)
    if how == "torn-tail":
        proc.start()
        assert_exactly_once(proc, acked)
        assert "torn tail" in (proc.log_path.read_text() if proc.log_path else "")
        return
    kept = journal.read_bytes() if journal.exists() else None
    code, output = run_refused(proc)
    assert code == 2 and expected in output and "openhire store check" in output, output[-2000:]
    assert "Traceback" not in output
    assert (journal.read_bytes() if journal.exists() else None) == kept  # kept aside, not emptied
    code, report = openhire("store", "check", "--db", str(proc.db), env=proc.env)
    assert code == 1 and "PROBLEM" in report and expected in report, report
    if how not in ("flipped-byte-mid-file", "deleted"):
        return  # recovery is the same operation for every refusal; two cases exercise it end to end
    code, report = openhire("store", "recover", "--db", str(proc.db), "--yes", env=proc.env)
    assert code == 0 and "fresh journal" in report, report
    proc.start()  # the operator chose: good records applied, the rest kept in the quarantined copy
    stored = stored_answers(proc, "hurt")
    assert all(count == 1 for count in stored.values()) and set(stored) <= set(answers)
    if how == "deleted":  # DuckDB held every record already: nothing is missing
        assert_exactly_once(proc, acked)


def test_sigkill_at_random_moments_loses_no_acknowledged_answer(
    tmp_path: Path, own_server: list[ServerProcess]
) -> None:
    proc = make_server(tmp_path)
    own_server.append(proc)
    acked: dict[str, list[str]] = {}
    rng = random.Random(11)
    for cycle in range(3):
        proc.start()
        sessions = [f"kill-{cycle}-{n}" for n in range(3)]
        for session_id in sessions:
            acked[session_id] = []
        stop = threading.Event()

        def answer_until_killed(session_id: str, stop: threading.Event) -> None:
            try:
                with Client(proc.ws(session_id)) as client:
                    client.start()
                    for index in range(40):
                        text = unique_answer(session_id, index)
                        reply = client.answer(text)
                        acked[session_id].append(text)  # acknowledged: it must survive
                        if reply["completed"] or stop.is_set():
                            return
            except (WebSocketException, OSError, TimeoutError):
                return  # the server died mid-answer: that answer was never acknowledged

        threads = [threading.Thread(target=answer_until_killed, args=(sid, stop)) for sid in sessions]
        for thread in threads:
            thread.start()
        time.sleep(rng.uniform(0.3, 1.5))
        proc.kill()
        stop.set()
        for thread in threads:
            thread.join(timeout=30)
    proc.start()
    total = sum(map(len, acked.values()))
    print(f"SIGKILL x3, 3 sessions each: {total} acknowledged answers, each checked stored exactly once")
    assert total >= 6
    assert_exactly_once(proc, acked)
