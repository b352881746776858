"""Import/export between DuckDB and JSONL/Parquet through the real `openhire` CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.records import InterviewRecord
from workbench.settings import REPO_DIR
from workbench.store.store import Store

OPENHIRE = [sys.executable, "-m", "openhire"]
DATASETS = REPO_DIR / "datasets"


def openhire(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*OPENHIRE, *args], capture_output=True, text=True, timeout=120, check=False)


def counts(db: Path) -> tuple[int, int, int, int]:
    with Store(db, read_only=True) as store:
        row = store.con.execute(
            "SELECT (SELECT count(*) FROM jobs), (SELECT count(*) FROM candidates), "
            "(SELECT count(*) FROM sessions), (SELECT count(*) FROM turns)"
        ).fetchone()
    assert row is not None
    return int(row[0]), int(row[1]), int(row[2]), int(row[3])


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("seeded") / "seed.duckdb"
    result = openhire("seed", "--db", str(db))
    assert result.returncode == 0, result.stderr
    return db


def test_a_new_store_holds_the_whole_dataset(seeded: Path) -> None:
    jobs, candidates, sessions, turns = counts(seeded)
    expected_interviews = sum(1 for line in (DATASETS / "interviews.jsonl").open() if line.strip())
    assert jobs >= 20 and candidates >= 30 and sessions == expected_interviews >= 60
    assert turns >= 8 * sessions
    with Store(seeded, read_only=True) as store:
        held_out = store.list_sessions(500, split="heldout")
        detail = store.get_session(held_out[0].id)
    assert held_out and detail is not None and detail.labels is not None
    assert detail.turns[0].labels is not None


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_export_then_import_round_trips(seeded: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "export"
    assert openhire("export", str(out), "--db", str(seeded), "--format", fmt).returncode == 0
    fresh = tmp_path / "fresh.duckdb"
    Store(fresh).close()
    result = openhire("import", str(out), "--db", str(fresh), "--format", fmt)
    assert result.returncode == 0, result.stderr
    assert counts(fresh) == counts(seeded)
    with Store(seeded, read_only=True) as a, Store(fresh, read_only=True) as b:
        session_id = a.list_sessions(1)[0].id
        before, after = a.get_session(session_id), b.get_session(session_id)
    assert before is not None and after is not None
    assert [t.answer for t in before.turns] == [t.answer for t in after.turns]
    assert before.labels == after.labels and before.split == after.split


def test_exported_interviews_validate_as_labelled_records(seeded: Path, tmp_path: Path) -> None:
    assert openhire("export", str(tmp_path), "--db", str(seeded)).returncode == 0
    lines = (tmp_path / "interviews.jsonl").read_text().splitlines()
    records = [InterviewRecord.model_validate_json(line) for line in lines]
    assert len(records) == counts(seeded)[2]


def test_a_bad_record_is_reported_with_its_line_and_nothing_is_loaded(tmp_path: Path) -> None:
    source = tmp_path / "bad"
    source.mkdir()
    jobs = [json.loads(line) for line in (DATASETS / "jobs.jsonl").read_text().splitlines()[:3]]
    jobs[1]["skills_required"] = "not a list"
    (source / "jobs.jsonl").write_text("\n".join(json.dumps(j) for j in jobs) + "\n")
    candidates = (DATASETS / "candidates.jsonl").read_text().splitlines()[:2]
    (source / "candidates.jsonl").write_text("\n".join([*candidates, "{broken json"]) + "\n")
    db = tmp_path / "target.duckdb"
    Store(db).close()
    result = openhire("import", str(source), "--db", str(db))
    assert result.returncode == 2
    assert "jobs.jsonl:2: skills_required" in result.stderr
    assert "candidates.jsonl:3:" in result.stderr
    assert counts(db) == (0, 0, 0, 0)


def test_an_interview_with_an_unknown_job_loads_nothing(tmp_path: Path) -> None:
    source = tmp_path / "orphans"
    source.mkdir()
    interview = json.loads((DATASETS / "interviews.jsonl").read_text().splitlines()[0])
    interview["job_id"] = "no-such-job"
    (source / "interviews.jsonl").write_text(json.dumps(interview) + "\n")
    (source / "jobs.jsonl").write_text((DATASETS / "jobs.jsonl").read_text().splitlines()[0] + "\n")
    db = tmp_path / "target.duckdb"
    Store(db).close()
    result = openhire("import", str(source), "--db", str(db))
    assert result.returncode == 2 and "unknown job_id no-such-job" in result.stderr
    assert counts(db) == (0, 0, 0, 0)


def test_importing_the_same_ids_twice_is_refused(seeded: Path, tmp_path: Path) -> None:
    assert openhire("export", str(tmp_path), "--db", str(seeded)).returncode == 0
    result = openhire("import", str(tmp_path), "--db", str(seeded))
    assert result.returncode == 2 and "already in the store" in result.stderr
