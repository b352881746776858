"""A private PostgreSQL cluster for the tests: Debian's `postgresql` binaries, a temporary data folder, a free
port, run as an unprivileged user (`postgres` when the tests run as root). `OPENHIRE_TEST_POSTGRES_URL`, when
set, is used instead (a server the tests may create databases on)."""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

URL_VARIABLE = "OPENHIRE_TEST_POSTGRES_URL"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _bin_dir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        pytest.fail("PostgreSQL is not installed: `make system-deps` installs Debian's postgresql package")
    return Path(found[-1]).parent


def _as_user(command: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: drop to the `postgres` user."""
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


@contextlib.contextmanager
def private_cluster() -> Iterator[str]:
    """Start a cluster; yields the URL of its `postgres` database; stops and deletes it afterwards."""
    bin_dir = _bin_dir()
    root = Path(tempfile.mkdtemp(prefix="openhire-pg-"))
    data = root / "data"
    # all after the folder is made sits in the try: a start that fails or is interrupted removes it too
    try:
        if os.geteuid() == 0:
            shutil.chown(root, "postgres")
        port = _free_port()
        initdb = [str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8"]
        subprocess.run(_as_user(initdb), check=True, capture_output=True)
        # PostgreSQL's defaults otherwise (fsync on, wal_recycle on: the erasure test searches pg_wal, where
        # retired segments are kept for reuse with their old bytes unless the erasure writes over them).
        options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=200"
        start = [
            str(bin_dir / "pg_ctl"),
            "-D",
            str(data),
            "-o",
            options,
            "-l",
            str(root / "log"),
            "-w",
            "start",
        ]
        subprocess.run(_as_user(start), check=True, capture_output=True)
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            _as_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]),
            check=False,
            capture_output=True,
        )
        shutil.rmtree(root, ignore_errors=True)


@contextlib.contextmanager
def postgres_server() -> Iterator[str]:
    given = os.environ.get(URL_VARIABLE)
    if given:
        yield given
        return
    with private_cluster() as url:
        yield url


def new_database(server_url: str) -> str:
    """A fresh, empty database on the server; returns its URL."""
    name = f"openhire_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server_url, autocommit=True) as con:
        con.execute(f"CREATE DATABASE {name}")  # type: ignore[arg-type]
    base, _, _ = server_url.rpartition("/")
    return f"{base}/{name}"
