"""A per-sentence penalty reads its words in their sentence: "at the end of the day" is puffery as the cliché,
not as the time of day ("logged at the start, not at the end of the day").

Jobs and answers are written for these tests (a school cook, a shop keyholder, a swimming pool lifeguard, a deli
assistant, a care home kitchen): none comes from the labelled datasets.
"""

from __future__ import annotations

import json

import pytest

from tests.workbench.interviewer.unseen_jobs import job_knowledge, technical_question
from workbench.interviewer.rubric_score import judge
from workbench.interviewer.specificity import TERMS_PATH, read_specificity

ANCHORS = (
    "Names nothing the work checks, or waves the problem away.",
    "Deals with it in general terms.",
    "Names the checks, who is told and what is recorded.",
)


@pytest.mark.parametrize(
    "literal",
    [
        "The fridge log is checked at the start, not at the end of the day.",
        "We count the float and lock the safe at the end of the day.",
        "At the end of the day I sign the pool test sheet and hand over to the night team.",
        "I clean the slicer straight after use rather than at the end of the day.",
        "Temperatures go in the book at the start of the day and again at the end of the day.",
    ],
)
def test_the_end_of_the_day_as_a_time_is_not_puffery(literal: str) -> None:
    assert read_specificity(literal, "When do you check it?").puffery == 0


@pytest.mark.parametrize(
    "cliche",
    [
        "At the end of the day it's all about the customer.",
        "But at the end of the day, they're adults and it's their choice.",
        "I'd ring them, but at the end of the day it's their money.",
        "It's a team effort at the end of the day.",
    ],
)
def test_the_end_of_the_day_as_a_cliche_stays_puffery(cliche: str) -> None:
    assert read_specificity(cliche, "What matters most?").puffery == 1


def test_a_time_idiom_is_taken_off_only_what_the_puffery_counted() -> None:
    terms = json.loads(TERMS_PATH.read_text(encoding="utf-8"))
    assert set(terms["time_idioms"]["phrases"]) <= set(terms["puffery"])
    # "the end of the day's takings" is no puffery phrase (its boundary is not a word's end): nothing to take off
    assert read_specificity("Not at the end of the day's count, at the start.", "When?").puffery == 0


def test_a_strong_short_answer_is_not_marked_down_for_the_time_of_day() -> None:
    kitchen = job_knowledge("food safety", "probe thermometer", "fridge log", source="requirements")
    question = technical_question(
        kitchen.id,
        "How do you keep the walk-in fridge safe through the day?",
        *ANCHORS,
        question_id="q-walk-in",
    )
    literal = (
        "I probe the walk-in and write it in the fridge log at the start of service, not at the end of the day, "
        "so a fault at 8 a.m. is found before lunch. Above 5 degrees I move the stock to the reach-ins."
    )
    plain = literal.replace(", not at the end of the day,", "")
    judged, without = judge(literal, question, kitchen), judge(plain, question, kitchen)
    assert judged.features is not None and judged.features.values["puffery"] == 0.0
    assert judged.score == without.score
