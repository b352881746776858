"""`openhire app`: the command line that starts the Streamlit app (the browser tests run it for real)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from openhire.app_cmds import app_environment, streamlit_command, streamlit_entrypoint
from openhire.main import app


def test_app_command_is_registered_with_its_options() -> None:
    result = CliRunner().invoke(app, ["app", "--help"])
    assert result.exit_code == 0
    assert "--server" in result.output and "--port" in result.output


def test_streamlit_command_runs_the_entrypoint_on_the_port() -> None:
    entrypoint = streamlit_entrypoint()
    assert entrypoint.name == "streamlit_app.py" and entrypoint.exists()
    assert (Path(entrypoint).parent / "app_pages" / "mock_interview.py").exists()
    command = streamlit_command(8765, "127.0.0.1")
    assert command[1:4] == ["-m", "streamlit", "run"]
    assert command[command.index("--server.port") + 1] == "8765"
    assert command[command.index("--server.headless") + 1] == "true"


def test_the_server_url_reaches_the_app_through_settings() -> None:
    env = app_environment("http://10.0.0.5:9000")
    assert env["OPENHIRE_SERVER_URL"] == "http://10.0.0.5:9000"
    assert env["HF_HUB_OFFLINE"] == "1"
