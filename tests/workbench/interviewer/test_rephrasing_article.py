"""A rephrased question names the job by its title: "in this Exam Invigilator role", never "in a Exam
Invigilator role" (the article before a title the ad chose cannot be known in advance)."""

from __future__ import annotations

import re

import pytest

from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import JobDetails, Preferences

JOBS = [
    JobDetails(
        id="job-invigilator",
        title="Exam Invigilator",
        description="Exam Invigilator needed for summer exam series, term-time only, DBS required.",
    ),
    JobDetails(
        id="job-teacher",
        title="Elementary School Teacher (Grades K-5)",
        description=(
            "Plan and deliver standards-aligned instruction in reading and math. Differentiate instruction for"
            " English learners. Use assessment data to monitor student progress."
        ),
        skills_required=["lesson planning", "classroom management"],
    ),
    JobDetails(
        id="job-underwriter",
        title="Insurance Underwriter",
        description="Assess commercial property risks, price and quote cover, and refer cases outside authority.",
    ),
]


@pytest.mark.parametrize("job", JOBS, ids=lambda job: job.id)
def test_no_rephrasing_puts_a_before_a_title_that_starts_with_a_vowel(job: JobDetails) -> None:
    plan = build_interview_plan(job, Preferences())
    rephrasings = [text for question in plan.questions for text in question.rephrasings]
    assert any(job.title in text for text in rephrasings)
    assert not [text for text in rephrasings if re.search(rf"\ba {re.escape(job.title)}", text)]
