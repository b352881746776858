"""`interviewer_processes = "auto"` (the default): interviewer workers where the server process has two cores
to itself, none where it has not; an explicit number always wins; an LM-backed interviewer stays in-process."""

from __future__ import annotations

import logging
from pathlib import Path

import psutil
import pytest
from pydantic import ValidationError

from protocol_server.app import interviewer_pool
from protocol_server.interviewer_pool import AUTO_PROCESSES, usable_cores, worker_count
from tests.conftest import ServerProcess, make_server
from tests.protocol_server.wsclient import STRONG_ANSWERS, Client
from workbench.interviewer.baseline import BaselineInterviewer
from workbench.settings import Settings


@pytest.mark.parametrize(
    ("cores", "server_processes", "expected"),
    [
        (1, 1, 0),
        (2, 1, AUTO_PROCESSES),
        (16, 1, AUTO_PROCESSES),
        (2, 2, 0),
        (3, 2, 0),
        (4, 2, AUTO_PROCESSES),
    ],
)
def test_auto_runs_workers_only_where_each_server_process_has_two_cores(
    cores: int, server_processes: int, expected: int
) -> None:
    assert worker_count("auto", cores, server_processes) == expected


@pytest.mark.parametrize("setting", [0, 1, 3])
def test_an_explicit_count_is_kept_whatever_the_cores(setting: int) -> None:
    assert worker_count(setting, 1) == setting
    assert worker_count(setting, 64, 1) == setting


def test_settings_default_to_auto_and_read_a_count_or_auto_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("OPENHIRE_INTERVIEWER_PROCESSES", raising=False)
    assert Settings(_env_file=None).interviewer_processes == "auto"  # type: ignore[call-arg]
    monkeypatch.setenv("OPENHIRE_INTERVIEWER_PROCESSES", "3")
    assert Settings(_env_file=None).interviewer_processes == 3  # type: ignore[call-arg]
    monkeypatch.setenv("OPENHIRE_INTERVIEWER_PROCESSES", "auto")
    assert Settings(_env_file=None).interviewer_processes == "auto"  # type: ignore[call-arg]
    for wrong in ("-1", "65", "many"):
        monkeypatch.setenv("OPENHIRE_INTERVIEWER_PROCESSES", wrong)
        with pytest.raises(ValidationError):
            Settings(_env_file=None)  # type: ignore[call-arg]


def test_auto_gives_the_offline_interviewer_a_pool_on_two_cores_and_none_on_one() -> None:
    settings = Settings(_env_file=None, interviewer_processes="auto")  # type: ignore[call-arg]
    pool = interviewer_pool(settings, BaselineInterviewer(), cores=2)
    assert pool is not None and pool.size == AUTO_PROCESSES
    assert interviewer_pool(settings, BaselineInterviewer(), cores=1) is None


def test_auto_keeps_an_lm_interviewer_in_process_without_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    class LMInterviewer:  # anything that is not the offline interviewer
        pass

    settings = Settings(_env_file=None, interviewer_processes="auto")  # type: ignore[call-arg]
    with caplog.at_level(logging.WARNING):
        assert interviewer_pool(settings, LMInterviewer(), cores=8) is None  # type: ignore[arg-type]
    assert not caplog.records
    explicit = Settings(_env_file=None, interviewer_processes=2)  # type: ignore[call-arg]
    with caplog.at_level(logging.WARNING):
        assert interviewer_pool(explicit, LMInterviewer(), cores=8) is None  # type: ignore[arg-type]
    assert "ignored" in caplog.text


def _workers(proc: ServerProcess) -> int:
    assert proc.process is not None
    children = psutil.Process(proc.process.pid).children()
    return sum("protocol_server.interviewer_worker" in " ".join(child.cmdline()) for child in children)


def test_a_server_left_at_its_default_runs_the_workers_its_cores_allow(
    tmp_path: Path, own_server: list[ServerProcess]
) -> None:
    proc = make_server(tmp_path, interviewer_processes="auto")  # the default `openhire serve` gets
    own_server.append(proc)
    proc.start(timeout=180)
    assert _workers(proc) == worker_count("auto", usable_cores())
    with Client(proc.ws("auto-default")) as client:
        client.start()
        reply = client.answer(STRONG_ANSWERS[0])
    assert reply["response"]
