"""The behaviours a job ad names itself ("Behaviours: Working Together, Communicating and Influencing", "a team
player with attention to detail") are the employer's own job analysis: the plan asks about them first, keeps one
place for the occupation family's first behaviour, and still asks leadership only of jobs that lead people."""

from __future__ import annotations

from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import JobDetails, Preferences

POLICY = (
    "As a Policy Adviser you will draft submissions to Ministers, analyse evidence on bus usage and work with local "
    "authorities and HM Treasury."
)
CARE = "Support older people in their own homes with personal care, medication prompts and meals."


def _behavioural(job: JobDetails) -> list[str]:
    plan = build_interview_plan(job, Preferences())
    return [c.id for c in plan.competencies if c.kind == "behavioural" and c.id != "motivation"]


def test_the_ads_own_behaviours_are_asked() -> None:
    plain = JobDetails(id="job-policy-adviser", title="Policy Adviser", description=POLICY)
    listed = JobDetails(
        id="job-policy-adviser-2",
        title="Policy Adviser",
        description=POLICY + "\nBehaviours: Working Together, Communicating and Influencing.",
    )
    asked = _behavioural(listed)
    assert {"teamwork", "communication"} <= set(asked), asked
    assert asked[:2] == ["teamwork", "communication"], asked
    assert _behavioural(plain) != asked


def test_the_familys_first_behaviour_keeps_its_place() -> None:
    plain = _behavioural(
        JobDetails(id="job-home-care-assistant", title="Home Care Assistant", description=CARE)
    )
    named = _behavioural(
        JobDetails(
            id="job-home-care-assistant-2",
            title="Home Care Assistant",
            description=CARE
            + " We want team players with excellent communication skills, attention to detail,"
            " a willingness to learn and resilience.",
        )
    )
    assert plain[0] in named, (plain, named)
    assert "teamwork" in named and "communication" in named, named


def test_leadership_named_in_the_ad_is_asked_only_of_a_job_that_leads_people() -> None:
    blurb = " Our values: leadership, integrity and teamwork."
    cleaner = _behavioural(
        JobDetails(
            id="job-office-cleaner", title="Office Cleaner", description="Clean offices and toilets." + blurb
        )
    )
    head_chef = _behavioural(
        JobDetails(
            id="job-head-chef",
            title="Head Chef",
            description="Run the kitchen and manage a team of six chefs." + blurb,
        )
    )
    assert "leadership" not in cleaner and "integrity" in cleaner, cleaner
    assert "leadership" in head_chef, head_chef
