"""Fixtures for the app's tests (the protocol server fixture `server` is in tests/conftest.py)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from workbench.settings import get_settings


@pytest.fixture(scope="session")
def mlflow_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """A SQLite MLflow store shared by the session (creating one takes seconds), exported through the
    environment so that both in-process pages (AppTest) and app subprocesses use it."""
    folder = tmp_path_factory.mktemp("mlflow")
    env = {
        "OPENHIRE_MLFLOW_TRACKING_URI": f"sqlite:///{folder / 'mlflow.db'}",
        "OPENHIRE_MLFLOW_ARTIFACT_ROOT": str(folder / "artifacts"),
    }
    saved = {key: os.environ.get(key) for key in env}
    os.environ.update(env)
    get_settings.cache_clear()
    from workbench.tracking import configure_tracking

    configure_tracking()
    yield env
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    get_settings.cache_clear()
