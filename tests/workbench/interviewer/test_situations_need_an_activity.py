"""A situation put "during", "partway through" or "still on" a subject needs a subject that is something done
("checking an animal's health", "a home visit"): a field of knowledge ("bloodborne pathogens", from "bloodborne
pathogens training") is asked about as knowledge, never "a client asks for something during bloodborne pathogens".
(Jobs written for these tests, in no dataset.)"""

from __future__ import annotations

import re

import pytest

from workbench.interviewer.planning.library import reads_as_activity
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import Difficulty, JobDetails, Preferences

TATTOO = JobDetails(
    id="tattoo",
    title="Tattoo Artist",
    description=(
        "Design and apply custom tattoos; maintain strict hygiene and sterilisation; consult clients and keep "
        "consent records."
    ),
    requirements="Portfolio; bloodborne pathogens training",
)
ZOOKEEPER = JobDetails(
    id="zookeeper",
    title="Zookeeper",
    description=(
        "Care for a section of primates: feeding, cleaning enclosures, enrichment, monitoring health and "
        "behaviour, keeping records and giving talks to visitors."
    ),
    requirements="Animal management qualification; physically fit",
)
AS_AN_ACTIVITY = re.compile(
    r"\b(?:during|partway through|still on|the result of) (?:bloodborne|hygiene and infection)", re.IGNORECASE
)


@pytest.mark.parametrize(
    ("item", "activity"),
    [
        ("checking an animal's health", True),
        ("home visits", True),
        ("stock control", True),
        ("bloodborne pathogens", False),
        ("fine dining", False),
        ("building regulations", False),
    ],
)
def test_what_reads_as_something_done(item: str, activity: bool) -> None:
    assert reads_as_activity(item) is activity


@pytest.mark.parametrize("job", [TATTOO, ZOOKEEPER], ids=lambda job: job.id)
@pytest.mark.parametrize("difficulty", list(Difficulty))
def test_a_field_of_knowledge_is_never_put_as_an_activity(job: JobDetails, difficulty: Difficulty) -> None:
    plan = build_interview_plan(job, Preferences(difficulty_level=difficulty))
    assert [q.text for q in plan.questions if AS_AN_ACTIVITY.search(q.text)] == []
