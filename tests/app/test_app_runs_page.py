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
    picked = at.multiselect(key="runs_pick").value
    assert len(picked) == 2 and {label.split(" · ")[0] for label in picked} == {"baseline", "tuned-mipro"}

    metrics, params, programs = (frame.value for frame in at.dataframe[:3])
    assert sorted(metrics.loc["relevance"]) == [0.5, 0.75]
    assert bool(params.loc["interviewer", "differs"]) and not bool(params.loc["seed", "differs"])
    assert bool(programs.loc["assess.predict / instructions", "differs"])
    assert any("Differs: assess.predict / demos" in e.label for e in at.expander)

    at.toggle(key="params_only_diff").set_value(True).run()
    assert list(at.dataframe[1].value.index) == ["interviewer"]
