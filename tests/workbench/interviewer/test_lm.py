"""The DSPy path: wiring on DummyLM, validation of LM outputs, fallback on failure or timeout, JSON programs,
interviewer selection by name (including an MLflow-registered program)."""

from __future__ import annotations

import os

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

import tempfile
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import dspy
import pytest
from dspy.utils import DummyLM

from tests.workbench.interviewer.interview_helpers import JOBS, T0, candidate, run_interview
from workbench.interviewer import load_interviewer
from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.dspy_modules import InterviewerProgram
from workbench.interviewer.lm import LMInterviewer
from workbench.models import Preferences
from workbench.settings import Settings

ANSWER = "I migrated our billing pipeline to Kafka and cut invoice delays from 20 minutes to 5 seconds."


def assessment(
    score: int = 4,
    evidence: str = "cut invoice delays from 20 minutes to 5 seconds",
    addresses: bool = True,
    correct: bool = True,
    red_flags: tuple[str, ...] = ("astrology is a science",),  # not in the rubric: ignored
) -> dict[str, Any]:
    return {
        "assessment": {
            "comfort": "confident",
            "skills_evidenced": ["Kafka"],
            "star": {"situation": False, "task": False, "action": True, "result": True},
            "vague": False,
            "addresses_question": addresses,
            "correct": correct,
            "score": score,
            "evidence": evidence,
            "red_flags": list(red_flags),
        }
    }


def turn(question: str = "What made Kafka the right call for billing?") -> dict[str, Any]:
    return {"turn": {"response": "Moving billing to Kafka sounds like a big step.", "question": question}}


FEEDBACK = {
    "feedback": {
        "summary": "You described your Kafka migration clearly and with numbers.",
        "strengths": ["Concrete results: invoice delays from 20 minutes to 5 seconds."],
        "areas_to_improve": ["Say more about how you worked with the team."],
    }
}


def interviewer(baseline: BaselineInterviewer, lm: Any, **settings: Any) -> LMInterviewer:
    return LMInterviewer(baseline, lm, Settings(lm_model="dummy", **settings))


def opening_competency(state: Any) -> str:
    """The name of the plan's competency the opening question measures."""
    return next(c.name for c in state.plan.competencies if c.id == state.turns[0].competency_id)


def dummy(answers: list[dict[str, Any]]) -> DummyLM:
    return DummyLM(answers, adapter=dspy.JSONAdapter())


def test_dummy_lm_drives_assessment_wording_and_feedback(baseline: BaselineInterviewer) -> None:
    lm_interviewer = interviewer(baseline, dummy([assessment(), turn(), FEEDBACK]))
    assert lm_interviewer.blocking
    state = lm_interviewer.start(JOBS["backend"], candidate(), "", Preferences(), T0)
    opening = opening_competency(state)
    state, step = lm_interviewer.answer(state, ANSWER, T0 + timedelta(minutes=2))
    first = state.turns[0].assessment
    assert first is not None and first.backend == "lm" and first.comfort.value == "confident"
    scores = {c.name: c for c in first.competencies}
    assert list(scores) == [opening]  # the one competency the opening question measures
    assert scores[opening].score == 4
    assert scores[opening].evidence == "cut invoice delays from 20 minutes to 5 seconds"
    assert scores[opening].red_flags == []
    assert step.question == "What made Kafka the right call for billing?"
    assert step.response == "Moving billing to Kafka sounds like a big step."
    assert state.turns[-1].backend == "lm" and state.turns[-1].question == step.question
    done = lm_interviewer.finish(state, T0 + timedelta(minutes=3))
    assert done.assessment is not None and done.assessment.summary == FEEDBACK["feedback"]["summary"]
    assert done.final_feedback is not None and "Kafka migration" in done.final_feedback


def test_invalid_lm_outputs_fall_back_to_the_baseline(baseline: BaselineInterviewer) -> None:
    outputs = [
        assessment(
            score=4, evidence="I am the best engineer you will ever meet"
        ),  # not the candidate's words
        turn("Are you married, and do you have children?"),  # protected: replaced by the baseline's question
    ]
    lm_interviewer = interviewer(baseline, dummy(outputs))
    state = lm_interviewer.start(JOBS["backend"], candidate(), "", Preferences(), T0)
    _expected_state, expected_step = baseline.answer(state, ANSWER, T0 + timedelta(minutes=2))
    state, step = lm_interviewer.answer(state, ANSWER, T0 + timedelta(minutes=2))
    evidence = {c.name: c.evidence for c in state.turns[0].assessment.competencies}  # type: ignore[union-attr]
    assert evidence[opening_competency(state)] in ANSWER
    assert step.question == expected_step.question and state.turns[-1].backend == "baseline"


def test_out_of_range_scores_are_rejected(baseline: BaselineInterviewer) -> None:
    lm_interviewer = interviewer(baseline, dummy([assessment(score=9), turn()]))
    state = lm_interviewer.start(JOBS["backend"], candidate(), "", Preferences(), T0)
    state, _ = lm_interviewer.answer(state, ANSWER, T0 + timedelta(minutes=2))
    first = state.turns[0].assessment
    assert first is not None and first.backend == "baseline"
    assert all((c.score or 0) <= 5 for c in first.competencies)


class FailingEngine:
    def __init__(self, delay: float = 0.0) -> None:
        self.delay = delay
        self.calls = 0

    def complete(self, request: Any) -> Any:
        self.calls += 1
        time.sleep(self.delay)
        raise RuntimeError("the LM is down")

    def stream(self, request: Any) -> Any:
        raise RuntimeError("the LM is down")

    def close(self) -> None:
        pass


def test_lm_failure_falls_back_per_turn_and_the_interview_completes(baseline: BaselineInterviewer) -> None:
    engine = FailingEngine()
    lm = dspy.LM("dummy/failing", engine=engine, num_retries=0, cache=False)
    lm_interviewer = interviewer(baseline, lm)
    state, steps = run_interview(lm_interviewer, JOBS["data"], lambda _s: ANSWER)
    assert engine.calls > 0 and steps[-1].completed and state.completed
    assert all(t.backend == "baseline" for t in state.turns)
    assert all(t.assessment is None or t.assessment.backend == "baseline" for t in state.turns)
    plain, _ = run_interview(baseline, JOBS["data"], lambda _s: ANSWER)
    assert [t.question for t in state.turns] == [t.question for t in plain.turns]
    assert state.final_feedback == plain.final_feedback


def test_lm_timeout_falls_back_quickly(baseline: BaselineInterviewer) -> None:
    lm = dspy.LM("dummy/slow", engine=FailingEngine(delay=2.0), num_retries=0, cache=False)
    lm_interviewer = interviewer(baseline, lm, lm_timeout_seconds=0.2)
    state = lm_interviewer.start(JOBS["data"], candidate(), "", Preferences(), T0)
    started = time.perf_counter()
    state, step = lm_interviewer.answer(state, ANSWER, T0 + timedelta(minutes=2))
    assert time.perf_counter() - started < 1.5
    assert step.question and state.turns[-1].backend == "baseline"


def test_program_saves_and_loads_as_json(tmp_path: Path, bank_dir: Path) -> None:
    program = InterviewerProgram()
    demo = dspy.Example(
        job_title="Backend Engineer",
        competency="python",
        question="Q?",
        rubric="1: none\n3: some\n5: much",
        answer="A.",
        assessment=assessment()["assessment"],
    ).with_inputs("job_title", "competency", "question", "rubric", "answer")
    program.assessor.predict.demos = [demo]
    path = tmp_path / "tuned.json"
    program.save(str(path))
    assert path.read_text(encoding="utf-8").lstrip().startswith("{")
    loaded = load_interviewer(str(path), Settings(lm_model="openai/gpt-4o-mini"), bank_dir=bank_dir)
    assert isinstance(loaded, LMInterviewer) and loaded.name == "dspy:tuned"
    assert len(loaded.program.assessor.predict.demos) == 1


def test_interviewer_selection_by_name(bank_dir: Path, tmp_path: Path) -> None:
    assert isinstance(load_interviewer("baseline", Settings(), bank_dir=bank_dir), BaselineInterviewer)
    with_lm = load_interviewer("baseline", Settings(lm_api_base="http://127.0.0.1:9/v1"), bank_dir=bank_dir)
    assert isinstance(with_lm, LMInterviewer)
    with pytest.raises(ValueError, match="needs an LM"):
        load_interviewer(str(tmp_path / "x.json"), Settings(), bank_dir=bank_dir)
    with pytest.raises(ValueError, match="Unknown interviewer"):
        load_interviewer(str(tmp_path / "missing.json"), Settings(lm_model="openai/x"), bank_dir=bank_dir)


def test_registered_program_loads_from_mlflow(tmp_path: Path, bank_dir: Path) -> None:
    from workbench.interviewer.tracking_io import register_program
    from workbench.tracking import ephemeral_store

    # a copy of a cached empty schema (as tests/evals' mlflow_store), not a new SQLite store migrated from scratch
    tracking_uri, artifacts = ephemeral_store(tmp_path / "mlflow")
    settings = Settings(
        lm_model="openai/gpt-4o-mini", mlflow_tracking_uri=tracking_uri, mlflow_artifact_root=artifacts
    )
    program = InterviewerProgram()
    program.turn_writer.predict.signature = program.turn_writer.predict.signature.with_instructions(
        "Be brief."
    )
    uri = register_program(program, "openhire-test", settings)
    assert uri == "models:/openhire-test/1"
    loaded = load_interviewer(uri, settings, bank_dir=bank_dir)
    assert isinstance(loaded, LMInterviewer)
    assert loaded.program.turn_writer.predict.signature.instructions == "Be brief."


def test_loading_a_registered_program_leaves_no_folder_behind(
    tmp_path: Path, bank_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every load of a `models:/` program downloaded it into a folder of its own under /tmp and left it there
    (114 were found on one machine): the download lives only while the program is read."""
    from workbench.interviewer.tracking_io import register_program
    from workbench.tracking import ephemeral_store

    tracking_uri, artifacts = ephemeral_store(tmp_path / "mlflow")
    settings = Settings(
        lm_model="openai/gpt-4o-mini", mlflow_tracking_uri=tracking_uri, mlflow_artifact_root=artifacts
    )
    uri = register_program(InterviewerProgram(), "openhire-leak", settings)
    private = tmp_path / "private-tmp"
    private.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private))

    loads = [load_interviewer(uri, settings, bank_dir=bank_dir) for _ in range(3)]

    assert all(isinstance(loaded, LMInterviewer) for loaded in loads)
    assert sorted(entry.name for entry in private.iterdir()) == []
