"""Shared test fixtures: a real `openhire serve` process on a free port with its own DuckDB file (or its own
database on the tests' private PostgreSQL cluster)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.postgres import postgres_server

REPO = Path(__file__).resolve().parents[1]
# `python -m openhire`, not the venv's console script: it runs the code of this tree (PYTHONPATH).
OPENHIRE = [sys.executable, "-m", "openhire"]

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

# Every server the tests start requires API keys; every client in the tests (and the app, evals and CLI they
# run) sends the admin key through OPENHIRE_API_KEY. Tests of the roles use the read and write keys.
ADMIN_KEY = "test-admin-key"
WRITE_KEY = "test-write-key"
READ_KEY = "test-read-key"
os.environ["OPENHIRE_API_KEYS"] = f"admin:{ADMIN_KEY},write:{WRITE_KEY},read:{READ_KEY}"
os.environ["OPENHIRE_API_KEY"] = ADMIN_KEY


def auth(key: str = ADMIN_KEY) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class ServerProcess:
    port: int
    db: Path  # a DuckDB file; `db_url` replaces it when set
    env: dict[str, str]
    process: subprocess.Popen[bytes] | None = None
    log_path: Path | None = None
    db_url: str | None = None
    workers: int = 1

    @property
    def store(self) -> str:
        """What `--db` names: the DuckDB file or the PostgreSQL URL."""
        return self.db_url or str(self.db)

    @property
    def http(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def ws(self, session_id: str) -> str:
        return f"ws://127.0.0.1:{self.port}/ws/interview/{session_id}"

    def api(self, key: str = ADMIN_KEY) -> httpx.Client:
        """An HTTP client for this server that sends `key` (the admin key unless told)."""
        return httpx.Client(base_url=self.http, headers=auth(key), timeout=30)

    def start(self, timeout: float = 60.0) -> ServerProcess:
        assert self.log_path is not None
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [
                *OPENHIRE,
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--db",
                self.store,
                "--log-level",
                "warning",
                "--workers",
                str(self.workers),
            ],
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=REPO,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited: {self.log_path.read_text()[-3000:]}")
            try:
                if httpx.get(f"{self.http}/health", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                time.sleep(0.2)
        # A server that never answered is stopped here: the caller's fixture never
        # gets the object back, so nothing else would stop it and it would outlive the test run.
        self.stop()
        raise RuntimeError(f"server did not answer /health: {self.log_path.read_text()[-3000:]}")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()


def make_server(tmp: Path, db_url: str | None = None, **settings: str) -> ServerProcess:
    env = {**os.environ, **{f"OPENHIRE_{key.upper()}": value for key, value in settings.items()}}
    env.setdefault("OPENHIRE_INTERVIEWER", "baseline")
    # In-process unless a test asks for workers (the default, `auto`, depends on the machine's cores): the
    # suite covers both paths on every machine, and a test server does not start worker processes it never uses.
    env.setdefault("OPENHIRE_INTERVIEWER_PROCESSES", "0")
    return ServerProcess(
        port=free_port(),
        db=tmp / "openhire.duckdb",
        env=env,
        log_path=tmp / f"server-{uuid.uuid4().hex[:6]}.log",
        db_url=db_url,
    )


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """The tests' PostgreSQL server (a private cluster, started once per test session); each server under
    test gets a database of its own on it (`new_database`)."""
    with postgres_server() as url:
        yield url


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """One shared server for tests that do not need special settings."""
    proc = make_server(tmp_path_factory.mktemp("server"), transcript_commit_pause_seconds="0.6")
    proc.start()
    yield proc
    proc.stop()


@pytest.fixture
def own_server(tmp_path: Path) -> Iterator[list[ServerProcess]]:
    """Tests that start servers with their own settings put them here to have them stopped."""
    servers: list[ServerProcess] = []
    yield servers
    for proc in servers:
        proc.stop()
