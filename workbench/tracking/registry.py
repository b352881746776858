"""Tuned interviewer programs in the MLflow model registry.

A program is a DSPy program saved as JSON (never pickle). It is logged as the artifact directory `program/`
of a run (holding `program.json`) and registered as a model version whose source is that directory, so that
`models:/<name>/<version>` (or `models:/<name>@<alias>`, `models:/<name>/latest`) resolves to a local JSON file
the interviewer can load.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path

import mlflow
from mlflow.exceptions import MlflowException

from workbench.tracking.runs import _current, ensure_experiment, tracking_client

PROGRAM_DIR = "program"
PROGRAM_FILE = "program.json"
PROGRAMS_EXPERIMENT = "openhire-programs"
_MODEL_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,127}$")


def log_program(run_id: str, program_json: Path) -> str:
    """Logs `program_json` into run `run_id` as `program/program.json`; returns the directory's artifact URI."""
    client = tracking_client()
    with tempfile.TemporaryDirectory(prefix="openhire-program-") as staging:
        target = Path(staging) / PROGRAM_FILE
        shutil.copyfile(program_json, target)
        client.log_artifact(run_id, str(target), artifact_path=PROGRAM_DIR)
    run = client.get_run(run_id)
    return f"{run.info.artifact_uri.rstrip('/')}/{PROGRAM_DIR}"


def register_program(
    name: str,
    program_json: Path,
    run_id: str | None = None,
    description: str = "",
    tags: Mapping[str, str] | None = None,
) -> str:
    """Registers a program JSON under model `name` and returns its `models:/<name>/<version>` URI.

    With `run_id` the JSON is attached to that run; otherwise a small run in `openhire-programs` holds it.
    """
    if not _MODEL_NAME.match(name):
        raise ValueError(f"invalid model name {name!r}: letters, digits, '_', '-', '.' (max 128)")
    client = tracking_client()
    if run_id is None:
        experiment_id = ensure_experiment(PROGRAMS_EXPERIMENT)
        run_id = str(client.create_run(experiment_id, run_name=f"register-{name}").info.run_id)
        client.set_terminated(run_id, status="FINISHED")
    source = log_program(run_id, program_json)
    try:
        client.create_registered_model(name, description=description or None)
    except MlflowException as error:
        if error.error_code != "RESOURCE_ALREADY_EXISTS":
            raise
    version = client.create_model_version(
        name, source=source, run_id=run_id, tags=dict(tags or {}), description=description or None
    )
    return f"models:/{name}/{version.version}"


def resolve_registered_program(uri: str, destination: Path) -> Path:
    """The local path of a program's JSON given `models:/name/version|latest`, `models:/name@alias`,
    `runs:/<run_id>/program` or a plain file path (returned as is after checking it exists).

    A registered program is downloaded into `destination`, which the caller removes when done with the file
    (a TemporaryDirectory): a folder made here would outlive every load.
    """
    if not uri.startswith(("models:/", "runs:/")):
        path = Path(uri)
        if not path.is_file():
            raise FileNotFoundError(f"program file not found: {uri}")
        return path
    destination.mkdir(parents=True, exist_ok=True)
    local = Path(
        mlflow.artifacts.download_artifacts(
            artifact_uri=uri, dst_path=str(destination), tracking_uri=_current().tracking_uri
        )
    )
    if local.is_file():
        return local
    candidates = sorted(local.rglob(PROGRAM_FILE)) or sorted(local.rglob("*.json"))
    if not candidates:
        raise FileNotFoundError(f"no program JSON under {uri}")
    return candidates[0]


def set_program_alias(name: str, alias: str, version: int | str) -> None:
    """Points `models:/<name>@<alias>` (e.g. `champion`) at a version."""
    tracking_client().set_registered_model_alias(name, alias, str(version))
