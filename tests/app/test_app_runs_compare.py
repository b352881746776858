"""Comparing MLflow runs: metrics side by side, parameter and program differences."""

from __future__ import annotations

import pandas as pd

from app.runs_compare import (
    DIFFERS,
    metric_long,
    metric_table,
    param_differences,
    program_differences,
    program_summary,
)


def runs_frame() -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "run_id": "aaaaaaaa1111",
                "run_name": "baseline",
                "experiment": "evals",
                "metrics.relevance": 0.5,
                "metrics.no_repeats": 1.0,
                "params.interviewer": "baseline",
                "params.seed": "7",
            },
            {
                "run_id": "bbbbbbbb2222",
                "run_name": "tuned",
                "experiment": "evals",
                "metrics.relevance": 0.8,
                "metrics.no_repeats": None,
                "params.interviewer": "tuned.json",
                "params.seed": "7",
            },
        ]
    )


def test_metric_table_puts_runs_side_by_side() -> None:
    table = metric_table(runs_frame())
    assert list(table.columns) == ["baseline · aaaaaaaa", "tuned · bbbbbbbb"]
    assert list(table.loc["relevance"]) == [0.5, 0.8]
    long = metric_long(runs_frame())
    # The missing metric of the second run is not charted as zero.
    assert len(long) == 3
    assert set(long["metric"]) == {"relevance", "no_repeats"}


def test_param_differences_flags_only_changed_rows() -> None:
    table = param_differences(runs_frame())
    assert bool(table.loc["interviewer", DIFFERS]) is True
    assert bool(table.loc["seed", DIFFERS]) is False
    only = param_differences(runs_frame(), only_differences=True)
    assert list(only.index) == ["interviewer"]


def program(instructions: str, demos: list[dict[str, str]]) -> dict[str, object]:
    return {
        "assess.predict": {"signature": {"instructions": instructions, "fields": []}, "demos": demos},
        "next_question.predict": {"signature": {"instructions": "Ask one question."}, "demos": []},
        "metadata": {"dependency_versions": {"dspy": "3.4.1"}},
    }


def test_program_differences_show_prompt_and_demo_changes() -> None:
    base = program("Score the answer.", [])
    tuned = program("Score the answer from 1 to 5, quoting evidence.", [{"answer": "I led a migration."}])
    summary = program_summary(tuned)
    assert set(summary) == {"assess.predict", "next_question.predict"}
    assert summary["assess.predict"]["demo count"] == "1"

    table = program_differences({"base": base, "tuned": tuned})
    differing = set(table.index[table[DIFFERS]])
    assert differing == {
        "assess.predict / instructions",
        "assess.predict / demos",
        "assess.predict / demo count",
    }
    assert table.loc["next_question.predict / instructions", "tuned"] == "Ask one question."
    assert program_summary(["not", "a", "program"]) == {}
