"""The reducer that folds protocol messages into what the mock-interview page shows."""

from __future__ import annotations

from app.session_view import InterviewView, apply_message


def started(question: str = "Tell me about yourself.") -> dict[str, object]:
    return {
        "type": "interview_started",
        "data": {
            "session_id": "interview_1_abc",
            "job_title": "Backend Engineer",
            "company": "Acme",
            "initial_question": question,
            "max_duration": 20,
            "interview_phase": "introduction",
        },
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
        view,
        {
            "type": "ai_response",
            "data": {
                "response": "Thanks.",
                "question": "How do you test an API?",
                "interview_phase": "technical",
                "time_elapsed": 1.5,
                "questions_asked": 2,
                "completed": False,
                "comfort_level": "confident",
            },
        },
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
        {
            "type": "status_update",
            "data": {
                "interview_phase": "behavioral",
                "max_duration": 45,
                "questions_asked": 4,
                "strengths_identified": ["python", "testing"],
                "areas_to_probe": ["system design"],
            },
        },
    )
    assert view.strengths == ["python", "testing"]
    assert view.areas_to_probe == ["system design"]
    assert view.max_duration == 45.0 and view.questions_asked == 4


def test_live_transcript_segments_and_partial() -> None:
    view = InterviewView()
    apply_message(
        view, {"type": "live_transcript_update", "data": {"transcript": "I think", "is_final": False}}
    )
    assert view.live_transcript == "I think"
    apply_message(
        view, {"type": "live_transcript_update", "data": {"transcript": "I think so.", "is_final": True}}
    )
    apply_message(
        view, {"type": "live_transcript_update", "data": {"transcript": "I think so.", "is_final": True}}
    )
    assert view.live_segments == ["I think so."]
    assert view.live_transcript == "I think so."


def test_ended_and_errors() -> None:
    view = InterviewView()
    apply_message(view, started())
    apply_message(view, {"type": "error", "message": "Too fast", "status_code": 429, "details": "slow down"})
    apply_message(view, {"type": "error", "data": {"message": "Job with ID x not found", "status_code": 404}})
    assert [(e.message, e.status_code) for e in view.errors] == [
        ("Too fast", 429),
        ("Job with ID x not found", 404),
    ]
    apply_message(
        view, {"type": "interview_ended", "data": {"final_feedback": "Well done.", "completed": True}}
    )
    assert view.completed and view.final_feedback == "Well done."
    assert not view.awaiting_answer


def test_unknown_messages_are_ignored() -> None:
    view = InterviewView()
    apply_message(view, {"type": "something_new", "data": {"x": 1}})
    apply_message(view, {"type": "ai_response", "data": None})
    assert view.exchanges == [] and not view.started
