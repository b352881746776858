"""The Runs page against a real (temporary) MLflow store."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from workbench.tracking import log_run

PAGE = Path(__file__).resolve().parents[2] / "app" / "app_pages" / "runs.py"
EXPERIMENT = "app-test-evals"


def program(instructions: str, demos: int) -> dict[str, object]:
    return {
        "assess.predict": {
            "signature": {"instructions": instructions, "fields": []},
            "demos": [{"answer": f"demo {i}"} for i in range(demos)],
        },
        "metadata": {"dependency_versions": {"dspy": "3.4.1"}},
    }


@pytest.fixture(scope="module")
def two_runs(mlflow_store: dict[str, str]) -> list[str]:
    baseline = log_run(
        EXPERIMENT,
        "baseline",
        params={"interviewer": "baseline", "seed": 7},
        metrics={"relevance": 0.5, "follow_up_rate": 0.25},
        json_artifacts={"program/program": program("Score the answer.", 0)},
    )
    tuned = log_run(
        EXPERIMENT,
        "tuned-mipro",
        params={"interviewer": "tuned.json", "seed": 7},
        metrics={"relevance": 0.75, "follow_up_rate": 0.5},
        json_artifacts={"program/program": program("Score the answer with quoted evidence.", 2)},
    )
    return [baseline, tuned]


def test_runs_page_compares_metrics_params_and_programs(two_runs: list[str]) -> None:
    at = AppTest.from_file(str(PAGE), default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    at.multiselect(key="experiments").set_value([EXPERIMENT]).run()
    assert len(at.multiselect(key="experiments").value) == 1  # one experiment by default
    at.multiselect(key="experiments").set_value([EXPERIMENT]).run()
    picked = next(m for m in at.multiselect if m.label == "Runs to compare").value
    assert len(picked) == 2 and {label.split(" · ")[0] for label in picked} == {"baseline", "tuned-mipro"}

    metrics, params, programs = (frame.value for frame in at.dataframe[:3])
    assert sorted(metrics.loc["relevance"]) == [0.5, 0.75]
    assert bool(params.loc["interviewer", "differs"]) and not bool(params.loc["seed", "differs"])
    assert bool(programs.loc["assess.predict / instructions", "differs"])
    assert any("Differs: assess.predict / demos" in e.label for e in at.expander)

    at.toggle(key="params_only_diff").set_value(True).run()
    assert list(at.dataframe[1].value.index) == ["interviewer"]


def test_progress_over_mock_interviews_and_charts_survive_filter_changes(
    two_runs: list[str], mlflow_store: dict[str, str]
) -> None:
    for overall in (2.0, 3.5):
        log_run(
            "mock-interviews",
            "practice",
            params={"candidate_id": "cand-progress", "session_id": f"s-{overall}"},
            metrics={"overall": overall, "questions_asked": 6.0},
        )
    at = AppTest.from_file(str(PAGE), default_timeout=60)
    at.run()
    at.multiselect(key="experiments").set_value(["mock-interviews", EXPERIMENT]).run()
    assert not at.exception, at.exception
    assert at.selectbox(key="progress_who").value == "cand-progress"
    assert any("Progress over mock interviews" in h.value for h in at.subheader)
    charts_before = len(at.get("vega_lite_chart"))
    assert charts_before >= 2  # progress line and metrics
    # Removing an experiment keeps a chart (its metric choice restarts from the remaining runs).
    at.multiselect(key="experiments").set_value([EXPERIMENT]).run()
    assert not at.exception, at.exception
    assert len(at.get("vega_lite_chart")) >= 1
    assert not any("Progress" in h.value for h in at.subheader)
