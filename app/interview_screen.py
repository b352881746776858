"""The interview screen: a progress header that stays in view, the conversation, and one way to answer at a time.

Practice mode shows the candidate the questions and their own answers only; coach mode adds the interviewer's live
notes (comfort, strengths, areas to probe). Spoken answers (push-to-talk or hands-free) land in the answer box for a
quick edit before they are sent, unless "send at once" is on.
"""

from __future__ import annotations

import json
import time
from typing import Any

import streamlit as st

from app import speech_io
from app.client import InterviewConnection, ServerApi
from app.interview_session import (
    AUDIENCE_KEY,
    NOTICE_KEY,
    REFUSED_KEY,
    STARTED_AT_KEY,
    end_interview,
    reconnect,
    submit_answer,
)
from app.session_view import InterviewView
from app.ui import plain
from workbench.settings import get_settings
from workbench.speech.endpoint import TurnSettings

RENDERED_VERSION_KEY = "interview_rendered_version"
LISTENER_KEY = "hands_free_listener"
CONFIRM_END_KEY = "confirm_end"
PLAN_KEY = "interview_plan_size"
AUTO_SEND_KEY = "auto_send"
PUSH_TO_TALK = "Push to talk"
HANDS_FREE = "Hands-free"
TYPE_ONLY = "Type"
# The server refuses frames over 64 KiB; JSON escapes non-ASCII text as \uXXXX (6 bytes a character), so the
# page stops well below: a spoken or typed answer is a few thousand characters at most.
MAX_ANSWER_CHARS = 8_000
MAX_FRAME_BYTES = 60_000
CORE_KINDS = {"core", "main"}
STICKY_CSS = """<style>
.st-key-progress_header {position: sticky; top: 3.75rem; z-index: 999; background: var(--background-color, white);
  padding: 0.4rem 0 0.2rem 0; border-bottom: 1px solid rgba(128,128,128,0.25);}
</style>"""


def show_interview(api: ServerApi, connection: InterviewConnection, view: InterviewView) -> None:
    coach = st.session_state.get(AUDIENCE_KEY) == "coach"
    # Before the header: its fragment reruns the page while a spoken draft waits, so it must find none here.
    collect_spoken_draft(view)
    st.html(STICKY_CSS)
    with st.container(key="progress_header"):
        live_panel(connection, plan_size(api, connection), coach)
    show_conversation(view)
    if notice := st.session_state.pop(NOTICE_KEY, None):
        st.warning(notice)
    if connection.closed:
        st.error("The connection to the server closed. Your answers so far are saved.")
        if st.button("Reconnect", type="primary", key="reconnect"):
            stop_listener()
            reconnect(api, connection)
        return
    mode = st.radio("Answer by", [PUSH_TO_TALK, HANDS_FREE, TYPE_ONLY], horizontal=True, key="answer_mode")
    st.toggle(
        "Send spoken answers at once (no review)",
        key=AUTO_SEND_KEY,
        help="Off: what you said appears in the answer box for a quick edit before you send it.",
    )
    if mode == HANDS_FREE:
        # Rendered whatever the state, so the microphone stream survives while the interviewer thinks.
        hands_free(connection)
    if view.awaiting_answer:
        answer_inputs(connection, view, mode)
    end_controls(connection)


def plan_size(api: ServerApi, connection: InterviewConnection) -> int | None:
    """How many core questions the job's plan holds (servers without plans: None)."""
    cached = st.session_state.get(PLAN_KEY)
    if cached is not None:
        return int(cached) or None
    job_id = str((st.session_state.get("interview_start_args") or {}).get("job_id") or "")
    plan = api.get_plan(job_id) if job_id else None
    questions = (plan or {}).get("questions") or (plan or {}).get("core_questions") or []
    st.session_state[PLAN_KEY] = len(questions) if isinstance(questions, list) else 0
    return len(questions) or None


def progress_line(view: InterviewView, planned: int | None, seconds_left: float) -> str:
    """ "Question 3 of ~9 · Technical · 24:10 left" (core questions count; follow-ups do not move it)."""
    kinds = [exchange.kind for exchange in view.exchanges]
    if any(kinds):
        number = max(1, sum(1 for kind in kinds if kind in CORE_KINDS))
    else:
        number = max(1, view.questions_asked)
    question = f"Question {number} of ~{max(planned, number)}" if planned else f"Question {number}"
    parts = [question, view.phase.replace("_", " ").title() or "Starting"]
    parts.append(f"{int(seconds_left // 60)}:{int(seconds_left % 60):02d} left")
    return " · ".join(parts)


@st.fragment(run_every=1.0)
def live_panel(connection: InterviewConnection, planned: int | None, coach: bool) -> None:
    """Progress that changes by itself (time, listening state); redraws the page when a message arrives."""
    version, view = connection.snapshot()
    listener: speech_io.HandsFreeListener | None = st.session_state.get(LISTENER_KEY)
    draft_ready = listener is not None and bool(listener.draft) and view.awaiting_answer
    if version != st.session_state.get(RENDERED_VERSION_KEY) or draft_ready:
        st.rerun()
    started_at = float(st.session_state.get(STARTED_AT_KEY, time.time()))
    left = max(0.0, view.max_duration * 60 - (time.time() - started_at))
    title = f"{view.job_title} · {view.company}" if view.company else view.job_title
    st.markdown(f"**{plain(title)}** — {progress_line(view, planned, left)}")
    if coach:
        comfort, strengths, probes = st.columns([1, 2, 2])
        comfort.markdown(f"**Comfort:** {plain(view.comfort.title())}")
        strengths.markdown("**Strengths:** " + (plain(", ".join(view.strengths)) or "—"))
        probes.markdown("**Areas to probe:** " + (plain(", ".join(view.areas_to_probe)) or "—"))
        st.caption(f"Session {view.session_id}")
    if listener is not None and st.session_state.get("answer_mode") == HANDS_FREE:
        listening_line(listener)


def listening_line(listener: speech_io.HandsFreeListener) -> None:
    state = listener.state.value
    if state == "hearing":
        heard = listener.live_text
        st.markdown("🎙️ **Listening…** " + (plain(heard) if heard else ""))
        if st.button("I'm done", key="im_done"):
            listener.finish()
    elif state == "finishing":
        st.markdown("⏳ _Writing down the end of your answer…_")
    else:
        st.caption("Waiting for you to speak. A short pause is fine; a longer silence ends the answer.")


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
    auto_send = bool(st.session_state.get(AUTO_SEND_KEY))
    if mode == PUSH_TO_TALK:
        key = f"push_to_talk_{view.session_id}_{len(view.exchanges)}"
        recording = st.audio_input("Record your answer, then stop recording", key=key)
        heard_key = f"{key}:{getattr(recording, 'file_id', '')}"
        if recording is not None and st.session_state.get("transcribed_recording") != heard_key:
            st.session_state["transcribed_recording"] = heard_key
            with st.spinner("Writing down your answer…"):
                text = speech_io.transcribe(recording.getvalue())
            if not text:
                st.warning("No speech was heard in that recording: try again.")
            elif auto_send:
                send(connection, text)
            else:
                _append_to_box(text)
    if refused := st.session_state.pop(REFUSED_KEY, None):
        st.session_state["answer_box"] = refused
    if mode == TYPE_ONLY or st.session_state.get("answer_box"):
        answer_box(connection)


def collect_spoken_draft(view: InterviewView) -> None:
    """Moves what hands-free listening heard into the answer box, for review."""
    listener: speech_io.HandsFreeListener | None = st.session_state.get(LISTENER_KEY)
    if view.awaiting_answer and listener is not None and listener.draft:
        _append_to_box(listener.take_draft())


def answer_box(connection: InterviewConnection) -> None:
    label = (
        "Your answer" if st.session_state.get("answer_mode") == TYPE_ONLY else "Check your answer, then send"
    )
    text = st.text_area(label, key="answer_box", height=150, placeholder="Type your answer")
    length = len(text)
    over = length > MAX_ANSWER_CHARS
    st.caption(f"{length:,} / {MAX_ANSWER_CHARS:,} characters" + (" — too long" if over else ""))
    if st.button("Send answer", type="primary", key="send_answer"):
        if not text.strip():
            st.warning("Write or say something first.")
        elif over or len(json.dumps({"response": text})) > MAX_FRAME_BYTES:
            st.error(
                f"Your answer is {length:,} characters; the limit is {MAX_ANSWER_CHARS:,}. Shorten it, then send it."
            )
        else:
            send(connection, text.strip())


def send(connection: InterviewConnection, text: str) -> None:
    accepted = submit_answer(connection, text)
    if accepted:
        st.session_state.pop("answer_box", None)
    st.rerun()


def _append_to_box(text: str) -> None:
    current = str(st.session_state.get("answer_box") or "").strip()
    st.session_state["answer_box"] = f"{current} {text}".strip()


def hands_free(connection: InterviewConnection) -> None:
    from streamlit_webrtc import WebRtcMode, webrtc_streamer

    listener = listener_for(connection)
    listener.auto_send = bool(st.session_state.get(AUTO_SEND_KEY))
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
    st.caption(
        "Press START and answer aloud. Thinking pauses are fine; press “I'm done” to finish at once. "
        "If the browser blocks the microphone, allow it in the address bar, or answer by push to talk or typing."
    )


def listener_for(connection: InterviewConnection) -> speech_io.HandsFreeListener:
    listener: speech_io.HandsFreeListener | None = st.session_state.get(LISTENER_KEY)
    if listener is None:
        # The worker thread cannot touch st.* (no script context): it only talks to the connection.
        def send_at_once(text: str) -> None:
            _, view = connection.snapshot()
            if view.awaiting_answer:
                connection.answer(text)

        listener = speech_io.HandsFreeListener(
            speech_io.transcriber(), send_at_once, TurnSettings(silence_ceiling_s=silence_ceiling())
        )
        st.session_state[LISTENER_KEY] = listener
    return listener


def silence_ceiling() -> float:
    return float(st.session_state.get("silence_ceiling", TurnSettings().silence_ceiling_s))


def end_controls(connection: InterviewConnection) -> None:
    if not st.session_state.get(CONFIRM_END_KEY):
        if st.button("End interview", key="end"):
            st.session_state[CONFIRM_END_KEY] = True
            st.rerun()
        return
    st.warning("End the interview now? No more answers can be added afterwards.")
    yes, no = st.columns(2)
    if yes.button("Yes, end it", type="primary", key="confirm_end_yes"):
        st.session_state.pop(CONFIRM_END_KEY, None)
        stop_listener()
        end_interview(connection)
        st.rerun()
    if no.button("Keep going", key="confirm_end_no"):
        st.session_state.pop(CONFIRM_END_KEY, None)
        st.rerun()


def stop_listener() -> None:
    listener: Any = st.session_state.pop(LISTENER_KEY, None)
    if listener is not None:
        listener.stop()
