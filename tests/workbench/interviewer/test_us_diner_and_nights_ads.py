"""A US diner's line-cook ad and a nursing home's night CNA ad as posted (written for these tests, in no
dataset), with the candidates a new user played: the ad's experience and standing conditions are no job
knowledge, a pay question is answered once, tips are pay, a measuring step skipped or a record filled with
what is usual is unsafe practice, and a term asked "exactly here" is the term alone."""

from __future__ import annotations

import pytest

from workbench.interviewer.planning.planner import build_interview_plan
from workbench.interviewer.repair import answer_from_job, term_not_in_question
from workbench.interviewer.unsafe_practice import unsafe_sentence
from workbench.models import JobDetails, Preferences

LINE_COOK = JobDetails(
    id="lead-test-line-cook",
    title="Line Cook",
    company="Rusty Spoon Diner",
    salary_range="$16-19/hr + tips share",
    description=(
        "Busy diner looking for a line cook for grill and fry stations. Prep, cook to ticket times, keep station "
        "clean, follow food safety (temps, FIFO, allergen procedures). Weekends required."
    ),
    requirements="1+ yr line experience. Food handler card. Able to stand 8+ hrs.",
)
CNA = JobDetails(
    id="lead-test-cna-nights",
    title="Certified Nursing Assistant (CNA) - Nights",
    company="Maple Grove Rehabilitation & Nursing Center",
    salary_range="$18.50 - $21.00/hr + shift differential",
    description="<ul><li>Provide direct resident care including ADLs</li><li>Take and record vital signs</li></ul>",
)


def test_a_year_of_the_job_s_own_experience_and_hours_on_one_s_feet_are_no_job_knowledge() -> None:
    names = [c.name.lower() for c in build_interview_plan(LINE_COOK, Preferences()).competencies]
    assert "line" not in names, names
    assert not any("stand" in name or "hrs" in name for name in names), names


def test_the_pay_asked_with_the_shifts_is_said_once() -> None:
    said = answer_from_job("What's the shift differential and when would I start?", CNA)
    assert said.count("$18.50 - $21.00/hr + shift differential") == 1, said


def test_tips_are_asked_about_pay_and_standing_hours_are_no_schedule() -> None:
    said = answer_from_job("Is there a tip share for back of house and how many hours a week?", LINE_COOK)
    assert "$16-19/hr + tips share" in said and "Weekends required" in said, said
    assert "stand" not in said, said


@pytest.mark.parametrize(
    ("answer", "unsafe"),
    [
        (
            "Chicken I cook till it looks done, I don't really bother with the thermometer, you can tell by the color.",
            True,
        ),
        ("We don't bother probing the burgers, they're thin.", True),
        (
            "We don't really bother with the torque wrench on the wheel nuts, you can feel when they're tight.",
            True,
        ),
        ("If the walk-in is at 45 it's fine for a few hours.", True),
        ("The fridge was at 9 but it's okay for a day.", True),
        (
            "I chart everything at the end of the shift, I just put what's usual for them if I forgot to write it down.",
            True,
        ),
        ("If I missed the obs I fill in the normal readings.", True),
        ("I always use the thermometer and probe the thickest part, it has to reach 165.", False),
        ("If the walk-in is at 45 I move everything to the reach-in and call the manager.", False),
        ("The fridge is at 3 degrees, that's fine.", False),
        ("I put what the resident ate on the intake chart.", False),
        ("I put the usual safety checks first, then the job.", False),
        ("I don't really bother with gossip on the hall.", False),
    ],
)
def test_a_measurement_skipped_or_a_record_filled_with_the_usual_is_unsafe(answer: str, unsafe: bool) -> None:
    assert (unsafe_sentence(answer) is not None) is unsafe


def test_a_term_asked_exactly_here_is_the_term_alone() -> None:
    asked = "Sorry, what do you mean by ADLs exactly here?"
    assert term_not_in_question(asked, "Walk me through your approach to ADLs on a shift") is None
    assert term_not_in_question(asked, "Tell me about a time you helped a colleague") == "ADLs"
