"""Naming the subject of a question does not cover the rubric's "correct practice in {subject}" point.

Every job-knowledge question of a plan lists "correct practice in {subject}" first among its look-for points. An
answer covered it by saying the subject's words: the weak candidates who open with "Valve operation is central to
network management" or "Identification is critical" earned look-for coverage (a fixed weight of 1.5 points for
all of it) for the competency's name; in train and dev 25 answers covered that point, 21 of them labelled 1-2. A
point is covered by its words that are neither the competency's name nor that frame (`evidence.point_content`);
the other points (checks, escalation, records) are covered as before.

The jobs (a bee farmer, an ambulance care assistant, a sign language interpreter) and the answers are written for
these tests: none is in the labelled datasets or the unseen-job sets.
"""

from __future__ import annotations

import pytest

from workbench.interviewer.evidence import sift, topic_of
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.interviewer.rubric_score import rubric_features
from workbench.models import Competency, JobDetails, PlannedQuestion, Preferences

JOBS = {
    "bees": JobDetails(
        id="practice-point-bee-farmer",
        title="Bee Farmer",
        company="Heather Hill Honey",
        description="Look after 300 colonies across moorland and orchard sites: inspections, swarm control, "
        "disease checks and honey extraction to food-safety standards.",
        requirements="Colony inspections; Swarm control; Bee disease recognition; Honey extraction hygiene",
        skills_required=["colony inspection", "bee health"],
    ),
    "ambulance": JobDetails(
        id="practice-point-ambulance-care",
        title="Ambulance Care Assistant",
        company="County Patient Transport",
        description="Take patients to and from hospital appointments, help them on and off the vehicle safely, "
        "and check the vehicle and equipment at the start of every shift.",
        requirements="Safe moving and handling; Vehicle and equipment checks; Patient care and dignity",
        skills_required=["moving and handling", "vehicle checks"],
    ),
    "interpreter": JobDetails(
        id="practice-point-interpreter",
        title="Sign Language Interpreter",
        company="Northgate Communication Support",
        description="Interpret between British Sign Language and spoken English at medical appointments, "
        "college lectures and meetings, and keep to the interpreters' code of conduct.",
        requirements="BSL/English interpreting; Confidentiality and professional conduct; Booking preparation",
        skills_required=["BSL interpreting", "confidentiality"],
    ),
}

# (job, the subject the question names, an answer that names it and says nothing of how it is done right)
NAMED_ONLY = (
    (
        "bees",
        "swarm control",
        "Swarm control is a huge part of bee farming, it's where a season is won or lost.",
    ),
    ("bees", "colony inspection", "Colony inspection is something I love, I've been keeping bees for years."),
    ("ambulance", "moving and handling", "Moving and handling is so important in this job, it really is."),
    (
        "ambulance",
        "vehicle checks",
        "Vehicle checks are a big part of the role, the regulator is very hot on them.",
    ),
    (
        "interpreter",
        "confidentiality",
        "Confidentiality is at the heart of interpreting, everyone knows that.",
    ),
)
# (job, subject, an answer that covers one of the rubric's other points in its own words)
OTHER_POINT_MET = (
    (
        "ambulance",
        "moving and handling",
        "I check the chair brakes and the straps, and I record it accurately in "
        "the documentation on the job sheet.",
    ),
    (
        "bees",
        "colony inspection",
        "I'd record and report what I did to the inspector and write it in the hive records the same day.",
    ),
)


def _question(key: str, subject: str) -> tuple[PlannedQuestion, Competency | None]:
    plan = build_interview_plan(JOBS[key], Preferences())
    competencies = {c.id: c for c in plan.competencies}
    question = next(
        q
        for q in plan.questions
        if q.rubric.look_for and q.rubric.look_for[0] == f"correct practice in {subject}"
    )
    return question, competencies.get(question.competency_id)


def _look_for(key: str, subject: str, answer: str) -> float:
    question, competency = _question(key, subject)
    evidence = sift(answer)
    return rubric_features(evidence.text, topic_of(question, competency), question, evidence).values[
        "look_for"
    ]


@pytest.mark.parametrize(("key", "subject", "answer"), NAMED_ONLY)
def test_naming_the_subject_covers_no_look_for_point(key: str, subject: str, answer: str) -> None:
    assert _look_for(key, subject, answer) == 0.0


@pytest.mark.parametrize(("key", "subject", "answer"), OTHER_POINT_MET)
def test_the_rubric_s_other_points_are_still_covered(key: str, subject: str, answer: str) -> None:
    assert _look_for(key, subject, answer) > 0.0
