"""`openhire tune`: optimise one module of the interviewer program with DSPy, compare, save, log, register.

Train on the `train` split (validation for MIPROv2 on `dev`), score on `heldout` three ways with the same
metric: the tuned program, the untuned program, and the baseline interviewer. The whole `InterviewerProgram`
(the tuned module in place) is saved as JSON, logged to MLflow and registered, so `load_interviewer` can
serve it as `models:/<name>/<version>`.
"""

from __future__ import annotations

import random
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import dspy
import pandas as pd

from evals.data import DATASETS_DIR, load_interviews, load_jobs
from evals.lms import adapter_for, make_lm
from evals.tuning.baseline import baseline_predictions
from evals.tuning.tasks import TaskSpec, build_examples, get_task
from workbench.interviewer.dspy_modules import InterviewerProgram
from workbench.models import JobDetails
from workbench.records import InterviewRecord
from workbench.settings import Settings
from workbench.tracking import configure_tracking, log_run, register_program

TUNE_EXPERIMENT = "openhire-tune"
OPTIMIZERS = ("bootstrap", "mipro")


@dataclass
class TuneConfig:
    module: str = "assess"
    optimizer: str = "bootstrap"
    lm: str = "local/smollm2-135m"
    max_train: int = 24
    max_eval: int = 24
    out_dir: Path = Path("var/programs")
    seed: int = 0
    register_as: str | None = None
    max_demos: int = 2
    datasets_dir: Path = DATASETS_DIR


@dataclass
class TuneOutcome:
    run_id: str
    metrics: dict[str, float]
    program_path: Path
    model_uri: str
    scores: pd.DataFrame = field(default_factory=pd.DataFrame)


class TaskProgram(dspy.Module):
    """The one module being tuned, called with the example's inputs."""

    def __init__(self, module: dspy.Module) -> None:
        super().__init__()
        self.module = module

    def forward(self, **inputs: Any) -> dspy.Prediction:
        return self.module(**inputs)


def sample(examples: list[dspy.Example], limit: int, seed: int) -> list[dspy.Example]:
    """A seeded sample spread over all transcripts (not the first `limit`, which would be a few interviews)."""
    if len(examples) <= limit:
        return examples
    return random.Random(seed).sample(examples, limit)


def score_program(
    program: dspy.Module, examples: list[dspy.Example], task: TaskSpec
) -> tuple[list[float], int]:
    """Per-example metric values; an example whose prediction fails (unparseable output...) scores 0."""
    scores, failures = [], 0
    for example in examples:
        try:
            scores.append(float(task.metric(example, program(**example.inputs()), None)))
        except Exception:  # an LM's malformed output must not stop the evaluation: it is scored 0
            scores.append(0.0)
            failures += 1
    return scores, failures


def compile_program(
    config: TuneConfig,
    task: TaskSpec,
    student: TaskProgram,
    trainset: list[dspy.Example],
    valset: list[dspy.Example],
) -> TaskProgram:
    def metric(example: dspy.Example, prediction: Any, trace: Any = None) -> float:
        return task.metric(example, prediction, trace)

    if config.optimizer == "bootstrap":
        optimizer = dspy.BootstrapFewShot(
            metric=metric,
            metric_threshold=0.5,
            max_bootstrapped_demos=config.max_demos,
            max_labeled_demos=config.max_demos,
            max_errors=len(trainset) + 1,
        )
        compiled = optimizer.compile(student, trainset=trainset)
    elif config.optimizer == "mipro":
        mipro = dspy.MIPROv2(
            metric=metric,
            auto="light",
            num_threads=1,
            max_bootstrapped_demos=config.max_demos,
            max_labeled_demos=config.max_demos,
            seed=config.seed,
            max_errors=len(trainset) + len(valset) + 1,
        )
        compiled = mipro.compile(
            student, trainset=trainset, valset=valset or None, requires_permission_to_run=False
        )
    else:
        raise ValueError(f"unknown optimizer {config.optimizer!r}; known: {', '.join(OPTIMIZERS)}")
    assert isinstance(compiled, TaskProgram)
    return compiled


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def run_tuning(
    config: TuneConfig,
    settings: Settings,
    tracking_uri: str | None = None,
    artifact_root: Path | None = None,
    lm: dspy.BaseLM | None = None,
    adapter: dspy.Adapter | None = None,
) -> TuneOutcome:
    """Tunes `config.module`; `lm`/`adapter` override the model built from `config.lm` (tests use DummyLM)."""
    task = get_task(config.module)
    if config.optimizer not in OPTIMIZERS:
        raise ValueError(f"unknown optimizer {config.optimizer!r}; known: {', '.join(OPTIMIZERS)}")
    started = time.perf_counter()
    jobs = load_jobs(config.datasets_dir)
    train, dev, heldout_records, heldout = _splits(config, task, jobs)
    model = lm or make_lm(config.lm, settings, temperature=0.0)
    with dspy.context(lm=model, adapter=adapter or adapter_for(config.lm)):
        program = InterviewerProgram()
        untuned = TaskProgram(getattr(program, task.submodule))
        untuned_scores, untuned_failures = score_program(untuned, heldout, task)
        compiled = compile_program(
            config, task, TaskProgram(getattr(InterviewerProgram(), task.submodule)), train, dev
        )
        tuned_scores, tuned_failures = score_program(compiled, heldout, task)
    baseline = baseline_predictions(heldout_records, jobs)
    baseline_scores = [task.metric(ex, baseline.get(ex.key, {}), None) for ex in heldout]
    setattr(program, task.submodule, compiled.module)
    config.out_dir.mkdir(parents=True, exist_ok=True)
    program_path = (
        config.out_dir / f"{config.module}-{config.optimizer}-{time.strftime('%Y%m%d-%H%M%S')}.json"
    )
    program.save(str(program_path))
    scores = pd.DataFrame(
        {
            "key": [ex.key for ex in heldout],
            "tuned": tuned_scores,
            "untuned": untuned_scores,
            "baseline": baseline_scores,
        }
    )
    metrics = {
        "heldout_tuned": _mean(tuned_scores),
        "heldout_untuned": _mean(untuned_scores),
        "heldout_baseline": _mean(baseline_scores),
        "heldout_tuned_failures": float(tuned_failures),
        "heldout_untuned_failures": float(untuned_failures),
        "train_examples": float(len(train)),
        "heldout_examples": float(len(heldout)),
        "demos": float(sum(len(p.demos) for _, p in compiled.named_predictors())),
        "wall_seconds": time.perf_counter() - started,
    }
    configure_tracking(tracking_uri, artifact_root)
    run_id, model_uri = _log_and_register(config, metrics, scores, program_path)
    return TuneOutcome(run_id, metrics, program_path, model_uri, scores)


def _splits(
    config: TuneConfig, task: TaskSpec, jobs: dict[str, JobDetails]
) -> tuple[list[dspy.Example], list[dspy.Example], list[InterviewRecord], list[dspy.Example]]:
    """The examples to train on and to validate on (a seeded sample of each), the held-out interviews and their
    examples to score (a seeded sample)."""
    train = sample(
        build_examples(task, load_interviews(config.datasets_dir, "train"), jobs),
        config.max_train,
        config.seed,
    )
    dev = sample(
        build_examples(task, load_interviews(config.datasets_dir, "dev"), jobs), config.max_eval, config.seed
    )
    heldout_records = load_interviews(config.datasets_dir, "heldout")
    heldout = sample(build_examples(task, heldout_records, jobs), config.max_eval, config.seed)
    if not train or not heldout:
        raise ValueError(
            f"no {config.module} examples in the train or held-out split of {config.datasets_dir}"
        )
    return train, dev, heldout_records, heldout


def _log_and_register(
    config: TuneConfig, metrics: dict[str, float], scores: pd.DataFrame, program_path: Path
) -> tuple[str, str]:
    """The run logged to MLflow (parameters, metrics, held-out scores, the program) and the program registered:
    the run's id and the registered model's URI."""
    params: dict[str, str | int | float] = {
        "module": config.module,
        "optimizer": config.optimizer,
        "lm": config.lm,
        "seed": config.seed,
        "max_train": config.max_train,
        "max_eval": config.max_eval,
        "max_demos": config.max_demos,
    }
    run_id = log_run(
        TUNE_EXPERIMENT,
        run_name=f"{config.module}-{config.optimizer}-{config.lm.replace('/', '_')}",
        params=params,
        metrics=metrics,
        tables={"heldout_scores": scores},
        json_artifacts={"tune_config": {k: str(v) for k, v in asdict(config).items()}},
        files=[program_path],
        tags={"openhire.kind": "tune", "openhire.module": config.module},
    )
    name = config.register_as or f"openhire-{config.module.replace('_', '-')}"
    model_uri = register_program(
        name, program_path, run_id=run_id, tags={"module": config.module, "lm": config.lm}
    )
    return run_id, model_uri
