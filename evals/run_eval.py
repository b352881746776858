"""`openhire eval`: run a suite against a named interviewer and log ONE MLflow run with everything in it."""

from __future__ import annotations

import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import pandas as pd

from evals.data import DATASETS_DIR
from evals.suites import SuiteResult, get_suite, run_suite
from workbench.interviewer.api import Interviewer
from workbench.records import InterviewRecord
from workbench.settings import Settings
from workbench.tracking import configure_tracking, log_run, resolve_registered_program

EVAL_EXPERIMENT = "openhire-eval"


@dataclass
class EvalOutcome:
    run_id: str
    metrics: dict[str, float]
    table: pd.DataFrame
    wall_seconds: float
    result: SuiteResult


def lm_label(settings: Settings) -> str:
    return settings.lm_model or "none"


def program_file(interviewer_name: str, interviewer: Interviewer, staging: Path) -> Path | None:
    """The program JSON behind an interviewer, when there is one (a tuned program), else None; a registered
    program is downloaded under `staging`, which the caller removes."""
    declared = getattr(interviewer, "program_path", None)
    if isinstance(declared, (str, Path)) and Path(declared).is_file():
        return Path(declared)
    if interviewer_name.startswith(("models:/", "runs:/")):
        return resolve_registered_program(interviewer_name, staging / "program")
    if interviewer_name.endswith(".json") and Path(interviewer_name).is_file():
        return Path(interviewer_name)
    return None


def write_records(records: list[InterviewRecord], path: Path) -> Path:
    path.write_text("".join(record.model_dump_json() + "\n" for record in records), encoding="utf-8")
    return path


def load_named_interviewer(name: str, settings: Settings) -> Interviewer:
    # Imported late: the interviewer package pulls in DSPy only when it is actually used.
    from workbench.interviewer import load_interviewer

    interviewer: Interviewer = load_interviewer(name, settings)
    return interviewer


def evaluate(
    interviewer_name: str,
    suite_name: str,
    settings: Settings,
    seed: int = 0,
    tracking_uri: str | None = None,
    artifact_root: Path | None = None,
    datasets_dir: Path = DATASETS_DIR,
    show_progress: bool = True,
    interviewer: Interviewer | None = None,
) -> EvalOutcome:
    """Runs the suite and logs params, every metric, the per-interview table, the simulated transcripts and
    the program JSON (if any) as one run of the `openhire-eval` experiment."""
    suite = get_suite(suite_name)
    configure_tracking(tracking_uri, artifact_root)
    started = time.perf_counter()
    subject = interviewer or load_named_interviewer(interviewer_name, settings)
    result = run_suite(subject, suite, seed=seed, datasets_dir=datasets_dir, show_progress=show_progress)
    metrics = result.metrics()
    table = result.table()
    wall_seconds = time.perf_counter() - started
    metrics["wall_seconds"] = wall_seconds
    with tempfile.TemporaryDirectory(prefix="openhire-eval-") as staging:
        program = program_file(interviewer_name, subject, Path(staging))
        transcripts = write_records(result.records, Path(staging) / "simulated_interviews.jsonl")
        run_id = log_run(
            EVAL_EXPERIMENT,
            run_name=f"{interviewer_name}-{suite.name}-seed{seed}",
            params={
                "interviewer": interviewer_name,
                "interviewer_class": type(subject).__name__,
                "lm": lm_label(settings),
                "suite": suite.name,
                "seed": seed,
                "interviews": len(table),
            },
            metrics=metrics,
            tables={"interviews": table},
            json_artifacts={"suite": asdict(suite)},
            files=[transcripts, *([program] if program else [])],
            tags={"openhire.kind": "eval", "openhire.suite": suite.name},
        )
    return EvalOutcome(run_id, metrics, table, wall_seconds, result)
