"""Server behaviour over time and failure: time-based ending, SIGKILL durability, erasure, handshake checks,
store failures."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import httpx
import pytest
import uvicorn
from websockets.exceptions import ConnectionClosed, InvalidStatus

from protocol_server.app import create_app
from tests.conftest import ServerProcess, auth, free_port, make_server
from tests.postgres import new_database
from tests.protocol_server.wsclient import SEED_JOB, STRONG_ANSWERS, Client
from workbench.models import Preferences
from workbench.protocol import GetStatus, start_interview
from workbench.settings import Settings
from workbench.store.journal import scan_file
from workbench.store.store import Store, journal_path


@pytest.mark.parametrize("store", ["duckdb", "postgresql"])
def test_the_server_ends_the_interview_at_max_duration(
    tmp_path: Path, own_server: list[ServerProcess], store: str, request: pytest.FixtureRequest
) -> None:
    db_url = new_database(request.getfixturevalue("postgres_url")) if store == "postgresql" else None
    # 0.3 s per interview minute: the 5-minute minimum lasts 1.5 s.
    proc = make_server(tmp_path, db_url, seconds_per_minute="0.3")
    own_server.append(proc.start())
    with Client(proc.ws("timed")) as client:
        started = client.start(preferences=Preferences(max_duration=5))
        assert started["max_duration"] == 5
        ended = client.expect("interview_ended", timeout=20)["data"]
        assert ended["completed"] is True and ended["session_id"] == "timed" and ended["final_feedback"]
        status = client.status()
        assert status["completed"] is True and status["time_elapsed"] >= 5
    time.sleep(0.3)  # the ended session leaves memory once its last client is gone
    assert httpx.get(f"{proc.http}/health").json()["live_sessions"] == 0
    assert httpx.get(f"{proc.http}/api/sessions/timed", headers=auth()).json()["status"] == "ended"


def test_a_disconnected_client_does_not_end_the_interview(server: ServerProcess) -> None:
    with Client(server.ws("left-early")) as client:
        client.start()
        client.answer(STRONG_ANSWERS[0])
    time.sleep(0.5)
    detail = httpx.get(f"{server.http}/api/sessions/left-early", headers=auth()).json()
    assert detail["status"] == "active" and detail["ended_at"] is None


def test_sigkill_loses_no_answered_turn_and_the_session_resumes(
    tmp_path: Path, own_server: list[ServerProcess]
) -> None:
    proc = make_server(tmp_path)
    own_server.append(proc.start())
    with Client(proc.ws("durable")) as client:
        client.start()
        questions = [client.answer(answer)["question"] for answer in STRONG_ANSWERS[:3]]
        proc.kill()  # SIGKILL right after the third ai_response arrived
    proc.start()
    detail = httpx.get(f"{proc.http}/api/sessions/durable", headers=auth()).json()
    answered = [turn for turn in detail["turns"] if turn["answer"]]
    assert [t["answer"] for t in answered] == STRONG_ANSWERS[:3]
    assert detail["turns"][-1]["question"] == questions[-1] and detail["turns"][-1]["answer"] is None
    with Client(proc.ws("durable")) as client:
        assert client.status()["questions_asked"] == 4
        assert client.start()["initial_question"] == questions[-1]
        assert client.answer(STRONG_ANSWERS[3])["questions_asked"] == 5


def test_erasing_a_candidate_removes_resume_sessions_transcripts_and_events(server: ServerProcess) -> None:
    candidate = {
        "name": "Erin Erasable",
        "email": "erin@example.com",
        "resume_text": "Frontend developer, React and TypeScript, five years at Example Corp.",
    }
    created = httpx.post(f"{server.http}/api/candidates", json=candidate, headers=auth()).json()
    with Client(server.ws("to-erase")) as client:
        client.start(candidate_id=created["id"])
        client.answer(STRONG_ANSWERS[0])
    time.sleep(0.7)  # let the event log flush, so erasure has events to remove
    report = httpx.delete(f"{server.http}/api/candidates/{created['id']}", headers=auth()).json()
    # one answered turn is stored; the open question lives in the session state, erased with it
    assert report["sessions"] == 1 and report["turns"] == 1 and report["events"] >= 4
    assert httpx.get(f"{server.http}/api/candidates/{created['id']}", headers=auth()).status_code == 404
    assert httpx.get(f"{server.http}/api/sessions/to-erase", headers=auth()).status_code == 404
    assert (
        httpx.get(
            f"{server.http}/api/sessions", params={"candidate_id": created["id"]}, headers=auth()
        ).json()
        == []
    )
    assert httpx.delete(f"{server.http}/api/candidates/{created['id']}", headers=auth()).status_code == 404
    with Client(server.ws("to-erase")) as client:
        client.send(GetStatus())
        assert client.expect("error")["message"] == "Interview session not found"


def test_origin_allowlist_and_session_id_rules_apply_at_the_handshake(
    tmp_path: Path, own_server: list[ServerProcess]
) -> None:
    proc = make_server(tmp_path, allowed_origins='["http://good.example"]')
    own_server.append(proc.start())
    with pytest.raises(InvalidStatus) as refused:
        Client(proc.ws("origin-test"), origin="http://evil.example")
    assert refused.value.response.status_code == 403
    with Client(proc.ws("origin-test"), origin="http://good.example") as client:
        assert client.start()["session_id"] == "origin-test"
    for bad in ("has%20space", "x" * 129, "semi%3Bcolon"):
        with pytest.raises(InvalidStatus) as refused:
            Client(proc.ws(bad))
        assert refused.value.response.status_code == 403
    reference_style = "interview_1732590000000_k3j9x2abc"
    with Client(proc.ws(reference_style)) as client:
        assert client.start()["session_id"] == reference_style


@pytest.fixture
def in_process_server(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[tuple[str, object]]:
    """A real uvicorn server in this process, so a test can reach into its store (settings: the test's
    `settings` mark, if any)."""
    marked = request.node.get_closest_marker("settings")
    given = marked.kwargs if marked is not None else {}
    given = {"interviewer_processes": 0, **given}  # in-process, as make_server's unless asked otherwise
    settings = Settings(db_path=tmp_path / "store.duckdb", port=free_port(), **given)
    app = create_app(settings)
    config = uvicorn.Config(
        app, host="127.0.0.1", port=settings.port, log_level="warning", ws_per_message_deflate=False
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=lambda: asyncio.run(server.serve()), daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.1)
    yield f"127.0.0.1:{settings.port}", app
    server.should_exit = True
    thread.join(timeout=15)


def close_under_the_server(con: duckdb.DuckDBPyConnection) -> None:
    """Close the server's DuckDB connection from this thread; DuckDB refuses while its own thread is mid-call
    (journaled batches are applied right behind each write), so try again until the call is over."""
    deadline = time.monotonic() + 10
    while True:
        try:
            con.close()
            return
        except duckdb.ResourceInUseException:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def test_a_failing_store_gives_database_errors_and_loses_nothing(
    in_process_server: tuple[str, object], tmp_path: Path
) -> None:
    address, app = in_process_server
    with Client(f"ws://{address}/ws/interview/db-fail") as client:
        client.start()
        store = app.state.store.database  # type: ignore[attr-defined]
        close_under_the_server(store.con)  # the database goes away under a live session
        # The answer is durable in the write-ahead journal, so the interview goes on.
        assert client.answer(STRONG_ANSWERS[0])["questions_asked"] == 2
    with Client(f"ws://{address}/ws/interview/db-fail-new") as client:
        client.send(start_interview(SEED_JOB, "test-candidate"))
        error = client.expect("error")
        assert error["message"] == "Database error: connection failed"
        assert error["status_code"] == 503 and error["exception_type"] == "DatabaseError"
        client.send(GetStatus())  # nothing half-created: the session does not exist
        assert client.expect("error")["status_code"] in (404, 503)
    assert httpx.get(f"http://{address}/api/jobs", headers=auth()).status_code == 503
    journaled = scan_file(journal_path(tmp_path / "store.duckdb")).entries
    answers = [turn["answer"] for entry in journaled for turn in entry.batch.turns]
    assert STRONG_ANSWERS[0] in answers


@pytest.mark.settings(idle_timeout_seconds=0.8)
def test_a_connection_is_closed_once_idle_and_not_while_it_talks(
    in_process_server: tuple[str, object],
) -> None:
    address, _ = in_process_server
    with Client(f"ws://{address}/ws/interview/idle") as client:
        client.start()
        for _ in range(6):  # 1.8 s of messages 0.3 s apart: never idle for 0.8 s
            time.sleep(0.3)
            client.send(GetStatus())
            assert client.expect("status_update")["data"]["session_id"] == "idle"
        started = time.monotonic()
        with pytest.raises(ConnectionClosed) as closed:
            client.recv(timeout=15)
        # 0.8 s after the last message (later on a loaded machine)
        assert 0.7 <= time.monotonic() - started < 10
        assert closed.value.rcvd is not None
        assert (closed.value.rcvd.code, closed.value.rcvd.reason) == (1001, "idle timeout")


def test_journaled_answers_reach_duckdb_after_a_crash(
    tmp_path: Path, own_server: list[ServerProcess]
) -> None:
    """Entries journaled but not yet applied when the process died are replayed exactly once."""
    proc = make_server(tmp_path)
    own_server.append(proc.start())
    with Client(proc.ws("replayed")) as client:
        client.start()
        for answer in STRONG_ANSWERS[:3]:
            client.answer(answer)
    proc.kill()
    journal = journal_path(proc.db)
    assert journal.exists()
    assert len(scan_file(journal).entries) >= 4  # the start and three answers, at least
    with Store(proc.db) as store:  # opening the file replays what DuckDB does not hold yet
        assert scan_file(journal).entries == []  # and starts the journal over
        turns = store.get_turns("replayed")
        assert [t.answer for t in turns] == STRONG_ANSWERS[:3]
        assert len({t.index for t in turns}) == 3
