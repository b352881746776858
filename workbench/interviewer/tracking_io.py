"""Tuned programs in the MLflow model registry, as plain JSON (never pickle).

`register_program` logs the program's JSON as a run artifact (`program/program.json`) and registers that
artifact directory as a model version; `models:/<name>/<version>` then names it for `load_interviewer`.
"""

from __future__ import annotations

from pathlib import Path

from workbench.interviewer.dspy_modules import InterviewerProgram
from workbench.settings import Settings

PROGRAM_FILE = "program.json"
ARTIFACT_DIR = "program"


def _mlflow(settings: Settings):  # type: ignore[no-untyped-def]
    import mlflow

    mlflow.set_tracking_uri(settings.mlflow_tracking_uri)
    mlflow.set_registry_uri(settings.mlflow_tracking_uri)
    return mlflow


def register_program(
    program: InterviewerProgram,
    name: str,
    settings: Settings,
    experiment: str = "interviewer-programs",
) -> str:
    """Log `program` as JSON in a new run and register it; returns `models:/<name>/<version>`."""
    mlflow = _mlflow(settings)
    from mlflow import MlflowClient

    client = MlflowClient(
        tracking_uri=settings.mlflow_tracking_uri, registry_uri=settings.mlflow_tracking_uri
    )
    if mlflow.get_experiment_by_name(experiment) is None:
        artifacts = Path(settings.mlflow_artifact_root).resolve()
        artifacts.mkdir(parents=True, exist_ok=True)
        mlflow.create_experiment(experiment, artifact_location=artifacts.as_uri())
    mlflow.set_experiment(experiment)
    with mlflow.start_run(run_name=f"register-{name}") as run:
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / PROGRAM_FILE
            program.save(str(path))
            mlflow.log_artifact(str(path), artifact_path=ARTIFACT_DIR)
        source = f"{run.info.artifact_uri}/{ARTIFACT_DIR}"
    if not client.search_registered_models(filter_string=f"name = '{name}'"):
        client.create_registered_model(name)
    version = client.create_model_version(name=name, source=source, run_id=run.info.run_id)
    return f"models:/{name}/{version.version}"


def download_registered_program(uri: str, settings: Settings, destination: Path) -> Path:
    """The program JSON of a registered model version (`models:/<name>/<version>`), downloaded locally."""
    _mlflow(settings)
    from mlflow import MlflowClient

    name, _, version = uri.removeprefix("models:/").partition("/")
    if not name or not version:
        raise ValueError(f"Expected models:/<name>/<version>, got {uri!r}")
    client = MlflowClient(
        tracking_uri=settings.mlflow_tracking_uri, registry_uri=settings.mlflow_tracking_uri
    )
    source = client.get_model_version(name, version).source
    import mlflow.artifacts

    local = Path(mlflow.artifacts.download_artifacts(artifact_uri=source, dst_path=str(destination)))
    candidates = [local] if local.is_file() else sorted(local.rglob("*.json"))
    if not candidates:
        raise ValueError(f"No program JSON in registered model {uri}")
    return candidates[0]
