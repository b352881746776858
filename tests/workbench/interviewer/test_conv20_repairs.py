"""Conversation defects seen in the nineteenth and twentieth sessions' trials, each fixed at its general cause (jobs
and answers here are none of the datasets'):

- a bare "..." or "hmm" was taken as an answer ("Got it, thanks. Now let's talk about the work itself."): it is a
  pause, given time, and the question stands as it was asked;
- a question rephrased after it was put again stacked its leads ("Let me put it another way: picture this: I
  didn't quite catch an answer there. ..."): a recast starts from the question itself;
- "how many visits would I do in a day", "what shifts are they", "what happens next" (speech to text, no question
  mark) were taken for answers: they are the candidate's own questions;
- "is there parking at the office" was answered with a duty that names parking ("Handle enquiries about council
  tax, bins, housing and parking"): a perk is never answered by a duty's line.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.workbench.interviewer.unseen_jobs import say, started
from workbench.interviewer.conversation import bare_question, rephrase
from workbench.interviewer.repair import answer_from_job, hesitates, reply_kind
from workbench.models import CandidateDetails, InterviewState, JobDetails, Phase, Preferences, Turn

T0 = datetime(2026, 5, 11, 9, 0, tzinfo=UTC)
JOBS = {
    "plumber": JobDetails(
        id="plumber",
        title="Domestic Plumber",
        company="FlowRight Plumbing",
        location="Leeds",
        salary_range="£32,000 + van",
        description="Install and repair boilers and central heating in customers' homes, attend emergency "
        "call-outs and complete gas safety paperwork.",
        skills_required=["boiler servicing", "pipe fitting"],
    ),
    "council": JobDetails(
        id="council",
        title="Council Customer Service Adviser",
        company="Northshire County Council",
        location="Northampton",
        salary_range="£23,114 - £24,496",
        description="Be the first point of contact for residents by phone, email and face to face. Handle "
        "enquiries about council tax, bins, housing and parking, take payments, and pass complex cases to the "
        "right team.",
        skills_required=["customer service", "council tax"],
    ),
    "care": JobDetails(
        id="care",
        title="Home Care Worker",
        company="Brightside Care",
        location="Bristol",
        salary_range="£12.50 per hour",
        description="Visit older people in their homes to help with washing, dressing, meals and medication "
        "prompts. Record each visit in our app and report any concerns to the care coordinator.",
        skills_required=["personal care", "safeguarding"],
    ),
    "warehouse": JobDetails(
        id="warehouse",
        title="Warehouse Team Leader",
        company="Northline Logistics",
        location="Doncaster",
        salary_range="£29,500",
        description="Lead a shift of 20 pickers and packers, hit daily dispatch targets, keep the warehouse safe, "
        "and train new starters on the scanners and the forklift rules.",
        skills_required=["people management", "health and safety", "WMS"],
    ),
}
ROBIN = CandidateDetails(id="c", name="Robin Hale", resume_text="")
THIRTY_MINUTES = Preferences(max_duration=30)
OPENING = (
    "I have done this kind of work for six years and I want this role because I like fixing problems for people "
    "and your firm trains its staff well."
)


# --- a pause is no answer: time given, the question stands ---------------------------------------------------------
PAUSES = [
    "...",
    "hmm",
    "Hmm.",
    "um",
    "uh...",
    "erm... let me think",
    "…",
    "Mmm, good question.",
    "let me think",
]
NOT_PAUSES = [
    "",
    "no",
    "yes",
    "so I would check the pressure first",
    "um I'd isolate the supply",
    "Hmm, I'd ask",
]


@pytest.mark.parametrize("reply", PAUSES)
def test_a_pause_said_aloud_is_a_hesitation(reply: str) -> None:
    assert hesitates(reply)
    assert reply_kind(reply, question="What would you do first?") == "hesitation"


@pytest.mark.parametrize("reply", NOT_PAUSES)
def test_a_reply_with_words_or_nothing_at_all_is_no_hesitation(reply: str) -> None:
    assert not hesitates(reply)


@pytest.mark.parametrize("job_id", list(JOBS))
@pytest.mark.parametrize("pause", ["...", "hmm"])
def test_a_pause_is_given_time_and_the_question_stands(job_id: str, pause: str) -> None:
    baseline, state, now = started(JOBS[job_id], ROBIN, THIRTY_MINUTES, T0)
    state, _, now = say(baseline, state, OPENING, now, minutes=1)
    while state.turns[-1].phase == Phase.INTRODUCTION or state.turns[-1].kind == "follow_up":
        state, _, now = say(baseline, state, OPENING, now, minutes=1)
    asked = state.turns[-1]
    state, step, now = say(baseline, state, pause, now, minutes=1)
    assert state.turns[-2].answer_kind == "hesitation"
    assert state.turns[-1].question_id == asked.question_id and state.turns[-1].kind == "clarification"
    assert step.question == asked.question  # said again as it was asked, no lead before it
    assert "thank" not in step.response.lower() and "got it" not in step.response.lower()
    assert not step.response.startswith(("Understood", "I see"))
    # the second pause gets other words; the answer after it is the question's answer
    state, second, now = say(baseline, state, pause, now, minutes=1)
    assert second.response != step.response and second.question == asked.question
    state, _, now = say(
        baseline, state, "I'd check the records, tell my manager and write it up.", now, minutes=1
    )
    assert state.turns[-2].answer_kind == "answer"
    assert state.turns[-2].question_id == asked.question_id


def test_a_third_pause_is_taken_as_no_answer_and_never_thanked() -> None:
    baseline, state, now = started(JOBS["plumber"], ROBIN, THIRTY_MINUTES, T0)
    for _ in range(2):
        state, step, now = say(baseline, state, "...", now, minutes=1)
        assert state.turns[-2].answer_kind == "hesitation"
    state, step, now = say(baseline, state, "...", now, minutes=1)
    assert state.turns[-2].answer_kind == "answer"
    assert "thank" not in step.response.lower() and "got it" not in step.response.lower()


# --- a question rephrased once more: one lead, never stacked -----------------------------------------------------
def _state_with(question: str, kind: str = "follow_up") -> InterviewState:
    _, state, _ = started(JOBS["plumber"], ROBIN, THIRTY_MINUTES, T0)
    last = state.turns[-1]
    turn = Turn(
        index=1,
        phase=Phase.TECHNICAL,
        kind=kind,  # type: ignore[arg-type]
        question=question,
        question_id=last.question_id,
        competency_id=last.competency_id,
        asked_at=T0,
    )
    return state.model_copy(update={"turns": [last.model_copy(update={"answer": "hmm x"}), turn]})


STACKED = [
    "I didn't quite catch an answer there. Tell me more about \u201cInstalled 200+ combi boilers\u201d: what did "
    "you do there yourself?",
    "Could you say a little more? Let me put it differently. The situation is this: a customer's boiler fails "
    "on a Friday night. What would be your very first step, and what would you do after that?",
    "I didn't quite catch an answer there. Let me put it another way: it has two parts. First, which part of "
    "your experience comes closest to this role? And second, what did you do there?",
]
LEADS = (
    "let me put it",
    "in other words",
    "put simply",
    "picture this",
    "the situation is this",
    "didn't quite",
)


@pytest.mark.parametrize("question", STACKED)
@pytest.mark.parametrize("attempt", [0, 1])
def test_a_rephrasing_says_one_lead(question: str, attempt: int) -> None:
    said = rephrase(_state_with(question), attempt).lower()
    assert sum(said.count(lead) for lead in LEADS) <= 1, said
    assert "could you say a little more" not in said


def test_a_question_put_again_loses_every_lead_it_was_said_with() -> None:
    assert bare_question(STACKED[1]) == (
        "a customer's boiler fails on a Friday night. What would be your very first step, and what would you do "
        "after that?"
    )
    assert bare_question("How do you bleed a radiator?") == "How do you bleed a radiator?"


# --- a spoken question about the job is the candidate's own question --------------------------------------------
@pytest.mark.parametrize(
    "reply",
    [
        "how many visits would I do in a day",
        "what shifts are they",
        "what happens next",
        "um what happens after this",
        "which days would I work",
    ],
)
def test_a_spoken_question_without_its_mark_is_a_question(reply: str) -> None:
    assert (
        reply_kind(reply, question="Tell me about a time you noticed a safety risk.") == "candidate_question"
    )


@pytest.mark.parametrize(
    "reply",
    [
        "what I do first is check the fridge",
        "so what I would do is call my manager",
        "what would I do first i would isolate the supply",
        "do I clean the tools myself after each job i always do",
    ],
)
def test_an_answer_in_question_word_order_is_still_an_answer(reply: str) -> None:
    assert reply_kind(reply, question="What would you do if the supply fails?") == "answer"


def test_the_care_workers_question_is_answered_and_the_question_stands() -> None:
    baseline, state, now = started(JOBS["care"], ROBIN, THIRTY_MINUTES, T0)
    state, _, now = say(baseline, state, OPENING, now, minutes=1)
    asked = state.turns[-1]
    state, step, _ = say(baseline, state, "how many visits would I do in a day", now, minutes=1)
    assert state.turns[-2].answer_kind == "candidate_question"
    assert state.turns[-1].question_id == asked.question_id
    assert "hiring team" in step.response and step.question.startswith("Coming back to my question:")


# --- a perk is not answered by a duty that names it ------------------------------------------------------------
@pytest.mark.parametrize("question", ["is there parking at the office", "Is there staff parking?"])
def test_parking_is_not_answered_with_a_duty_on_parking(question: str) -> None:
    said = answer_from_job(question, JOBS["council"])
    assert "enquiries" not in said and "hiring team" in said


def test_a_perk_the_ad_offers_is_still_said() -> None:
    job = JOBS["council"].model_copy(
        update={"description": JOBS["council"].description + " Free parking at County Hall."}
    )
    assert "Free parking at County Hall" in answer_from_job("is there parking at the office", job)


def test_coming_back_to_a_scene_says_one_lead() -> None:
    """ "Coming back to my question: picture this: you are ..." stacked two leads; without its own lead the scene read
    oddly ("Coming back to my question: figures you pulled ... look wrong", conv27b): the lead-in is a sentence of its
    own, and the scene is said again whole."""
    baseline, state, now = started(JOBS["warehouse"], ROBIN, THIRTY_MINUTES, T0)
    answer = "I isolate the supply, drain down, replace the part, test for leaks and fill in the job sheet."
    while not state.turns[-1].question.startswith("Picture this:"):
        assert state.turns[-1].phase != Phase.CONCLUSION, "no scene question in the plan"
        state, _, now = say(baseline, state, answer, now, minutes=1)
    scene = state.turns[-1].question
    state, step, _ = say(baseline, state, "what shifts are they", now, minutes=1)
    assert step.question == f"Coming back to my question. {scene}"
    assert "question: picture this" not in step.question.lower()


# --- a request to clarify as speech to text writes it -----------------------------------------------------------
@pytest.mark.parametrize("reply", ["sorry whats HACCP mean here", "whats the allergen matrix mean"])
def test_a_meaning_asked_without_its_apostrophe_is_a_clarification(reply: str) -> None:
    question = (
        "Imagine a guest asks about HACCP and the allergen matrix. What would you do, and in what order?"
    )
    assert reply_kind(reply, question=question) == "clarification_request"
