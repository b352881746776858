"""A candidate's question on two things the ad speaks of, the one with a line of its own asked second ("What
shifts would I be on? And is the pension good?"): both are answered from the ad, the pension not routed because
it came first in the list of topics."""

from __future__ import annotations

from workbench.interviewer.repair import answer_from_job
from workbench.models import JobDetails

POLICE = JobDetails(
    id="job-police",
    title="Police Constable",
    company="Northshire Constabulary",
    description=(
        "- Respond to incidents and de-escalate conflict\n"
        "- Work 24/7 shift pattern including weekends and bank holidays\n"
        "Benefits: 22 days annual leave rising to 30, police pension, free gym."
    ),
)


def test_shifts_and_the_pension_are_both_answered_from_the_ad() -> None:
    answer = answer_from_job("What shifts would I be on? And is the pension good?", POLICE)
    assert "24/7 shift pattern" in answer
    assert "police pension" in answer
    assert "don't have the details of benefits" not in answer


def test_the_pension_asked_first_is_answered_too() -> None:
    answer = answer_from_job("Is the pension any good, and what are the hours like?", POLICE)
    assert "24/7 shift pattern" in answer and "police pension" in answer


def test_a_benefit_the_ad_never_names_is_still_routed() -> None:
    answer = answer_from_job("What shifts would I be on? And is there a company car?", POLICE)
    assert "24/7 shift pattern" in answer
    assert "police pension" not in answer
    assert "hiring team at Northshire Constabulary" in answer
