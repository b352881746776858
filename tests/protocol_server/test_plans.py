"""The job's interview plan over REST and in live sessions, through the real server (DuckDB and PostgreSQL)."""

from __future__ import annotations

import uuid

import httpx

from tests.conftest import ServerProcess, auth
from tests.protocol_server.wsclient import Client

CARE_WORKER = {
    "title": "Residential Care Worker",
    "company": "Oakview Care Home",
    "location": "Bristol",
    "description": "Support older residents with personal care, meals and activities. Record care notes.",
    "requirements": "Moving and handling; Medication rounds; Dementia care; Care Certificate",
    "skills_required": ["person-centred care"],
}


def _job(server: ServerProcess) -> str:
    created = httpx.post(
        f"{server.http}/api/jobs", json={**CARE_WORKER, "id": f"care-{uuid.uuid4()}"}, headers=auth()
    )
    assert created.status_code == 201
    return str(created.json()["id"])


def _candidate(server: ServerProcess, name: str, resume: str) -> str:
    body = {"id": f"cand-{uuid.uuid4()}", "name": name, "resume_text": resume}
    assert httpx.post(f"{server.http}/api/candidates", json=body, headers=auth()).status_code == 201
    return body["id"]


def test_the_plan_is_read_over_rest_stored_and_versioned(server: ServerProcess) -> None:
    job_id = _job(server)
    url = f"{server.http}/api/jobs/{job_id}/plan"
    first = httpx.get(url, headers=auth())
    assert first.status_code == 200, first.text
    plan = first.json()
    assert plan["job_id"] == job_id and plan["version"] == 1 and plan["family"] == "healthcare"
    assert plan["occupation"]["uri"].startswith("http://data.europa.eu/esco/")
    knowledge = {c["id"] for c in plan["competencies"] if c["kind"] == "job_knowledge"}
    asked = [q for q in plan["questions"] if q["competency_id"] in knowledge]
    assert asked and all(q["rubric"]["anchors"]["five"] for q in asked)
    assert httpx.get(url, headers=auth()).json() == plan  # stored: read back unchanged
    hard = httpx.get(
        url, params={"difficulty_level": "hard", "focus_areas": ["falls prevention"]}, headers=auth()
    )
    assert hard.status_code == 200
    assert hard.json()["version"] == 2 and hard.json()["key"] != plan["key"]
    assert "falls prevention" in " ".join(q["text"] for q in hard.json()["questions"])
    missing = httpx.get(f"{server.http}/api/jobs/no-such-job/plan", headers=auth())
    assert missing.status_code == 404 and "no-such-job" in missing.text
    assert httpx.get(url, params={"max_duration": 2}, headers=auth()).status_code == 422
    assert httpx.get(url).status_code == 401


def test_two_candidates_get_the_stored_plans_core_questions_in_order(server: ServerProcess) -> None:
    job_id = _job(server)
    resumes = {
        "Ana Silva": "Care assistant, Meadow House (2021-2024)\n- Led 12 residents' activity sessions each week",
        "Ben Okafor": "Healthcare assistant, City Hospital (2019-2023)\n- Care Certificate completed in 2019",
    }
    answer = (
        "I check the care plan, talk to the resident, help them at their pace and record it in the notes."
    )
    seen: list[list[str]] = []
    for name, resume in resumes.items():
        candidate_id = _candidate(server, name, resume)
        session = f"plan-{uuid.uuid4()}"
        with Client(server.ws(session)) as client:
            client.start(job_id=job_id, candidate_id=candidate_id)
            for _ in range(6):
                if client.answer(answer)["completed"]:
                    break
        detail = httpx.get(f"{server.http}/api/sessions/{session}", headers=auth()).json()
        turns = detail["turns"]
        assert all(
            t["kind"]
            in {"core", "follow_up", "resume_probe", "clarification", "candidate_question", "closing"}
            for t in turns
        )
        assert all(t["question_id"] and t["competency_id"] for t in turns if t["kind"] != "closing")
        probes = [t for t in turns if t["kind"] == "resume_probe"]
        assert probes and any(line.strip("- ") in probes[0]["question"] for line in resume.splitlines())
        seen.append([t["question_id"] for t in turns if t["kind"] == "core"])
    plan = httpx.get(f"{server.http}/api/jobs/{job_id}/plan", headers=auth()).json()
    order = [q["id"] for q in plan["questions"]]
    shortest = min(len(s) for s in seen)
    assert shortest >= 3 and seen[0][:shortest] == seen[1][:shortest]
    assert seen[0] == [i for i in order if i in seen[0]]
