"""The Mock interview page's logic (AppTest) against a real protocol server subprocess.

Typing is the answer path here; voice paths are covered by the browser tests.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import httpx
from streamlit.testing.v1 import AppTest

from app.ui import plain
from tests.conftest import auth
from workbench.tracking import list_runs

PAGE = Path(__file__).resolve().parents[2] / "app" / "app_pages" / "mock_interview.py"
ANSWER = "I built a payments API in Python with FastAPI, wrote pytest suites and cut latency by 40 percent."


def page(server_url: str, **query: str) -> AppTest:
    at = AppTest.from_file(str(PAGE), default_timeout=120)
    at.session_state["server_url"] = server_url
    for key, value in query.items():
        at.query_params[key] = value
    return at.run()


def texts(at: AppTest) -> str:
    return "\n".join(str(m.value) for m in at.markdown)


def type_answer(at: AppTest, text: str) -> None:
    at.radio(key="answer_mode").set_value("Type").run()
    at.text_area(key="answer_box").input(text)
    at.button(key="send_answer").click().run()
    assert not at.exception, at.exception


def test_practice_interview_for_a_pasted_job_description(server: Any, mlflow_store: dict[str, str]) -> None:
    at = page(server.http)
    assert not at.exception, at.exception
    title = f"Data Engineer {uuid.uuid4().hex[:6]}"
    at.radio(key="job_source").set_value("Paste a job description").run()
    at.text_input(key="new_job_title").input(title)
    at.text_area(key="new_job_description").input("Build batch and streaming pipelines in Python and SQL.")
    at.radio(key="candidate_source").set_value("Paste a resume").run()
    name = f"Ada {uuid.uuid4().hex[:6]}"
    at.text_input(key="new_candidate_name").input(name)
    at.text_area(key="new_candidate_resume").input("Python engineer; 6 years of FastAPI and PostgreSQL.")
    at.number_input(key="duration").set_value(15)
    at.selectbox(key="difficulty").set_value("hard")
    at.button(key="start").click().run()
    assert not at.exception, at.exception

    # The pasted job and resume became a job and a candidate on the server.
    jobs = httpx.get(f"{server.http}/api/jobs", params={"limit": 500}, timeout=10, headers=auth()).json()
    assert any(job["title"] == title for job in jobs)
    candidates = httpx.get(
        f"{server.http}/api/candidates", params={"limit": 500}, timeout=10, headers=auth()
    ).json()
    assert any(c["name"] == name for c in candidates)
    session_id = at.session_state["interview_connection"].session_id
    assert at.query_params["session"] in (session_id, [session_id])  # a reload finds the interview
    header = texts(at)
    assert "Question 1" in header and "left" in header and title in header
    assert "Areas to probe" not in header and "Comfort" not in header  # practice: no interviewer notes
    assert len(at.get("audio")) == 1  # the question is spoken too

    type_answer(at, ANSWER)
    answer_bubble = at.get("chat_message")[1]
    assert plain(ANSWER) in "\n".join(str(getattr(m, "value", "")) for m in answer_bubble.children.values())
    assert len(at.get("chat_message")) == 3  # question, answer, next question

    # An answer far over the limit is refused in the page, kept for editing, and the interview goes on.
    type_answer(at, "x" * 70_000)
    assert any("limit" in e.value for e in at.error)
    assert len(at.text_area(key="answer_box").value) == 70_000
    assert len(at.get("chat_message")) == 3
    type_answer(at, "I would profile the query and add an index.")
    assert len(at.get("chat_message")) == 5

    at.button(key="end").click().run()
    assert any("End the interview now?" in w.value for w in at.warning)  # asks before ending
    at.button(key="confirm_end_yes").click().run()
    assert not at.exception, at.exception
    assert any("The interview is over." in s.value for s in at.success)
    overall = next(m for m in at.metric if m.label == "Overall")
    assert overall.value.endswith("/ 5") or overall.value == "Not enough evidence"
    assert any("Runs page" in c.value for c in at.caption)
    assert not any("MLflow" in c.value for c in at.caption)  # no developer wording
    runs = list_runs(["mock-interviews"])
    logged = runs[runs["params.session_id"] == session_id]
    assert len(logged) == 1 and logged["params.difficulty_level"].item() == "hard"

    at.button(key="new_interview").click().run()
    assert "interview_connection" not in at.session_state
    assert at.button(key="start") is not None


def test_coach_mode_reload_resume_and_reconnect(server: Any) -> None:
    job = httpx.post(
        f"{server.http}/api/jobs",
        json={"title": f"Platform Engineer {uuid.uuid4().hex[:6]}", "skills_required": ["python", "sql"]},
        timeout=10,
        headers=auth(),
    ).json()
    httpx.post(
        f"{server.http}/api/candidates",
        json={"name": "Grace", "resume_text": "Go and SQL."},
        timeout=10,
        headers=auth(),
    )
    at = page(server.http)
    at.radio(key="audience_choice").set_value("Coach / hiring").run()
    at.selectbox(key="job_choice").set_value(job["id"])
    assert at.radio(key="candidate_source").value == "Existing candidate"
    at.button(key="start").click().run()
    assert not at.exception, at.exception
    assert "Areas to probe" in texts(at) and "Comfort" in texts(at)
    type_answer(at, ANSWER)
    first = at.session_state["interview_connection"]
    question = first.snapshot()[1].current_question

    # A reload (a fresh page on the same URL) rebuilds the whole history from the server and resumes.
    reloaded = page(server.http, session=first.session_id, view="coach")
    assert not reloaded.exception, reloaded.exception
    resumed = reloaded.session_state["interview_connection"]
    assert resumed.session_id == first.session_id
    history = texts(reloaded)
    assert plain(ANSWER) in history and plain(question) in history
    assert "Areas to probe" in history

    # A dropped connection offers to reconnect; the server resumes the same session at the same question.
    resumed.close()
    reloaded.run()
    assert any("connection to the server closed" in e.value for e in reloaded.error)
    reloaded.button(key="reconnect").click().run()
    assert not reloaded.exception, reloaded.exception
    second = reloaded.session_state["interview_connection"]
    assert second is not resumed and not second.closed
    assert second.snapshot()[1].current_question == question
    assert plain(ANSWER) in texts(reloaded)


def test_unreachable_server_and_unknown_session(server: Any) -> None:
    dead = page("http://127.0.0.1:9")
    message = " ".join(e.value for e in dead.error)
    assert "not answering" in message and "Errno" not in message
    unknown = page(server.http, session="interview_0_doesnotexist")
    assert not unknown.exception, unknown.exception
    assert any("not found" in w.value for w in unknown.warning)
    assert unknown.button(key="start") is not None
