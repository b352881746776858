"""What the mock-interview page shows, folded from the protocol messages the server sends.

The reducer is pure (message in, view updated) so the page logic can be tested without a browser and so the
WebSocket thread and the Streamlit script thread only share one small object behind a lock.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

JsonDict = dict[str, Any]


@dataclass
class Exchange:
    """One question put to the candidate and, once given, the answer."""

    question: str
    answer: str | None = None
    bridge: str = ""  # the interviewer's acknowledgement spoken before the question


@dataclass
class ProtocolError:
    message: str
    status_code: int | None = None
    details: str = ""


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

    def record_answer(self, answer: str) -> None:
        """Marks the open question answered (the server commits it; this keeps the page in step)."""
        if self.exchanges and self.exchanges[-1].answer is None:
            self.exchanges[-1].answer = answer
        self.live_segments.clear()
        self.live_partial = ""


def apply_message(view: InterviewView, message: JsonDict) -> None:
    """Folds one server message into `view`. Unknown message types are ignored (forward compatibility)."""
    kind = message.get("type")
    data = message.get("data")
    payload: JsonDict = data if isinstance(data, dict) else {}
    handler = _HANDLERS.get(str(kind))
    if handler is not None:
        handler(view, message if kind == "error" else payload)


def _on_started(view: InterviewView, data: JsonDict) -> None:
    view.started = True
    view.session_id = str(data.get("session_id") or view.session_id)
    view.job_title = str(data.get("job_title") or "")
    view.company = str(data.get("company") or "")
    view.phase = str(data.get("interview_phase") or view.phase)
    view.max_duration = float(data.get("max_duration") or view.max_duration)
    question = str(data.get("initial_question") or "")
    # A repeated start on a live session answers with the current question: do not duplicate it.
    if question and question != view.current_question:
        view.exchanges.append(Exchange(question=question))
        view.questions_asked = max(view.questions_asked, len(view.exchanges))


def _on_ai_response(view: InterviewView, data: JsonDict) -> None:
    _update_progress(view, data)
    # The answer is committed: its live transcript (echoed just before this reply) is history now.
    view.live_segments.clear()
    view.live_partial = ""
    question = str(data.get("question") or "")
    if question and not view.completed:
        if view.exchanges and view.exchanges[-1].answer is None and view.exchanges[-1].question == question:
            return
        view.exchanges.append(Exchange(question=question, bridge=str(data.get("response") or "")))


def _on_status(view: InterviewView, data: JsonDict) -> None:
    _update_progress(view, data)
    if data.get("max_duration") is not None:
        view.max_duration = float(data["max_duration"])
    view.strengths = [str(s) for s in data.get("strengths_identified") or []]
    view.areas_to_probe = [str(s) for s in data.get("areas_to_probe") or []]


def _on_live_transcript(view: InterviewView, data: JsonDict) -> None:
    text = str(data.get("transcript") or "").strip()
    if data.get("is_final"):
        if text and (not view.live_segments or view.live_segments[-1] != text):
            view.live_segments.append(text)
        view.live_partial = ""
    else:
        view.live_partial = text


def _on_ended(view: InterviewView, data: JsonDict) -> None:
    view.completed = True
    view.final_feedback = str(data.get("final_feedback") or view.final_feedback)


def _on_error(view: InterviewView, message: JsonDict) -> None:
    # The architecture puts the fields at the top level and again under `data`; accept either.
    nested = message.get("data")
    source: JsonDict = nested if isinstance(nested, dict) and "message" in nested else message
    code = source.get("status_code")
    view.errors.append(
        ProtocolError(
            message=str(source.get("message") or "Unknown error"),
            status_code=int(code) if isinstance(code, int | float) else None,
            details=str(source.get("details") or ""),
        )
    )


def _update_progress(view: InterviewView, data: JsonDict) -> None:
    if data.get("interview_phase"):
        view.phase = str(data["interview_phase"])
    if data.get("time_elapsed") is not None:
        view.time_elapsed = float(data["time_elapsed"])
    if data.get("questions_asked") is not None:
        view.questions_asked = int(data["questions_asked"])
    if data.get("comfort_level"):
        view.comfort = str(data["comfort_level"])
    if data.get("completed"):
        view.completed = True


_HANDLERS = {
    "interview_started": _on_started,
    "ai_response": _on_ai_response,
    "status_update": _on_status,
    "live_transcript_update": _on_live_transcript,
    "interview_ended": _on_ended,
    "error": _on_error,
}
