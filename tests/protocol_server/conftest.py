"""The protocol suite runs against both stores: the shared server is parametrised over DuckDB and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.conftest import ServerProcess, make_server
from tests.postgres import new_database


@pytest.fixture(scope="session", params=["duckdb", "postgresql"])
def server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ServerProcess]:
    """One shared server per store for tests that do not need special settings. The PostgreSQL one runs the
    interviewer's turns in a worker process (`interviewer_processes`), so the whole suite covers that too."""
    db_url, pooled = None, {}
    if request.param == "postgresql":
        db_url = new_database(request.getfixturevalue("postgres_url"))
        pooled = {"interviewer_processes": "1"}
    proc = make_server(
        tmp_path_factory.mktemp(f"server-{request.param}"),
        db_url,
        transcript_commit_pause_seconds="0.6",
        **pooled,
    )
    proc.start()
    yield proc
    proc.stop()
