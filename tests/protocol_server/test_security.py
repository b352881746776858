"""Authentication and roles: API keys on REST, signed session tokens on the WebSocket (real servers)."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from websockets.exceptions import InvalidStatus

from protocol_server.session_token import RedactTokens, TokenError, issue_for, verify
from tests.conftest import ADMIN_KEY, OPENHIRE, READ_KEY, REPO, WRITE_KEY, ServerProcess, auth, make_server
from tests.protocol_server.wsclient import SEED_CANDIDATE, SEED_JOB, Client
from workbench.apikeys import KeyRing, Role, hash_key, normalise_entry
from workbench.protocol import start_interview

SECRET = "token-secret-for-tests"


@pytest.fixture(scope="module")
def token_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    proc = make_server(tmp_path_factory.mktemp("tokens"), ws_token_secret=SECRET)
    proc.start()
    yield proc
    proc.stop()


def test_keyring_hashes_keys_and_ranks_roles() -> None:
    entry = normalise_entry("write:plain-key")
    assert "plain-key" not in entry and entry == f"write:{hash_key('plain-key')}"
    ring = KeyRing([entry, "read:other-key"])
    assert ring.role_of("plain-key") == Role.WRITE and ring.role_of("other-key") == Role.READ
    assert ring.role_of("plain-key ") is None and ring.role_of("") is None


def test_rest_needs_a_key_and_answers_typed_401(server: ServerProcess) -> None:
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic dXNlcjpwdw=="}):
        response = httpx.get(f"{server.http}/api/jobs", headers=headers)
        assert response.status_code == 401, (headers, response.text)
        body = response.json()
        assert body["exception_type"] == "Unauthorized" and body["status_code"] == 401
        assert response.headers["www-authenticate"] == "Bearer"
    assert httpx.delete(f"{server.http}/api/candidates/test-candidate").status_code == 401
    assert httpx.get(f"{server.http}/api/candidates/test-candidate", headers=auth()).status_code == 200


def test_public_endpoints_need_no_key(server: ServerProcess) -> None:
    for path in ("/health", "/healthz", "/api/protocol", "/openapi.json"):
        assert httpx.get(server.http + path).status_code == 200, path


def test_roles_read_write_admin(server: ServerProcess) -> None:
    candidate = {"name": "Role Test", "resume_text": "Python."}
    assert httpx.get(f"{server.http}/api/sessions", headers=auth(READ_KEY)).status_code == 200
    refused = httpx.post(f"{server.http}/api/candidates", json=candidate, headers=auth(READ_KEY))
    assert refused.status_code == 403 and refused.json()["exception_type"] == "Forbidden"
    created = httpx.post(f"{server.http}/api/candidates", json=candidate, headers=auth(WRITE_KEY))
    assert created.status_code == 201
    url = f"{server.http}/api/candidates/{created.json()['id']}"
    assert httpx.delete(url, headers=auth(WRITE_KEY)).status_code == 403  # erasure is admin's
    assert httpx.get(url, headers=auth(READ_KEY)).status_code == 200
    assert httpx.delete(url, headers=auth(ADMIN_KEY)).status_code == 200


def test_openapi_declares_the_bearer_scheme(server: ServerProcess) -> None:
    spec = httpx.get(f"{server.http}/openapi.json").json()
    assert spec["components"]["securitySchemes"]["ApiKey"] == {
        "type": "http",
        "scheme": "bearer",
        "description": spec["components"]["securitySchemes"]["ApiKey"]["description"],
    }
    assert spec["paths"]["/api/jobs"]["get"]["security"] == [{"ApiKey": []}]
    assert "security" not in spec["paths"]["/api/protocol"]["get"]


def _serve(tmp_path: Path, host: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    command = [*OPENHIRE, "serve", "--host", host, "--port", "1", "--db", str(tmp_path / "x.duckdb")]
    return subprocess.run(command, env=env, cwd=REPO, capture_output=True, text=True, timeout=120)


def test_beyond_loopback_without_keys_refuses_to_start(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("OPENHIRE_API_KEYS", "OPENHIRE_API_KEYS_FILE")}
    result = _serve(tmp_path, "0.0.0.0", env)
    assert result.returncode == 2
    assert "refusing to serve on 0.0.0.0 without API keys" in result.stderr
    assert not (tmp_path / "x.duckdb").exists()


def test_loopback_without_keys_generates_a_private_local_key(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("OPENHIRE_API_KEYS", "OPENHIRE_API_KEY")}
    env["OPENHIRE_LOCAL_API_KEY_FILE"] = str(tmp_path / "api-key")
    proc = make_server(tmp_path)
    proc.env = env
    proc.start()
    try:
        key = (tmp_path / "api-key").read_text().strip()
        assert stat.S_IMODE((tmp_path / "api-key").stat().st_mode) == 0o600
        assert httpx.get(f"{proc.http}/api/jobs", headers=auth(ADMIN_KEY)).status_code == 401
        assert httpx.get(f"{proc.http}/api/jobs", headers=auth(key)).status_code == 200
    finally:
        proc.stop()


def test_keys_file_from_new_key_command(tmp_path: Path, own_server: list[ServerProcess]) -> None:
    keys_file = tmp_path / "keys"
    made = subprocess.run(
        [*OPENHIRE, "new-key", "--role", "write", "--file", str(keys_file)],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
    )
    key = made.stdout.strip()
    assert key and key not in keys_file.read_text() and keys_file.read_text().startswith("write:sha256:")
    proc = make_server(tmp_path, api_keys="", api_keys_file=str(keys_file))
    own_server.append(proc.start())
    assert httpx.post(f"{proc.http}/api/candidates", json={"name": "K"}, headers=auth(key)).status_code == 201
    assert httpx.get(f"{proc.http}/api/jobs", headers=auth(ADMIN_KEY)).status_code == 401


def test_session_tokens_sign_bind_and_expire() -> None:
    token = issue_for(SECRET, "s1", "job", "cand", 60)
    assert verify(SECRET, token, "s1").candidate_id == "cand"
    body, signature = token.split(".")
    for bad, session in (
        (token, "s2"),
        (f"{body}.{signature[:-2]}AA", "s1"),
        (issue_for("other-secret", "s1", "job", "cand", 60), "s1"),
        (issue_for(SECRET, "s1", "job", "cand", -1), "s1"),
        ("garbage", "s1"),
    ):
        with pytest.raises(TokenError):
            verify(SECRET, bad, session)


def test_tokens_are_redacted_from_connection_logs() -> None:
    token = issue_for(SECRET, "s1", "job", "cand", 60)
    record = logging.LogRecord(
        "uvicorn.error",
        logging.INFO,
        __file__,
        1,
        '%s - "WebSocket %s" [accepted]',
        ("127.0.0.1:5", f"/ws/interview/s1?token={token}&x=1"),
        None,
    )
    assert RedactTokens().filter(record)
    assert token not in record.getMessage() and "token=[redacted]&x=1" in record.getMessage()


def test_websocket_requires_a_token_when_configured(token_server: ServerProcess) -> None:
    for url in (token_server.ws("tok-1"), token_server.ws("tok-1") + "?token=forged.sig"):
        with pytest.raises(InvalidStatus) as refused:
            Client(url)
        assert refused.value.response.status_code == 403
    minted = httpx.post(
        f"{token_server.http}/api/sessions/tok-1/token",
        json={"job_id": SEED_JOB, "candidate_id": SEED_CANDIDATE},
        headers=auth(WRITE_KEY),
    )
    assert minted.status_code == 201
    token = minted.json()["token"]
    with pytest.raises(InvalidStatus):
        Client(token_server.ws("tok-other") + f"?token={token}")  # bound to its session id
    with Client(token_server.ws("tok-1") + f"?token={token}") as client:
        client.send(start_interview(SEED_JOB, "someone-else"))
        error = client.expect("error")
        assert error["status_code"] == 403 and error["exception_type"] == "Forbidden"
        assert client.start()["session_id"] == "tok-1"


def test_open_server_accepts_the_seed_client_without_a_token(server: ServerProcess) -> None:
    with Client(server.ws("no-token-needed")) as client:
        assert client.start()["session_id"] == "no-token-needed"
    minted = httpx.post(
        f"{server.http}/api/sessions/x/token", json={"job_id": "j", "candidate_id": "c"}, headers=auth()
    )
    assert minted.status_code == 409 and minted.json()["exception_type"] == "NotConfigured"
