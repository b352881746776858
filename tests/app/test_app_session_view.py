"""The reducer that folds protocol messages into what the mock-interview page shows."""

from __future__ import annotations

import json
from typing import Any

import pytest

from app.session_view import InterviewView, apply_message
from workbench.protocol import ProtocolError, ServerMessage, parse_server_message


def message(kind: str, **data: Any) -> ServerMessage:
    """A server message as it arrives on the wire, parsed by the one protocol parser."""
    parsed = parse_server_message(json.dumps({"type": kind, "data": data}))
    assert parsed is not None
    return parsed


def started(question: str = "Tell me about yourself.") -> ServerMessage:
    return message(
        "interview_started",
        session_id="interview_1_abc",
        job_title="Backend Engineer",
        company="Acme",
        initial_question=question,
        max_duration=20,
        interview_phase="introduction",
    )


def progress(phase: str = "technical", questions: int = 2, completed: bool = False) -> dict[str, Any]:
    return {
        "interview_phase": phase,
        "time_elapsed": 1.5,
        "questions_asked": questions,
        "completed": completed,
        "comfort_level": "confident",
    }


def test_started_then_answer_then_next_question() -> None:
    view = InterviewView()
    apply_message(view, started())
    assert view.started and view.awaiting_answer
    assert view.current_question == "Tell me about yourself."
    assert view.max_duration == 20.0 and view.phase == "introduction"

    view.record_answer("I build APIs in Python.")
    assert not view.awaiting_answer

    apply_message(
        view, message("ai_response", response="Thanks.", question="How do you test an API?", **progress())
    )
    assert view.current_question == "How do you test an API?"
    assert view.exchanges[-1].bridge == "Thanks."
    assert view.exchanges[0].answer == "I build APIs in Python."
    assert (view.phase, view.questions_asked, view.comfort) == ("technical", 2, "confident")
    assert view.awaiting_answer


def test_repeated_start_does_not_duplicate_the_question() -> None:
    view = InterviewView()
    apply_message(view, started())
    apply_message(view, started())
    assert len(view.exchanges) == 1


def test_status_update_brings_strengths_and_areas() -> None:
    view = InterviewView()
    apply_message(
        view,
        message(
            "status_update",
            session_id="s",
            candidate_id="c",
            max_duration=45,
            strengths_identified=["python", "testing"],
            areas_to_probe=["system design"],
            **progress("behavioral", 4),
        ),
    )
    assert view.strengths == ["python", "testing"]
    assert view.areas_to_probe == ["system design"]
    assert view.max_duration == 45.0 and view.questions_asked == 4 and view.phase == "behavioral"


def test_live_transcript_segments_and_partial() -> None:
    view = InterviewView()
    apply_message(view, message("live_transcript_update", transcript="I think", is_final=False))
    assert view.live_transcript == "I think"
    apply_message(view, message("live_transcript_update", transcript="I think so.", is_final=True))
    apply_message(view, message("live_transcript_update", transcript="I think so.", is_final=True))
    assert view.live_segments == ["I think so."]
    assert view.live_transcript == "I think so."


def test_ended_and_errors() -> None:
    view = InterviewView()
    apply_message(view, started())
    apply_message(view, ProtocolError(429, "Too fast", "slow down", "RateLimitExceeded").to_message())
    apply_message(view, ProtocolError(404, "Job with ID x not found").to_message())
    assert [(e.message, e.status_code) for e in view.errors] == [
        ("Too fast", 429),
        ("Job with ID x not found", 404),
    ]
    apply_message(
        view, message("interview_ended", final_feedback="Well done.", completed=True, session_id="s")
    )
    assert view.completed and view.final_feedback == "Well done."
    assert not view.awaiting_answer


def test_unknown_messages_are_ignored_and_malformed_ones_refused() -> None:
    assert parse_server_message(json.dumps({"type": "something_new", "data": {"x": 1}})) is None
    with pytest.raises(ProtocolError) as refused:
        parse_server_message(json.dumps({"type": "ai_response", "data": None}))
    assert refused.value.status_code == 400
