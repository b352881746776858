"""Edge input against a real server: JSON bounds, exact session ids, byte limits, body caps, header timeouts."""

from __future__ import annotations

import json
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import httpx
import pytest
from websockets.exceptions import InvalidStatus

from tests.conftest import OPENHIRE, REPO, ServerProcess, auth, make_server
from tests.protocol_server.wsclient import Client
from workbench.protocol import GetStatus, candidate_response


@pytest.fixture(scope="module")
def edge_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    proc = make_server(
        tmp_path_factory.mktemp("edge"),
        header_timeout_seconds="1",
        rate_limit_per_second="2",
        rate_limit_burst="3",
    )
    proc.start()
    yield proc
    proc.stop()


@pytest.mark.parametrize(
    ("frame", "problem"),
    [
        ('{"type": "get_status", "data": ' + "[" * 1000 + "]" * 1000 + "}", "nested deeper"),
        ('{"type": "get_status", "data": {"n": ' + "9" * 4301 + "}}", "number literal"),
        ('{"type": "candidate_response", "data": {"response": "\\ud800"}}', "lone surrogate"),
    ],
)
def test_hostile_json_gets_a_typed_400_and_the_connection_stays(
    server: ServerProcess, frame: str, problem: str
) -> None:
    with Client(server.ws("edge-json")) as client:
        client.start()
        client.send_raw(frame)
        error = client.expect("error")
        assert error["status_code"] == 400 and problem in error["details"]
        assert client.status()["session_id"] == "edge-json"


def test_session_id_is_matched_in_full(server: ServerProcess) -> None:
    for bad in ("id%0A", "id%0D%0A", "a" * 129, "id%20x"):
        with pytest.raises(InvalidStatus) as refused:
            Client(server.ws(bad))
        assert refused.value.response.status_code == 403


def test_message_limit_counts_bytes_not_characters(server: ServerProcess) -> None:
    four_byte = "\U0001f600" * 20_000  # 20,000 characters, 80,000 bytes: over the 64 KiB limit
    with Client(server.ws("edge-bytes")) as client:
        client.send(candidate_response(four_byte))
        error = client.expect("error")
        assert error["status_code"] == 413 and error["exception_type"] == "MessageTooLarge"
        client.start()


def test_rest_bodies_are_capped_and_never_echoed(server: ServerProcess) -> None:
    big = {"name": "x" * (2 * 1024 * 1024)}
    response = httpx.post(f"{server.http}/api/candidates", json=big, headers=auth(), timeout=30)
    assert response.status_code == 413 and response.json()["exception_type"] == "RequestTooLarge"
    # Under the cap but invalid: the 422 names the problem without sending the input back.
    response = httpx.post(
        f"{server.http}/api/jobs", json={"company": "c" * 500_000}, headers=auth(), timeout=30
    )
    assert response.status_code == 422 and len(response.content) < 5_000
    assert response.json()["exception_type"] == "ValidationError"


def test_lone_surrogate_and_deep_rest_bodies_get_400_json(server: ServerProcess) -> None:
    headers = {**auth(), "Content-Type": "application/json"}
    for body, problem in (
        (b'{"name": "\\ud800 alone"}', "lone surrogate"),
        (b'{"name": ' + b"[" * 500 + b"]" * 500 + b"}", "nested deeper"),
        (b'{"name": "\xed\xa0\x80"}', "not valid UTF-8"),
    ):
        response = httpx.post(f"{server.http}/api/candidates", content=body, headers=headers)
        assert response.status_code == 400, response.text
        assert response.headers["content-type"] == "application/json"
        assert problem in response.json()["details"]


def test_limit_and_offset_are_bounded(server: ServerProcess) -> None:
    for params in ({"offset": 9223372036854775808}, {"offset": -1}, {"limit": 10**30}):
        response = httpx.get(f"{server.http}/api/sessions", params=params, headers=auth())
        assert response.status_code == 422, (params, response.text)
    response = httpx.get(f"{server.http}/api/jobs", params={"offset": 1_000_000_000}, headers=auth())
    assert response.status_code == 200 and response.json() == []


def _silent_after(sock: socket.socket, timeout: float) -> bool:
    """True when the server closed the socket (recv returns b"") within `timeout` seconds."""
    sock.settimeout(timeout)
    try:
        return sock.recv(1024) == b""
    except (TimeoutError, ConnectionResetError):
        return False


def test_half_sent_request_heads_are_closed(edge_server: ServerProcess) -> None:
    heads = [
        b"GET /health HTTP/1.1\r\nHost: x\r\n",
        b"GET /ws/interview/slow HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n",
        b"",
    ]
    sockets = []
    for head in heads:
        sock = socket.create_connection(("127.0.0.1", edge_server.port))
        sock.sendall(head)
        sockets.append(sock)
    started = time.monotonic()
    try:
        assert all(_silent_after(sock, 15) for sock in sockets)
        assert time.monotonic() - started < 15
        assert httpx.get(f"{edge_server.http}/health").status_code == 200
    finally:
        for sock in sockets:
            sock.close()


def test_rate_limited_messages_are_counted_not_logged(edge_server: ServerProcess) -> None:
    with Client(edge_server.ws("edge-flood")) as client:
        client.start()
        for _ in range(60):
            client.send(GetStatus())
        kinds = [client.recv()["type"] for _ in range(60)]
    refused = kinds.count("error")
    assert refused >= 40 and kinds.count("status_update") + refused == 60
    health = httpx.get(f"{edge_server.http}/health").json()
    assert health["rate_limited_messages"] >= refused
    edge_server.stop()  # a clean stop: every logged event is in the DuckDB file
    try:
        with duckdb.connect(str(edge_server.db), read_only=True) as con:
            rows = con.execute(
                "SELECT direction, type, count(*) FROM events WHERE session_id = 'edge-flood' "
                "GROUP BY ALL ORDER BY ALL"
            ).fetchall()
    finally:
        edge_server.start()
    logged = {(direction, kind): count for direction, kind, count in rows}
    assert ("out", "error") not in logged  # none of the refusals became a row
    assert logged[("in", "get_status")] == 60 - refused
    log = edge_server.log_path.read_text() if edge_server.log_path else ""
    assert f"session edge-flood: {refused} messages refused by the rate limit" in log


def test_export_from_a_running_server(server: ServerProcess, tmp_path: Path) -> None:
    """A running server locks its DuckDB file: the export goes through its API. PostgreSQL is shared by
    design: the export reads the database directly."""
    target = tmp_path / "out"
    env = {**server.env, "OPENHIRE_SERVER_URL": server.http}
    result = subprocess.run(
        [*OPENHIRE, "export", str(target), "--db", server.store],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert ("through" in result.stdout) == (server.db_url is None)
    jobs = [json.loads(line) for line in (target / "jobs.jsonl").read_text().splitlines()]
    assert any(job["id"] == "ff7f1e59-3014-4cc8-8f2e-4b3ca694ceb3" for job in jobs)
    assert (target / "interviews.jsonl").stat().st_size > 0
