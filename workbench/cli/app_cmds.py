"""`openhire app`: the Streamlit app (mock interviews, transcripts, runs) for a running protocol server."""

from __future__ import annotations

import os
import subprocess
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
    try:
        code = subprocess.call(streamlit_command(chosen_port, address), env=app_environment(chosen_server))
    except KeyboardInterrupt:
        code = 0
    raise typer.Exit(code)


def register(app: typer.Typer) -> None:
    """Adds this module's commands to `app`."""
    app.command("app")(run_app)
