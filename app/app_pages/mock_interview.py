"""Mock interview: set up (or resume from the URL) an interview, answer by voice or typing, read the results."""

from __future__ import annotations

from typing import Any

import streamlit as st

from app.client import InterviewConnection, ServerApi, ServerError
from app.interview_results import downloads, show_results
from app.interview_runs import log_mock_interview
from app.interview_screen import RENDERED_VERSION_KEY, show_conversation, show_interview, stop_listener
from app.interview_session import (
    AUDIENCE_KEY,
    CONNECTION_KEY,
    DETAIL_KEY,
    PREFERENCES_KEY,
    forget_interview,
    remember_in_url,
    resume_from_url,
    start_interview,
    url_session_id,
)
from app.interview_setup import COACH, resolve_candidate, resolve_job, setup_form
from app.session_view import InterviewView, view_from_session
from app.ui import require_server
from app.wording import server_problem

SESSION_DETAIL_KEY = "finished_session_detail"
LOGGED_RUNS_KEY = "logged_mock_interview_runs"


def main() -> None:
    st.title("Mock interview")
    api = require_server()
    connection: InterviewConnection | None = st.session_state.get(CONNECTION_KEY)
    wanted = url_session_id()
    if connection is not None and wanted and wanted != connection.session_id:
        forget_interview()  # the URL names another interview: open that one
        connection = None
    opening = connection is None and DETAIL_KEY not in st.session_state and wanted
    if opening and wanted and resume_from_url(api, wanted):
        st.rerun()
    connection = st.session_state.get(CONNECTION_KEY)
    if connection is not None:
        version, view = connection.snapshot()
        st.session_state[RENDERED_VERSION_KEY] = version
        remember_in_url(connection.session_id, str(st.session_state.get(AUDIENCE_KEY) or ""))
        if view.completed:
            finished(api, view)
        else:
            show_interview(api, connection, view)
        return
    if DETAIL_KEY in st.session_state:
        detail: dict[str, Any] = st.session_state[DETAIL_KEY]
        finished(api, view_from_session(detail))
        return
    setup(api)


def setup(api: ServerApi) -> None:
    choice = setup_form(api)
    if choice is None:
        return
    job_id = resolve_job(api, choice.job)
    candidate_id = resolve_candidate(api, choice.candidate) if job_id else None
    if not job_id or not candidate_id:
        return
    st.session_state[AUDIENCE_KEY] = "coach" if choice.audience == COACH else "practice"
    if start_interview(api, job_id, candidate_id, choice.preferences):
        st.rerun()


def finished(api: ServerApi, view: InterviewView) -> None:
    st.success("The interview is over.")
    session = finished_session(api, view.session_id)
    names = (view.job_title, view.company)
    if session is not None:
        names = (candidate_name(api, session), view.job_title or str(session.get("job_id")))
    show_results(session, view.final_feedback)
    if session is not None:
        downloads(api, session, names)
        log_once(session)
    if st.button("New interview", type="primary", key="new_interview"):
        stop_listener()
        forget_interview()
        st.session_state.pop(SESSION_DETAIL_KEY, None)
        st.rerun()
    with st.expander("Conversation", expanded=False):
        show_conversation(view, speak_current=False)


def finished_session(api: ServerApi, session_id: str) -> dict[str, Any] | None:
    cached: dict[str, Any] | None = st.session_state.get(SESSION_DETAIL_KEY)
    if cached is not None and cached.get("id") == session_id and cached.get("assessment"):
        return cached
    try:
        session = api.get_session(session_id)
    except ServerError as exc:
        st.error(server_problem(exc, "load the results"))
        return None
    st.session_state[SESSION_DETAIL_KEY] = session
    return session


def candidate_name(api: ServerApi, session: dict[str, Any]) -> str:
    try:
        return str(api.get_candidate(str(session.get("candidate_id"))).get("name") or "")
    except ServerError:
        return ""


def log_once(session: dict[str, Any]) -> None:
    """Records the finished interview in the run history (MLflow) once per session, whatever the reruns."""
    logged: dict[str, str] = st.session_state.setdefault(LOGGED_RUNS_KEY, {})
    session_id = str(session.get("id"))
    if session_id not in logged and session.get("assessment"):
        preferences = dict(st.session_state.get(PREFERENCES_KEY) or session.get("preferences") or {})
        preferences["answer_mode"] = st.session_state.get("answer_mode", "")
        try:
            logged[session_id] = log_mock_interview(session, preferences)
        except Exception:  # the run history is a side record: the results stay on screen if it fails
            st.caption("This interview could not be added to the Runs page.")
            return
    if session_id in logged:
        st.caption("Saved to your progress on the Runs page.")


main()
