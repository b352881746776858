"""`openhire tune` wiring with DSPy's DummyLM: real datasets, real optimiser, real MLflow store and registry."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import dspy
import pytest
from dspy.utils import DummyLM

from evals.data import load_interviews, load_jobs
from evals.tuning import TuneConfig, get_task, run_tuning
from evals.tuning.tasks import assess_metric, feedback_metric, next_turn_metric
from workbench.interviewer.dspy_modules import InterviewerProgram
from workbench.settings import Settings
from workbench.tracking import (
    get_run_artifact_json,
    load_run_table,
    resolve_registered_program,
    tracking_client,
)

# The programs' single structured outputs (see workbench/interviewer/dspy_modules.py).
ANSWERS: dict[str, dict[str, Any]] = {
    "assess": {
        "assessment": {
            "comfort": "neutral",
            "skills_evidenced": ["react"],
            "star": {"situation": True, "task": False, "action": True, "result": False},
            "vague": False,
            "addresses_question": True,
            "correct": True,
            "score": 3,
            "evidence": "I explained it",
            "red_flags": [],
        }
    },
    "next_turn": {
        "turn": {"response": "Thanks, that is helpful.", "question": "How do you test React components?"}
    },
    "feedback": {
        "feedback": {
            "summary": "You explained your React work clearly and gave concrete examples of communication with "
            "your team during the interview today.",
            "strengths": ["Clear React examples"],
            "areas_to_improve": ["Say more about testing"],
        }
    },
}


@pytest.mark.parametrize("module", ["assess", "next_turn", "feedback"])
def test_bootstrap_tuning_saves_logs_and_registers_a_loadable_program(
    module: str, mlflow_store: tuple[str, Path], tmp_path: Path
) -> None:
    uri, artifacts = mlflow_store
    lm = DummyLM([ANSWERS[module]] * 200, adapter=dspy.JSONAdapter())
    config = TuneConfig(
        module=module, optimizer="bootstrap", lm="dummy", max_train=4, max_eval=5, out_dir=tmp_path
    )

    outcome = run_tuning(
        config, Settings(), tracking_uri=uri, artifact_root=artifacts, lm=lm, adapter=dspy.JSONAdapter()
    )

    assert outcome.model_uri == f"models:/openhire-{module.replace('_', '-')}/1"
    for name in ("heldout_tuned", "heldout_untuned", "heldout_baseline"):
        assert 0.0 <= outcome.metrics[name] <= 1.0
    assert outcome.metrics["heldout_tuned_failures"] == 0.0
    assert outcome.metrics["demos"] >= 1  # the optimiser put demonstrations into the tuned module
    run = tracking_client().get_run(outcome.run_id)
    assert run.data.params["module"] == module and run.data.params["optimizer"] == "bootstrap"
    assert run.data.metrics["heldout_examples"] == 5
    assert len(load_run_table(outcome.run_id, "heldout_scores")) == 5
    assert get_run_artifact_json(outcome.run_id, "tune_config")["module"] == module  # type: ignore[index]

    registered = resolve_registered_program(outcome.model_uri, tmp_path / "registered")
    assert json.loads(registered.read_text()) == json.loads(outcome.program_path.read_text())
    program = InterviewerProgram()
    program.load(str(registered))
    submodule = get_task(module).submodule
    assert len(getattr(program, submodule).predict.demos) >= 1


def test_metrics_reward_the_labelled_answer() -> None:
    jobs = load_jobs()
    record = load_interviews(split="train")[0]
    example = get_task("assess").build(record, jobs[record.job_id])[2]
    perfect = {"comfort": example.comfort, "vague": example.vague, "scores": example.scores}
    assert assess_metric(example, perfect) == pytest.approx(1.0)
    assert assess_metric(example, {}) == pytest.approx(0.2 * (not example.vague))

    turn_example = get_task("next_turn").build(record, jobs[record.job_id])[0]
    good = {"response": "Thank you.", "question": turn_example.gold_question.rstrip("?.") + "?"}
    assert next_turn_metric(turn_example, good) >= 0.75
    assert next_turn_metric(turn_example, {"response": "ok", "question": "Are you married?"}) <= 0.5

    feedback_example = get_task("feedback").build(record, jobs[record.job_id])[0]
    assert feedback_metric(feedback_example, {"summary": "", "strengths": [], "areas_to_improve": []}) == 0.0


def test_mipro_tuning_runs_and_registers(mlflow_store: tuple[str, Path], tmp_path: Path) -> None:
    uri, artifacts = mlflow_store
    # One answer that fits every signature MIPROv2 calls: the program's own and its instruction proposer's.
    proposer_fields = {
        "proposed_instruction": "Assess the answer and score every listed competency from its content.",
        "observations": "Interview answers with labels.",
        "summary": "Interview answers with labels.",
        "program_description": "Assesses interview answers.",
        "module_description": "Assesses one answer.",
    }
    lm = DummyLM([{**ANSWERS["assess"], **proposer_fields}] * 5000, adapter=dspy.JSONAdapter())
    config = TuneConfig(
        module="assess", optimizer="mipro", lm="dummy", max_train=6, max_eval=4, out_dir=tmp_path
    )

    outcome = run_tuning(
        config, Settings(), tracking_uri=uri, artifact_root=artifacts, lm=lm, adapter=dspy.JSONAdapter()
    )

    assert outcome.model_uri == "models:/openhire-assess/1"
    assert outcome.metrics["heldout_tuned_failures"] == 0.0
    assert tracking_client().get_run(outcome.run_id).data.params["optimizer"] == "mipro"
    InterviewerProgram().load(str(resolve_registered_program(outcome.model_uri, tmp_path / "registered")))
