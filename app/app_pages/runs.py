"""Runs: compare MLflow runs (evals, tuning, mock interviews) side by side: metrics, parameters, programs."""

from __future__ import annotations

import hashlib

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
MOCK_INTERVIEWS = "mock-interviews"


def main() -> None:
    st.title("Runs")
    configure_tracking()
    runs = list_runs()
    if runs.empty:
        st.info("No runs yet: run `openhire eval`, `openhire tune` or finish a mock interview.")
        return
    experiments = [str(e) for e in runs["experiment"].dropna().unique()]  # newest run's experiment first
    picked_experiments = st.multiselect(
        "Experiments",
        sorted(experiments),
        default=experiments[:1],
        key="experiments",
        help="Runs of different experiments measure different things: compare within one.",
    )
    runs = runs[runs["experiment"].isin(picked_experiments)].reset_index(drop=True)
    if runs.empty:
        st.info("Pick an experiment.")
        return
    if MOCK_INTERVIEWS in picked_experiments:
        show_progress(runs[runs["experiment"] == MOCK_INTERVIEWS])
    by_label = labelled(runs)
    labels = list(by_label.index)
    picked = st.multiselect(
        "Runs to compare", labels, default=labels[:DEFAULT_PICKS], key=f"runs_pick_{_key(picked_experiments)}"
    )
    st.session_state["runs_pick"] = picked
    if not picked:
        st.info("Pick at least one run.")
        return
    chosen = runs.iloc[[labels.index(label) for label in picked]]
    show_metrics(chosen, picked_experiments)
    show_params(chosen)
    show_programs(chosen, picked)


def _key(values: list[str]) -> str:
    return hashlib.sha1("|".join(sorted(values)).encode()).hexdigest()[:8]


def show_metrics(chosen: pd.DataFrame, experiments: list[str]) -> None:
    st.subheader("Metrics")
    table = metric_table(chosen)
    if table.empty:
        st.info("These runs have no metrics.")
        return
    st.dataframe(table, width="stretch")
    long = metric_long(chosen)
    names = sorted(long["metric"].unique())
    # Keyed by the experiments shown, so removing one starts from a valid choice instead of losing the chart.
    shown = st.multiselect(
        "Metrics to chart", names, default=names[:8], key=f"chart_metrics_{_key(experiments)}"
    )
    data = long[long["metric"].isin(shown)]
    if data.empty:
        return
    st.altair_chart(metric_chart(data), width="stretch")


def metric_chart(data: pd.DataFrame) -> alt.FacetChart:
    """One bar row per metric, each on its own scale (a 1-5 score and a count never share an axis)."""
    bars = (
        alt.Chart()
        .mark_bar()
        .encode(
            x=alt.X("value:Q", title=None),
            y=alt.Y("run:N", title=None),
            color=alt.Color("run:N", legend=alt.Legend(orient="bottom", columns=1)),
            tooltip=["metric", "run", "value"],
        )
        .properties(height=alt.Step(14))
    )
    return alt.FacetChart(
        data=data, spec=bars, facet=alt.Facet("metric:N", title=None), columns=1
    ).resolve_scale(x="independent")


def show_progress(mock_runs: pd.DataFrame) -> None:
    """One candidate's overall score across their mock interviews, oldest first."""
    column = "params.candidate_id"
    if column not in mock_runs or "metrics.overall" not in mock_runs:
        return
    scored = mock_runs.dropna(subset=["metrics.overall"])
    counts = scored[column].value_counts()
    repeat = [str(c) for c in counts.index if counts[c] >= 1]
    if not repeat:
        return
    st.subheader("Progress over mock interviews")
    names = candidate_names()
    who = st.selectbox(
        "Candidate",
        repeat,
        format_func=lambda c: f"{names.get(c, c)} ({counts[c]} interviews)",
        key="progress_who",
    )
    mine = scored[scored[column] == who].sort_values("start_time")
    if len(mine) < 2:
        st.caption("One scored interview so far: progress shows from the second one.")
    points = pd.DataFrame(
        {
            "interview": range(1, len(mine) + 1),
            "overall": mine["metrics.overall"].astype(float).to_numpy(),
            "date": pd.to_datetime(mine["start_time"]).dt.strftime("%d %b %Y %H:%M").to_numpy(),
        }
    )
    line = (
        alt.Chart(points)
        .mark_line(point=True)
        .encode(
            x=alt.X("interview:O", title="mock interview"),
            y=alt.Y("overall:Q", scale=alt.Scale(domain=[1, 5]), title="overall (1-5)"),
            tooltip=["date", "overall"],
        )
    )
    st.altair_chart(line, width="stretch")


def candidate_names() -> dict[str, str]:
    """Candidate ids to names, from the interview server when it answers (the runs hold ids only)."""
    try:
        from app.ui import server_api

        return {str(c["id"]): str(c.get("name") or c["id"]) for c in server_api().list_candidates()}
    except Exception:  # the Runs page works without a server: ids are shown instead
        return {}


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
