"""Transcripts: browse, filter and read recorded interview sessions; export them as JSON or Markdown."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import streamlit as st

from app.client import ServerApi, ServerError
from app.session_filters import SessionFilter, filter_sessions, sessions_table, started_on
from app.ui import candidate_label, competency_rows, job_label, overall_label, plain, require_server

SESSION_LIMIT = 500


def main() -> None:
    st.title("Transcripts")
    api = require_server()
    try:
        sessions = api.list_sessions(limit=SESSION_LIMIT)
        jobs = {str(j["id"]): job_label(j) for j in api.list_jobs()}
        candidates = {str(c["id"]): candidate_label(c) for c in api.list_candidates()}
    except ServerError as exc:
        st.error(str(exc))
        return
    if not sessions:
        st.info("No interviews recorded yet. Run a mock interview first.")
        return
    chosen = filter_sessions(sessions, filter_controls(sessions, jobs, candidates))
    st.caption(f"{len(chosen)} of {len(sessions)} sessions")
    table = sessions_table(chosen, jobs, candidates)
    st.dataframe(table, hide_index=True, width="stretch")
    if table.empty:
        return
    st.download_button(
        "Export this list (CSV)", table.to_csv(index=False), "sessions.csv", "text/csv", key="export_list"
    )
    session_ids = [str(s) for s in table["session"]]
    labels = {str(row.session): f"{row.started} · {row.candidate} · {row.job}" for row in table.itertuples()}
    session_id = st.selectbox("Read session", session_ids, format_func=labels.__getitem__, key="session_pick")
    show_session(api, session_id)


def filter_controls(
    sessions: list[dict[str, Any]], jobs: dict[str, str], candidates: dict[str, str]
) -> SessionFilter:
    job_ids = sorted({str(s.get("job_id")) for s in sessions})
    candidate_ids = sorted({str(s.get("candidate_id")) for s in sessions})
    statuses = sorted({str(s.get("status")) for s in sessions if s.get("status")})
    days = [day for day in (started_on(s) for s in sessions) if day is not None]
    with st.expander("Filters", expanded=True):
        left, right = st.columns(2)
        picked_jobs = left.multiselect("Job", job_ids, format_func=lambda j: jobs.get(j, j), key="f_jobs")
        picked_candidates = right.multiselect(
            "Candidate", candidate_ids, format_func=lambda c: candidates.get(c, c), key="f_candidates"
        )
        picked_statuses = left.multiselect("Status", statuses, key="f_status")
        day_range = right.date_input("Started between", value=_default_range(days), key="f_dates")
    start, end = _date_bounds(day_range)
    return SessionFilter(picked_jobs, picked_candidates, picked_statuses, start, end)


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


def show_session(api: ServerApi, session_id: str) -> None:
    try:
        session = api.get_session(session_id)
    except ServerError as exc:
        st.error(str(exc))
        return
    st.subheader(f"Session `{session_id}`")
    st.caption(
        f"Status {session.get('status')} · phase {session.get('phase')} · "
        f"started {session.get('started_at')} · ended {session.get('ended_at') or '—'}"
    )
    for turn in session.get("turns") or []:
        show_turn(turn)
    show_final(session)
    export_buttons(api, session_id)


def show_turn(turn: dict[str, Any]) -> None:
    title = f"Q{int(turn.get('index', 0)) + 1} · {turn.get('phase', '')} · {turn.get('kind', 'core')}"
    with st.container(border=True):
        st.caption(title)
        st.markdown(f"**Interviewer:** {plain(str(turn.get('question', '')))}")
        answer = turn.get("answer")
        st.markdown(f"**Candidate:** {plain(str(answer))}" if answer else "_No answer recorded._")
        assessment = turn.get("assessment")
        if assessment:
            show_turn_assessment(assessment)


def show_turn_assessment(assessment: dict[str, Any]) -> None:
    facts = [f"comfort: {assessment.get('comfort', '—')}"]
    if assessment.get("vague"):
        facts.append("vague")
    if assessment.get("skills_evidenced"):
        facts.append("skills: " + ", ".join(assessment["skills_evidenced"]))
    st.caption(plain(" · ".join(facts)))
    rows = competency_rows(assessment)
    if rows:
        st.dataframe(rows, hide_index=True, width="stretch")
    if assessment.get("notes"):
        st.caption(plain(str(assessment["notes"])))


def show_final(session: dict[str, Any]) -> None:
    assessment = session.get("assessment")
    if session.get("final_feedback"):
        st.markdown("**Final feedback**")
        st.markdown(plain(str(session["final_feedback"])))
    if assessment:
        st.metric("Overall", overall_label(assessment))
        rows = competency_rows(assessment)
        if rows:
            st.dataframe(rows, hide_index=True, width="stretch")


def export_buttons(api: ServerApi, session_id: str) -> None:
    try:
        markdown = api.get_transcript(session_id, "markdown")
        as_json = api.get_transcript(session_id, "json")
    except ServerError as exc:
        st.error(str(exc))
        return
    left, right = st.columns(2)
    left.download_button("Export Markdown", markdown, f"{session_id}.md", "text/markdown", key="export_md")
    pretty = json.dumps(json.loads(as_json), indent=2) if as_json.strip() else "{}"
    right.download_button("Export JSON", pretty, f"{session_id}.json", "application/json", key="export_json")


main()
