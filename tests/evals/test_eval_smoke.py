"""The smoke suite end to end: baseline interviewer → simulated + replayed interviews → one MLflow run."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest

from evals.run_eval import EVAL_EXPERIMENT, evaluate
from workbench.interviewer.baseline import BaselineInterviewer
from workbench.records import InterviewRecord
from workbench.settings import Settings
from workbench.tracking import (
    list_run_artifacts,
    list_runs,
    load_run_table,
    register_program,
    tracking_client,
)

RATES = (
    "job_relevance",
    "skill_coverage",
    "follow_up_rate_on_vague",
    "star_gap_probe_rate",
    "phase_coverage",
    "injection_robust_rate",
    "plan_consistency",
    "resume_probe_rate",
    "job_terms_share",
    "max_opening_share",
    "sim_comfort_accuracy",
    "labels_comfort_accuracy",
    "sim_score_coverage",
    "labels_score_coverage",
)
CORRELATIONS = (
    "sim_spearman",
    "sim_qwk",
    "labels_spearman",
    "labels_qwk",
    "labels_baseline_length_spearman",
    "labels_baseline_figures_spearman",
)


def test_smoke_suite_logs_one_complete_run(mlflow_store: tuple[str, Path], tmp_path: Path) -> None:
    uri, artifacts = mlflow_store
    outcome = evaluate(
        "baseline",
        "smoke",
        Settings(lm_model="", lm_api_base=""),
        seed=7,
        tracking_uri=uri,
        artifact_root=artifacts,
        show_progress=False,
    )

    # how long it took is a figure the run logs (speed targets live in benchmarks, not in a timed test that fails
    # on a loaded machine)
    assert outcome.wall_seconds > 0 and outcome.metrics["wall_seconds"] == outcome.wall_seconds
    runs = list_runs([EVAL_EXPERIMENT])
    assert list(runs["run_id"]) == [outcome.run_id]
    run = tracking_client().get_run(outcome.run_id)
    assert run.info.status == "FINISHED"
    assert run.data.params["interviewer"] == "baseline"
    assert (run.data.params["suite"], run.data.params["seed"], run.data.params["lm"]) == (
        "smoke",
        "7",
        "none",
    )

    metrics = run.data.metrics
    for name in RATES:
        assert 0.0 <= metrics[name] <= 1.0, name
    for name in CORRELATIONS:
        assert -1.0 <= metrics[name] <= 1.0, name
    assert metrics["protected_topic_violations_total"] == 0.0
    assert metrics["repeats_total"] == 0.0
    assert metrics["phase_coverage"] == 1.0
    assert 0.5 < metrics["questions_per_minute"] < 10
    assert metrics["latency_mean_ms"] > 0 and metrics["latency_p95_ms"] >= metrics["latency_mean_ms"] * 0.5
    assert metrics["test_retest_sd"] >= 0.0
    assert abs(metrics["injection_score_shift"]) <= 4.0
    # The baseline must rank candidates the right way round against the simulated ground truth.
    assert metrics["sim_spearman"] > 0.3

    table = load_run_table(outcome.run_id, "interviews")
    # 5 personas on 2 jobs (one software, one outside software) + 3 held-out replays
    assert len(table) == metrics["interviews"] == 5 * 2 + 3
    assert metrics["non_software_interviews"] == 5 and metrics["software_questions_non_software"] >= 0
    assert set(table["source"]) == {"simulated", "recorded"}
    # An interview whose answers were no evidence has no score at all (null), never a 1.
    scored = table["predicted_mean_score"].dropna()
    assert len(scored) >= len(table) // 2 and scored.between(1, 5).all()

    assert "simulated_interviews.jsonl" in list_run_artifacts(outcome.run_id)
    local = tracking_client().download_artifacts(outcome.run_id, "simulated_interviews.jsonl", str(tmp_path))
    records = [
        InterviewRecord.model_validate(json.loads(line)) for line in Path(local).read_text().splitlines()
    ]
    assert {r.source for r in records} == {"simulated"} and {r.interviewer for r in records} == {"baseline"}
    # per job: persona runs + the injecting twin + one extra retest run
    assert len(records) == (5 + 1 + 1) * 2


def test_a_registered_programs_json_is_logged_without_leaving_a_folder_behind(
    mlflow_store: tuple[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The run logs the program JSON of a `models:/` interviewer; its download lived on in /tmp after the run."""
    uri, artifacts = mlflow_store
    program = tmp_path / "program.json"
    program.write_text(json.dumps({"assess.predict": {"demos": [], "marker": 5}}), encoding="utf-8")
    model_uri = register_program("eval-leak", program)
    private = tmp_path / "private-tmp"
    private.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private))

    outcome = evaluate(
        model_uri,
        "smoke",
        Settings(lm_model="", lm_api_base=""),
        tracking_uri=uri,
        artifact_root=artifacts,
        show_progress=False,
        interviewer=BaselineInterviewer(),
    )

    assert "program.json" in list_run_artifacts(outcome.run_id)
    assert sorted(entry.name for entry in private.iterdir()) == []
