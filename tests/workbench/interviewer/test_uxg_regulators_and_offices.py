"""A council's Environmental Health Officer (Food Safety), an executive assistant and a charity's volunteer
coordinator, tried as a new user would: the food regulator is not asked a restaurant's supplier failing on a
busy night; "no point taking it further" after a breach found, and a confidential matter "just" told to whoever
asks, are flagged; "what's safeguarding mean exactly?" is a clarification, not a question about the job."""

from __future__ import annotations

import pytest

from workbench.interviewer.planning.planner import build_interview_plan
from workbench.interviewer.repair import reply_kind
from workbench.interviewer.unsafe_practice import unsafe_sentence
from workbench.models import JobDetails, Preferences

EHO = JobDetails(
    id="job-eho",
    title="Environmental Health Officer (Food Safety)",
    company="Westshire District Council",
    description=(
        "Key responsibilities:\n"
        "1. Carry out programmed food hygiene inspections of food businesses in line with the Food Law Code of"
        " Practice\n"
        "2. Investigate food complaints, food poisoning outbreaks and infectious disease notifications\n"
        "3. Take enforcement action including hygiene improvement notices and prosecutions where necessary"
    ),
    requirements="Degree in Environmental Health (EHRB registered).",
)


def test_a_food_regulator_is_public_service_not_a_restaurant() -> None:
    plan = build_interview_plan(EHO, Preferences())
    assert plan.family == "public_service"
    texts = " ".join(question.text for question in plan.questions).lower()
    assert "supplier" not in texts and "busy night" not in texts and "guest" not in texts


@pytest.mark.parametrize("title", ["Food Safety Inspector", "Trading Standards Officer (Food)"])
def test_other_food_regulators_are_public_service(title: str) -> None:
    job = JobDetails(id="job-x", title=title, description="Carry out food hygiene inspections and audits.")
    assert build_interview_plan(job, Preferences()).family == "public_service"


@pytest.mark.parametrize("title", ["Food and Beverage Manager", "Food Safety Supervisor"])
def test_a_restaurants_food_roles_stay_hospitality(title: str) -> None:
    job = JobDetails(
        id="job-y", title=title, description="Run the restaurant floor and keep food safety records."
    )
    assert build_interview_plan(job, Preferences()).family == "hospitality"


UNSAFE = [
    "If a takeaway had mouse droppings everywhere I'd let them off with a verbal warning if the owner was friendly,"
    " no point taking it further.",
    "If someone from the board asks me what the CEO said in a confidential meeting I'd just tell them, they're"
    " senior so it's fine.",
    "If a director asks for a confidential file I'd just forward it to them.",
]
CAREFUL = [
    "If someone asks for confidential information I wouldn't just tell them, I'd check with the CEO first.",
    "Confidential board papers I send by encrypted email only to the board members on the list.",
    "There was no point taking it further once they had fixed the issue and we had checked it on revisit.",
]


@pytest.mark.parametrize("answer", UNSAFE)
def test_a_breach_let_go_and_a_confidence_passed_on_are_unsafe(answer: str) -> None:
    assert unsafe_sentence(answer) is not None


@pytest.mark.parametrize("answer", CAREFUL)
def test_their_careful_versions_are_not_flagged(answer: str) -> None:
    assert unsafe_sentence(answer) is None


@pytest.mark.parametrize(
    "reply", ["Sorry, what's safeguarding mean exactly?", "what’s a DBS mean?", "What's RIDDOR mean here?"]
)
def test_whats_a_term_mean_is_a_clarification(reply: str) -> None:
    assert (
        reply_kind(reply, question="What would you do first, and who would you tell?")
        == "clarification_request"
    )
