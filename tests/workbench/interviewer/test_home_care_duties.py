"""A home care ad's duties as a hiring team writes them: a duty ending in its examples after a dash or a colon,
and care work's verb "prompt" ("Prompt and administer medication")."""

from __future__ import annotations

import pytest

from workbench.interviewer.planning.jobtext import requirements
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import JobDetails, Preferences

HOME_CARE = JobDetails(
    id="uxe-home-care",
    title="Home Care Worker",
    company="Bluebird Care",
    description=(
        "What you'll do:\n"
        "• Help customers with personal care - washing, dressing, toileting\n"
        "• Prompt and administer medication and complete MAR charts\n"
        "• Prepare meals and drinks\n"
        "What we offer:\n• Paid mileage 30p/mile\n"
    ),
)


def test_a_duty_ending_in_its_examples_is_asked_about_whole() -> None:
    """Seen: "help customers with personal care - washing" (cut at the comma of its examples) was a competency
    and a question: "When you help customers with personal care - washing, what do you check first?"."""
    texts = [r.text for r in requirements(HOME_CARE, [])]
    assert "help customers with personal care" in texts
    assert not any("washing" in text for text in texts)
    plan = build_interview_plan(HOME_CARE, Preferences())
    assert not any(" - washing" in q.text for q in plan.questions)


@pytest.mark.parametrize(
    "line,duty",
    [
        (
            "Support residents with daily living: cooking, cleaning and shopping",
            "support residents with daily living",
        ),
        ("Carry out vehicle checks - tyres, lights, fluids", "carry out vehicle checks"),
    ],
)
def test_examples_after_a_dash_or_a_colon_are_no_duties_of_their_own(line: str, duty: str) -> None:
    job = JobDetails(
        id="uxe-ex", title="Support Worker", description=f"Duties:\n- {line}\n- Keep accurate records\n"
    )
    texts = [r.text for r in requirements(job, [])]
    assert duty in texts, texts


def test_prompting_medication_is_a_duty() -> None:
    """Seen: "Prompt and administer medication and complete MAR charts" was dropped whole ("prompt" was no known
    verb), leaving a home care interview with no question on medication."""
    texts = [r.text for r in requirements(HOME_CARE, [])]
    assert "prompt and administer medication" in texts
    assert "complete MAR charts" in texts
    service = JobDetails(
        id="uxe-p", title="Receptionist", description="Duties:\n- Provide a prompt and friendly service\n"
    )
    assert [r.text for r in requirements(service, [])] == ["provide a prompt and friendly service"]


def test_a_requirement_to_lead_the_team_is_asked_as_leadership_not_beside_it() -> None:
    """Seen: a care home's Registered Manager had the competency "leading a team of 60 staff" ("Imagine you need to
    lead a team of 60 staff and the team is two people short on the shift") beside the library's "Leading a
    team"; the duty of leading people is that behaviour, asked with its anchored question once."""
    job = JobDetails(
        id="uxe-rm",
        title="Registered Manager - Residential Care Home",
        company="Sunrise Healthcare",
        description=(
            "We are seeking an experienced Registered Manager for our 48-bed residential and dementia care home. "
            "You will lead a team of 60 staff, ensure compliance with CQC regulations, manage budgets and occupancy, "
            "oversee care planning, medication management, safeguarding and complaints."
        ),
        requirements="Level 5 Diploma in Leadership for Health and Social Care. Previous registered manager experience.",
        skills_required=["CQC compliance", "leadership", "safeguarding", "budget management"],
    )
    plan = build_interview_plan(job, Preferences())
    ids = [q.competency_id for q in plan.questions]
    assert "leadership" in ids
    assert not any("team-of-60" in i for i in ids)
    assert not any("team of 60" in q.text for q in plan.questions)


def test_a_team_leading_duty_stays_the_jobs_subject_when_little_else_is_said_or_it_names_the_work_led() -> (
    None
):
    """A requirement that names the work led besides ("Supervise a team of 15 pickers and packers") stays the job's
    own subject, and so does "Lead a team of 20 staff" when the ad names too few other duties to ask about (it
    comes before any generic topic of the job's family)."""
    pickers = JobDetails(
        id="uxe-ws",
        title="Warehouse Shift Supervisor",
        description="Duties:\n- Supervise a team of 15 pickers and packers\n- Run goods-in checks\n",
    )
    ids = [q.competency_id for q in build_interview_plan(pickers, Preferences()).questions]
    assert any(i.startswith("supervise-a-team-of-15-pickers") for i in ids), ids
    few = JobDetails(
        id="uxe-hh",
        title="Head Housekeeper",
        description="Duties:\n- Lead a team of 20 staff\n- Plan daily room allocation and rotas\n",
    )
    ids = [q.competency_id for q in build_interview_plan(few, Preferences()).questions]
    assert any(i.startswith("lead-a-team") for i in ids), ids
