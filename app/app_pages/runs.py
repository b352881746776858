"""Runs: compare MLflow runs (evals, tuning, mock interviews) side by side: metrics, parameters, programs."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from app.runs_compare import (
    DIFFERS,
    highlight_differences,
    labelled,
    metric_long,
    metric_table,
    param_differences,
    program_differences,
)
from workbench.tracking import configure_tracking, get_run_artifact_json, list_run_artifacts, list_runs

DEFAULT_PICKS = 3


def main() -> None:
    st.title("Runs")
    uri = configure_tracking()
    st.caption(f"MLflow store: `{uri}`")
    runs = list_runs()
    if runs.empty:
        st.info("No runs yet: run `openhire eval`, `openhire tune` or finish a mock interview.")
        return
    experiments = sorted(str(e) for e in runs["experiment"].dropna().unique())
    picked_experiments = st.multiselect("Experiments", experiments, default=experiments, key="experiments")
    runs = runs[runs["experiment"].isin(picked_experiments)].reset_index(drop=True)
    by_label = labelled(runs)
    labels = list(by_label.index)
    picked = st.multiselect("Runs to compare", labels, default=labels[:DEFAULT_PICKS], key="runs_pick")
    if not picked:
        st.info("Pick at least one run.")
        return
    chosen = runs.iloc[[labels.index(label) for label in picked]]
    show_metrics(chosen)
    show_params(chosen)
    show_programs(chosen, picked)


def show_metrics(chosen: pd.DataFrame) -> None:
    st.subheader("Metrics")
    table = metric_table(chosen)
    if table.empty:
        st.info("These runs have no metrics.")
        return
    st.dataframe(table, width="stretch")
    long = metric_long(chosen)
    names = sorted(long["metric"].unique())
    shown = st.multiselect("Metrics to chart", names, default=names[:8], key="chart_metrics")
    data = long[long["metric"].isin(shown)]
    if data.empty:
        return
    chart = (
        alt.Chart(data)
        .mark_bar()
        .encode(
            x=alt.X("value:Q", title="value"),
            y=alt.Y("run:N", title=None),
            color=alt.Color("run:N", legend=alt.Legend(orient="bottom", columns=1)),
            row=alt.Row("metric:N", title=None, header=alt.Header(labelAngle=0, labelAlign="left")),
            tooltip=["metric", "run", "value"],
        )
        .properties(height=alt.Step(14))
    )
    st.altair_chart(chart, width="stretch")


def show_params(chosen: pd.DataFrame) -> None:
    st.subheader("Parameters")
    only = st.toggle("Only parameters that differ", value=False, key="params_only_diff")
    table = param_differences(chosen, only_differences=only)
    if table.empty:
        st.info("No parameters to compare.")
        return
    st.caption(f"{int(table[DIFFERS].sum())} parameter(s) differ (highlighted).")
    st.dataframe(highlight_differences(table), width="stretch")


def show_programs(chosen: pd.DataFrame, labels: list[str]) -> None:
    st.subheader("Programs (prompts and demos)")
    programs = {}
    for label, run_id in zip(labels, chosen["run_id"], strict=True):
        program = load_program(str(run_id))
        if program is not None:
            programs[label] = program
    if not programs:
        st.info("None of these runs saved a program (tuning runs do).")
        return
    table = program_differences(programs)
    st.caption(f"{int(table[DIFFERS].sum())} prompt/demo part(s) differ (highlighted).")
    st.dataframe(highlight_differences(table), width="stretch")
    for part, row in table[table[DIFFERS]].iterrows():
        with st.expander(f"Differs: {part}"):
            for column, label in zip(st.columns(len(programs)), programs, strict=True):
                column.caption(label)
                column.text(str(row.get(label, "")) or "∅")


@st.cache_data(show_spinner=False, max_entries=64)
def load_program(run_id: str) -> object | None:
    """The run's saved DSPy program (`program/program.json` or any `*program*.json`), if it has one."""
    candidates = [path for path in list_run_artifacts(run_id) if path.endswith(".json") and "program" in path]
    if not candidates:
        return None
    preferred = sorted(candidates, key=lambda path: (not path.endswith("program.json"), len(path)))[0]
    return get_run_artifact_json(run_id, preferred)


main()
