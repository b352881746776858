"""The guard on protected topics and the situational questions it stops. Seen: a care home's hard-difficulty duty
"Recognise signs of depression and anxiety in residents" asked as "Could you tell me about another piece of work
you're proud of ...", labelled situational with the duty's competency and rubric (every situation of noticing
names the depression apart from the duty, which the guard read as a question about the candidate). Now what a
duty notices is the job's own words, and a question whose every situation touches a protected topic is asked as
"how do you…", and labelled and anchored so."""

from __future__ import annotations

import dataclasses

import pytest

from workbench.interviewer.guards import SAFE_FALLBACK_QUESTION, protected_topic
from workbench.interviewer.planning.jobtext import requirements
from workbench.interviewer.planning.library import Twist
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.interviewer.planning.writer import QuestionWriter
from workbench.models import Difficulty, JobDetails, Preferences

NOTICING = [
    ("Senior Carer", "Recognise signs of depression and anxiety in residents"),
    ("Youth Worker", "Spot signs of a mental health crisis in the young people you support"),
    ("Pharmacy Technician", "Identify changes in a patient's medication needs"),
]


@pytest.mark.parametrize(("title", "duty"), NOTICING)
@pytest.mark.parametrize("difficulty", list(Difficulty))
def test_a_duty_of_noticing_is_asked_about_not_replaced(
    title: str, duty: str, difficulty: Difficulty
) -> None:
    job = JobDetails(id=title, title=title, description=f"Duties:\n- {duty}\n- Keep accurate records")
    plan = build_interview_plan(job, Preferences(difficulty_level=difficulty))
    technical = [q for q in plan.questions if q.phase.value == "technical"]
    assert all(q.text != SAFE_FALLBACK_QUESTION for q in technical)
    noticing = [q for q in technical if duty.split()[-1].lower() in q.text.lower()]
    assert noticing, [q.text for q in technical]


def test_a_question_whose_every_situation_is_guarded_is_asked_how_do_you() -> None:
    job = JobDetails(
        id="barber", title="Barber", description="Duties:\n- Give beard trims and hot towel shaves"
    )
    writer = QuestionWriter(job, "personal_services", Difficulty.HARD, seed=7)
    guarded = tuple(
        Twist(text)
        for text in ("a client tells you about their religion", "a client mentions their disability")
    )
    assert all(protected_topic(t.text) for t in guarded)
    writer.family = dataclasses.replace(writer.family, complications=guarded, act_complications=guarded)
    item = next(r for r in requirements(job, []) if "beard" in r.text)
    question = writer.job_knowledge(item, "situational", 4.0, "duties")
    assert question.text != SAFE_FALLBACK_QUESTION
    assert protected_topic(question.text) is None
    assert question.form == "how_do_you"
    assert "beard trims" in question.text
    assert question.competency_id == writer.job_knowledge(item, "how_do_you", 4.0, "duties").competency_id
