"""REST API under /api against a real server."""

from __future__ import annotations

import httpx

from tests.conftest import ServerProcess, auth
from tests.protocol_server.wsclient import SEED_JOB, STRONG_ANSWERS, Client
from workbench.protocol import EndInterview


def test_health_docs_and_protocol_spec(server: ServerProcess) -> None:
    for path in ("/health", "/healthz"):
        body = httpx.get(server.http + path).json()
        assert body["status"] == "ok" and body["protocol_version"]
    assert httpx.get(server.http + "/docs").status_code == 200
    assert "/api/jobs" in httpx.get(server.http + "/openapi.json").json()["paths"]
    spec = httpx.get(server.http + "/api/protocol").json()
    assert set(spec["x-client-messages"]) == {
        "start_interview",
        "candidate_response",
        "live_transcript",
        "end_interview",
        "get_status",
    }
    assert set(spec["x-server-messages"]) == {
        "interview_started",
        "ai_response",
        "live_transcript_update",
        "interview_ended",
        "status_update",
        "error",
    }


def test_cors_preflight_for_the_health_check(server: ServerProcess) -> None:
    response = httpx.options(
        server.http + "/health",
        headers={
            "Origin": "http://localhost:3000",
            "Access-Control-Request-Method": "GET",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] in ("*", "http://localhost:3000")


def test_jobs_and_candidates_are_created_listed_and_read(server: ServerProcess) -> None:
    job = {
        "title": "Staff Data Engineer",
        "company": "Example Analytics",
        "skills_required": ["python", "sql"],
    }
    created = httpx.post(f"{server.http}/api/jobs", json=job, headers=auth())
    assert created.status_code == 201
    job_id = created.json()["id"]
    assert len(job_id) == 36
    assert httpx.get(f"{server.http}/api/jobs/{job_id}", headers=auth()).json()["skills_required"] == [
        "python",
        "sql",
    ]
    assert (
        httpx.post(f"{server.http}/api/jobs", json={**job, "id": job_id}, headers=auth()).status_code == 409
    )
    assert (
        httpx.post(f"{server.http}/api/jobs", json={"company": "no title"}, headers=auth()).status_code == 422
    )
    assert (
        httpx.get(f"{server.http}/api/jobs/{SEED_JOB}", headers=auth()).json()["title"]
        == "Senior Frontend Developer"
    )
    assert httpx.get(f"{server.http}/api/jobs/missing", headers=auth()).status_code == 404

    first_page = httpx.get(f"{server.http}/api/jobs", params={"limit": 5}, headers=auth()).json()
    second_page = httpx.get(
        f"{server.http}/api/jobs", params={"limit": 5, "offset": 5}, headers=auth()
    ).json()
    assert len(first_page) == 5 and len(second_page) == 5
    assert not {j["id"] for j in first_page} & {j["id"] for j in second_page}
    assert httpx.get(f"{server.http}/api/jobs", params={"limit": 0}, headers=auth()).status_code == 422

    candidate = {
        "id": "cand-rest-1",
        "name": "Rae Rest",
        "email": "rae@example.com",
        "skills": ["sql"],
        "resume_text": "Data engineer.",
    }
    assert (
        httpx.post(f"{server.http}/api/candidates", json=candidate, headers=auth()).json()["id"]
        == "cand-rest-1"
    )
    assert httpx.get(f"{server.http}/api/candidates/cand-rest-1", headers=auth()).json()["name"] == "Rae Rest"
    assert len(httpx.get(f"{server.http}/api/candidates", params={"limit": 3}, headers=auth()).json()) == 3


def test_sessions_are_listed_read_and_exported(server: ServerProcess) -> None:
    with Client(server.ws("rest-session")) as client:
        client.start()
        client.answer(STRONG_ANSWERS[0])
        client.answer(STRONG_ANSWERS[1])
    sessions = httpx.get(f"{server.http}/api/sessions", params={"limit": 500}, headers=auth()).json()
    assert "rest-session" in {s["id"] for s in sessions}
    dataset = httpx.get(
        f"{server.http}/api/sessions", params={"source": "dataset", "split": "heldout"}, headers=auth()
    ).json()
    assert dataset and all(s["split"] == "heldout" for s in dataset)

    detail = httpx.get(f"{server.http}/api/sessions/rest-session", headers=auth()).json()
    assert [t["index"] for t in detail["turns"]] == [0, 1, 2]
    assert detail["turns"][0]["answer"] == STRONG_ANSWERS[0]
    assert detail["turns"][0]["assessment"]["competencies"]
    assert detail["turns"][0]["asked_at"] <= detail["turns"][0]["answered_at"]

    exported = httpx.get(f"{server.http}/api/sessions/rest-session/transcript", headers=auth())
    assert exported.headers["content-type"].startswith("application/json")
    assert exported.json()["turns"][1]["answer"] == STRONG_ANSWERS[1]
    markdown = httpx.get(
        f"{server.http}/api/sessions/rest-session/transcript", params={"format": "markdown"}, headers=auth()
    )
    assert markdown.headers["content-type"].startswith("text/markdown")
    assert STRONG_ANSWERS[0] in markdown.text and detail["turns"][0]["question"] in markdown.text
    assert httpx.get(f"{server.http}/api/sessions/nope", headers=auth()).status_code == 404


def test_a_recorded_dataset_interview_is_readable_with_its_labels(server: ServerProcess) -> None:
    sessions = httpx.get(
        f"{server.http}/api/sessions", params={"source": "dataset", "limit": 500}, headers=auth()
    ).json()
    assert len(sessions) >= 60
    detail = httpx.get(f"{server.http}/api/sessions/{sessions[0]['id']}", headers=auth()).json()
    assert detail["labels"]["competencies"] and detail["persona"]["level"] in ("strong", "average", "weak")
    assert all(turn["labels"]["comfort"] in ("nervous", "neutral", "confident") for turn in detail["turns"])


def test_an_ended_session_carries_its_scorecard(server: ServerProcess) -> None:
    """Two answers: every planned competency is on the scorecard with a true coverage statement, the overall
    is null (insufficient evidence) and the candidate's feedback states no score."""
    with Client(server.ws("rest-scorecard")) as client:
        client.start()
        client.answer(STRONG_ANSWERS[0])
        client.answer(STRONG_ANSWERS[1])
        client.send(EndInterview(type="end_interview"))
        ended = client.expect("interview_ended")
    detail = httpx.get(f"{server.http}/api/sessions/rest-scorecard", headers=auth()).json()
    card = detail["scorecard"]
    assert card["overall"] is None and card["status"] == "insufficient_evidence"
    assert (
        detail["assessment"]["overall"] is None and detail["assessment"]["status"] == "insufficient_evidence"
    )
    entries = {entry["name"]: entry for entry in card["competencies"]}
    assert len(entries) == card["competencies_planned"] >= 3
    answered = [t for t in detail["turns"] if t["answer"]]
    asked_ids = {t["competency_id"] for t in answered} | {
        c["competency_id"] for t in answered for c in (t["assessment"] or {}).get("competencies", [])
    }
    put = {t["competency_id"] for t in detail["turns"]}
    for entry in entries.values():
        assert entry["coverage"] in ("not_asked", "not_answered", "no_evidence", "evidenced")
        assert (entry["score"] is None) == (entry["coverage"] != "evidenced")
        if entry["coverage"] == "not_asked":
            assert entry["answers"] == 0 and entry["competency_id"] not in put
        # not_answered: its question was put, and the interview ended before an answer
        if entry["coverage"] == "not_answered":
            assert entry["answers"] == 0 and entry["competency_id"] in put - asked_ids
        for quote in entry["evidence"]:
            assert quote["quote"].rstrip("…") in " ".join(t["answer"] for t in answered)
    feedback = ended["data"]["final_feedback"]
    assert feedback == detail["final_feedback"] and "/5" not in feedback and "score" not in feedback.lower()
