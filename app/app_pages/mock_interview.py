"""Mock interview: pick a job and a candidate, then answer spoken questions by voice or by typing."""

from __future__ import annotations

import json
import time
from typing import Any

import altair as alt
import pandas as pd
import streamlit as st

from app import speech_io
from app.client import REPLY_TYPES, InterviewConnection, ServerApi, ServerError, open_interview
from app.interview_runs import log_mock_interview
from app.session_view import InterviewView
from app.ui import candidate_label, competency_rows, job_label, plain, require_server, server_api
from workbench.settings import get_settings

CONNECTION_KEY = "interview_connection"
PREFERENCES_KEY = "interview_preferences"
START_ARGS_KEY = "interview_start_args"
STARTED_AT_KEY = "interview_started_at"
RENDERED_VERSION_KEY = "interview_rendered_version"
LISTENER_KEY = "hands_free_listener"
SESSION_DETAIL_KEY = "finished_session_detail"
LOGGED_RUNS_KEY = "logged_mock_interview_runs"
NOTICE_KEY = "interview_notice"
REPLY_TIMEOUT_SECONDS = 120.0

PUSH_TO_TALK = "Push to talk"
HANDS_FREE = "Hands-free"
TYPE_ONLY = "Type"
EXISTING_CANDIDATE = "Existing candidate"
NEW_CANDIDATE = "Paste a resume"


def main() -> None:
    st.title("Mock interview")
    connection: InterviewConnection | None = st.session_state.get(CONNECTION_KEY)
    if connection is None:
        setup_form()
        return
    version, view = connection.snapshot()
    st.session_state[RENDERED_VERSION_KEY] = version
    if view.completed:
        show_results(connection, view)
    else:
        show_interview(connection, view)


# --- setup -----------------------------------------------------------------------------------------
def setup_form() -> None:
    api = require_server()
    try:
        jobs = {job["id"]: job for job in api.list_jobs()}
        candidates = {c["id"]: c for c in api.list_candidates()}
    except ServerError as exc:
        st.error(str(exc))
        return
    if not jobs:
        st.info("The server has no jobs yet. Add some with `openhire seed` or POST /api/jobs.")
        return
    job_id = st.selectbox("Job", list(jobs), format_func=lambda jid: job_label(jobs[jid]), key="job_choice")
    candidate = candidate_inputs(candidates)
    left, right = st.columns(2)
    duration = left.number_input("Duration (minutes)", 5, 180, 30, step=5, key="duration")
    difficulty = right.selectbox("Difficulty", ["easy", "medium", "hard"], index=1, key="difficulty")
    skills = [str(skill) for skill in jobs[job_id].get("skills_required") or []]
    focus = st.multiselect("Focus areas", skills, key="focus_areas", accept_new_options=True)
    preferences = {"max_duration": int(duration), "difficulty_level": difficulty, "focus_areas": list(focus)}
    if st.button("Start interview", type="primary", key="start"):
        candidate_id = resolve_candidate(api, candidate)
        if candidate_id:
            start_interview(api, job_id, candidate_id, preferences)


def candidate_inputs(candidates: dict[str, dict[str, Any]]) -> dict[str, str]:
    """The chosen candidate: `{"id": ...}` for an existing one, `{"name", "resume_text"}` for a new one."""
    source = st.radio(
        "Candidate", [EXISTING_CANDIDATE, NEW_CANDIDATE], horizontal=True, key="candidate_source"
    )
    if source == EXISTING_CANDIDATE and candidates:
        chosen = st.selectbox(
            "Who is interviewing?",
            list(candidates),
            format_func=lambda cid: candidate_label(candidates[cid]),
            key="candidate_choice",
        )
        return {"id": str(chosen)}
    if source == EXISTING_CANDIDATE:
        st.info("No candidates yet: paste a resume instead.")
    name = st.text_input("Candidate name", key="new_candidate_name")
    resume = st.text_area("Resume", key="new_candidate_resume", height=200)
    return {"name": name.strip(), "resume_text": resume.strip()}


def resolve_candidate(api: ServerApi, candidate: dict[str, str]) -> str | None:
    """The candidate's id, creating the candidate on the server from a pasted resume when needed."""
    if candidate.get("id"):
        return candidate["id"]
    if not candidate.get("name") or not candidate.get("resume_text"):
        st.error("Give the candidate's name and paste a resume.")
        return None
    try:
        created = api.create_candidate({"name": candidate["name"], "resume_text": candidate["resume_text"]})
    except ServerError as exc:
        st.error(str(exc))
        return None
    return str(created["id"])


def start_interview(
    api: ServerApi, job_id: str, candidate_id: str, preferences: dict[str, Any], session_id: str | None = None
) -> None:
    """Starts a new interview, or with `session_id` resumes that one (the server answers with its current
    question instead of starting over)."""
    try:
        connection = open_interview(api, session_id, job_id, candidate_id)
        connection.start_interview(job_id, candidate_id, preferences)
    except ServerError as exc:
        st.error(str(exc))
        return
    with st.spinner("Starting the interview…"):
        reply = connection.wait_for({"interview_started", "error"}, 0, REPLY_TIMEOUT_SECONDS)
    if reply is None or reply.type == "error":
        _, view = connection.snapshot()
        reason = view.errors[-1].message if view.errors else "no answer from the server"
        st.error(f"The interview could not start: {reason}")
        connection.close()
        return
    st.session_state[CONNECTION_KEY] = connection
    st.session_state[PREFERENCES_KEY] = preferences
    st.session_state[START_ARGS_KEY] = {"job_id": job_id, "candidate_id": candidate_id}
    st.session_state.setdefault(STARTED_AT_KEY, time.time())
    st.rerun()


def reconnect(connection: InterviewConnection) -> None:
    """A new connection to the same session path: the server resumes the interview where it was."""
    stop_listener()
    connection.close()
    args = st.session_state[START_ARGS_KEY]
    preferences = dict(st.session_state.get(PREFERENCES_KEY) or {})
    start_interview(server_api(), args["job_id"], args["candidate_id"], preferences, connection.session_id)


# --- the interview ---------------------------------------------------------------------------------
def show_interview(connection: InterviewConnection, view: InterviewView) -> None:
    st.subheader(f"{view.job_title} · {view.company}" if view.company else view.job_title)
    st.caption(f"Session `{view.session_id}`")
    live_panel(connection)
    show_conversation(view)
    if notice := st.session_state.pop(NOTICE_KEY, None):
        st.warning(notice)
    mode = st.radio("Answer by", [PUSH_TO_TALK, HANDS_FREE, TYPE_ONLY], horizontal=True, key="answer_mode")
    if mode == HANDS_FREE:
        # Rendered whatever the state, so the microphone stream survives while the interviewer thinks.
        hands_free(connection)
    if connection.closed:
        st.error("The connection to the server closed.")
        if st.button("Reconnect", type="primary", key="reconnect"):
            reconnect(connection)
    elif view.awaiting_answer:
        answer_inputs(connection, view, mode)
    if st.button("End interview", key="end"):
        end_interview(connection)


@st.fragment(run_every=1.0)
def live_panel(connection: InterviewConnection) -> None:
    """Progress that changes by itself (time, live transcript); redraws the page when a message arrives."""
    version, view = connection.snapshot()
    if version != st.session_state.get(RENDERED_VERSION_KEY):
        st.rerun()
    started_at = float(st.session_state.get(STARTED_AT_KEY, time.time()))
    left = max(0.0, view.max_duration * 60 - (time.time() - started_at))
    columns = st.columns(4)
    columns[0].metric("Phase", view.phase.title() or "—")
    columns[1].metric("Time left", f"{int(left // 60)}:{int(left % 60):02d}")
    columns[2].metric("Questions asked", view.questions_asked)
    columns[3].metric("Comfort", view.comfort.title())
    strengths, probes = st.columns(2)
    strengths.markdown("**Strengths:** " + (plain(", ".join(view.strengths)) or "—"))
    probes.markdown("**Areas to probe:** " + (plain(", ".join(view.areas_to_probe)) or "—"))
    listener = st.session_state.get(LISTENER_KEY)
    if view.live_transcript:
        st.markdown(f"**Live transcript:** {plain(view.live_transcript)}")
    elif listener is not None and listener.state == "transcribing":
        st.markdown("**Live transcript:** _transcribing…_")
    elif listener is not None and listener.hearing_speech:
        st.markdown("**Live transcript:** _listening…_")


def show_conversation(view: InterviewView, speak_current: bool = True) -> None:
    for index, exchange in enumerate(view.exchanges):
        is_current = index == len(view.exchanges) - 1
        with st.chat_message("assistant"):
            if exchange.bridge:
                st.markdown(plain(exchange.bridge))
            st.markdown(f"**{plain(exchange.question)}**")
            if speak_current and is_current and exchange.answer is None:
                audio = speech_io.speak(spoken_text(exchange.bridge, exchange.question))
                if audio:
                    st.audio(audio, format="audio/wav", autoplay=True)
        if exchange.answer is not None:
            with st.chat_message("user"):
                st.markdown(plain(exchange.answer))


def spoken_text(bridge: str, question: str) -> str:
    return f"{bridge} {question}".strip() if bridge else question


def answer_inputs(connection: InterviewConnection, view: InterviewView, mode: str) -> None:
    if mode == PUSH_TO_TALK:
        key = f"push_to_talk_{view.session_id}_{len(view.exchanges)}"
        recording = st.audio_input("Record your answer; stop recording to send it", key=key)
        if recording is not None:
            with st.spinner("Transcribing…"):
                text = speech_io.transcribe(recording.getvalue())
            if text:
                submit_answer(connection, text)
            else:
                st.warning("No speech was heard in that recording: try again.")
    typed = st.chat_input("Type your answer", key=f"typed_{view.session_id}")
    if typed and typed.strip():
        submit_answer(connection, typed.strip())


def submit_answer(connection: InterviewConnection, text: str) -> None:
    since = connection.version
    try:
        connection.answer(text)
    except ServerError as exc:
        st.error(str(exc))
        return
    with st.spinner("The interviewer is thinking…"):
        reply = connection.wait_for(REPLY_TYPES, since, REPLY_TIMEOUT_SECONDS)
    if reply is None:
        st.session_state[NOTICE_KEY] = "The interviewer has not replied yet; the page updates when it does."
    elif reply.type == "error":
        _, view = connection.snapshot()
        st.session_state[NOTICE_KEY] = view.errors[-1].message if view.errors else "The server refused it."
    st.rerun()


def hands_free(connection: InterviewConnection) -> None:
    from streamlit_webrtc import WebRtcMode, webrtc_streamer

    listener = listener_for(connection)
    webrtc_streamer(
        key=f"hands_free_{connection.session_id}",
        mode=WebRtcMode.SENDONLY,
        rtc_configuration={"iceServers": get_settings().app_ice_servers},
        # Echo cancellation keeps the spoken question (played by this page) out of the answer.
        media_stream_constraints={
            "audio": {"echoCancellation": True, "noiseSuppression": True, "autoGainControl": True},
            "video": False,
        },
        queued_audio_frames_callback=listener.on_frames,
    )
    st.caption("Press START and answer aloud; a pause of about a second ends your answer.")


def listener_for(connection: InterviewConnection) -> speech_io.HandsFreeListener:
    listener: speech_io.HandsFreeListener | None = st.session_state.get(LISTENER_KEY)
    if listener is None:
        # The worker thread cannot touch st.* (no script context): it only talks to the connection.
        transcriber = speech_io.transcriber()

        def deliver(text: str) -> None:
            _, view = connection.snapshot()
            if view.awaiting_answer:
                connection.live_transcript(text, True)
                connection.answer(text)

        listener = speech_io.HandsFreeListener(transcriber, deliver)
        st.session_state[LISTENER_KEY] = listener
    return listener


def end_interview(connection: InterviewConnection) -> None:
    since = connection.version
    try:
        connection.end_interview()
    except ServerError as exc:
        st.error(str(exc))
        return
    with st.spinner("Writing the final feedback…"):
        connection.wait_for({"interview_ended", "error"}, since, REPLY_TIMEOUT_SECONDS)
    st.rerun()


# --- results ---------------------------------------------------------------------------------------
def show_results(connection: InterviewConnection, view: InterviewView) -> None:
    st.success("The interview is over.")
    api = server_api()
    session = finished_session(api, view.session_id)
    if session is not None:
        show_assessment(session.get("assessment"))
    st.subheader("Final feedback")
    st.markdown(plain(view.final_feedback or "—"))
    if session is not None:
        transcript_downloads(api, view.session_id)
        log_once(session)
    if st.button("New interview", type="primary", key="new_interview"):
        reset_interview(connection)
    with st.expander("Conversation", expanded=False):
        show_conversation(view, speak_current=False)


def finished_session(api: ServerApi, session_id: str) -> dict[str, Any] | None:
    cached: dict[str, Any] | None = st.session_state.get(SESSION_DETAIL_KEY)
    if cached is not None and cached.get("id") == session_id and cached.get("assessment"):
        return cached
    try:
        session = api.get_session(session_id)
    except ServerError as exc:
        st.error(str(exc))
        return None
    st.session_state[SESSION_DETAIL_KEY] = session
    return session


def show_assessment(assessment: dict[str, Any] | None) -> None:
    if not assessment:
        st.info("The assessment is not ready yet.")
        return
    st.subheader("Scores")
    st.metric("Overall", f"{float(assessment.get('overall') or 0):.1f} / 5")
    rows = competency_rows(assessment)
    if rows:
        st.dataframe(rows, hide_index=True, width="stretch")
        st.altair_chart(score_chart(rows), width="stretch")
    if assessment.get("summary"):
        st.markdown(plain(str(assessment["summary"])))
    strengths, improve = st.columns(2)
    strengths.markdown("**Strengths**\n\n" + _bullets(assessment.get("strengths")))
    improve.markdown("**Areas to improve**\n\n" + _bullets(assessment.get("areas_to_improve")))


def score_chart(rows: list[dict[str, Any]]) -> alt.Chart:
    """Competency scores as bars on the full 1–5 scale (a bare bar chart would stretch 2/5 to full width)."""
    return (
        alt.Chart(pd.DataFrame(rows))
        .mark_bar()
        .encode(
            x=alt.X("score:Q", scale=alt.Scale(domain=[0, 5]), title="score (1–5)"),
            y=alt.Y("competency:N", title=None, sort="-x"),
            tooltip=["competency:N", "score:Q"],
        )
    )


def _bullets(items: list[str] | None) -> str:
    return "\n".join(f"- {plain(str(item))}" for item in items or []) or "—"


def transcript_downloads(api: ServerApi, session_id: str) -> None:
    try:
        markdown = api.get_transcript(session_id, "markdown")
        as_json = api.get_transcript(session_id, "json")
    except ServerError as exc:
        st.error(str(exc))
        return
    left, right = st.columns(2)
    left.download_button("Download transcript (Markdown)", markdown, f"{session_id}.md", "text/markdown")
    pretty = json.dumps(json.loads(as_json), indent=2) if as_json.strip() else "{}"
    right.download_button("Download transcript (JSON)", pretty, f"{session_id}.json", "application/json")


def log_once(session: dict[str, Any]) -> None:
    """Logs the finished interview to MLflow once per session, whatever the reruns."""
    logged: dict[str, str] = st.session_state.setdefault(LOGGED_RUNS_KEY, {})
    session_id = str(session.get("id"))
    if session_id in logged or not session.get("assessment"):
        if session_id in logged:
            st.caption(f"Logged to MLflow (experiment `mock-interviews`, run `{logged[session_id]}`).")
        return
    preferences = dict(st.session_state.get(PREFERENCES_KEY) or {})
    preferences["answer_mode"] = st.session_state.get("answer_mode", "")
    try:
        logged[session_id] = log_mock_interview(session, preferences)
    except Exception as exc:  # tracking is a side record: the feedback stays on screen if it fails
        st.warning(f"Could not log the interview to MLflow: {exc}")
        return
    st.caption(f"Logged to MLflow (experiment `mock-interviews`, run `{logged[session_id]}`).")


def stop_listener() -> None:
    listener = st.session_state.pop(LISTENER_KEY, None)
    if listener is not None:
        listener.stop()


def reset_interview(connection: InterviewConnection) -> None:
    stop_listener()
    connection.close()
    for key in (CONNECTION_KEY, PREFERENCES_KEY, START_ARGS_KEY, STARTED_AT_KEY, SESSION_DETAIL_KEY):
        st.session_state.pop(key, None)
    st.session_state.pop(RENDERED_VERSION_KEY, None)
    st.rerun()


main()
