"""A lead-in that ends on a gerund and its preposition ("Working to", "Experience working from") leaves the
preposition's object, a noun phrase: "design briefs and deadlines" is no duty to design briefs, and "from design
briefs" is asked as "design briefs". Lines written here."""

from __future__ import annotations

import pytest

from workbench.interviewer.planning.jobtext import requirements
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import JobDetails, Preferences


def _items(line: str) -> list[tuple[str, str]]:
    job = JobDetails(id="l", title="Designer", requirements=f"- {line}")
    return [(item.text, item.shape) for item in requirements(job, [])]


@pytest.mark.parametrize(
    ("line", "topic"),
    [
        ("Working to design briefs and deadlines", "design briefs and deadlines"),
        ("Experience working from design briefs", "design briefs"),
        ("Working to build schedules set by the site manager", "build schedules set by the site manager"),
        ("Experience working to production schedules", "production schedules"),
    ],
)
def test_the_object_of_a_gerunds_preposition_is_a_topic(line: str, topic: str) -> None:
    assert _items(line) == [(topic, "topic")]


def test_a_lead_in_without_that_preposition_still_leaves_a_duty() -> None:
    assert _items("Experience of managing budgets") == [("manage budgets", "act")]


def test_a_designers_plan_asks_about_the_briefs_not_how_to_design_them() -> None:
    job = JobDetails(
        id="g",
        title="Graphic Designer",
        description="Create artwork for print and social media.",
        requirements="- Working to design briefs and deadlines\n- Adobe InDesign",
    )
    texts = " ".join(q.text for q in build_interview_plan(job, Preferences()).questions)
    assert "design briefs and deadlines" in texts and "how do you design briefs" not in texts.lower(), texts
