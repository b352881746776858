"""Fixtures for the interviewer tests: the fixture bank (written to a temp dir) and a baseline over it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.workbench.interviewer.interview_helpers import write_bank
from workbench.interviewer.bank import load_bank
from workbench.interviewer.baseline import BaselineInterviewer


@pytest.fixture(scope="session")
def bank_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_bank(tmp_path_factory.mktemp("bank"))


@pytest.fixture(scope="session")
def baseline(bank_dir: Path) -> BaselineInterviewer:
    return BaselineInterviewer(bank=load_bank(bank_dir))
