"""What the mock-interview page shows, folded from the protocol messages the server sends.

The reducer is pure (message in, view updated) so the page logic can be tested without a browser and so the
WebSocket thread and the Streamlit script thread only share one small object behind a lock.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from workbench.protocol import (
    AIResponse,
    AIResponseData,
    ErrorMessage,
    InterviewEnded,
    InterviewEndedData,
    InterviewStarted,
    InterviewStartedData,
    LiveTranscriptUpdate,
    LiveTranscriptUpdateData,
    ProtocolError,
    ServerMessage,
    StatusUpdate,
    StatusUpdateData,
)

JsonDict = dict[str, Any]


@dataclass
class Exchange:
    """One question put to the candidate and, once given, the answer."""

    question: str
    answer: str | None = None
    bridge: str = ""  # the interviewer's acknowledgement spoken before the question
    kind: str = ""  # core, follow_up, resume_probe, … (older servers: main/follow_up); "" when not told


@dataclass
class InterviewView:
    session_id: str = ""
    job_title: str = ""
    company: str = ""
    phase: str = ""
    max_duration: float = 30.0
    time_elapsed: float = 0.0
    questions_asked: int = 0
    comfort: str = "neutral"
    strengths: list[str] = field(default_factory=list)
    areas_to_probe: list[str] = field(default_factory=list)
    exchanges: list[Exchange] = field(default_factory=list)
    live_segments: list[str] = field(default_factory=list)
    live_partial: str = ""
    started: bool = False
    completed: bool = False
    final_feedback: str = ""
    errors: list[ProtocolError] = field(default_factory=list)

    @property
    def current_question(self) -> str:
        return self.exchanges[-1].question if self.exchanges else ""

    @property
    def awaiting_answer(self) -> bool:
        return self.started and not self.completed and bool(self.exchanges) and not self._answered_last

    @property
    def _answered_last(self) -> bool:
        return self.exchanges[-1].answer is not None

    @property
    def live_transcript(self) -> str:
        return " ".join([*self.live_segments, self.live_partial]).strip()

    def withdraw_answer(self, answer: str) -> None:
        """Undoes `record_answer` when the server refused the answer (it stays the candidate's to edit)."""
        if self.exchanges and self.exchanges[-1].answer == answer:
            self.exchanges[-1].answer = None

    def record_answer(self, answer: str) -> None:
        """Marks the open question answered (the server commits it; this keeps the page in step)."""
        if self.exchanges and self.exchanges[-1].answer is None:
            self.exchanges[-1].answer = answer
        self.live_segments.clear()
        self.live_partial = ""


def apply_message(view: InterviewView, message: ServerMessage) -> None:
    """Folds one server message into `view` (unknown types never get here: the parser drops them)."""
    match message:
        case InterviewStarted():
            _on_started(view, message.data)
        case AIResponse():
            _on_ai_response(view, message.data)
        case StatusUpdate():
            _on_status(view, message.data)
        case LiveTranscriptUpdate():
            _on_live_transcript(view, message.data)
        case InterviewEnded():
            _on_ended(view, message.data)
        case ErrorMessage():
            view.errors.append(ProtocolError.from_message(message))


def _on_started(view: InterviewView, data: InterviewStartedData) -> None:
    view.started = True
    view.session_id = data.session_id or view.session_id
    view.job_title = data.job_title
    view.company = data.company
    view.phase = data.interview_phase.value
    view.max_duration = float(data.max_duration)
    question = data.initial_question
    # A repeated start on a live session answers with the current question: do not duplicate it.
    if question and question != view.current_question:
        view.exchanges.append(Exchange(question=question))
        view.questions_asked = max(view.questions_asked, len(view.exchanges))


def _on_ai_response(view: InterviewView, data: AIResponseData) -> None:
    _update_progress(view, data)
    # The answer is committed: its live transcript (echoed just before this reply) is history now.
    view.live_segments.clear()
    view.live_partial = ""
    question = data.question
    if question and not view.completed:
        if view.exchanges and view.exchanges[-1].answer is None and view.exchanges[-1].question == question:
            return
        kind = str(getattr(data, "turn_kind", None) or getattr(data, "kind", None) or "")
        view.exchanges.append(Exchange(question=question, bridge=data.response, kind=kind))


def _on_status(view: InterviewView, data: StatusUpdateData) -> None:
    _update_progress(view, data)
    view.max_duration = float(data.max_duration)
    view.strengths = list(data.strengths_identified)
    view.areas_to_probe = list(data.areas_to_probe)


def _on_live_transcript(view: InterviewView, data: LiveTranscriptUpdateData) -> None:
    text = data.transcript.strip()
    if data.is_final:
        if text and (not view.live_segments or view.live_segments[-1] != text):
            view.live_segments.append(text)
        view.live_partial = ""
    else:
        view.live_partial = text


def _on_ended(view: InterviewView, data: InterviewEndedData) -> None:
    view.completed = True
    view.final_feedback = data.final_feedback or view.final_feedback


def _update_progress(view: InterviewView, data: AIResponseData | StatusUpdateData) -> None:
    view.phase = data.interview_phase.value
    view.time_elapsed = data.time_elapsed
    view.questions_asked = data.questions_asked
    view.comfort = data.comfort_level.value
    if data.completed:
        view.completed = True


def view_from_session(detail: JsonDict, job: JsonDict | None = None) -> InterviewView:
    """The view of a recorded session (REST `GET /api/sessions/{id}`): its whole history, for a page that
    resumes an interview after a reload or opens a finished one."""
    preferences = detail.get("preferences") if isinstance(detail.get("preferences"), dict) else {}
    view = InterviewView(
        session_id=str(detail.get("id") or ""),
        job_title=str((job or {}).get("title") or ""),
        company=str((job or {}).get("company") or ""),
        phase=str(detail.get("phase") or ""),
        max_duration=float((preferences or {}).get("max_duration") or 30),
        questions_asked=int(detail.get("questions_asked") or 0),
        started=True,
        completed=detail.get("status") == "ended",
        final_feedback=str(detail.get("final_feedback") or ""),
    )
    for turn in detail.get("turns") or []:
        answer = turn.get("answer")
        view.exchanges.append(
            Exchange(
                question=str(turn.get("question") or ""),
                answer=str(answer) if answer is not None else None,
                kind=str(turn.get("kind") or ""),
            )
        )
    view.questions_asked = max(view.questions_asked, len(view.exchanges))
    return view
