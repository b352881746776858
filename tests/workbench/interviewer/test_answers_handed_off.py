"""Checks left to someone else were read as answers: to "what would you do?", "the supervisor checks that",
"that's the pharmacist's job, not mine" and "I'd just tell the nurse" were scored 2 on their few words. None says
what the candidate does: an answer of such sentences alone (`handed_off.hands_off`) is no evidence for the
competency. Escalation with the candidate's own first acts ("I'd stop, make it safe, then report to my
supervisor") is their part and stays credited."""

from __future__ import annotations

import pytest

from tests.workbench.interviewer.unseen_jobs import CARE_ASSISTANT
from workbench.interviewer.handed_off import hands_off
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.interviewer.rubric_score import HANDED_TO_OTHERS, judge
from workbench.interviewer.unsafe_practice import unsafe_sentence
from workbench.models import JobDetails, Preferences

JOBS = {
    "scaffolder": JobDetails(
        id="scaffolder",
        title="Scaffolder",
        description="Erect, alter and dismantle tube and fitting scaffolds on construction sites; inspect scaffolds.",
        skills_required=["scaffold inspection", "working at height"],
    ),
    "pharmacy": JobDetails(
        id="pharmacy",
        title="Pharmacy Technician",
        description="Dispense prescriptions accurately, check stock and controlled drugs, advise patients.",
        skills_required=["dispensing", "controlled drugs"],
    ),
    "carer": CARE_ASSISTANT,
    "farm": JobDetails(
        id="farm",
        title="Dairy Herdsperson",
        description="Milk the herd, check cows for mastitis and lameness, keep milk hygiene and records.",
        skills_required=["milking", "herd health"],
    ),
}
HANDED = [
    ("scaffolder", "The supervisor checks that."),
    ("scaffolder", "Honestly the site manager does all that."),
    ("pharmacy", "That's the pharmacist's job, not mine."),
    ("carer", "I'd just tell the nurse."),
    ("carer", "If her sugar was low I'd just tell the nurse in charge."),
    ("farm", "The dairy tests the tank, they'd pick it up."),
    ("farm", "I'd leave the feet to the trimmer."),
]
OWN_PART = [
    ("scaffolder", "I'd stop, make it safe, then report to my supervisor."),
    ("scaffolder", "I'd tape off the lift, put a do-not-use tag on it and then tell the supervisor."),
    (
        "pharmacy",
        "I'd quarantine the stock, check the balance against the register and then tell the pharmacist.",
    ),
    ("carer", "I'd check her blood sugar, give her a sugary drink and then tell the nurse."),
    (
        "farm",
        "I'd strip the quarter, do a CMT test and keep her milk out of the tank, then tell the herd manager.",
    ),
]


def _technical(job_id: str) -> tuple:  # type: ignore[type-arg]
    plan = build_interview_plan(JOBS[job_id], Preferences())
    question = next(q for q in plan.questions if q.phase.value == "technical" and q.kind != "resume_probe")
    competency = next(c for c in plan.competencies if c.id == question.competency_id)
    return question, competency


@pytest.mark.parametrize(("job_id", "answer"), HANDED)
def test_a_check_left_to_someone_else_is_not_evidence(job_id: str, answer: str) -> None:
    assert hands_off(answer)
    question, competency = _technical(job_id)
    judged = judge(answer, question, competency, addressed=True)
    if unsafe_sentence(answer) is None:
        assert judged.score is None and judged.reason == HANDED_TO_OTHERS
    else:  # "not mine" said of a duty is a red flag: evidence against the competency, never for it
        assert judged.red_flags and judged.score == 1


@pytest.mark.parametrize(("job_id", "answer"), OWN_PART)
def test_escalation_with_the_candidates_own_acts_stays_evidence(job_id: str, answer: str) -> None:
    assert not hands_off(answer)
    question, competency = _technical(job_id)
    assert judge(answer, question, competency, addressed=True).score is not None
