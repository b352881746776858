"""The app's single entrypoint: navigation over the three pages and the server URL in the sidebar."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from streamlit.testing.v1 import AppTest

ENTRYPOINT = Path(__file__).resolve().parents[2] / "app" / "streamlit_app.py"


def test_entrypoint_opens_the_mock_interview_page(server: Any) -> None:
    at = AppTest.from_file(str(ENTRYPOINT), default_timeout=60)
    at.session_state["server_url"] = server.http
    at.run()
    assert not at.exception, at.exception
    assert at.title[0].value == "Mock interview"
    assert at.sidebar.text_input(key="server_url_input").value == server.http


def test_entrypoint_switches_to_the_other_pages(server: Any, mlflow_store: dict[str, str]) -> None:
    at = AppTest.from_file(str(ENTRYPOINT), default_timeout=60)
    at.session_state["server_url"] = server.http
    at.run()
    at.switch_page("app_pages/transcripts.py").run()
    assert not at.exception, at.exception
    assert at.title[0].value == "Transcripts"
    at.switch_page("app_pages/runs.py").run()
    assert not at.exception, at.exception
    assert at.title[0].value == "Runs"
