"""A team leader's and a payroll administrator's ads, tried as a new user. "Warehouse Team Leader" matched ESCO's
*fruit production team leader* (a label that says "team leader" and a kind of work the ad never speaks of), and its
skill "people leadership" was asked as job knowledge ("Which checks do you rely on when it comes to people
leadership?") beside the leadership questions; a Payroll Administrator was public service casework. Written for
these tests: the jobs are not in the datasets."""

from __future__ import annotations

from workbench.interviewer.planning.planner import build_interview_plan, match_occupation
from workbench.models import JobDetails, Preferences

_AD = JobDetails(
    id="job-warehouse-team-leader",
    title="Warehouse Team Leader",
    description="Lead a team of 12 pickers on nights. Hit pick rates, keep the area safe, run toolbox talks.",
    requirements="Experience leading a team in a warehouse. Counterbalance licence.",
    skills_required=["people leadership", "WMS", "Strong team management skills"],
)


def test_a_match_naming_work_the_ad_never_speaks_of_gives_way() -> None:
    found = match_occupation(_AD)
    label = found[0].label if found else ""
    assert "fruit" not in label and "production" not in label


def test_people_leadership_named_as_a_skill_is_asked_as_the_leadership_behaviour() -> None:
    plan = build_interview_plan(_AD, Preferences())
    knowledge = [c.name.lower() for c in plan.competencies if c.kind == "job_knowledge"]
    assert not any("leadership" in name or "team management" in name for name in knowledge), knowledge
    assert "leadership" in {c.id for c in plan.competencies}
    assert "wms" in {c.id for c in plan.competencies}


def test_a_payroll_administrator_is_in_finance_not_public_service_casework() -> None:
    # seen: "Payroll Administrator" (a title word public service also has) whose ad says "statutory payments" was
    # asked "a member of the public is distressed and angry about a decision involving statutory payments"
    payroll = JobDetails(
        id="job-payroll-administrator",
        title="Payroll Administrator",
        description=(
            "Process weekly and monthly payroll for 900 employees in Sage 200, handle starters and leavers, "
            "statutory payments (SSP, SMP), pension auto-enrolment, and answer employee payroll queries."
        ),
        requirements="2 years payroll experience. Sage payroll.",
        skills_required=["Sage Payroll", "statutory payments", "pension auto-enrolment"],
    )
    plan = build_interview_plan(payroll, Preferences())
    assert plan.family == "finance"
    assert not any("member of the public" in q.text for q in plan.questions)
