"""A chef's plan, read as a head chef would: years served in a role are a background (the opening and the resume
cover them), not a subject to question; a subject every kitchen is asked about is not added when the job's own
items already ask about it."""

from __future__ import annotations

from tests.workbench.interviewer.interview_helpers import job_knowledge_names
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import Difficulty, JobDetails, Preferences

CDP = JobDetails(
    id="job-chef-de-partie",
    title="Chef de Partie",
    description="Run the grill section: prep and cook to spec, keep HACCP records, manage allergens.",
    requirements="2 years as CDP in a fresh food kitchen. Level 2 Food Hygiene.",
    skills_required=["grill", "HACCP", "allergen management"],
)


def test_years_served_in_a_role_are_no_subject() -> None:
    names = job_knowledge_names(CDP)
    assert not any("cdp" in name or "fresh food kitchen" in name for name in names), names
    sous = CDP.model_copy(update={"requirements": "3 yrs as Sous Chef. Level 2 Food Hygiene."})
    assert not any("sous chef" in name for name in job_knowledge_names(sous))


def test_a_family_subject_the_jobs_own_items_ask_about_is_not_added() -> None:
    names = job_knowledge_names(CDP)
    assert "allergen management" in names
    assert not any("allergen" in name and name != "allergen management" for name in names), names


def test_everyday_computer_use_is_no_subject() -> None:
    teller = JobDetails(
        id="job-bank-teller",
        title="Bank Teller",
        description="Process deposits and withdrawals accurately; balance the cash drawer daily.",
        requirements="High school diploma or equivalent. Basic computer skills. Computer literate.",
        skills_required=["cash handling", "BSA/AML"],
    )
    assert not any("computer" in name for name in job_knowledge_names(teller))


def test_how_often_a_duty_is_done_is_not_part_of_its_question() -> None:
    teller = JobDetails(
        id="job-bank-teller-2",
        title="Bank Teller",
        description=(
            "Balance cash drawer daily and follow dual control procedures for the vault. "
            "Check ATM cash levels on a weekly basis."
        ),
        skills_required=["cash handling"],
    )
    plan = build_interview_plan(teller, Preferences())
    texts = " ".join(q.text for q in plan.questions).lower()
    assert "drawer daily" not in texts and "weekly basis" not in texts, texts
    assert "cash drawer" in texts


def test_a_bank_tellers_plan_is_about_the_counter_not_the_month_end() -> None:
    for job in (
        JobDetails(id="job-bank-teller-3", title="Bank Teller"),
        JobDetails(id="job-bank-teller-4", title="Bank Teller", skills_required=["cash handling"]),
    ):
        for difficulty in (Difficulty.EASY, Difficulty.MEDIUM, Difficulty.HARD):
            plan = build_interview_plan(job, Preferences(difficulty_level=difficulty))
            texts = " ".join(q.text for q in plan.questions).lower()
            assert "month end" not in texts and "month-end" not in texts, texts
            assert "most frequently" not in texts and " etc" not in texts, texts
            assert "departments give you conflicting numbers" not in texts, texts
    bookkeeping = " ".join(
        q.text
        for difficulty in (Difficulty.EASY, Difficulty.MEDIUM, Difficulty.HARD)
        for q in build_interview_plan(
            JobDetails(id="job-bookkeeper", title="Bookkeeper"), Preferences(difficulty_level=difficulty)
        ).questions
    ).lower()
    assert "month" in bookkeeping or "reconcil" in bookkeeping or "conflicting numbers" in bookkeeping
