"""Teaching outside a school: a driving instructor teaches one learner in a car, an ESOL tutor teaches adults, a
sports coach coaches players. None of them has a class of pupils, or parents at the school gate."""

from __future__ import annotations

import pytest

from workbench.interviewer.planning.duty_split import reads_as_verb
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import JobDetails, Preferences

SCHOOL_WORDS = ("school gate", "one class", "half the class", "pupil", "in the classroom")

OUTSIDE_SCHOOL = [
    JobDetails(
        id="adi-1",
        title="Driving Instructor (ADI)",
        description=(
            "Teach learner drivers of all ages in a dual-controlled car, plan lessons around each learner's "
            "progress and prepare them for the DVSA practical test."
        ),
        requirements="Green ADI badge. Clean licence. Standards Check grade B or above.",
        skills_required=[
            "lesson planning",
            "risk management",
            "client-centred learning",
            "use of dual controls",
        ],
    ),
    JobDetails(
        id="esol-1",
        title="ESOL Tutor (Adult Community Learning)",
        description=(
            "Plan and teach ESOL classes from Entry 1 to Level 1 for adult learners, assess progress and keep "
            "individual learning plans up to date."
        ),
        requirements="Level 5 DET or equivalent, with ESOL specialism.",
        skills_required=["lesson planning", "initial assessment", "differentiation", "safeguarding"],
    ),
    JobDetails(
        id="coach-1",
        title="Football Coach",
        description="Deliver coaching sessions for players aged 8-16, plan sessions and run match days.",
        requirements="UEFA C licence, FA safeguarding course, first aid.",
        skills_required=["session planning", "player development", "safeguarding", "first aid"],
    ),
]


@pytest.mark.parametrize("job", OUTSIDE_SCHOOL, ids=lambda job: job.id)
def test_teaching_outside_a_school_is_not_asked_about_classes_pupils_and_the_school_gate(
    job: JobDetails,
) -> None:
    texts = [q.text for q in build_interview_plan(job, Preferences()).questions]
    wrong = [t for t in texts if any(word in t.lower() for word in SCHOOL_WORDS)]
    assert not wrong, wrong


def test_a_school_teacher_still_has_pupils_and_a_class() -> None:
    job = JobDetails(
        id="teacher-1",
        title="Teacher of Science",
        description="Plan and teach engaging science lessons at KS3 and KS4; mark work and track pupil progress.",
        requirements="QTS. Good behaviour management.",
        skills_required=["lesson planning", "behaviour management", "assessment for learning"],
    )
    texts = " ".join(q.text for q in build_interview_plan(job, Preferences()).questions).lower()
    assert any(word in texts for word in SCHOOL_WORDS)


def test_a_verb_followed_by_of_names_a_subject_unless_its_object_follows_of() -> None:
    assert not reads_as_verb("use", "use", "of", ["dual"])  # "use of dual controls": no duty to "use of"
    assert reads_as_verb("dispose", "dispose", "of", ["sharps"])  # "dispose of sharps safely": a duty
