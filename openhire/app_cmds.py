"""`openhire app`: the Streamlit app (mock interviews, transcripts, runs) for a running protocol server."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import typer

from workbench.settings import get_settings


def streamlit_entrypoint() -> Path:
    """`app/streamlit_app.py`, found through the installed `app` package."""
    import app

    return Path(app.__file__).resolve().parent / "streamlit_app.py"


def streamlit_command(port: int, address: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(streamlit_entrypoint()),
        "--server.port",
        str(port),
        "--server.address",
        address,
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
        # The app is reached through a browser at this address only; uploads are small recordings.
        "--server.maxUploadSize",
        "50",
    ]


def app_environment(server: str) -> dict[str, str]:
    env = dict(os.environ)
    env["OPENHIRE_SERVER_URL"] = server
    env.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
    env.setdefault("HF_HUB_OFFLINE", "1")
    # Whisper (CTranslate2, OpenMP) shares the app process with live audio analysis: spinning OpenMP threads on a
    # busy machine made one 4 s segment take 28 s instead of 3 s in the browser test.
    env.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    # Streamlit runs a full garbage collection after every script run, and the interview page's progress
    # fragment runs every second: on a loaded machine that starved the page while audio was being analysed.
    env.setdefault("STREAMLIT_RUNNER_POST_SCRIPT_GC", "false")
    return env


def run_app(
    port: int = typer.Option(None, "--port", help="Port of the app (default: OPENHIRE_APP_PORT or 8501)."),
    server: str = typer.Option(
        None,
        "--server",
        help="Protocol server URL, e.g. http://127.0.0.1:8000 (default OPENHIRE_SERVER_URL).",
    ),
    address: str = typer.Option("127.0.0.1", "--address", help="Interface to listen on (0.0.0.0 for all)."),
) -> None:
    """Start the Streamlit app against a protocol server."""
    settings = get_settings()
    chosen_port = port or settings.app_port
    chosen_server = (server or settings.server_url).rstrip("/")
    typer.echo(f"OpenHire app on http://{address}:{chosen_port} (protocol server {chosen_server})")
    command = streamlit_command(chosen_port, address)
    # Become Streamlit (exec, not a child): a supervisor's SIGTERM then reaches the app itself and no orphan
    # server is left behind.
    os.execve(command[0], command, app_environment(chosen_server))


def register(app: typer.Typer) -> None:
    """Adds this module's commands to `app`."""
    app.command("app")(run_app)
