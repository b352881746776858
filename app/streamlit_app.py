"""OpenHire's Streamlit app: one entrypoint, pages under `app_pages/` (started by `openhire app`)."""

from __future__ import annotations

import os
from pathlib import Path

# Before anything imports litellm or huggingface_hub (OFFLINE.md): no network lookups at run time.
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import streamlit as st

from app.ui import SERVER_URL_KEY, server_url

PAGES = Path(__file__).parent / "app_pages"


def sidebar() -> None:
    with st.sidebar:
        st.markdown("### OpenHire")
        url = st.text_input("Protocol server", value=server_url(), key="server_url_input")
        if url.strip() and url.strip() != server_url():
            st.session_state[SERVER_URL_KEY] = url.strip()
            st.rerun()


def main() -> None:
    st.set_page_config(page_title="OpenHire", page_icon=":material/mic:", layout="wide")
    navigation = st.navigation(
        [
            st.Page(PAGES / "mock_interview.py", title="Mock interview", icon=":material/mic:", default=True),
            st.Page(PAGES / "transcripts.py", title="Transcripts", icon=":material/description:"),
            st.Page(PAGES / "runs.py", title="Runs", icon=":material/monitoring:"),
        ]
    )
    sidebar()
    navigation.run()


main()
