"""Throw-away MLflow stores for tests, notebooks and CI.

Creating a fresh SQLite store costs ~4 s on a small machine (MLflow runs all its schema migrations). The empty,
migrated database is built once per MLflow version in the temp directory and copied for every new store.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

import mlflow
from mlflow.tracking import MlflowClient


def _template_path() -> Path:
    return Path(tempfile.gettempdir()) / f"openhire-mlflow-empty-{mlflow.__version__}.db"


def _build_template(target: Path) -> None:
    staging = target.with_suffix(f".{os.getpid()}.tmp")
    staging.unlink(missing_ok=True)
    MlflowClient(tracking_uri=f"sqlite:///{staging}").search_experiments()  # runs the migrations
    os.replace(staging, target)  # atomic: concurrent builders never see a half-written template


def _is_usable(path: Path) -> bool:
    try:
        with sqlite3.connect(path) as connection:
            connection.execute("SELECT count(*) FROM experiments").fetchone()
        return True
    except sqlite3.Error:
        return False


def ephemeral_store(directory: Path) -> tuple[str, Path]:
    """A new empty SQLite store in `directory`: (tracking URI, artifact root). Does not configure MLflow."""
    directory.mkdir(parents=True, exist_ok=True)
    template = _template_path()
    if not template.exists() or not _is_usable(template):
        _build_template(template)
    database = directory / "mlflow.db"
    shutil.copyfile(template, database)
    return f"sqlite:///{database}", directory / "artifacts"
