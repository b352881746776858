"""Hair, beauty and fitness jobs given by their title alone: a client's service, not a classroom or a ward, and
no duties of another occupation that merely shares a word with the title."""

from __future__ import annotations

import pytest

from workbench.interviewer.planning.duties import duty_requirements
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import JobDetails, Preferences

CLASSROOM_OR_WARD = ("classroom", "pupil", "school gate", "patient", "medication", "on a shift")


@pytest.mark.parametrize(
    "title", ["Hairdresser", "Beauty Therapist", "Fitness Instructor", "Swimming Teacher"]
)
def test_a_personal_service_is_planned_as_one(title: str) -> None:
    plan = build_interview_plan(JobDetails(id=f"t-{title}", title=title), Preferences())
    questions = " ".join(q.text for q in plan.questions).lower()
    assert plan.family == "personal_services", title
    assert not [w for w in CLASSROOM_OR_WARD if w in questions], questions


def test_a_match_that_names_another_role_lends_no_duties() -> None:
    plan = build_interview_plan(JobDetails(id="t-beauty", title="Beauty Therapist"), Preferences())
    assert plan.occupation is None or "teacher" not in plan.occupation.label
    assert "students" not in " ".join(q.text for q in plan.questions)


def test_an_esco_duty_has_no_dangling_word_or_pronoun_without_its_noun() -> None:
    duties = [
        d.text
        for d in duty_requirements(
            "Estate agents investigate the property's condition and assess its value. They assist students in.",
            "estate agent",
        )
    ]
    assert "assess the value" in duties, duties
    assert not any(d.endswith((" in", " and", " its", " their")) for d in duties), duties


def test_an_esco_their_is_not_turned_into_the_candidates_own() -> None:
    duties = [
        d.text
        for d in duty_requirements(
            "Primary school teachers instruct students. They evaluate their knowledge and skills through tests.",
            "primary school teacher",
        )
    ]
    assert any(d.startswith("evaluate the knowledge") for d in duties), duties
    assert not any("your knowledge" in d for d in duties), duties


def test_physical_conditions_and_lettered_cards_are_not_knowledge_and_no_question_falls_back() -> None:
    """Cabin crew "Able to swim 25m; height 157-188cm" and a lifeguard's "NPLQ" are conditions of the job; a
    situation that reads as a protected topic ("a client mentions a medical condition") is swapped for another
    of the family's, not for the guard's generic fallback."""
    from workbench.interviewer.guards import SAFE_FALLBACK_QUESTION
    from workbench.interviewer.planning.planner import build_interview_plan
    from workbench.models import JobDetails, Preferences

    crew = JobDetails(
        id="crew",
        title="Cabin Crew",
        description="Carry out pre-flight safety checks, give safety demonstrations and serve food and drink.",
        requirements="Able to swim 25m; height 157-188cm; customer service experience",
    )
    names = " | ".join(c.name.lower() for c in build_interview_plan(crew, Preferences()).competencies)
    assert "swim" not in names and "height" not in names and "safety demonstrations" in names
    guard = JobDetails(
        id="guard",
        title="Lifeguard",
        description="Supervise the pool from the poolside and the high chair, enforce pool rules, perform "
        "rescues and give first aid, and carry out water quality tests every two hours.",
        requirements="NPLQ",
    )
    plan = build_interview_plan(guard, Preferences())
    assert "nplq" not in " ".join(c.id for c in plan.competencies)
    assert all(q.text != SAFE_FALLBACK_QUESTION for q in plan.questions)
