"""Side-by-side comparison of MLflow runs: metrics, parameters and tuned programs (prompts and demos).

Pure functions over the frame `workbench.tracking.list_runs` returns (columns `run_id`, `experiment`,
`run_name`, `metrics.*`, `params.*`), so the Runs page stays a thin view and the logic is tested directly.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import pandas as pd

METRIC_PREFIX = "metrics."
PARAM_PREFIX = "params."
DIFFERS = "differs"


def run_label(row: Mapping[Any, Any]) -> str:
    name = row.get("run_name") or row.get("tags.mlflow.runName") or "run"
    return f"{name} · {str(row['run_id'])[:8]}"


def labelled(runs: pd.DataFrame) -> pd.DataFrame:
    """`runs` indexed by a readable, unique label per run."""
    labels = [run_label(row) for row in runs.to_dict("records")]
    return runs.set_axis(labels, axis=0)


def metric_table(runs: pd.DataFrame) -> pd.DataFrame:
    """Metrics as rows and runs as columns; metrics no selected run has are dropped."""
    return _prefixed_table(runs, METRIC_PREFIX).apply(pd.to_numeric, errors="coerce")


def metric_long(runs: pd.DataFrame) -> pd.DataFrame:
    """(metric, run, value) rows for grouped bar charts."""
    table = metric_table(runs)
    long = table.reset_index(names="metric").melt(id_vars="metric", var_name="run", value_name="value")
    return long.dropna(subset=["value"]).reset_index(drop=True)


def param_differences(runs: pd.DataFrame, only_differences: bool = False) -> pd.DataFrame:
    """Parameters as rows and runs as columns, with a `differs` column marking rows that are not all equal."""
    table = _prefixed_table(runs, PARAM_PREFIX).astype("object")
    return _with_difference_flag(table, only_differences)


def program_summary(program: object) -> dict[str, dict[str, str]]:
    """Per predictor of a saved DSPy program: its instructions and its demos, as comparable text.

    DSPy saves `{predictor_name: {"signature": {"instructions": ...}, "demos": [...]}, "metadata": {...}}`.
    """
    if not isinstance(program, dict):
        return {}
    summary: dict[str, dict[str, str]] = {}
    for name, predictor in program.items():
        if name == "metadata" or not isinstance(predictor, dict):
            continue
        signature = predictor.get("signature")
        instructions = signature.get("instructions", "") if isinstance(signature, dict) else ""
        demos = predictor.get("demos") or []
        summary[name] = {
            "instructions": str(instructions).strip(),
            "demos": _demos_text(demos),
            "demo count": str(len(demos)),
        }
    return summary


def program_differences(programs: Mapping[str, object], only_differences: bool = False) -> pd.DataFrame:
    """Rows `predictor / aspect` (instructions, demos, demo count), a column per run, plus `differs`."""
    columns: dict[str, dict[str, str]] = {}
    for label, program in programs.items():
        columns[label] = {
            f"{predictor} / {aspect}": text
            for predictor, aspects in program_summary(program).items()
            for aspect, text in aspects.items()
        }
    table = pd.DataFrame(columns).sort_index().astype("object")
    return _with_difference_flag(table, only_differences)


def _demos_text(demos: list[Any]) -> str:
    rendered = [json.dumps(demo, sort_keys=True, ensure_ascii=False) for demo in demos]
    return "\n".join(rendered)


def _prefixed_table(runs: pd.DataFrame, prefix: str) -> pd.DataFrame:
    frame = labelled(runs)
    chosen = [column for column in frame.columns if str(column).startswith(prefix)]
    table = frame[chosen].T
    table.index = [str(name).removeprefix(prefix) for name in table.index]
    return table.dropna(how="all").sort_index()


def _with_difference_flag(table: pd.DataFrame, only_differences: bool) -> pd.DataFrame:
    if table.empty:
        return table.assign(**{DIFFERS: pd.Series(dtype=bool)})
    # A value missing in one run but present in another is a difference too.
    normalised = table.fillna("∅").astype(str)
    flags = normalised.nunique(axis=1) > 1
    result = table.assign(**{DIFFERS: flags})
    return result[result[DIFFERS]] if only_differences else result


def highlight_differences(table: pd.DataFrame) -> Any:
    """A Styler that shades the rows whose values differ between runs."""

    def shade(row: pd.Series) -> list[str]:
        colour = "background-color: rgba(255, 196, 0, 0.25)" if bool(row.get(DIFFERS)) else ""
        return [colour] * len(row)

    return table.style.apply(shade, axis=1)
