"""The WebSocket protocol against a real `openhire serve` process and a real WebSocket client."""

from __future__ import annotations

import json
import time
from typing import Any

import httpx
import pytest

from tests.conftest import ServerProcess, auth
from tests.protocol_server.wsclient import SEED_CANDIDATE, SEED_JOB, STRONG_ANSWERS, Client
from workbench.models import Difficulty, Preferences
from workbench.protocol import EndInterview, candidate_response, live_transcript, start_interview

PHASES = ["introduction", "technical", "behavioral", "conclusion"]


def unique(name: str) -> str:
    return f"{name}-{time.monotonic_ns()}"


def test_the_seed_wscat_example_works_as_written(server: ServerProcess) -> None:
    with Client(server.ws("test-session-123")) as client:
        client.send_raw(
            '{"type": "start_interview", "data": {"job_id": "ff7f1e59-3014-4cc8-8f2e-4b3ca694ceb3", '
            '"candidate_id": "test-candidate"}}'
        )
        message = client.expect("interview_started")
    data = message["data"]
    assert set(data) == {
        "session_id",
        "job_title",
        "company",
        "initial_question",
        "max_duration",
        "interview_phase",
    }
    assert data["session_id"] == "test-session-123"
    assert data["job_title"] == "Senior Frontend Developer"
    assert data["company"] == "TechCorp Inc."
    assert data["max_duration"] == 30
    assert data["interview_phase"] == "introduction"
    assert data["initial_question"].strip().endswith("?")


def run_whole_interview(client: Client, answers: list[str]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    replies = []
    for answer in answers * 2:
        client.send(candidate_response(answer))
        reply = client.expect("ai_response")["data"]
        replies.append(reply)
        if reply["completed"]:
            return replies, client.expect("interview_ended")["data"]
    raise AssertionError("the interview never completed")


def test_a_whole_interview_advances_through_the_phases_without_repeats(server: ServerProcess) -> None:
    session = unique("interview")
    with Client(server.ws(session)) as client:
        started = client.start(
            preferences=Preferences(
                max_duration=30, difficulty_level=Difficulty.MEDIUM, focus_areas=["react", "typescript"]
            )
        )
        status = client.status()
        replies, ended = run_whole_interview(client, STRONG_ANSWERS)

    # Every planned question once with at most one follow-up each: answered in no time, the probes a story
    # needs (no action or result) all fit the 30 minutes, so the count is bounded by the plan, not a budget.
    assert 8 <= len(replies) <= 20
    phases = [started["interview_phase"]] + [r["interview_phase"] for r in replies]
    assert [p for i, p in enumerate(phases) if i == 0 or p != phases[i - 1]] == PHASES
    questions = [started["initial_question"]] + [r["question"] for r in replies if not r["completed"]]
    assert len({q.strip().lower() for q in questions}) == len(questions), "a question was repeated"
    for reply in replies:
        assert set(reply) == {
            "response",
            "question",
            "interview_phase",
            "time_elapsed",
            "questions_asked",
            "completed",
            "comfort_level",
        }
        assert isinstance(reply["time_elapsed"], float)
        assert reply["comfort_level"] in ("nervous", "neutral", "confident")
        assert reply["response"].strip() and reply["response"] != reply["question"]
    assert [r["questions_asked"] for r in replies[:-1]] == list(range(2, len(replies) + 1))
    assert status["questions_asked"] == 1 and status["completed"] is False
    assert ended == {"final_feedback": ended["final_feedback"], "completed": True, "session_id": session}
    assert len(ended["final_feedback"]) > 200

    detail = httpx.get(f"{server.http}/api/sessions/{session}", headers=auth()).json()
    assert detail["status"] == "ended"
    assert all(turn["answer"] for turn in detail["turns"])
    assessment = detail["assessment"]
    assert 1 <= assessment["overall"] <= 5
    assert {c["name"].lower() for c in assessment["competencies"]} >= {"react", "communication"}
    quoted = [c["evidence"] for c in assessment["competencies"] if c["evidence"]]
    assert quoted and all(any(q[:20] in a for a in STRONG_ANSWERS) for q in quoted)


def test_status_fills_strengths_and_areas_from_the_answers(server: ServerProcess) -> None:
    with Client(server.ws(unique("status"))) as client:
        client.start()
        for answer in STRONG_ANSWERS[:4]:
            client.answer(answer)
        status = client.status()
    assert set(status) == {
        "session_id",
        "candidate_id",
        "interview_phase",
        "time_elapsed",
        "max_duration",
        "questions_asked",
        "completed",
        "comfort_level",
        "strengths_identified",
        "areas_to_probe",
    }
    assert status["candidate_id"] == SEED_CANDIDATE
    assert status["questions_asked"] == 5
    assert status["strengths_identified"], status
    assert all(isinstance(item, str) for item in status["strengths_identified"] + status["areas_to_probe"])


def test_preferences_are_honoured_and_null_means_default(server: ServerProcess) -> None:
    with Client(server.ws(unique("prefs"))) as client:
        started = client.start(
            preferences=Preferences(
                max_duration=45, difficulty_level=Difficulty.HARD, focus_areas=["typescript"]
            )
        )
        assert started["max_duration"] == 45
        assert client.status()["max_duration"] == 45
    with Client(server.ws(unique("nulls"))) as client:
        # The reference client sends null for a cleared field: sent as is, on the wire.
        nulls = {"max_duration": None, "difficulty_level": None}
        start = {
            "job_id": SEED_JOB,
            "candidate_id": SEED_CANDIDATE,
            "resume_text": None,
            "preferences": nulls,
        }
        client.send_raw(json.dumps({"type": "start_interview", "data": start}))
        assert client.expect("interview_started")["data"]["max_duration"] == 30


def error_of(client: Client) -> dict[str, Any]:
    message = client.expect("error")
    data = message["data"]
    assert {k: message[k] for k in data} == data, "top-level fields and data must agree"
    assert set(data) == {"message", "details", "status_code", "exception_type"}
    return data


ERROR_CASES: list[tuple[str, Any, int, str]] = [
    ("missing ids", {"type": "start_interview", "data": {}}, 400, "job_id and candidate_id are required"),
    (
        "missing candidate",
        {"type": "start_interview", "data": {"job_id": SEED_JOB}},
        400,
        "job_id and candidate_id are required",
    ),
    (
        "unknown job",
        {"type": "start_interview", "data": {"job_id": "nope", "candidate_id": SEED_CANDIDATE}},
        404,
        "Job with ID nope not found",
    ),
    (
        "unknown candidate",
        {"type": "start_interview", "data": {"job_id": SEED_JOB, "candidate_id": "ghost"}},
        404,
        "Candidate with ID ghost not found",
    ),
    (
        "no resume",
        {"type": "start_interview", "data": {"job_id": SEED_JOB, "candidate_id": "no-resume-candidate"}},
        404,
        "No resume found for candidate",
    ),
    (
        "bad difficulty",
        {
            "type": "start_interview",
            "data": {
                "job_id": SEED_JOB,
                "candidate_id": SEED_CANDIDATE,
                "preferences": {"difficulty_level": "extreme"},
            },
        },
        400,
        "Invalid start_interview message: preferences.difficulty_level",
    ),
    (
        "short duration",
        {
            "type": "start_interview",
            "data": {"job_id": SEED_JOB, "candidate_id": SEED_CANDIDATE, "preferences": {"max_duration": 2}},
        },
        400,
        "Invalid start_interview message: preferences.max_duration",
    ),
    (
        "long duration",
        {
            "type": "start_interview",
            "data": {
                "job_id": SEED_JOB,
                "candidate_id": SEED_CANDIDATE,
                "preferences": {"max_duration": 181},
            },
        },
        400,
        "Invalid start_interview message: preferences.max_duration",
    ),
    ("unknown type", {"type": "dance", "data": {}}, 400, "Unknown message type: dance"),
    (
        "mistyped field",
        {"type": "candidate_response", "data": {"response": 42}},
        400,
        "Invalid candidate_response message: response",
    ),
    (
        "missing field",
        {"type": "live_transcript", "data": {"is_final": True}},
        400,
        "Invalid live_transcript message: transcript",
    ),
    (
        "answer before start",
        {"type": "candidate_response", "data": {"response": "hi"}},
        404,
        "Interview session not found",
    ),
    ("status before start", {"type": "get_status", "data": {}}, 404, "Interview session not found"),
    ("end before start", {"type": "end_interview", "data": {}}, 404, "Interview session not found"),
]


@pytest.mark.parametrize(("case", "payload", "status", "text"), ERROR_CASES, ids=[c[0] for c in ERROR_CASES])
def test_each_bad_message_gets_a_typed_error_and_the_connection_stays_usable(
    server: ServerProcess, case: str, payload: Any, status: int, text: str
) -> None:
    with Client(server.ws(unique("errors"))) as client:
        client.send_raw(json.dumps(payload))
        error = error_of(client)
        assert (error["status_code"], error["message"]) == (status, text)
        assert error["exception_type"]
        assert client.start()["interview_phase"] == "introduction"  # still usable


def test_invalid_json_and_non_objects(server: ServerProcess) -> None:
    with Client(server.ws(unique("json"))) as client:
        client.send_raw("{not json")
        assert error_of(client)["message"] == "Invalid JSON"
        client.send_raw("[1, 2]")
        assert error_of(client)["status_code"] == 400
        client.send_raw(b'{"type": "get_status"}')
        assert error_of(client)["message"] == "Interview session not found"
        client.start()


def test_reconnecting_resumes_and_a_repeated_start_does_not_restart(server: ServerProcess) -> None:
    session = unique("resume")
    with Client(server.ws(session)) as client:
        first = client.start()
        client.answer(STRONG_ANSWERS[0])
        current = client.answer(STRONG_ANSWERS[1])["question"]
    with Client(server.ws(session)) as client:
        status = client.status()
        assert status["questions_asked"] == 3 and status["completed"] is False
        again = client.start()
        assert again["initial_question"] == current != first["initial_question"]
        assert again["session_id"] == session
        assert client.status()["questions_asked"] == 3
        assert client.answer(STRONG_ANSWERS[2])["questions_asked"] == 4


def test_end_interview_is_idempotent_and_answers_after_the_end_are_refused(server: ServerProcess) -> None:
    session = unique("end")
    with Client(server.ws(session)) as client:
        client.start()
        client.answer(STRONG_ANSWERS[0])
        client.send(EndInterview())
        first = client.expect("interview_ended")["data"]
        client.send(EndInterview())
        second = client.expect("interview_ended")["data"]
        assert first == second and first["completed"] is True and first["final_feedback"]
        client.send(candidate_response("one more thing"))
        assert error_of(client)["status_code"] == 409
        client.send(start_interview(SEED_JOB, SEED_CANDIDATE))
        assert error_of(client)["status_code"] == 409
        assert client.status()["completed"] is True
    with Client(server.ws(session)) as client:
        client.send(EndInterview())
        assert client.expect("interview_ended")["data"] == first


def test_final_segments_are_buffered_and_never_counted_twice(server: ServerProcess) -> None:
    session = unique("buffer")
    segments = ["I rebuilt our design system in React", "and cut bundle size by thirty percent."]
    with Client(server.ws(session)) as client:
        client.start()
        client.send(live_transcript("I rebuilt our", is_final=False))
        assert client.expect("live_transcript_update")["data"] == {
            "transcript": "I rebuilt our",
            "is_final": False,
        }
        for segment in segments:
            client.send(live_transcript(segment, is_final=True))
            assert client.expect("live_transcript_update")["data"]["is_final"] is True
        client.send(candidate_response(" ".join(segments)))
        assert client.expect("ai_response")["data"]["questions_asked"] == 2
    turns = httpx.get(f"{server.http}/api/sessions/{session}", headers=auth()).json()["turns"]
    assert turns[0]["answer"] == " ".join(segments)


def test_a_voice_only_client_is_answered_after_a_pause(server: ServerProcess) -> None:
    session = unique("voice")
    with Client(server.ws(session)) as client:
        client.start()
        client.send(live_transcript("I led the migration to TypeScript.", is_final=True))
        client.expect("live_transcript_update")
        reply = client.expect("ai_response", timeout=10)["data"]  # pause is 0.6 s on the shared server
        assert reply["questions_asked"] == 2
    turns = httpx.get(f"{server.http}/api/sessions/{session}", headers=auth()).json()["turns"]
    assert turns[0]["answer"] == "I led the migration to TypeScript."


def test_oversized_messages_are_refused_with_413_and_the_connection_survives(server: ServerProcess) -> None:
    with Client(server.ws(unique("big"))) as client:
        # Bigger than the protocol allows, so built by hand: the server must refuse it by size first.
        client.send_raw(json.dumps({"type": "candidate_response", "data": {"response": "x" * (70 * 1024)}}))
        assert error_of(client)["status_code"] == 413
        assert client.start()["interview_phase"] == "introduction"


def test_a_flood_of_messages_is_rate_limited_with_429(server: ServerProcess) -> None:
    with Client(server.ws(unique("flood"))) as client:
        for _ in range(80):
            client.send(live_transcript("um"))
        kinds = [client.recv() for _ in range(80)]
    limited = [m for m in kinds if m["type"] == "error"]
    assert limited and all(m["status_code"] == 429 for m in limited)
    assert sum(m["type"] == "live_transcript_update" for m in kinds) >= 40
