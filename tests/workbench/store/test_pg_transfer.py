"""Seeding, export and import on PostgreSQL through the real `openhire` CLI, and a round trip between the
two stores: DuckDB file -> files -> PostgreSQL -> files gives the same records."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import psycopg

from tests.postgres import new_database

OPENHIRE = [sys.executable, "-m", "openhire"]


def openhire(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*OPENHIRE, *args], capture_output=True, text=True, timeout=180, check=False)


def counts(url: str) -> tuple[int, ...]:
    with psycopg.connect(url) as con:
        row = con.execute(
            "SELECT (SELECT count(*) FROM jobs), (SELECT count(*) FROM candidates), "
            "(SELECT count(*) FROM sessions), (SELECT count(*) FROM turns)"
        ).fetchone()
    assert row is not None
    return tuple(int(value) for value in row)


def test_seed_export_import_round_trip_between_stores(postgres_url: str, tmp_path: Path) -> None:
    """JSONL only: Parquet goes through the same frames (and is round-tripped on DuckDB in test_transfer)."""
    fmt = "jsonl"
    seeded = new_database(postgres_url)
    result = openhire("seed", "--db", seeded)
    assert result.returncode == 0, result.stderr
    jobs, candidates, sessions, turns = counts(seeded)
    assert jobs >= 20 and candidates >= 30 and sessions >= 60 and turns >= 8 * sessions
    assert openhire("seed", "--db", seeded, "--if-new").returncode == 0  # not seeded twice
    assert counts(seeded) == (jobs, candidates, sessions, turns)

    from_pg = tmp_path / "from-pg"
    assert openhire("export", str(from_pg), "--db", seeded, "--format", fmt).returncode == 0
    fresh = new_database(postgres_url)
    result = openhire("import", str(from_pg), "--db", fresh, "--format", fmt)
    assert result.returncode == 0, result.stderr
    assert counts(fresh) == counts(seeded)
    duck = tmp_path / "copy.duckdb"
    result = openhire("import", str(from_pg), "--db", str(duck), "--format", fmt)
    assert result.returncode == 0, result.stderr
    from_duck = tmp_path / "from-duck"
    assert openhire("export", str(from_duck), "--db", str(duck), "--format", fmt).returncode == 0
    for kind in ("jobs", "candidates"):  # the same records, whichever store they went through
        assert (from_pg / f"{kind}.jsonl").read_text() == (from_duck / f"{kind}.jsonl").read_text()
    again = openhire("import", str(from_pg), "--db", fresh, "--format", fmt)  # ids exist: all refused
    assert again.returncode == 2 and "already in the store" in again.stderr
    assert counts(fresh) == counts(seeded)
