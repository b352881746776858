"""Two real `openhire serve` processes on one PostgreSQL database: one process drives a session at a time,
clients move between processes, a killed process's sessions resume elsewhere, time-outs fire once."""

from __future__ import annotations

import contextlib
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psutil
import psycopg
import pytest
from websockets.exceptions import ConnectionClosed

from tests.conftest import OPENHIRE, ServerProcess, make_server
from tests.postgres import new_database
from tests.protocol_server.wsclient import STRONG_ANSWERS, Client
from workbench.models import Preferences, utc_now
from workbench.protocol import EndInterview, GetStatus, candidate_response, start_interview

LEASE_SECONDS = 2.0
LONG = Preferences(max_duration=180)  # 108 s at 0.6 s per minute: these interviews never time out by accident


@pytest.fixture(scope="module")
def pair(postgres_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ServerProcess, ...]]:
    db_url = new_database(postgres_url)
    settings = {
        "lease_seconds": str(LEASE_SECONDS),
        "sweep_seconds": "0.3",
        "seconds_per_minute": "0.6",
        "clock_epoch": utc_now().isoformat(),  # both processes agree on (compressed) interview time
    }
    # A runs the interviewer's turns in a worker process, B in its own: sessions move between the two kinds.
    procs = tuple(
        make_server(tmp_path_factory.mktemp(f"mp-{name}"), db_url, **settings, interviewer_processes=workers)
        for name, workers in (("A", "1"), ("B", "0"))
    )
    for proc in procs:
        proc.start()
    yield procs
    for proc in procs:
        proc.stop()


def connect_when_free(proc: ServerProcess, session_id: str, timeout: float = 20.0) -> tuple[Client, Any]:
    """Connect and ask for the status until this process may drive the session (409 while another does)."""
    deadline = time.monotonic() + timeout
    while True:
        client = Client(proc.ws(session_id))
        client.send(GetStatus())
        reply = client.recv()
        if reply["type"] == "error" and reply["status_code"] == 409:
            assert reply["exception_type"] == "SessionBusy"
            client.close()
            assert time.monotonic() < deadline, "the session never became free"
            time.sleep(0.2)
            continue
        assert reply["type"] == "status_update", reply
        return client, reply["data"]


def stored_answers(proc: ServerProcess, session_id: str) -> list[str]:
    assert proc.db_url is not None
    with psycopg.connect(proc.db_url) as con:
        rows = con.execute("SELECT answer FROM turns WHERE session_id = %s ORDER BY idx", [session_id])
        return [row[0] for row in rows.fetchall()]


def count_events(proc: ServerProcess, session_id: str, kind: str) -> int:
    assert proc.db_url is not None
    with psycopg.connect(proc.db_url) as con:
        row = con.execute(
            "SELECT count(*) FROM events WHERE session_id = %s AND type = %s AND direction = 'out'",
            [session_id, kind],
        ).fetchone()
        return int(row[0]) if row else 0


def test_start_on_one_process_and_finish_on_the_other(pair: tuple[ServerProcess, ...]) -> None:
    a, b = pair
    with Client(a.ws("mp-move")) as client:
        client.start(preferences=LONG)
        for answer in STRONG_ANSWERS[:2]:
            client.answer(answer)
    client, status = connect_when_free(b, "mp-move")
    with client:
        assert status["questions_asked"] == 3 and not status["completed"]
        assert client.answer(STRONG_ANSWERS[2])["questions_asked"] == 4
        client.send(EndInterview())
        assert client.expect("interview_ended")["data"]["completed"] is True
    assert stored_answers(a, "mp-move") == STRONG_ANSWERS[:3]
    detail = a.api().get("/api/sessions/mp-move").json()  # the other process reads it too
    assert detail["status"] == "ended"


def test_one_session_on_two_processes_at_once_never_gets_a_double_answer(
    pair: tuple[ServerProcess, ...],
) -> None:
    a, b = pair
    with Client(a.ws("mp-both")) as on_a:
        on_a.start(preferences=LONG)
        on_b = Client(b.ws("mp-both"))
        assert on_b.expect("error")["status_code"] == 409  # told at once: another process drives it
        replies: dict[str, Any] = {}

        def answer(name: str, client: Client, text: str) -> None:
            client.send(candidate_response(text))
            replies[name] = client.recv()

        threads = [
            threading.Thread(target=answer, args=("a", on_a, STRONG_ANSWERS[0])),
            threading.Thread(target=answer, args=("b", on_b, STRONG_ANSWERS[1])),
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
        on_b.close()
        assert replies["a"]["type"] == "ai_response"
        assert replies["b"]["type"] == "error" and replies["b"]["status_code"] == 409
    assert stored_answers(a, "mp-both") == [STRONG_ANSWERS[0]]


def test_opening_a_new_session_on_two_processes_at_once_starts_it_once(
    pair: tuple[ServerProcess, ...],
) -> None:
    clients = [Client(proc.ws("mp-race")) for proc in pair]
    for client in clients:  # opening looks the session up (and may meet the other's look-up): let it pass
        with contextlib.suppress(TimeoutError):
            client.recv(timeout=0.5)
    replies: list[dict[str, Any]] = []

    def start(client: Client) -> None:
        client.send(start_interview("ff7f1e59-3014-4cc8-8f2e-4b3ca694ceb3", "test-candidate"))
        replies.append(client.recv())

    threads = [threading.Thread(target=start, args=(client,)) for client in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    for client in clients:
        client.close()
    kinds = sorted(reply["type"] for reply in replies)
    assert kinds == ["error", "interview_started"], replies
    assert next(r for r in replies if r["type"] == "error")["status_code"] == 409


def test_a_time_out_fires_once_from_whichever_process(pair: tuple[ServerProcess, ...]) -> None:
    a, b = pair
    with Client(a.ws("mp-timeout")) as client:
        client.start(preferences=Preferences(max_duration=5))  # 3 s of real time
        client.answer(STRONG_ANSWERS[0])
    # Nobody is connected: both processes sweep for it; exactly one ends it.
    deadline = time.monotonic() + 30
    while b.api().get("/api/sessions/mp-timeout").json()["status"] != "ended":
        assert time.monotonic() < deadline, "the interview was never ended at max_duration"
        time.sleep(0.3)
    time.sleep(1.0)  # give a second, wrong, ending the time to happen
    assert count_events(a, "mp-timeout", "interview_ended") == 1
    assert stored_answers(a, "mp-timeout") == [STRONG_ANSWERS[0]]


def test_an_erasure_on_one_process_closes_the_candidates_session_on_the_other_and_nothing_late_is_logged(
    pair: tuple[ServerProcess, ...],
) -> None:
    a, b = pair
    resume = "Backend developer, Python and PostgreSQL, six years."
    created = a.api().post("/api/candidates", json={"name": "Ela Erased", "resume_text": resume}).json()
    live = Client(a.ws("mp-erased"))
    live.start(candidate_id=created["id"], preferences=LONG)
    live.answer(STRONG_ANSWERS[0])
    started = time.monotonic()
    assert b.api().delete(f"/api/candidates/{created['id']}").status_code == 200
    goodbye = live.recv(timeout=10)  # pushed by process A, not waiting for the client's next message
    print(f"erased on B: A's socket told after {time.monotonic() - started:.2f} s (DELETE included)")
    assert goodbye["type"] == "error" and goodbye["exception_type"] == "CandidateErased", goodbye
    with pytest.raises(ConnectionClosed):
        live.recv(timeout=5)
    for proc in pair:  # late messages on a new connection, to either process: refused as erased
        with Client(proc.ws("mp-erased")) as late:
            late.send(candidate_response("a late answer"))
            refused = late.expect("error")
            assert refused["exception_type"] == "CandidateErased", refused
    time.sleep(1.0)  # the event log's flush interval
    assert a.db_url is not None
    with psycopg.connect(a.db_url) as con:  # even a direct insert of an erased session's event is dropped
        con.execute(
            """INSERT INTO events (session_id, direction, type, payload, occurred_at)
               VALUES ('mp-erased', 'in', 'candidate_response', '{}', now())"""
        )
        row = con.execute("SELECT count(*) FROM events WHERE session_id = 'mp-erased'").fetchone()
    assert row == (0,)


def test_a_killed_process_loses_no_acknowledged_answer_and_the_session_resumes_elsewhere(
    pair: tuple[ServerProcess, ...], tmp_path: Path
) -> None:
    a, b = pair
    with Client(a.ws("mp-kill")) as client:
        client.start(preferences=LONG)
        for answer in STRONG_ANSWERS[:3]:
            client.answer(answer)
        a.kill()  # SIGKILL with the connection open: its lease is never released, only expires
    client, status = connect_when_free(b, "mp-kill", timeout=LEASE_SECONDS * 10)
    with client:
        assert status["questions_asked"] == 4
        client.answer(STRONG_ANSWERS[3])
        client.send(EndInterview())
        client.expect("interview_ended")
    assert stored_answers(b, "mp-kill") == STRONG_ANSWERS[:4]


def test_serve_with_workers_shares_one_port_among_processes(
    postgres_url: str, tmp_path: Path, own_server: list[ServerProcess]
) -> None:
    proc = make_server(tmp_path, new_database(postgres_url), lease_seconds=str(LEASE_SECONDS))
    proc.workers = 2
    own_server.append(proc.start())
    assert proc.process is not None
    workers = psutil.Process(proc.process.pid).children()
    assert len([p for p in workers if "spawn_main" in " ".join(p.cmdline())]) == 2
    for visit in range(3):  # each connection may land on either process: the session follows
        client, status = connect_when_free(proc, "workers") if visit else (Client(proc.ws("workers")), None)
        with client:
            if status is None:
                client.start(preferences=LONG)
            client.answer(STRONG_ANSWERS[visit])
    assert stored_answers(proc, "workers") == STRONG_ANSWERS[:3]


def test_workers_need_postgresql(tmp_path: Path) -> None:
    done = subprocess.run(
        [*OPENHIRE, "serve", "--db", str(tmp_path / "one.duckdb"), "--workers", "2"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2 and "postgresql" in done.stderr


def test_an_unreachable_postgresql_is_one_clear_line_without_the_password() -> None:
    done = subprocess.run(
        [*OPENHIRE, "serve", "--db", "postgresql://openhire:s3cret@127.0.0.1:1/none", "--port", "0"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2 and "cannot reach PostgreSQL at postgresql://127.0.0.1:1/none" in done.stderr
    assert "s3cret" not in done.stderr and "Traceback" not in done.stderr
