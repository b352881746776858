"""One predicate for a clause of the ad that states a requirement (`ad_lines.requirement_clause`), read both for a
perk's answer and for the lines on when the job is worked."""

from __future__ import annotations

from workbench.interviewer.ad_lines import line_of_the_ad_on, requirement_clause, topic_line
from workbench.models import JobDetails


def test_a_requirement_clause_states_what_to_know_or_abide_by() -> None:
    assert requirement_clause("Good knowledge of drivers' hours rules")
    assert requirement_clause("Working knowledge of pension auto-enrolment duties")
    assert not requirement_clause("Willing to work shifts")  # says when the job is worked
    assert not requirement_clause("Pension: 5% employer contribution")


def test_the_same_clause_is_neither_the_hours_nor_the_pension() -> None:
    job = JobDetails(
        id="job-payroll-driver",
        title="Payroll Driver",
        description="Days only, Monday to Friday.",
        requirements="Knowledge of pension and working hours rules\nWilling to work shifts",
    )
    assert topic_line("schedule", "What are the hours?", job) == "Willing to work shifts."
    assert line_of_the_ad_on("Is there a pension?", job, perk=True) == ""
