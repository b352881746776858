"""The baseline on the packaged question bank (what the server runs): whole interviews for many roles."""

from __future__ import annotations

import pytest

from tests.workbench.interviewer.interview_helpers import WEAK_ANSWER, run_interview, strong_answer
from workbench.interviewer.agenda import planned
from workbench.interviewer.api import InterviewState
from workbench.interviewer.bank import DEFAULT_BANK_DIR, normalise_text
from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.guards import protected_topic
from workbench.models import PHASE_ORDER, JobDetails, Phase, Preferences

pytestmark = pytest.mark.skipif(
    not any(DEFAULT_BANK_DIR.glob("technical_*.json")), reason="the packaged question bank is not there yet"
)

JOBS = [
    JobDetails(id="p-fe", title="Frontend Developer", skills_required=["React", "TypeScript", "CSS"]),
    JobDetails(id="p-be", title="Senior Backend Engineer", skills_required=["Python", "PostgreSQL", "Kafka"]),
    JobDetails(id="p-da", title="Data Engineer", skills_required=["SQL", "Airflow", "Spark"]),
    JobDetails(id="p-ml", title="Machine Learning Engineer", skills_required=["PyTorch", "Python"]),
    JobDetails(id="p-do", title="Site Reliability Engineer", skills_required=["Kubernetes", "Terraform"]),
    JobDetails(id="p-sa", title="Account Executive", skills_required=["CRM", "negotiation"]),
    JobDetails(id="p-su", title="Customer Support Specialist", skills_required=["Zendesk"]),
    JobDetails(id="p-pm", title="Product Manager", skills_required=["roadmapping", "user research"]),
]


@pytest.fixture(scope="module")
def packaged() -> BaselineInterviewer:
    return BaselineInterviewer()


@pytest.mark.parametrize("job", JOBS, ids=[job.title for job in JOBS])
def test_packaged_bank_interview(packaged: BaselineInterviewer, job: JobDetails) -> None:
    def strong(state: InterviewState) -> str:
        question = planned(state, state.turns[-1].question_id)
        return strong_answer(tuple(question.rubric.look_for) if question else (), state.phase.value)

    prefs = Preferences(focus_areas=["testing"])
    good, _ = run_interview(packaged, job, strong, preferences=prefs)
    poor, _ = run_interview(packaged, job, lambda _s: WEAK_ANSWER, preferences=prefs)
    for state in (good, poor):
        answered = sum(turn.answer is not None for turn in state.turns)
        assert 8 <= answered <= 14
        phases = [PHASE_ORDER.index(turn.phase) for turn in state.turns]
        assert phases == sorted(phases) and {turn.phase for turn in state.turns} == set(Phase)
        texts = [normalise_text(turn.question) for turn in state.turns]
        assert len(texts) == len(set(texts))
        assert all(protected_topic(turn.question) is None for turn in state.turns)
    assert good.assessment is not None and poor.assessment is not None
    assert (good.assessment.overall or 0) >= 3.0
    assert poor.assessment.overall is None  # one vague sentence, pasted into every answer, is no evidence
