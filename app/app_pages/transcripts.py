"""Transcripts: browse, filter and read recorded interview sessions; export them as JSON or Markdown."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import streamlit as st

from app.client import ServerApi, ServerError
from app.interview_results import file_stem, overall_text, score_text
from app.session_filters import SessionFilter, filter_sessions, readable_time, sessions_table, started_on
from app.ui import job_label, plain, require_server
from app.wording import server_problem

SESSION_LIMIT = 500


def main() -> None:
    st.title("Transcripts")
    api = require_server()
    try:
        sessions = api.list_sessions(limit=SESSION_LIMIT)
        jobs = {str(j["id"]): job_label(j) for j in api.list_jobs()}
        candidates = {str(c["id"]): str(c.get("name") or c["id"]) for c in api.list_candidates()}
    except ServerError as exc:
        st.error(server_problem(exc, "load the interviews"))
        st.button("Retry", key="retry_transcripts")
        return
    if not sessions:
        st.info("No interviews recorded yet. Run a mock interview first.")
        return
    chosen = filter_sessions(sessions, filter_controls(sessions, jobs, candidates))
    st.caption(f"{len(chosen)} of {len(sessions)} interviews · select a row to open it")
    table = sessions_table(chosen, jobs, candidates)
    # The selection callback runs before the next script run: it maps the picked row through these ids.
    st.session_state["_table_ids"] = [str(s) for s in table["session"]]
    st.dataframe(
        table,
        hide_index=True,
        width="stretch",
        column_order=[c for c in table.columns if c != "session"],
        column_config={"overall": st.column_config.NumberColumn("overall", format="%.1f")},
        on_select=open_selected,
        selection_mode="single-row",
        key="sessions_table",
    )
    if table.empty:
        return
    st.download_button(
        "Export this list (CSV)", table.to_csv(index=False), "interviews.csv", "text/csv", key="export_list"
    )
    session_ids = [str(s) for s in table["session"]]
    labels = {str(row.session): f"{row.started} · {row.candidate} · {row.job}" for row in table.itertuples()}
    if st.session_state.get("session_pick") not in session_ids:
        st.session_state.pop("session_pick", None)
    session_id = st.selectbox(
        "Open interview", session_ids, format_func=labels.__getitem__, key="session_pick"
    )
    show_session(api, session_id, jobs, candidates)


def open_selected() -> None:
    """A row picked in the table opens that interview below it."""
    rows = st.session_state["sessions_table"].selection.rows
    ids = st.session_state.get("_table_ids") or []
    if rows and rows[0] < len(ids):
        st.session_state["session_pick"] = ids[rows[0]]


def filter_controls(
    sessions: list[dict[str, Any]], jobs: dict[str, str], candidates: dict[str, str]
) -> SessionFilter:
    job_ids = sorted({str(s.get("job_id")) for s in sessions})
    candidate_ids = sorted({str(s.get("candidate_id")) for s in sessions})
    statuses = sorted({str(s.get("status")) for s in sessions if s.get("status")})
    sources = sorted({str(s.get("source") or "live") for s in sessions})
    days = [day for day in (started_on(s) for s in sessions) if day is not None]
    with st.expander("Filters", expanded=True):
        left, middle, right = st.columns(3)
        picked_jobs = left.multiselect("Job", job_ids, format_func=lambda j: jobs.get(j, j), key="f_jobs")
        picked_candidates = middle.multiselect(
            "Candidate", candidate_ids, format_func=lambda c: candidates.get(c, c), key="f_candidates"
        )
        # Your own interviews by default: the demo and research data sets stay out unless asked for.
        picked_sources = right.multiselect(
            "Source",
            sources,
            default=["live"] if "live" in sources else [],
            key="f_sources",
            help="live: interviews run here; dataset and simulated: demo and research data.",
        )
        picked_statuses = left.multiselect("Status", statuses, key="f_status")
        day_range = middle.date_input("Started between", value=_default_range(days), key="f_dates")
    start, end = _date_bounds(day_range)
    return SessionFilter(picked_jobs, picked_candidates, picked_statuses, picked_sources, start, end)


def _default_range(days: list[date]) -> tuple[date | None, date | None]:
    return (min(days), max(days)) if days else (None, None)


def _date_bounds(value: object) -> tuple[date | None, date | None]:
    if isinstance(value, date):
        return value, value
    if isinstance(value, tuple | list):
        parts = [v for v in value if isinstance(v, date)]
        if len(parts) == 2:
            return parts[0], parts[1]
        if len(parts) == 1:
            return parts[0], None
    return None, None


def show_session(api: ServerApi, session_id: str, jobs: dict[str, str], candidates: dict[str, str]) -> None:
    try:
        session = api.get_session(session_id)
    except ServerError as exc:
        st.error(server_problem(exc, "open this interview"))
        return
    candidate = candidates.get(str(session.get("candidate_id")), "Candidate")
    job = jobs.get(str(session.get("job_id")), "")
    st.subheader(f"{candidate} · {job}" if job else candidate)
    st.caption(
        f"{str(session.get('status', '')).title()} · started {readable_time(session.get('started_at'))}"
        + (f" · ended {readable_time(session.get('ended_at'))}" if session.get("ended_at") else "")
        + f" · {session.get('source', 'live')}"
    )
    st.metric("Overall", overall_text(session))
    for index, turn in enumerate(session.get("turns") or [], start=1):
        show_turn(index, turn)
    if session.get("final_feedback"):
        st.markdown("**Final feedback**")
        st.markdown(plain(str(session["final_feedback"])))
    export_buttons(api, session, (candidate, job))


def show_turn(index: int, turn: dict[str, Any]) -> None:
    kind = str(turn.get("kind") or "").replace("_", " ")
    title = f"Q{index} · {str(turn.get('phase', '')).title()}" + (f" · {kind}" if kind else "")
    with st.container(border=True):
        st.caption(title)
        st.markdown(f"**Interviewer:** {plain(str(turn.get('question', '')))}")
        answer = turn.get("answer")
        st.markdown(f"**Candidate:** {plain(str(answer))}" if answer else "_No answer recorded._")
        assessment = turn.get("assessment") or {}
        scored = [
            f"{c.get('name')}: {score_text(c.get('score'))}" for c in assessment.get("competencies") or []
        ]
        facts = [f"comfort {assessment['comfort']}"] if assessment.get("comfort") else []
        if assessment.get("vague"):
            facts.append("vague")
        if scored or facts:
            st.caption(plain(" · ".join([*scored, *facts])))


def export_buttons(api: ServerApi, session: dict[str, Any], names: tuple[str, str]) -> None:
    session_id = str(session.get("id"))
    try:
        markdown = api.get_transcript(session_id, "markdown")
        as_json = api.get_transcript(session_id, "json")
    except ServerError as exc:
        st.error(server_problem(exc, "export this interview"))
        return
    stem = file_stem(*names, str(session.get("started_at") or "")[:10])
    left, right = st.columns(2)
    left.download_button("Export Markdown", markdown, f"{stem}.md", "text/markdown", key="export_md")
    pretty = json.dumps(json.loads(as_json), indent=2) if as_json.strip() else "{}"
    right.download_button("Export JSON", pretty, f"{stem}.json", "application/json", key="export_json")


main()
