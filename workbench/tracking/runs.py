"""MLflow runs for OpenHire: one place that knows the tracking store, experiments and artifact layout.

Every writer goes through `MlflowClient` with an explicit run id (never the fluent "active run"), so evals, the
tuner and the app can log from threads without stepping on each other. Experiments are created with an explicit
artifact location: MLflow would otherwise write into `./mlruns` of whatever directory the process started in.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import mlflow
import pandas as pd
from mlflow.entities import Metric, Param, RunTag
from mlflow.tracking import MlflowClient

from workbench.settings import get_settings

# Download progress bars would flood CLI output and notebook cells.
os.environ.setdefault("MLFLOW_ENABLE_ARTIFACTS_PROGRESS_BAR", "false")

ParamValue = str | int | float
MAX_PARAM_CHARS = 6000  # MLflow rejects longer parameter values
METRIC_BATCH = 1000  # log_batch accepts at most 1000 metrics per call


@dataclass
class _TrackingConfig:
    tracking_uri: str
    artifact_root: Path | None


_lock = threading.Lock()
_config: _TrackingConfig | None = None


def _is_local_store(uri: str) -> bool:
    return uri.startswith(("sqlite:", "file:")) or "://" not in uri


def configure_tracking(tracking_uri: str | None = None, artifact_root: Path | None = None) -> str:
    """Points MLflow at a store (default: `Settings.mlflow_tracking_uri`) and returns its URI.

    Artifact root: `artifact_root` if given; for an explicit `sqlite:///dir/x.db`, `dir/mlartifacts`; for the
    default local store, `Settings.mlflow_artifact_root`; for a remote server, the server's own artifact store.
    Directories are created.
    """
    global _config
    settings = get_settings()
    uri = tracking_uri or settings.mlflow_tracking_uri
    root = artifact_root
    if root is None and tracking_uri and uri.startswith("sqlite:///"):
        # An explicit SQLite store keeps its artifacts beside it, not in the default project folder.
        root = Path(uri.removeprefix("sqlite:///")).parent / "mlartifacts"
    if root is None and _is_local_store(uri):
        root = settings.mlflow_artifact_root
    if uri.startswith("sqlite:///"):
        Path(uri.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    if root is not None:
        root = root.expanduser().resolve()
        root.mkdir(parents=True, exist_ok=True)
    with _lock:
        mlflow.set_tracking_uri(uri)
        mlflow.set_registry_uri(uri)
        _config = _TrackingConfig(tracking_uri=uri, artifact_root=root)
    return uri


def _current() -> _TrackingConfig:
    if _config is None:
        configure_tracking()
    assert _config is not None
    return _config


def tracking_client() -> MlflowClient:
    """A client on the configured store (configuring the defaults on first use)."""
    config = _current()
    return MlflowClient(tracking_uri=config.tracking_uri, registry_uri=config.tracking_uri)


def ensure_experiment(name: str) -> str:
    """The id of experiment `name`, created with an explicit artifact location when it is new."""
    config = _current()
    client = tracking_client()
    with _lock:
        existing = client.get_experiment_by_name(name)
        if existing is not None:
            return str(existing.experiment_id)
        location = None
        if config.artifact_root is not None:
            location = (config.artifact_root / _safe_dir_name(name)).as_uri()
        return str(client.create_experiment(name, artifact_location=location))


def _safe_dir_name(name: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in name) or "experiment"


def _json_artifact_name(name: str) -> str:
    return name if name.endswith(".json") else f"{name}.json"


def _table_artifact_name(name: str) -> str:
    return f"tables/{_json_artifact_name(name)}"


def log_run(
    experiment: str,
    run_name: str,
    params: Mapping[str, ParamValue],
    metrics: Mapping[str, float],
    tables: Mapping[str, pd.DataFrame] | None = None,
    json_artifacts: Mapping[str, object] | None = None,
    files: list[Path] | None = None,
    tags: Mapping[str, str] | None = None,
) -> str:
    """Logs one complete run and returns its id. The run is FAILED (and the error re-raised) if logging fails.

    Tables are stored as MLflow tables under `tables/<name>.json` (read back with `load_run_table`);
    JSON artifacts as `<name>.json` (read back with `get_run_artifact_json`); files keep their names.
    """
    client = tracking_client()
    experiment_id = ensure_experiment(experiment)
    run = client.create_run(experiment_id, run_name=run_name, tags=dict(tags or {}))
    run_id = str(run.info.run_id)
    try:
        _log_values(client, run_id, params, metrics)
        for name, frame in (tables or {}).items():
            client.log_table(run_id, data=frame, artifact_file=_table_artifact_name(name))
        for name, payload in (json_artifacts or {}).items():
            # MLflow writes any JSON value (lists too) although its annotation says dict.
            client.log_dict(run_id, cast(dict[str, Any], payload), _json_artifact_name(name))
        for path in files or []:
            client.log_artifact(run_id, str(path))
    except BaseException:
        client.set_terminated(run_id, status="FAILED")
        raise
    client.set_terminated(run_id, status="FINISHED")
    return run_id


def _log_values(
    client: MlflowClient, run_id: str, params: Mapping[str, ParamValue], metrics: Mapping[str, float]
) -> None:
    param_rows = [Param(key, str(value)[:MAX_PARAM_CHARS]) for key, value in params.items()]
    timestamp = int(pd.Timestamp.now(tz="UTC").timestamp() * 1000)
    metric_rows = [Metric(key, float(value), timestamp, 0) for key, value in metrics.items()]
    if param_rows:
        client.log_batch(run_id, params=param_rows)
    for start in range(0, len(metric_rows), METRIC_BATCH):
        client.log_batch(run_id, metrics=metric_rows[start : start + METRIC_BATCH])


def set_run_tags(run_id: str, tags: Mapping[str, str]) -> None:
    tracking_client().log_batch(run_id, tags=[RunTag(key, value) for key, value in tags.items()])


def list_runs(experiments: list[str] | None = None) -> pd.DataFrame:
    """Runs of the given experiments (all when None), newest first, with an `experiment` name column.

    Columns follow `mlflow.search_runs`: `run_id`, `status`, `start_time`, `params.*`, `metrics.*`, `tags.*`.
    An unknown experiment name simply contributes no rows.
    """
    client = tracking_client()
    known = {str(e.experiment_id): str(e.name) for e in client.search_experiments()}
    if experiments is not None:
        ids = [eid for eid, name in known.items() if name in set(experiments)]
    else:
        ids = list(known)
    if not ids:
        return pd.DataFrame(columns=["run_id", "experiment", "status", "start_time"])
    frame = mlflow.search_runs(experiment_ids=ids, output_format="pandas", order_by=["start_time DESC"])
    assert isinstance(frame, pd.DataFrame)
    frame.insert(1, "experiment", frame["experiment_id"].map(known))
    if "tags.mlflow.runName" in frame.columns:
        frame.insert(2, "run_name", frame["tags.mlflow.runName"])
    return frame.reset_index(drop=True)


def _read_artifact(run_id: str, artifact_path: str) -> str:
    # The download goes to a folder removed on return: artifacts can hold transcripts (candidates' words), and a
    # copy left in /tmp per read would be personal data nobody erases.
    with tempfile.TemporaryDirectory(prefix="openhire-artifact-") as destination:
        local = mlflow.artifacts.download_artifacts(
            run_id=run_id,
            artifact_path=artifact_path,
            dst_path=destination,
            tracking_uri=_current().tracking_uri,
        )
        return Path(local).read_text(encoding="utf-8")


def get_run_artifact_json(run_id: str, name: str) -> object:
    """The JSON artifact `name` (with or without `.json`) of a run, parsed."""
    return json.loads(_read_artifact(run_id, _json_artifact_name(name)))


def load_run_table(run_id: str, name: str) -> pd.DataFrame:
    """A table logged by `log_run(tables={name: ...})`, as a DataFrame."""
    payload = json.loads(_read_artifact(run_id, _table_artifact_name(name)))
    return pd.DataFrame(payload["data"], columns=payload["columns"])


def list_run_artifacts(run_id: str, path: str | None = None) -> list[str]:
    """Artifact paths of a run (recursively)."""
    client = tracking_client()
    found: list[str] = []
    pending = [path]
    while pending:
        for item in client.list_artifacts(run_id, pending.pop()):
            if item.is_dir:
                pending.append(item.path)
            else:
                found.append(item.path)
    return sorted(found)
