"""The dead have no condition to change. Seen: a hospital porter asked "Picture this: a patient's condition changes
suddenly just as you need to assist with deceased patients to the mortuary" (and the same again when the candidate
asked what it meant). Jobs written for this test."""

from __future__ import annotations

import pytest

from workbench.interviewer.planning.library import families
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import Difficulty, JobDetails, Preferences

JOBS = [
    JobDetails(
        id="ux17-porter",
        title="Hospital Porter",
        description=(
            "Moving patients between wards by bed and wheelchair; removing clinical waste; assisting with deceased "
            "patients to the mortuary; delivering specimens."
        ),
        requirements="Manual handling training.",
    ),
    JobDetails(
        id="ux17-apt",
        title="Mortuary Assistant",
        description=(
            "Assist pathologists with post-mortem examinations. Receive and release the deceased. Prepare viewings "
            "for bereaved families. Perform last offices on the ward when asked."
        ),
        requirements="Compassion. Infection control knowledge.",
    ),
]


@pytest.mark.parametrize("job", JOBS, ids=lambda job: job.id)
@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
def test_no_patient_deteriorates_during_work_with_the_dead(job: JobDetails, difficulty: Difficulty) -> None:
    plan = build_interview_plan(job, Preferences(difficulty_level=difficulty))
    for question in plan.questions:
        if "condition changes" in question.text:
            assert not any(
                word in question.text.lower() for word in ("deceased", "mortuary", "post-mortem", "viewing")
            ), question.text


@pytest.mark.parametrize(
    "duty",
    [
        "assisting with deceased patients to the mortuary",
        "transferring the deceased to the mortuary",
        "performing last offices",
        "preparing viewings for bereaved relatives",
    ],
)
def test_no_healthcare_twist_puts_a_patient_deteriorating_beside_work_with_the_dead(duty: str) -> None:
    fitted = families()["healthcare"].fitted(JOBS[0])
    for twist in (*fitted.complications, *fitted.act_complications):
        if "condition changes" in twist.text:
            assert not twist.fits(duty), (twist.text, duty)


def test_a_living_patients_duty_still_meets_the_twist() -> None:
    fitted = families()["healthcare"].fitted(JOBS[0])
    assert any(
        "condition changes" in twist.text and twist.fits("moving patients between wards")
        for twist in (*fitted.complications, *fitted.act_complications)
    )
