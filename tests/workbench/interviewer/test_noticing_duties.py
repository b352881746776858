"""A duty of noticing or knowing ("recognise deviations from normal", "identify and report suspicious behaviour")
asked as a situation: the situation is put alone, never "Suppose you're about to recognise deviations from normal
when ..." or "you need to identify risks and ...". (Jobs written for these tests, in no dataset.)"""

from __future__ import annotations

import re

import pytest

from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import Difficulty, JobDetails, Preferences

JOBS = [
    JobDetails(
        id="midwife",
        title="Community Midwife",
        description=(
            "Provide antenatal and postnatal care to women and families in the community. Carry out booking "
            "appointments and newborn checks. Recognise deviations from normal and escalate appropriately."
        ),
        requirements="NMC registered midwife; good record keeping.",
    ),
    JobDetails(
        id="security",
        title="Security Officer",
        description=(
            "Patrol the site and monitor CCTV. Identify and report suspicious behaviour. Detect and respond to "
            "alarms. Control access at the gatehouse."
        ),
        requirements="SIA licence; calm under pressure.",
    ),
    JobDetails(
        id="lab",
        title="Laboratory Technician",
        description=(
            "Prepare samples and run routine tests. Spot contamination in cultures. Understand and follow "
            "standard operating procedures. Maintain laboratory equipment."
        ),
    ),
]
NOTICING = r"(?:recogni[sz]|identify|identifying|detect|spot|understand|notic|anticipat)"
ERRAND = re.compile(rf"\b(?:about to|need to|needs to|have to|while) {NOTICING}", re.IGNORECASE)


@pytest.mark.parametrize("job", JOBS, ids=lambda job: job.id)
@pytest.mark.parametrize("difficulty", list(Difficulty))
def test_a_noticing_duty_is_never_an_errand_in_a_situation(job: JobDetails, difficulty: Difficulty) -> None:
    plan = build_interview_plan(job, Preferences(difficulty_level=difficulty))
    situational = [q.text for q in plan.questions if q.form == "situational"]
    assert situational
    assert [text for text in situational if ERRAND.search(text)] == []
