"""The Transcripts page (AppTest) reading sessions recorded by a real protocol server."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from streamlit.testing.v1 import AppTest

from app.client import REPLY_TYPES, ServerApi, open_interview
from app.ui import plain
from tests.conftest import ADMIN_KEY, auth

PAGE = Path(__file__).resolve().parents[2] / "app" / "app_pages" / "transcripts.py"
ANSWER = "At my last job I moved our batch jobs to Kubernetes and halved the nightly runtime."


@pytest.fixture(scope="module")
def recorded(server: Any) -> dict[str, str]:
    """One finished interview: a job, a candidate, one typed answer, ended."""
    api = ServerApi(server.http, api_key=ADMIN_KEY)
    job = httpx.post(
        f"{server.http}/api/jobs",
        json={
            "title": f"SRE {uuid.uuid4().hex[:6]}",
            "company": "Initech",
            "skills_required": ["kubernetes"],
        },
        timeout=10,
        headers=auth(),
    ).json()
    candidate = api.create_candidate({"name": "Linus", "resume_text": "Ops engineer, Kubernetes, Terraform."})
    connection = open_interview(api)
    connection.start_interview(job["id"], candidate["id"], {"max_duration": 10})
    assert connection.wait_for({"interview_started"}, 0, 30) is not None
    since = connection.version
    connection.answer(ANSWER)
    assert connection.wait_for(REPLY_TYPES, since, 30) is not None
    since = connection.version
    connection.end_interview()
    assert connection.wait_for({"interview_ended"}, since, 60) is not None
    connection.close()
    return {
        "session_id": connection.session_id,
        "job_id": job["id"],
        "question": connection.view.exchanges[0].question,
    }


def test_filter_read_and_export_a_session(server: Any, recorded: dict[str, str]) -> None:
    at = AppTest.from_file(str(PAGE), default_timeout=60)
    at.session_state["server_url"] = server.http
    at.run()
    assert not at.exception, at.exception
    at.multiselect(key="f_jobs").set_value([recorded["job_id"]]).run()
    sessions = at.dataframe[0].value
    assert sessions["session"].tolist() == [recorded["session_id"]]
    assert at.selectbox(key="session_pick").value == recorded["session_id"]

    page_text = "\n".join(str(m.value) for m in at.markdown)
    assert plain(recorded["question"]) in page_text
    assert plain(ANSWER) in page_text
    assert any(m.label == "Overall" for m in at.metric)
    assert len(at.get("download_button")) == 3  # the list as CSV, the session as Markdown and as JSON

    later = date.today() + timedelta(days=5)
    at.date_input(key="f_dates").set_value((later, later + timedelta(days=1))).run()
    assert at.dataframe[0].value.empty
