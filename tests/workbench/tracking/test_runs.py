from __future__ import annotations

import tempfile
from pathlib import Path

import pandas as pd
import pytest

from workbench.tracking import (
    ensure_experiment,
    get_run_artifact_json,
    list_run_artifacts,
    list_runs,
    load_run_table,
    log_run,
    tracking_client,
)


def test_log_run_round_trips_params_metrics_tables_json_and_files(mlflow_store: str, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("synthetic", encoding="utf-8")
    table = pd.DataFrame({"interview_id": ["a", "b"], "repeats": [0.0, 1.0]})

    run_id = log_run(
        "exp-a",
        "first",
        params={"interviewer": "baseline", "seed": 3},
        metrics={"repeats": 0.5, "qwk": 0.25},
        tables={"interviews": table},
        json_artifacts={"suite": {"name": "smoke", "jobs": 1}},
        files=[notes],
        tags={"openhire.kind": "test"},
    )

    run = tracking_client().get_run(run_id)
    assert run.info.status == "FINISHED"
    assert run.data.params == {"interviewer": "baseline", "seed": "3"}
    assert run.data.metrics == {"repeats": 0.5, "qwk": 0.25}
    assert run.data.tags["openhire.kind"] == "test"
    assert get_run_artifact_json(run_id, "suite") == {"name": "smoke", "jobs": 1}
    pd.testing.assert_frame_equal(load_run_table(run_id, "interviews"), table)
    assert list_run_artifacts(run_id) == ["notes.txt", "suite.json", "tables/interviews.json"]


def test_reading_an_artifact_leaves_no_copy_in_the_temporary_folder(
    mlflow_store: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Artifacts can hold transcripts: a downloaded copy left behind per read is personal data nobody erases.
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    table = pd.DataFrame({"interview_id": ["a"], "answer": ["I checked the isolation myself."]})
    run_id = log_run(
        "exp-c",
        "read",
        params={},
        metrics={},
        tables={"interviews": table},
        json_artifacts={"suite": {"jobs": 1}},
    )

    assert get_run_artifact_json(run_id, "suite") == {"jobs": 1}
    pd.testing.assert_frame_equal(load_run_table(run_id, "interviews"), table)
    assert list(scratch.iterdir()) == []


def test_experiments_get_an_explicit_artifact_location_under_the_root(
    mlflow_store: str, tmp_path: Path
) -> None:
    experiment_id = ensure_experiment("located")
    location = tracking_client().get_experiment(experiment_id).artifact_location
    assert location == (tmp_path / "mlflow" / "artifacts" / "located").resolve().as_uri()
    assert ensure_experiment("located") == experiment_id


def test_list_runs_filters_by_experiment_and_names_them(mlflow_store: str) -> None:
    log_run("exp-a", "a1", {"k": 1}, {"m": 1.0})
    log_run("exp-a", "a2", {"k": 2}, {"m": 2.0})
    log_run("exp-b", "b1", {"k": 3}, {"m": 3.0})

    only_a = list_runs(["exp-a"])
    assert sorted(only_a["run_name"]) == ["a1", "a2"]
    assert set(only_a["experiment"]) == {"exp-a"}
    assert sorted(only_a["metrics.m"]) == [1.0, 2.0]
    assert len(list_runs()) == 3
    assert list_runs(["missing"]).empty


def test_many_metrics_are_logged_in_batches(mlflow_store: str) -> None:
    metrics = {f"m{i}": float(i) for i in range(1500)}
    run_id = log_run("exp-big", "big", {}, metrics)
    assert len(tracking_client().get_run(run_id).data.metrics) == 1500


def test_a_failed_artifact_marks_the_run_failed(mlflow_store: str, tmp_path: Path) -> None:
    with pytest.raises((FileNotFoundError, OSError)):
        log_run("exp-fail", "broken", {"k": 1}, {"m": 1.0}, files=[tmp_path / "missing.txt"])
    runs = list_runs(["exp-fail"])
    assert list(runs["status"]) == ["FAILED"]
