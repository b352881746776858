"""Experiment tracking (MLflow): runs, their artifacts, and registered interviewer programs."""

from workbench.tracking.ephemeral import ephemeral_store
from workbench.tracking.registry import register_program, resolve_registered_program, set_program_alias
from workbench.tracking.runs import (
    configure_tracking,
    ensure_experiment,
    get_run_artifact_json,
    list_run_artifacts,
    list_runs,
    load_run_table,
    log_run,
    set_run_tags,
    tracking_client,
)

__all__ = [
    "configure_tracking",
    "ensure_experiment",
    "ephemeral_store",
    "get_run_artifact_json",
    "list_run_artifacts",
    "list_runs",
    "load_run_table",
    "log_run",
    "register_program",
    "resolve_registered_program",
    "set_program_alias",
    "set_run_tags",
    "tracking_client",
]
