"""Whole simulated interviews against the real baseline interviewer."""

from __future__ import annotations

from evals.answerers import RuleBasedAnswerer
from evals.data import load_jobs
from evals.metrics import trace_from_simulation
from evals.personas import get_persona
from evals.simulate import run_interview
from workbench.interviewer import load_interviewer
from workbench.interviewer.competencies import job_competencies
from workbench.models import Phase
from workbench.records import InterviewRecord
from workbench.settings import Settings


def test_a_simulated_interview_becomes_a_valid_record_with_ground_truth() -> None:
    interviewer = load_interviewer("baseline", Settings(lm_model="", lm_api_base=""))
    job = next(iter(load_jobs().values()))
    played = run_interview(interviewer, job, RuleBasedAnswerer(get_persona("strong-nervous"), 1), seed=1)

    assert played.state.completed and not played.hit_turn_limit
    record = InterviewRecord.model_validate_json(played.to_record(split="dev").model_dump_json())
    assert record.interviewer == "baseline" and record.persona.level == "strong"
    assert [c.name for c in record.labels.competencies] == job_competencies(job)
    assert {c.score for c in record.labels.competencies} == {4}
    assert {t.labels.comfort.value for t in record.turns} == {"nervous"}
    assert {t.phase for t in record.turns} == set(Phase)
    assert all(t.answered_at >= t.asked_at for t in record.turns)
    # start + one call per answer, + finish when the interviewer did not assess on its own last answer
    assert len(record.turns) + 1 <= len(played.latencies_ms) <= len(record.turns) + 2


def test_the_trace_carries_predictions_beside_the_truth() -> None:
    interviewer = load_interviewer("baseline", Settings(lm_model="", lm_api_base=""))
    job = next(iter(load_jobs().values()))
    trace = trace_from_simulation(run_interview(interviewer, job, RuleBasedAnswerer(get_persona("weak"))))
    assert trace.predicted_scores and set(trace.true_scores) == set(job_competencies(job))
    assert all(t.label_vague is not None for t in trace.turns if t.answer is not None)
    assert trace.minutes > 0
