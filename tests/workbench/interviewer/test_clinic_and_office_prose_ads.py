"""Ads written as prose or with a board's headings (a court clerk, a curator, a pharmacy technician, an event
planner, an audiologist, a speech and language therapist, a marketing manager): the duties the prose states are
read, and pay, memberships, wishes and headings are not. The ads are written for these tests: none is in the
datasets."""

from __future__ import annotations

from workbench.interviewer.planning.jobtext import requirements
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import JobDetails, Preferences


def _texts(job: JobDetails) -> list[str]:
    return [r.text for r in requirements(job, [])]


def test_duties_after_how_closely_the_work_is_overseen_are_read() -> None:
    job = JobDetails(
        id="uxi-test-clerk",
        title="Court Clerk",
        description=(
            "Under general supervision, Court Clerks attend court sessions, record minutes of court proceedings, "
            "swear in witnesses and jurors, mark and maintain custody of exhibits."
        ),
    )
    texts = _texts(job)
    assert texts[0] == "attend court sessions"
    assert not any("supervision" in text for text in texts)


def test_duties_after_where_the_role_sits_are_read_and_writing_skills_are_a_subject() -> None:
    job = JobDetails(
        id="uxi-test-curator",
        title="Assistant Curator",
        description=(
            "<h3>About the role</h3><p>Working in the Collection Displays team, you will research and develop "
            "displays of modern British art, write interpretation (labels and wall texts) and coordinate loans in "
            "and out.</p><h3>About you</h3><ul><li>Excellent writing skills for a general audience</li></ul>"
        ),
    )
    texts = _texts(job)
    assert "research and develop displays of modern British art" in texts
    assert not any("team" in text.lower() for text in texts)
    assert "write skills for a general audience" not in texts


def test_a_manner_before_the_first_duty_of_a_series_does_not_hide_the_series() -> None:
    job = JobDetails(
        id="uxi-test-ptech",
        title="Pharmacy Technician",
        description=(
            "As a Pharmacy Technician you will accurately enter prescriptions, count and fill medications, manage "
            "inventory and controlled substance counts, and provide friendly customer service at the pickup window."
        ),
    )
    texts = _texts(job)
    assert texts[:2] == ["enter prescriptions", "count and fill medications"]
    plan = build_interview_plan(job, Preferences())
    service = [q.text for q in plan.questions if "pickup window" in q.text]
    assert not any("condition changes suddenly" in text for text in service)


def test_pay_a_membership_a_wish_and_a_heading_are_no_questions() -> None:
    job = JobDetails(
        id="uxi-test-misc",
        title="Audiologist",
        description=(
            "Carry out hearing assessments (PTA, tympanometry) and provide aftercare. Commission scheme.\n"
            "CORE WORK ACTIVITIES\n* Fit and verify hearing aids using REM\n"
        ),
        requirements="RCSLT membership\n5+ years in B2C marketing, ideally fashion or sportswear\n",
    )
    texts = [text.lower() for text in _texts(job)]
    assert not any(
        "commission" in t or "membership" in t or "activities" in t or "ideally" in t for t in texts
    )
    assert "b2c marketing" in texts and "fit and verify hearing aids using rem" in texts


def test_customer_service_named_alone_is_asked_as_a_behaviour_not_as_job_knowledge() -> None:
    job = JobDetails(
        id="uxi-test-phleb2",
        title="Phlebotomist",
        description="Responsibilities\n* Label specimens at the bedside\n",
        requirements="High school diploma or GED. Excellent customer service skills.",
    )
    assert _texts(job) == ["label specimens at the bedside"]


def test_where_experience_was_had_and_technical_knowledge_are_cut_to_their_subject() -> None:
    job = JobDetails(
        id="uxi-test-uw",
        title="Commercial Property Underwriter",
        description="Key Accountabilities:\n▪ Analyse survey reports, COPE information and loss history\n",
        requirements=(
            "▪ Proven commercial property underwriting experience in the London or regional market\n"
            "▪ Strong technical knowledge of property wordings, BI and deductibles\n"
        ),
    )
    texts = _texts(job)
    assert "commercial property underwriting" in texts
    assert "property wordings, BI and deductibles" in texts


def test_the_rubric_of_a_blood_draw_an_interpretation_and_a_bar_names_their_own_unsafe_practice() -> None:
    jobs = {
        "probing or digging for a vein with the needle": "Perform venipuncture on adult and pediatric patients",
        "leaving out or summarising what was said instead of interpreting all of it": (
            "Interpret consecutively between patients and professionals"
        ),
        "serving alcohol to someone who is intoxicated or under age": "Mix and serve cocktails to guests",
    }
    for flag, duty in jobs.items():
        job = JobDetails(
            id=f"uxi-test-{len(duty)}", title="Worker", description=f"Responsibilities:\n- {duty}\n"
        )
        plan = build_interview_plan(job, Preferences())
        flags = [f for q in plan.questions for f in q.rubric.red_flags]
        assert flag in flags, duty


def test_a_focus_area_that_names_a_behavioural_competency_is_asked_once() -> None:
    job = JobDetails(
        id="uxi-test-gp-focus",
        title="Salaried GP",
        description="Duties:\n- Manage long-term conditions in line with NICE guidance\n- Undertake home visits\n",
    )
    plan = build_interview_plan(job, Preferences(focus_areas=["safeguarding", "prescribing"]))
    ids = [q.competency_id for q in plan.questions]
    assert ids.count("safeguarding") == 1 and "prescribing" in ids
    assert len({c.id for c in plan.competencies}) == len(plan.competencies)


def test_the_post_holders_own_scope_is_asked_as_the_candidates() -> None:
    job = JobDetails(
        id="uxi-test-bms",
        title="Biomedical Scientist",
        description="Main duties\n- Validate and authorise results within their scope\n",
    )
    assert _texts(job) == ["validate and authorise results within your scope"]


def test_evening_sessions_are_work_while_working_evenings_is_a_condition() -> None:
    job = JobDetails(
        id="uxi-test-youth",
        title="Youth Worker",
        description=(
            "The role:\nPlan and deliver evening youth sessions for 11-19 year olds, and keep session records "
            "on Upshot.\nYou must be able to work evenings and weekends.\n"
        ),
    )
    texts = _texts(job)
    assert "plan and deliver evening youth sessions for 11-19 year olds" in texts
    assert not any("weekends" in text for text in texts)
