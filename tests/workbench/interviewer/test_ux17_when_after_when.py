"""A duty that holds its own "when" is not put in the template that adds the situation with another "when". Seen: a
refuse loader asked "Suppose you're about to act as banksman when the vehicle is reversing when a colleague has
signed off equipment that you think is not safe to use". Jobs written for this test."""

from __future__ import annotations

import re

import pytest

from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import Difficulty, JobDetails, Preferences

DUTIES = [
    "Act as banksman when the vehicle is reversing.",
    "Wear a harness when working at height.",
    "Check the load is secure while the crane is lifting.",
    "Isolate the supply if the alarm sounds.",
]


@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
@pytest.mark.parametrize("seed_title", ["Refuse Loader", "Site Operative", "Yard Operative", "Scaffolder"])
def test_no_question_says_when_twice_in_a_row(difficulty: Difficulty, seed_title: str) -> None:
    job = JobDetails(
        id=f"ux17-when-{seed_title}",
        title=seed_title,
        description=" ".join(DUTIES),
        requirements="Physically fit.",
    )
    plan = build_interview_plan(job, Preferences(difficulty_level=difficulty))
    for question in plan.questions:
        assert not re.search(r"\bwhen\b[^.?]*\bwhen\b", question.text.split("?")[0]), question.text
