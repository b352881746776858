"""The store tests' target: each test that takes `target` runs on a DuckDB file and on a new PostgreSQL
database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.postgres import new_database


@pytest.fixture(params=["duckdb", "postgresql"])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A store target for each store: a DuckDB file path, or the URL of a new PostgreSQL database."""
    if request.param == "postgresql":
        yield new_database(request.getfixturevalue("postgres_url"))
    else:
        yield str(tmp_path / "store.duckdb")
