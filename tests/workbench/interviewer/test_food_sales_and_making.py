"""Kitchens and food production, animals and land, media and language, sales and property, and making things:
jobs pasted as hiring managers write them, and candidates as they come out of speech-to-text (no question marks,
fillers), in clear non-native English, terse, or fluent and off the question. The ads and answers are written for
these tests: none is in the datasets."""

from __future__ import annotations

from datetime import timedelta

from tests.workbench.interviewer.interview_helpers import T0
from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.repair import answer_from_job, reply_kind
from workbench.interviewer.unsafe_practice import states_unsafe_practice
from workbench.models import CandidateDetails, JobDetails, Preferences

NEGOTIATOR = JobDetails(
    id="uxd-test-estate",
    title="Sales Negotiator",
    company="Hamlet & Hale",
    location="Reading",
    salary_range="£22,000 basic + commission (OTE £35,000)",
    description=(
        "Book and carry out viewings, register buyers, negotiate offers and progress sales to completion. "
        "Saturday working on a rota."
    ),
)
FABRICATOR = JobDetails(
    id="uxd-test-fab",
    title="Fabricator Welder",
    company="Northern Steelwork",
    salary_range="£16 - £18 per hour",
    description="MIG welding of mild steel frames in the workshop.",
)
BAKER = JobDetails(
    id="uxd-test-bake",
    title="Baker",
    company="Crumb & Co",
    description="Craft bakery, 4am starts, Tuesday to Saturday. Mixing, shaping and baking sourdough.",
)


def test_a_question_without_its_question_mark_is_the_candidates_own_question() -> None:
    # speech-to-text writes no question marks
    for asked in (
        "is there parking at the restaurant",
        "um what are the hours like",
        "sorry what's the pay like",
        "is it commission only",
        "do I need to work weekends",
    ):
        assert reply_kind(asked, question="How do you cool a stock safely?") == "candidate_question", asked
    for answer in (
        "what I do first is check the fridge temps and write them in the log",
        "is there a risk of cross contamination, that's what I look for first",
        "how many covers we did was about 300 on a Saturday",
        "so do I check it, yes always, then the labels go on",
    ):
        assert reply_kind(answer, question="How do you cool a stock safely?") == "answer", answer
    assert reply_kind("what are the next steps", at_closing=True) == "candidate_question"
    assert reply_kind("no that's all thanks", at_closing=True) == "answer"


def test_a_question_on_the_pay_basis_is_answered_from_the_advertised_pay() -> None:
    said = answer_from_job("Is it commission only?", NEGOTIATOR)
    assert "£22,000 basic + commission (OTE £35,000)" in said, said
    said = answer_from_job("Is it commission only or is it hourly?", FABRICATOR)
    assert "£16 - £18 per hour" in said, said


def test_a_question_on_when_the_work_is_done_is_answered_by_the_ads_line_on_it() -> None:
    said = answer_from_job("What are the hours and do I need to work Saturdays?", NEGOTIATOR)
    assert "Saturday working on a rota." in said and "hiring team at Hamlet & Hale" in said, said
    said = answer_from_job("what time do I start", BAKER)
    assert "4am starts" in said, said
    # nothing in the ad on it: routed, and no unrelated line quoted
    said = answer_from_job("What are the hours like?", FABRICATOR)
    assert "don't have that information" in said and "MIG" not in said, said


def test_unsafe_practice_of_kitchens_workshops_warehouses_newsrooms_and_sales_is_caught() -> None:
    for unsafe in (
        "honestly we just leave it on the bench overnight to cool down and put it in the fridge in the morning",
        "I don't bother with the fume extraction for short welds, I just crack the door open.",
        "When we need a box off the top shelf we put my colleague on the forks on a pallet and lift him.",
        "I'd probably just run it and check the facts after, you can always update the story.",
        "I tell the buyer there are other offers so they bid quickly, even if there aren't any really.",
        "I let a colleague sign off my work when I'm busy.",
    ):
        assert states_unsafe_practice(unsafe), unsafe
    for safe in (
        "We never leave stock out overnight to cool, it goes in the blast chiller.",
        "A colleague left the stock on the bench overnight and I reported it.",
        "I never let anyone ride on the forks.",
        "I publish it and then check the analytics after a week.",
        "Even if it's not my job I help out.",
        "Even though they weren't really happy we agreed a new date.",
    ):
        assert not states_unsafe_practice(safe), safe


def test_a_spoken_question_mid_interview_is_answered_and_the_question_stands() -> None:
    baseline = BaselineInterviewer()
    candidate = CandidateDetails(id="c-uxd", name="Priya Shah")
    state = baseline.start(NEGOTIATOR, candidate, "", Preferences(), T0)
    asked = state.turns[-1].question
    state, step = baseline.answer(state, "um do I need to work Saturdays", T0 + timedelta(minutes=1))
    assert state.turns[-1].kind == "candidate_question", step
    assert "Saturday working on a rota." in step.response and asked.lower()[:40] in step.question.lower()
