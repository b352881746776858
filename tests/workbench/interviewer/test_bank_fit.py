"""A curated software question is asked only of a job it fits: one naming a product, language or framework the
job does not use ("a slow endpoint in a Django service" for a data engineer's Python, "test a React component"
for an iOS developer) is not asked, and a question of the job's own kind of role comes before another role's.
(Jobs written for these tests, in no dataset.)"""

from __future__ import annotations

import re

import pytest

from workbench.interviewer.bank import load_bank
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import Difficulty, JobDetails, Preferences

DATA_ENGINEER = JobDetails(
    id="data-engineer",
    title="Data Engineer",
    description="Build batch and streaming pipelines on Spark and Kafka, orchestrated with Airflow.",
    requirements="Python and SQL; Spark; Kafka; Airflow; data modelling",
    skills_required=["Python", "SQL", "Spark", "Kafka", "Airflow"],
)
IOS = JobDetails(
    id="ios",
    title="iOS Developer",
    description="Build and test our iPhone app in Swift and SwiftUI; ship releases through the App Store.",
    requirements="Swift; SwiftUI; testing; accessibility",
    skills_required=["Swift", "Testing", "Accessibility"],
)
DJANGO = JobDetails(
    id="django",
    title="Backend Developer (Python)",
    description="Build and run our Django services and their PostgreSQL database.",
    requirements="Python; Django; PostgreSQL; testing",
    skills_required=["Python", "Django", "PostgreSQL", "Testing"],
)
FOREIGN = {
    "data-engineer": re.compile(r"\b(?:django|fastapi|react|flutter|swift)\b", re.IGNORECASE),
    "ios": re.compile(r"\b(?:react|django|fastapi|flutter|pandas)\b", re.IGNORECASE),
}


@pytest.mark.parametrize("job", [DATA_ENGINEER, IOS], ids=lambda job: job.id)
@pytest.mark.parametrize("difficulty", list(Difficulty))
def test_no_question_names_a_tool_the_job_does_not_use(job: JobDetails, difficulty: Difficulty) -> None:
    plan = build_interview_plan(job, Preferences(difficulty_level=difficulty))
    technical = [q.text for q in plan.questions if q.phase.value == "technical"]
    assert technical
    assert [text for text in technical if FOREIGN[job.id].search(text)] == []


def test_a_job_that_uses_the_tool_may_be_asked_about_it() -> None:
    texts = [
        q.text
        for difficulty in Difficulty
        for q in build_interview_plan(DJANGO, Preferences(difficulty_level=difficulty)).questions
    ]
    assert any("Django" in text for text in texts)


def test_a_data_engineer_is_asked_about_python_from_the_bank() -> None:
    bank = load_bank()
    plan = build_interview_plan(DATA_ENGINEER, Preferences())
    python = [q for q in plan.questions if q.competency_id == "python"]
    assert python and all(q.source.startswith("bank:") for q in python)
    assert all(bank.question(q.source.removeprefix("bank:")) is not None for q in python)
