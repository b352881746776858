"""A cocktail bar's bartender (ad written for this test, in no dataset), answered through speech-to-text (no
apostrophes, no capitals): unsafe practice said that way is flagged as it is when written; serving on to someone
who has had a few too many is unsafe; a situation said again for a candidate who asked keeps the work it is about."""

from __future__ import annotations

import pytest

from workbench.interviewer.planning.planner import build_interview_plan
from workbench.interviewer.unsafe_practice import unsafe_sentence
from workbench.models import JobDetails, Preferences

BARTENDER = JobDetails(
    id="lead-test-bartender",
    title="Bartender",
    company="Velvet Room",
    description=(
        "Cocktail bar in Soho. Make classic and signature cocktails, serve beer and wine, run a tab, check ID "
        "(Challenge 25), keep the bar stocked and clean, cash up at close."
    ),
)


@pytest.mark.parametrize(
    ("answer", "unsafe"),
    [
        ("if they look over 25 i dont bother asking for id to be honest, it slows the queue down", True),
        ("if someones had a few too many but theyre a regular i just keep serving them its not my job", True),
        ("i never serve anyone whos had a few too many, i stop serving and get them water", False),
        ("if someone has had a few too many i stop serving them and offer water", False),
        ("i dont skip the id check even when its busy", False),
    ],
)
def test_unsafe_practice_said_through_speech_to_text(answer: str, unsafe: bool) -> None:
    assert (unsafe_sentence(answer) is not None) is unsafe


def test_a_situation_said_again_keeps_the_work_it_is_about() -> None:
    plan = build_interview_plan(BARTENDER, Preferences())
    situational = [q for q in plan.questions if q.form == "situational"]
    assert situational
    for question in situational:
        competency = next(c for c in plan.competencies if c.id == question.competency_id)
        for rephrasing in question.rephrasings:
            assert any(term in rephrasing.lower() for term in competency.terms), (
                competency.terms,
                rephrasing,
            )
