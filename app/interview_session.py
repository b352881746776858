"""The mock interview's connection to the server across reruns, reloads and restarts.

The session id lives in the page's URL (`?session=…`), so a reload or a new tab on that URL finds the interview:
its history comes from REST (`GET /api/sessions/{id}`), and a new WebSocket on the same session path resumes it
(the server answers a repeated `start_interview` with the current question instead of starting over).
"""

from __future__ import annotations

import time
from datetime import datetime
from typing import Any

import streamlit as st

from app.client import REPLY_TYPES, InterviewConnection, ServerApi, ServerError, open_interview
from app.session_view import InterviewView, view_from_session
from app.wording import protocol_problem, server_problem

CONNECTION_KEY = "interview_connection"
DETAIL_KEY = "interview_detail"  # the recorded session of an interview opened from the URL (dict)
PREFERENCES_KEY = "interview_preferences"
START_ARGS_KEY = "interview_start_args"
STARTED_AT_KEY = "interview_started_at"
AUDIENCE_KEY = "interview_audience"
NOTICE_KEY = "interview_notice"
REFUSED_KEY = "refused_answer"
SESSION_PARAM = "session"
AUDIENCE_PARAM = "view"
REPLY_TIMEOUT_SECONDS = 120.0


def url_session_id() -> str | None:
    value = st.query_params.get(SESSION_PARAM)
    return str(value) if value else None


def remember_in_url(session_id: str, audience: str) -> None:
    st.query_params[SESSION_PARAM] = session_id
    st.query_params[AUDIENCE_PARAM] = "coach" if audience.lower().startswith("coach") else "practice"


def start_interview(
    api: ServerApi,
    job_id: str,
    candidate_id: str,
    preferences: dict[str, Any],
    session_id: str | None = None,
    view: InterviewView | None = None,
) -> bool:
    """Starts a new interview, or with `session_id` resumes that one from `view` (its recorded history)."""
    try:
        connection = open_interview(api, session_id, job_id, candidate_id, view)
        since = connection.version
        connection.start_interview(job_id, candidate_id, preferences)
    except ServerError as exc:
        st.error(server_problem(exc, "open the interview"))
        return False
    with st.spinner("Starting the interview…"):
        reply = connection.wait_for({"interview_started", "error"}, since, REPLY_TIMEOUT_SECONDS)
    if reply is None or reply.type == "error":
        _, current = connection.snapshot()
        error = current.errors[-1] if current.errors else None
        reason = protocol_problem(error.message, error.status_code) if error else "the server did not answer"
        st.error(f"The interview could not start: {reason}")
        connection.close()
        return False
    st.session_state[CONNECTION_KEY] = connection
    st.session_state[PREFERENCES_KEY] = preferences
    st.session_state[START_ARGS_KEY] = {"job_id": job_id, "candidate_id": candidate_id}
    st.session_state.setdefault(STARTED_AT_KEY, time.time())
    return True


def resume_from_url(api: ServerApi, session_id: str) -> bool:
    """Rebuilds the interview named in the URL. Returns False (with a message shown) when it cannot."""
    try:
        detail = api.get_session(session_id)
    except ServerError as exc:
        if exc.status == 404:
            st.warning("This interview was not found on the server. Start a new one below.")
            st.query_params.clear()
            return False
        st.error(server_problem(exc, "reopen this interview"))
        st.button("Retry", type="primary", key="retry_resume")
        st.stop()
    job = _job_or_empty(api, str(detail.get("job_id") or ""))
    view = view_from_session(detail, job)
    st.session_state[STARTED_AT_KEY] = _epoch(detail.get("started_at")) or time.time()
    if st.query_params.get(AUDIENCE_PARAM) == "coach":
        st.session_state[AUDIENCE_KEY] = "coach"
    if view.completed:
        st.session_state[DETAIL_KEY] = detail
        return True
    preferences = dict(detail.get("preferences") or {})
    return start_interview(
        api, str(detail["job_id"]), str(detail["candidate_id"]), preferences, session_id, view
    )


def reconnect(api: ServerApi, connection: InterviewConnection) -> None:
    """A new connection to the same session, with the history re-read from the server."""
    connection.close()
    st.session_state.pop(CONNECTION_KEY, None)
    st.session_state.pop(STARTED_AT_KEY, None)
    if resume_from_url(api, connection.session_id):
        st.rerun()


def submit_answer(connection: InterviewConnection, text: str) -> bool:
    """Sends an answer and waits for the reply. A refused answer is withdrawn from the conversation and kept
    (`REFUSED_KEY`) for the answer box; returns True when the server accepted it."""
    since = connection.version
    try:
        connection.answer(text)
    except ServerError:
        connection.withdraw_answer(text)
        st.session_state[REFUSED_KEY] = text
        st.session_state[NOTICE_KEY] = (
            "The connection to the server dropped. Press Reconnect, then send again."
        )
        return False
    with st.spinner("The interviewer is thinking…"):
        reply = connection.wait_for(REPLY_TYPES, since, REPLY_TIMEOUT_SECONDS)
    if reply is None:
        st.session_state[NOTICE_KEY] = "The interviewer has not replied yet; the page updates when it does."
        return True
    if reply.type == "error":
        _, view = connection.snapshot()
        error = view.errors[-1] if view.errors else None
        connection.withdraw_answer(text)
        st.session_state[REFUSED_KEY] = text
        st.session_state[NOTICE_KEY] = protocol_problem(
            error.message if error else "", error.status_code if error else None
        )
        return False
    return True


def end_interview(connection: InterviewConnection) -> None:
    since = connection.version
    try:
        connection.end_interview()
    except ServerError:
        st.session_state[NOTICE_KEY] = (
            "The connection to the server dropped. Press Reconnect, then end again."
        )
        return
    with st.spinner("Writing the final feedback…"):
        connection.wait_for({"interview_ended", "error"}, since, REPLY_TIMEOUT_SECONDS)


def forget_interview() -> None:
    connection: InterviewConnection | None = st.session_state.get(CONNECTION_KEY)
    if connection is not None:
        connection.close()
    for key in list(st.session_state.keys()):
        if str(key).startswith("interview_") or key in {REFUSED_KEY, "hands_free_listener", "confirm_end"}:
            st.session_state.pop(key, None)
    st.query_params.clear()


def _job_or_empty(api: ServerApi, job_id: str) -> dict[str, Any]:
    try:
        return api.get_job(job_id) if job_id else {}
    except ServerError:
        return {}


def _epoch(value: object) -> float | None:
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00")).timestamp() if value else None
    except ValueError:
        return None
