"""Conversation defects seen in the seventeenth session's trials, each fixed at its general cause:

- a candidate correcting themselves ("Sorry, that was off the point.") was read as nerves ("take your time");
- an either/or request to clarify ("do you mean X or Y?") got a generic rephrasing, or was not seen at all ("like
  with the animals or with the visitors?" was scored as an answer), instead of an answer to the choice;
- a check handed to someone else ("that's the pharmacist's job") got the generic risk probe, not "what would you
  do yourself?";
- a bare one-word answer ("Dogs.") was thanked ("Thanks for that."), and not probed after a follow-up.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from tests.workbench.interviewer.unseen_jobs import CARE_ASSISTANT, at_first_question
from workbench.interviewer.api import NextStep
from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.choice import options_offered
from workbench.interviewer.phrasing import reassures
from workbench.interviewer.probing import ProbeContext, own_part_probes
from workbench.interviewer.repair import reply_kind
from workbench.interviewer.signals import comfort_of, read_signals
from workbench.models import Comfort, InterviewState, JobDetails, Phase

JOBS = {
    "pharmacy": JobDetails(
        id="pharmacy",
        title="Pharmacy Assistant",
        company="Wellcare Pharmacy",
        description="Serve customers, dispense prescriptions under supervision and manage stock in a community "
        "pharmacy.",
        skills_required=["dispensing", "stock control"],
    ),
    "kennel": JobDetails(
        id="kennel",
        title="Kennel Assistant",
        description="Feed, walk and clean boarding dogs, spot signs of illness and keep records.",
        skills_required=["animal care", "cleaning"],
    ),
    "scaffolder": JobDetails(
        id="scaffolder",
        title="Scaffolder",
        description="Erect, alter and dismantle tube and fitting scaffolds on construction sites; inspect them.",
        skills_required=["scaffold inspection", "working at height"],
    ),
    "carer": CARE_ASSISTANT,
}
OPENING = (
    "I have worked for three years in this line of work and I want this role because your team trains people "
    "properly and I want to grow in it."
)


def reply(
    baseline: BaselineInterviewer, state: InterviewState, answer: str, now: datetime
) -> tuple[InterviewState, NextStep]:
    return baseline.answer(state, answer, now + timedelta(minutes=2))


# --- a candidate correcting themselves is no sign of nerves ------------------------------------------------------
SELF_CORRECTIONS = [
    "Sorry, that was off the point. I would check the prescription against the label first.",
    "Sorry, I went off track there. I'd check the dog's water, its eyes and coat, and note it in the log.",
    "sorry i mean i would tape off the lift and tag it before anyone goes up",
    "Scratch that, sorry. I'd check her blood sugar and record it.",
    "Oops, wrong example, sorry. The one I meant was the time I found a broken rail and reported it.",
    "Sorry, I think I answered the previous question. For this one, I'd lock the stock away and count it.",
]


@pytest.mark.parametrize("answer", SELF_CORRECTIONS)
def test_a_sorry_that_corrects_the_answer_is_not_nerves(answer: str) -> None:
    signals = read_signals(answer)
    assert signals.apologies == 0
    assert comfort_of(signals) != Comfort.NERVOUS


@pytest.mark.parametrize(
    "answer",
    ["Sorry, I'm really nervous.", "Sorry, sorry, I forgot what I was going to say.", "Sorry, I don't know."],
)
def test_an_apology_for_the_answer_itself_still_counts(answer: str) -> None:
    assert read_signals(answer).apologies >= 1


@pytest.mark.parametrize("job_id", ["pharmacy", "scaffolder"])
def test_a_self_correction_is_not_told_to_take_its_time(job_id: str) -> None:
    baseline, state, now = at_first_question(JOBS[job_id], OPENING)
    answer = (
        "Sorry, that was off the point. What I mean is I would check it against the record, stop if anything "
        "looked wrong and write down what I found."
    )
    _, step = reply(baseline, state, answer, now)
    assert not reassures(step.response)
    assert "no rush" not in step.response and "take your time" not in step.response.lower()


# --- an either/or request to clarify gets an answer to the choice ------------------------------------------------
CHOICES = [
    (
        "Do you mean a customer who is angry or one who is confused?",
        ("a customer who is angry", "one who is confused"),
    ),
    ("like with the animals or with the visitors?", ("with the animals", "with the visitors")),
    ("Sorry, are you asking about my current job or in general?", ("my current job", "in general")),
    ("At work or at home?", ("At work", "at home")),
    (
        "should I talk about a real case or what I would do in theory?",
        ("a real case", "what I would do in theory"),
    ),
]


@pytest.mark.parametrize(("text", "options"), CHOICES)
def test_a_choice_offered_is_a_request_to_clarify(text: str, options: tuple[str, str]) -> None:
    assert options_offered(text) == options
    assert reply_kind(text, question="Describe a recent piece of work. What did you do?") == (
        "clarification_request"
    )


@pytest.mark.parametrize(
    "text",
    [
        "I'd call the nurse or the doctor straight away and stay with the resident.",
        "Is there parking or do I need to pay for it?",
        "We either restocked at night or first thing in the morning, and I counted the controlled drugs.",
    ],
)
def test_an_answer_or_a_question_with_or_in_it_offers_no_choice(text: str) -> None:
    assert options_offered(text) is None
    assert reply_kind(text, question="What would you do?") != "clarification_request"


@pytest.mark.parametrize("job_id", ["kennel", "pharmacy", "carer", "scaffolder"])
def test_the_option_the_question_is_about_is_named(job_id: str) -> None:
    baseline, state, now = at_first_question(JOBS[job_id], OPENING)
    term = (state.turns[-1].competency_id or "").split("-")[
        0
    ]  # "animal" of animal care, a word of the question
    assert term in state.turns[-1].question
    state, step = reply(baseline, state, f"Do you mean the {term} side or the paperwork?", now)
    assert state.turns[-1].kind == "clarification"
    assert step.response.startswith(f"I mean the {term} side")
    assert state.turns[-2].answer_kind == "clarification_request"


@pytest.mark.parametrize("job_id", ["kennel", "pharmacy", "carer"])
def test_a_choice_the_question_does_not_settle_is_left_to_the_candidate(job_id: str) -> None:
    baseline, state, now = at_first_question(JOBS[job_id], OPENING)
    state, step = reply(baseline, state, "Do you mean at my last job or in general?", now)
    assert state.turns[-1].kind == "clarification"
    assert step.response.startswith("It could be either")
    assert step.question  # the question stands, in other words


# --- a check handed to someone else: asked for the candidate's own part -----------------------------------------
HANDED = [
    ("pharmacy", "That's the pharmacist's job, not mine.", "pharmacist"),
    ("scaffolder", "The supervisor checks that.", "supervisor"),
    ("carer", "I'd just tell the nurse.", "nurse"),
    ("kennel", "Honestly the manager deals with that.", "manager"),
]


@pytest.mark.parametrize(("job_id", "answer", "who"), HANDED)
def test_a_check_handed_off_is_asked_for_the_candidates_own_part(job_id: str, answer: str, who: str) -> None:
    baseline, state, now = at_first_question(JOBS[job_id], OPENING)
    state, step = reply(baseline, state, answer, now)
    assert state.turns[-1].kind == "follow_up"
    assert "yourself" in step.question and who in step.question
    assert "risks" not in step.question
    assert "thank" not in step.response.lower()


def test_escalation_with_the_candidates_own_acts_is_not_asked_for_them() -> None:
    baseline, state, now = at_first_question(JOBS["scaffolder"], OPENING)
    _, step = reply(
        baseline, state, "I'd stop work, make it safe, tag the lift and then report to my supervisor.", now
    )
    assert "Leaving aside" not in step.question


@pytest.mark.parametrize(
    ("question", "tense"),
    [
        ("What would you do if a resident refused their medication?", "would you do"),
        ("Tell me about a time you found a fault. What did you do?", "did you do"),
        ("How do you make sure the dispensing is right?", "do you do"),
    ],
)
def test_the_own_part_is_asked_in_the_questions_tense(question: str, tense: str) -> None:
    context = ProbeContext(answer="The supervisor checks that.", question=question, phase=Phase.TECHNICAL)
    named, unnamed = own_part_probes(context, "supervisor"), own_part_probes(context, "")
    assert tense in named[0] and "supervisor" in named[0]
    assert tense in unnamed[0] and "supervisor" not in unnamed[0]


# --- a bare one-word answer: not thanked, and probed -------------------------------------------------------------
@pytest.mark.parametrize(
    ("job_id", "word"), [("kennel", "Dogs."), ("pharmacy", "Tills."), ("carer", "Elderly.")]
)
def test_a_one_word_answer_is_probed_without_thanks(job_id: str, word: str) -> None:
    baseline, state, now = at_first_question(JOBS[job_id], OPENING)
    state, step = reply(baseline, state, word, now)
    assert "thank" not in step.response.lower()
    assert state.turns[-1].kind == "follow_up"
    state, step = reply(baseline, state, word, now + timedelta(minutes=2))  # to the follow-up as well
    assert "thank" not in step.response.lower()
    assert state.turns[-1].kind == "follow_up"


@pytest.mark.parametrize("declined", ["No, thanks.", "I don't know.", "Not really."])
def test_a_bare_no_to_a_follow_up_moves_on(declined: str) -> None:
    baseline, state, now = at_first_question(JOBS["kennel"], OPENING)
    state, _ = reply(baseline, state, "Dogs.", now)
    assert state.turns[-1].kind == "follow_up"
    state, _ = reply(baseline, state, declined, now + timedelta(minutes=2))
    assert state.turns[-1].kind != "follow_up"


@pytest.mark.parametrize("who", ["manager", ""])
def test_a_hand_off_to_a_question_on_a_past_occasion_is_brought_back_to_one_time(who: str) -> None:
    question = "Tell me about a time you caught an error before it caused a problem. What did you do?"
    context = ProbeContext(answer="I'd just ask my manager.", question=question, phase=Phase.BEHAVIORAL)
    first = own_part_probes(context, who)[0]
    assert "one particular time you caught an error before it caused a problem" in first
    assert "yourself" in first
