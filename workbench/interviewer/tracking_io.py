"""Tuned interviewer programs in the MLflow model registry, through `workbench.tracking` (JSON, never pickle).

These adapters take the interviewer's `Settings` and program objects; the registry layout itself
(`program/program.json`, `models:/<name>/<version>`) lives in `workbench.tracking.registry`.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from workbench.interviewer.dspy_modules import InterviewerProgram
from workbench.settings import Settings

PROGRAM_FILE = "program.json"


def _configure(settings: Settings) -> None:
    from workbench.tracking import configure_tracking

    configure_tracking(settings.mlflow_tracking_uri, Path(settings.mlflow_artifact_root))


def register_program(program: InterviewerProgram, name: str, settings: Settings) -> str:
    """Save `program` as JSON, log and register it; returns `models:/<name>/<version>`."""
    from workbench.tracking import register_program as register_program_json

    _configure(settings)
    with tempfile.TemporaryDirectory(prefix="openhire-program-") as tmp:
        path = Path(tmp) / PROGRAM_FILE
        program.save(str(path))
        return register_program_json(name, path)


def download_registered_program(uri: str, settings: Settings, destination: Path) -> Path:
    """The program JSON of a registered model (`models:/<name>/<version>` or `@alias`), downloaded locally."""
    from workbench.tracking import resolve_registered_program

    _configure(settings)
    return resolve_registered_program(uri, destination)
