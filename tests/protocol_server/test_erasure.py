"""Erasure on disk: after `DELETE /api/candidates/{id}` returns, no byte of the candidate's resume, answers or
email is left in any file of the server's directory (DuckDB file, its WAL, the journal, the log) or, on
PostgreSQL, of the cluster's data directory (tables, indexes, TOAST, WAL); live sessions are closed and late
messages are refused as erased without being stored, before and after a restart; other interviews go on."""

from __future__ import annotations

import time
import uuid
from pathlib import Path

import httpx
import psycopg
import pytest
from websockets.exceptions import ConnectionClosed

from tests.conftest import ServerProcess, auth, make_server
from tests.postgres import new_database
from tests.protocol_server.faults import unique_answer
from tests.protocol_server.wsclient import SEED_JOB, Client
from workbench.protocol import EndInterview, candidate_response

ERASURE_BOUND_SECONDS = 60.0  # README: the rewrite after the DELETE takes seconds; bounded well below this


def files_holding(directories: list[Path], tokens: list[bytes]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for directory in directories:
        for path in directory.rglob("*"):
            try:
                data = path.read_bytes() if path.is_file() else b""
            except FileNotFoundError:  # PostgreSQL removed it meanwhile (a retired WAL segment, a temp file)
                continue
            hits = [token.decode() for token in tokens if token in data]
            if hits:
                found[str(path.relative_to(directory))] = hits
    return found


def until_none_left(owned: list[Path], tokens: list[bytes], since: float) -> float:
    """Seconds from `since` until no file holds any token (DuckDB: the file's rewrite runs after the DELETE)."""
    deadline = since + ERASURE_BOUND_SECONDS
    while (left := files_holding(owned, tokens)) and time.perf_counter() < deadline:
        time.sleep(0.05)
    assert left == {}, f"still on disk {ERASURE_BOUND_SECONDS} s after the DELETE: {left}"
    return time.perf_counter() - since


def data_directory(db_url: str) -> Path:
    with psycopg.connect(db_url) as con:
        row = con.execute("SHOW data_directory").fetchone()
    assert row is not None
    return Path(row[0])


@pytest.mark.parametrize("backend", ["duckdb", "postgresql"])
def test_erased_candidate_leaves_no_byte_on_disk_and_late_messages_are_refused(
    backend: str, tmp_path: Path, own_server: list[ServerProcess], request: pytest.FixtureRequest
) -> None:
    db_url = new_database(request.getfixturevalue("postgres_url")) if backend == "postgresql" else None
    proc = make_server(tmp_path, db_url)
    own_server.append(proc.start())
    # Every file the server owns: its directory and, on PostgreSQL, the whole cluster (shared by the tests'
    # other databases, which never hold this test's tokens).
    owned = [tmp_path] + ([data_directory(db_url)] if db_url else [])
    mark = uuid.uuid4().hex[:12]
    tokens = {
        name: f"{name}{mark}" for name in ("resumetok", "emailtok", "answertok", "latetok", "inlinetok")
    }
    candidate = {
        "name": "Erin Erasable",
        "email": f"{tokens['emailtok']}@example.com",
        "resume_text": f"Frontend developer {tokens['resumetok']}, React and TypeScript, five years.",
    }
    created = httpx.post(f"{proc.http}/api/candidates", json=candidate, headers=auth()).json()
    with Client(proc.ws(f"done-{mark}")) as client:  # an interview that ended
        client.start(candidate_id=created["id"], resume_text=f"Inline resume {tokens['inlinetok']} React.")
        client.answer(f"{unique_answer('done', 0)} {tokens['answertok']}")
        client.send(EndInterview())
        client.expect("interview_ended")
    other = Client(proc.ws(f"other-{mark}"))  # someone else's interview, running throughout
    other.start(job_id=SEED_JOB)
    live = Client(proc.ws(f"live-{mark}"))  # the candidate's interview, open during the erasure
    live.start(candidate_id=created["id"])
    live.answer(f"{unique_answer('live', 0)} {tokens['answertok']}")
    token_bytes = [token.encode() for token in tokens.values()]
    assert files_holding(owned, token_bytes), "the search must find the tokens before erasure"

    started = time.perf_counter()
    report = httpx.delete(f"{proc.http}/api/candidates/{created['id']}", headers=auth(), timeout=60)
    took = time.perf_counter() - started
    assert report.status_code == 200 and report.json()["sessions"] == 2, report.text
    print(f"erasure: DELETE answered in {took:.3f} s")

    goodbye = live.recv()  # the open socket is told why, then closed
    assert goodbye["type"] == "error" and goodbye["exception_type"] == "CandidateErased", goodbye
    with pytest.raises(ConnectionClosed):
        live.send(candidate_response(tokens["latetok"]))
        live.recv(timeout=5)
    with Client(proc.ws(f"live-{mark}")) as late:  # a late message on a new connection
        late.send(candidate_response(f"late answer {tokens['latetok']}"))
        refused = late.expect("error")
        assert refused["status_code"] == 404 and refused["exception_type"] == "CandidateErased", refused
    assert other.answer(unique_answer("other", 0))["questions_asked"] == 2  # others are unaffected
    other.close()
    time.sleep(1.0)  # the event log's flush interval: anything the late messages left would be on disk now

    print(
        f"erasure: no byte left {until_none_left(owned, token_bytes, started):.3f} s after the DELETE was sent"
    )
    assert httpx.get(f"{proc.http}/api/sessions/live-{mark}", headers=auth()).status_code == 404
    proc.stop()  # shutting down writes the journal and checkpoints DuckDB: still nothing
    assert files_holding(owned, token_bytes) == {}

    proc.start()  # a late message that reaches the next server process is not logged as an orphan either
    with Client(proc.ws(f"live-{mark}")) as late:
        late.send(candidate_response(f"later answer {tokens['latetok']}"))
        refused = late.expect("error")
        assert refused["status_code"] == 404 and refused["exception_type"] == "CandidateErased", refused
    time.sleep(1.0)
    proc.stop()
    assert files_holding(owned, token_bytes) == {}
