"""The tests' private PostgreSQL cluster (tests/postgres.py) leaves no data folder in /tmp: not on a normal end,
not when the run is interrupted while it is up, not when it fails to start. (A run killed outright, SIGKILL or a
SIGTERM Python does not turn into an exception, runs no cleanup and may leave one.)"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path
from typing import Any

import psycopg
import pytest

from tests import postgres


def _made_folders(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The folders private_cluster makes from now on (their names are random: the run is watched, not /tmp)."""
    made: list[Path] = []
    make = tempfile.mkdtemp

    def watched(*args: Any, **kwargs: Any) -> str:
        folder = make(*args, **kwargs)
        made.append(Path(folder))
        return folder

    monkeypatch.setattr(tempfile, "mkdtemp", watched)
    return made


def test_a_cluster_that_ran_leaves_no_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    made = _made_folders(monkeypatch)
    with postgres.private_cluster() as url:
        with psycopg.connect(url) as con:
            assert con.execute("SELECT 1").fetchone() == (1,)
        assert len(made) == 1 and (made[0] / "data").is_dir()
    assert not made[0].exists()


def test_a_run_interrupted_while_the_cluster_is_up_leaves_no_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    made = _made_folders(monkeypatch)
    with pytest.raises(KeyboardInterrupt), postgres.private_cluster():
        raise KeyboardInterrupt
    assert len(made) == 1 and not made[0].exists()


@pytest.mark.parametrize("failing", ["initdb", "pg_ctl"])
def test_a_cluster_that_fails_to_start_leaves_no_folder(
    monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    """initdb or `pg_ctl start` failing (a full disk, a port taken between choosing it and binding it)."""
    made = _made_folders(monkeypatch)
    run = subprocess.run

    def fails(command: list[str], *args: Any, **kwargs: Any) -> Any:
        if any(Path(part).name == failing for part in command) and "stop" not in command:
            raise subprocess.CalledProcessError(1, command)
        return run(command, *args, **kwargs)

    monkeypatch.setattr(subprocess, "run", fails)
    with pytest.raises(subprocess.CalledProcessError), postgres.private_cluster():
        pass
    assert len(made) == 1 and not made[0].exists()
