"""Candidates' questions on what a day of the job holds, asked of a phlebotomist ad written for these tests (in no
dataset): the description answers a "normal day" asked alone or beside another question, and a count per shift is
no question on the working hours."""

from __future__ import annotations

from workbench.interviewer.repair import answer_from_job
from workbench.interviewer.signals import comfort_of, read_signals
from workbench.models import Comfort, JobDetails

PHLEBOTOMIST = JobDetails(
    id="ux15-test-phlebotomist",
    title="Phlebotomist",
    company="Quest Diagnostics",
    salary_range="$18.50 - $22.00/hr",
    description=(
        "Perform venipuncture and capillary collections on patients of all ages. Verify patient identity using "
        "two identifiers before every draw."
    ),
)


def test_a_normal_day_is_answered_from_the_description() -> None:
    reply = answer_from_job("What does a normal day look like?", PHLEBOTOMIST)
    assert "venipuncture" in reply, reply


def test_a_typical_day_asked_with_the_next_steps_answers_both_in_order() -> None:
    reply = answer_from_job("What's a typical day and when would I hear back?", PHLEBOTOMIST)
    assert "venipuncture" in reply and "next steps" in reply, reply
    assert reply.index("venipuncture") < reply.index("next steps"), reply
    assert "details of the role" not in reply, reply


def test_a_count_per_shift_is_no_question_on_the_hours() -> None:
    reply = answer_from_job(
        "What does a normal day look like and how many patients do you see per shift? And when would I hear back?",
        PHLEBOTOMIST,
    )
    assert "working hours" not in reply, reply
    assert "venipuncture" in reply, reply


def test_the_role_named_only_as_a_word_beside_the_pay_is_the_pay() -> None:
    reply = answer_from_job("What is the salary for this role?", PHLEBOTOMIST)
    assert reply == "The advertised salary range for this role is $18.50 - $22.00/hr.", reply


def test_a_patient_who_was_nervous_in_the_story_is_no_nerves_of_the_candidate() -> None:
    story = (
        "Last month I had an older man whose veins were hard to find; he had been stuck twice at another place "
        "and was nervous. I talked him through it, warmed his arm and got it first try."
    )
    assert read_signals(story).nerves == 0
    assert comfort_of(read_signals(story)) != Comfort.NERVOUS
    assert read_signals("Sorry, I am a bit nervous, but I worked two years as a tech.").nerves == 1


def test_the_shift_pattern_asked_beside_overtime_is_no_question_on_the_role() -> None:
    job = PHLEBOTOMIST.model_copy(update={"description": "Works 12-hour rotating shifts including nights."})
    reply = answer_from_job("What's the shift pattern and is there overtime?", job)
    assert "From the job description" not in reply, reply
    assert "12-hour rotating shifts" in reply, reply
