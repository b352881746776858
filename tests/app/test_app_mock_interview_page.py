"""The Mock interview page's logic (AppTest) against a real protocol server subprocess.

Typing is the answer path here; voice paths are covered by the browser tests.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from streamlit.testing.v1 import AppTest

from app.ui import plain
from tests.conftest import auth
from workbench.tracking import list_runs

PAGE = Path(__file__).resolve().parents[2] / "app" / "app_pages" / "mock_interview.py"
ANSWER = "I built a payments API in Python with FastAPI, wrote pytest suites and cut latency by 40 percent."


@pytest.fixture(scope="module")
def job(server: Any) -> dict[str, Any]:
    payload = {
        "title": f"Platform Engineer {uuid.uuid4().hex[:6]}",
        "company": "Acme",
        "description": "Build and run Python services.",
        "skills_required": ["python", "sql", "kubernetes"],
    }
    response = httpx.post(f"{server.http}/api/jobs", json=payload, timeout=10, headers=auth())
    response.raise_for_status()
    return dict(response.json())


def page(server_url: str) -> AppTest:
    at = AppTest.from_file(str(PAGE), default_timeout=120)
    at.session_state["server_url"] = server_url
    return at.run()


def texts(at: AppTest) -> str:
    return "\n".join(str(m.value) for m in at.markdown)


def test_full_interview_by_typing_with_a_pasted_resume(
    server: Any, job: dict[str, Any], mlflow_store: dict[str, str]
) -> None:
    at = page(server.http)
    assert not at.exception, at.exception
    at.selectbox(key="job_choice").set_value(job["id"])
    at.radio(key="candidate_source").set_value("Paste a resume").run()
    name = f"Ada {uuid.uuid4().hex[:6]}"
    at.text_input(key="new_candidate_name").input(name)
    at.text_area(key="new_candidate_resume").input("Python engineer; 6 years of FastAPI and PostgreSQL.")
    at.number_input(key="duration").set_value(15)
    at.selectbox(key="difficulty").set_value("hard")
    at.multiselect(key="focus_areas").set_value(["python"])
    at.button(key="start").click().run()
    assert not at.exception, at.exception

    # The pasted resume became a candidate on the server.
    candidates = httpx.get(f"{server.http}/api/candidates", timeout=10, headers=auth()).json()
    assert any(c["name"] == name for c in candidates)
    first_question = texts(at)
    assert len(at.get("audio")) == 1  # the question is spoken too
    assert "Platform Engineer" in at.subheader[0].value
    assert at.metric[2].label == "Questions asked" and at.metric[2].value == "1"

    at.chat_input[0].set_value(ANSWER).run()
    assert not at.exception, at.exception
    conversation = texts(at)
    answer_bubble = at.get("chat_message")[1]
    assert plain(ANSWER) in "\n".join(str(getattr(m, "value", "")) for m in answer_bubble.children.values())
    assert conversation != first_question  # a next question arrived
    assert at.metric[2].value == "2"

    at.button(key="end").click().run()
    assert not at.exception, at.exception
    assert any("The interview is over." in s.value for s in at.success)
    assert "Thank you" in texts(at)  # the final feedback
    overall = next(m for m in at.metric if m.label == "Overall")
    assert overall.value.endswith("/ 5")
    scores = at.dataframe[0].value
    assert {"competency", "score", "evidence"} <= set(scores.columns) and len(scores) >= 1

    session_id = at.session_state["interview_connection"].session_id
    runs = list_runs(["mock-interviews"])
    logged = runs[runs["params.session_id"] == session_id]
    assert len(logged) == 1
    assert logged["params.difficulty_level"].item() == "hard"
    assert 1.0 <= float(logged["metrics.overall"].item()) <= 5.0

    at.button(key="new_interview").click().run()
    assert "interview_connection" not in at.session_state
    assert at.button(key="start") is not None


def test_existing_candidate_reconnect_and_an_unreachable_server(server: Any, job: dict[str, Any]) -> None:
    httpx.post(
        f"{server.http}/api/candidates",
        json={"name": "Grace", "resume_text": "Go and SQL."},
        timeout=10,
        headers=auth(),
    )
    at = page(server.http)
    at.selectbox(key="job_choice").set_value(job["id"])
    assert at.radio(key="candidate_source").value == "Existing candidate"
    assert len(at.selectbox(key="candidate_choice").options) >= 1
    at.button(key="start").click().run()
    assert not at.exception, at.exception
    first = at.session_state["interview_connection"]
    question = first.snapshot()[1].current_question
    assert question

    # A dropped connection offers to reconnect; the server resumes the same session at the same question.
    first.close()
    at.run()
    assert any("connection to the server closed" in e.value for e in at.error)
    at.button(key="reconnect").click().run()
    assert not at.exception, at.exception
    second = at.session_state["interview_connection"]
    assert second is not first and second.session_id == first.session_id
    assert not second.closed and second.snapshot()[1].current_question == question

    dead = page("http://127.0.0.1:9")
    assert any("does not answer" in e.value for e in dead.error)
