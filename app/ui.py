"""Pieces shared by the app's pages: which protocol server to talk to, and small display helpers."""

from __future__ import annotations

import re
from typing import Any

import streamlit as st

from app.client import ServerApi
from workbench.apikeys import read_client_key
from workbench.settings import get_settings

SERVER_URL_KEY = "server_url"
_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def server_url() -> str:
    """The protocol server: a URL set in this browser session, else `openhire app --server` (settings)."""
    chosen = st.session_state.get(SERVER_URL_KEY)
    return str(chosen or get_settings().server_url)


@st.cache_resource(show_spinner=False)
def _api_for(url: str, api_key: str) -> ServerApi:
    return ServerApi(url, api_key=api_key)


def server_api() -> ServerApi:
    settings = get_settings()
    # The configured key, else the key a local `openhire serve` generated on first run (var/api-key, 0600);
    # read on every rerun, so an app started before the server picks the key up once it exists.
    key = read_client_key(settings.api_key.get_secret_value(), settings.local_api_key_file)
    return _api_for(server_url(), key)


def require_server() -> ServerApi:
    """The API client, or a stop with a clear message when the server does not answer."""
    api = server_api()
    if not api.health():
        st.error(
            f"The interview server at {api.base_url} is not answering. Check that it is running "
            "(`openhire serve`), then press Retry."
        )
        st.button("Retry", type="primary", key="retry_server")
        st.stop()
    return api


def job_label(job: dict[str, Any]) -> str:
    company = job.get("company") or ""
    return f"{job.get('title', 'Untitled')} — {company}" if company else str(job.get("title", "Untitled"))


def candidate_label(candidate: dict[str, Any]) -> str:
    email = candidate.get("email") or ""
    return f"{candidate.get('name', 'Unnamed')} <{email}>" if email else str(candidate.get("name", "Unnamed"))


def overall_label(assessment: dict[str, Any]) -> str:
    """The overall score, or why there is none yet (too few competencies with evidence)."""
    overall = assessment.get("overall")
    return f"{float(overall):.1f} / 5" if overall is not None else "not enough evidence"


def competency_rows(assessment: dict[str, Any] | None) -> list[dict[str, Any]]:
    """Per-competency scores and the quotes behind them, ready for a dataframe (None: no evidence)."""
    rows = []
    for competency in (assessment or {}).get("competencies") or []:
        rows.append(
            {
                "competency": competency.get("name", ""),
                "score": competency.get("score"),
                "evidence": competency.get("evidence", "") or "(no evidence)",
            }
        )
    return rows


def plain(text: str) -> str:
    """`text` for `st.markdown`, shown literally with its line breaks kept.

    Answers, quotes and feedback hold the candidate's own words: untrusted text must not become links,
    images or formatting.
    """
    return _MARKDOWN_SPECIALS.sub(r"\\\1", text).replace("\n", "  \n")
