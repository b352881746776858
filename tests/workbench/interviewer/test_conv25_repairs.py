"""Repairs from the twenty-fifth session's trials on jobs in no dataset (a breakfast cook, a home care worker),
each fixed at its general cause. The jobs and answers here are none of the datasets'.

- A candidate's question was answered with a line of the ad that shares only what the question asks of its
  thing, not the thing: "Are knives provided?" got "Uniform and PPE provided.", "Is parking paid?" got "Paid
  mileage at 45p a mile." (`candidate_question.generic_words` now holds such words: provided, paid, needed ...).
- A question after a greeting ("Hi, yes I'm ready. Quick question first, do I need my own car for this?") was
  taken as the answer to the opening question and left unanswered, though the ad says "own car required"
  (`candidate_question.preamble`).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.workbench.interviewer.unseen_jobs import answered
from workbench.interviewer.ad_lines import line_of_the_ad_on
from workbench.interviewer.api import NextStep
from workbench.interviewer.repair import reply_kind
from workbench.models import CandidateDetails, InterviewState, JobDetails

NOW = datetime(2026, 12, 2, 5, 0, tzinfo=UTC)


def _cook() -> JobDetails:
    return JobDetails(
        id="breakfast-cook",
        title="Breakfast Cook",
        company="The Harbour Inn",
        location="Whitby",
        description="Cook full breakfasts for up to 60 hotel guests a morning and keep the kitchen clean.\n"
        "What we offer:\n- Chef whites and safety shoes provided\n- Paid mileage at 45p a mile for the "
        "sister site\n- Meals on shift",
        requirements="Kitchen experience; Level 2 food hygiene",
        skills_required=["breakfast service", "food hygiene"],
    )


def _home_care() -> JobDetails:
    return JobDetails(
        id="home-carer",
        title="Home Care Worker",
        company="Larchfield Care at Home",
        location="Harrogate",
        description="Visit older people in their own homes to help with washing, dressing, meals and medication "
        "prompts.\nRequirements:\n- Full UK driving licence and own car required\n- Uniform provided",
        requirements="A caring nature",
        skills_required=["personal care", "medication prompts"],
    )


@pytest.mark.parametrize(
    ("question", "wrong"),
    [
        ("Are knives provided?", "Chef whites"),
        ("do we need our own knives", "Chef whites"),
        ("Is parking paid?", "mileage"),
        ("Is the food hygiene course paid for?", "mileage"),
    ],
)
def test_a_line_sharing_only_what_is_asked_of_the_thing_does_not_answer(question: str, wrong: str) -> None:
    assert wrong not in line_of_the_ad_on(question, _cook())


@pytest.mark.parametrize(
    ("question", "line"),
    [
        ("Are chef whites provided?", "Chef whites and safety shoes provided."),
        ("Is mileage paid?", "Paid mileage at 45p a mile for the sister site."),
    ],
)
def test_a_line_naming_the_thing_asked_still_answers(question: str, line: str) -> None:
    assert line_of_the_ad_on(question, _cook()) == line


def _first_reply(job: JobDetails, reply: str) -> tuple[InterviewState, NextStep]:
    state, steps = answered(
        job, CandidateDetails(id="cand-nia-holt", name="Nia Holt"), [reply], NOW, minutes=1
    )
    return state, steps[0]


def test_knives_asked_in_the_interview_are_routed_not_answered_with_the_whites() -> None:
    _, step = _first_reply(_cook(), "Are knives provided?")
    assert "Chef whites" not in step.response
    assert "hiring team at The Harbour Inn" in step.response


@pytest.mark.parametrize(
    "reply",
    [
        "Hi, yes I'm ready. Quick question first, do I need my own car for this?",
        "Morning, thanks for having me. Do I need my own car?",
        "hiya yeah im ready. do i need me own car",
    ],
)
def test_a_question_after_a_greeting_is_the_candidates_own_and_answered_from_the_ad(reply: str) -> None:
    state, step = _first_reply(_home_care(), reply)
    assert state.turns[-1].kind == "candidate_question"
    assert "own car required" in step.response


@pytest.mark.parametrize(
    "reply",
    [
        "Hi. Ready.",
        "Yes, I'm ready. I cared for my grandad for three years and I want to do it as a job because I like people.",
    ],
)
def test_a_greeting_alone_or_before_an_answer_is_no_question(reply: str) -> None:
    assert reply_kind(reply) == "answer"
