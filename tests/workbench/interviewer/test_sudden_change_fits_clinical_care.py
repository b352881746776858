"""A patient's sudden change is a situation for clinical care, not for a record, an identity check, infection
control, safeguarding or a care home's budget. Seen (ux18, over the server): a phlebotomist asked "Suppose you are
responsible for positive patient identification when a patient's condition changes suddenly", a community midwife
"... for safeguarding when a patient's condition changes suddenly", a care home manager "Suppose you're about to
manage the budget, occupancy and agency spend when a resident's condition changes suddenly" and "... build
relationships with families, GPs and the local authority and a resident's condition changes suddenly"; in the
datasets, "patient records" and "records management" were asked the same way."""

from __future__ import annotations

import pytest

from workbench.interviewer.planning.library import Twist, families
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import JobDetails, Preferences

WARD = JobDetails(id="ward-sudden", title="Staff Nurse", description="Adult medical ward.")


def _sudden(act: bool) -> Twist:
    fitted = families()["healthcare"].fitted(WARD)
    twists = fitted.act_complications if act else fitted.complications
    return next(twist for twist in twists if "condition changes suddenly" in twist.text)


@pytest.mark.parametrize(
    "topic",
    [
        "patient records",
        "records management",
        "positive patient identification",
        "infection control",
        "safeguarding",
        "CQC fundamental standards",
        "sample labelling",
    ],
)
def test_a_topic_with_no_bedside_act_gets_no_sudden_change(topic: str) -> None:
    assert not _sudden(act=False).fits(topic)


@pytest.mark.parametrize(
    "topic",
    [
        "medicines management",
        "controlled drugs",
        "patient observations",
        "wound care",
        "venepuncture",
        "antenatal care",
        "mechanical ventilation",
        "pain management",
    ],
)
def test_clinical_care_keeps_the_sudden_change(topic: str) -> None:
    assert _sudden(act=False).fits(topic)


@pytest.mark.parametrize(
    "duty",
    [
        "manage the budget, occupancy and agency spend",
        "build relationships with families, GPs and the local authority",
        "handle complaints and safeguarding referrals",
        "complete monthly audits and reports",
    ],
)
def test_a_managers_duty_gets_no_sudden_change(duty: str) -> None:
    assert not _sudden(act=True).fits(duty)


def test_a_care_home_managers_plan_puts_no_sudden_change_to_the_budget() -> None:
    for seed_id in ("home-1", "home-2", "home-3", "home-4", "home-5", "home-6"):
        job = JobDetails(
            id=seed_id,
            title="Registered Care Home Manager",
            description=(
                "A 64-bed residential and dementia care home. As Registered Manager you will: be accountable for the "
                "safe running of the home and CQC compliance; manage the budget, occupancy and agency spend; handle "
                "complaints and safeguarding referrals; build relationships with families, GPs and the local authority."
            ),
        )
        for question in build_interview_plan(job, Preferences()).questions:
            if "condition changes suddenly" in question.text:
                assert not any(
                    word in question.text for word in ("budget", "relationships", "complaints", "CQC")
                ), question.text
