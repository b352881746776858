"""Candidate questions answered by a requirement's line (the twenty-first session's trials; the jobs here are
none of the datasets'), fixed at the general cause: a line that states what the candidate must know or abide by
is not what the job offers, nor when it is worked.

- "is there a pension" was answered with the ad's auto-enrolment duty ("Working knowledge of pension
  auto-enrolment duties"): a perk is answered only by a line on the employer's offer, else routed;
- "is the job days or nights" was answered with the ad's line on drivers' hours rules: hours and shifts are
  answered only by a line on the job's own hours, else routed;
- "what do you mean by on call here like how often" restated its term as "on call here like how often": the
  term ends where the candidate's own question on it starts.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.repair import answer_from_job, term_said
from workbench.models import CandidateDetails, JobDetails, Preferences

ROUTED = "I don't have that information here"


def _payroll(offer: str = "") -> JobDetails:
    return JobDetails(
        id="payroll",
        title="Payroll Administrator",
        company="Ledgerline Accountants",
        location="Derby",
        salary_range="£26,000 - £28,000",
        description=f"Run the monthly payroll for 600 staff and process starters and leavers. {offer}".strip(),
        requirements="Working knowledge of pension auto-enrolment duties\nExperience of Sage Payroll\n"
        "Understanding of holiday pay legislation",
        skills_required=["payroll"],
    )


def _driver(hours: str = "") -> JobDetails:
    return JobDetails(
        id="driver",
        title="Class 1 HGV Driver",
        company="Roadline Logistics",
        location="Doncaster",
        salary_range="£16.50 per hour",
        description=f"Deliver chilled goods to supermarkets across the north. {hours}".strip(),
        requirements="Class 1 licence and CPC card\nGood knowledge of drivers' hours rules and tachograph "
        "regulations\nAwareness of Working Time rules for night work",
        skills_required=["hgv driving"],
    )


@pytest.mark.parametrize(
    "question",
    [
        "is there a pension",
        "what's the pension like?",
        "do you offer a pension scheme",
        "how much holiday do I get",
    ],
)
def test_a_perk_is_not_answered_by_a_requirement_line(question: str) -> None:
    answer = answer_from_job(question, _payroll())
    assert ROUTED in answer
    assert "auto-enrolment" not in answer and "legislation" not in answer


@pytest.mark.parametrize("question", ["is there a pension", "do you offer a pension scheme"])
def test_the_employers_offer_still_answers_a_perk(question: str) -> None:
    job = _payroll("Pension: 5% employer contribution, in line with auto-enrolment rules.")
    assert "Pension: 5% employer contribution" in answer_from_job(question, job)


@pytest.mark.parametrize(
    "question",
    ["is the job days or nights", "what are the hours?", "what hours would I work", "is it night shifts"],
)
def test_hours_are_not_answered_by_a_rules_line(question: str) -> None:
    answer = answer_from_job(question, _driver())
    assert ROUTED in answer
    assert "drivers' hours" not in answer and "Working Time" not in answer


@pytest.mark.parametrize(
    "question", ["is the job days or nights", "what are the hours?", "what hours would I work"]
)
def test_the_jobs_own_shifts_still_answer_hours(question: str) -> None:
    assert "Shifts: 4 on 4 off, 7pm-7am" in answer_from_job(question, _driver("Shifts: 4 on 4 off, 7pm-7am."))


def test_a_willingness_to_work_shifts_still_says_when() -> None:
    job = _driver()
    job = job.model_copy(update={"requirements": job.requirements + "\nWilling to work nights and weekends"})
    assert "Willing to work nights and weekends" in answer_from_job("is the job days or nights", job)


@pytest.mark.parametrize(
    ("reply", "term"),
    [
        ("what do you mean by on call here like how often", "on call"),
        ("what do you mean by handover like what do I write", "handover"),
        ("what do you mean by a site induction here, is it paid", "site induction"),
        ("what do you mean by stand down as in fully off", "stand down"),
        ("what do you mean by on call here", "on call"),  # as before
        ("what do you mean by how often", "how often"),  # as before
    ],
)
def test_the_term_asked_about_ends_where_its_question_starts(reply: str, term: str) -> None:
    assert term_said(reply) == term


def test_a_clarified_term_is_restated_whole() -> None:
    job = JobDetails(
        id="network-technician",
        title="Water Network Technician",
        company="Dalewater",
        description="Maintain pumping stations across South Lakeland and join the on-call rota for bursts.",
        skills_required=["pump maintenance", "fault finding"],
    )
    interviewer = BaselineInterviewer()
    now = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    state = interviewer.start(
        job, CandidateDetails(id="cand-sam-reed", name="Sam Reed"), "", Preferences(), now
    )
    state, step = interviewer.answer(state, "what do you mean by on call here like how often", now)
    assert state.turns[-1].kind == "clarification"
    assert "\u201con call\u201d" in step.response and "how often" not in step.response, step.response
