"""A bare yes to a question that asks whether the candidate can or will tell something ("Could you walk me
through one particular time ...?" - "Yes."): the candidate is invited to go ahead with what is asked, and the yes
is never taken as the answer. To a question a yes answers ("Did you check it?") it stays the answer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.workbench.interviewer.interview_helpers import PARAMEDIC
from workbench.interviewer.assent import asks_for_content, go_ahead_question, is_assent
from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.repair import reply_kind
from workbench.models import CandidateDetails, InterviewState, JobDetails, Phase, Preferences

T0 = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
STORY = "Could you walk me through one particular time you had to respond to 999 calls: what you did, and how it ended?"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            STORY,
            "Walk me through one particular time you had to respond to 999 calls: what you did, and how it ended.",
        ),
        (
            "That's fine. Is there anything close to it you've dealt with, even briefly? How did you handle it?",
            "How did you handle it?",
        ),
        (
            "Can you think of a time a handover went wrong?",
            "Tell me about it: what happened, and what did you do yourself?",
        ),
        (
            "Is there anything we haven't covered that you'd like me to know about you?",
            "What would you like to tell me?",
        ),
        ("Do you have any questions for me?", "What would you like to ask?"),
        ("What questions do you have for me about the role or the team?", "What would you like to ask?"),
    ],
)
def test_a_question_asking_for_willingness_is_put_as_a_request(question: str, expected: str) -> None:
    assert go_ahead_question(question) == expected


@pytest.mark.parametrize("reply", ["Yes.", "yeah", "Sure, I can.", "Um, yes I can", "Of course!", "ok"])
def test_a_bare_yes_to_such_a_question_is_an_assent(reply: str) -> None:
    assert is_assent(reply, STORY)
    assert reply_kind(reply, question=STORY) == "assent"


@pytest.mark.parametrize(
    ("reply", "question"),
    [
        ("Yes.", "Did you check the dose against JRCALC before you gave it?"),  # a yes answers it
        ("Yes.", "Talk me through the last time you had to respond to 999 calls."),  # a non-answer, probed
        ("Yes, a cardiac arrest at a care home where I led the resus.", STORY),  # the answer itself
        ("No.", STORY),
    ],
)
def test_a_yes_that_answers_or_a_longer_reply_is_not_an_assent(reply: str, question: str) -> None:
    assert reply_kind(reply, question=question) != "assent"


def _to_follow_up(baseline: BaselineInterviewer) -> tuple[InterviewState, datetime]:
    candidate = CandidateDetails(id="c", name="Jo Hart", resume_text="Paramedic, Suffolk (2021-2025)")
    state = baseline.start(PARAMEDIC, candidate, candidate.resume_text, Preferences(), T0)
    now = T0
    for _ in range(12):
        now += timedelta(minutes=1)
        last = state.turns[-1]
        if last.kind == "follow_up" and go_ahead_question(last.question) is not None:
            return state, now
        reply = "Yes." if last.kind == "core" else "I have been a paramedic in Suffolk for four years."
        state, _ = baseline.answer(state, reply, now)
    raise AssertionError("no follow-up asking whether the candidate could tell a story")


def test_yes_to_a_follow_up_invites_the_story_and_the_story_is_scored_on_that_question() -> None:
    baseline = BaselineInterviewer()
    state, now = _to_follow_up(baseline)
    follow_up = state.turns[-1]
    state, step = baseline.answer(state, "Yes.", now)
    again = state.turns[-1]
    assert state.turns[-2].answer_kind == "assent" and state.turns[-2].assessment is not None
    assert again.kind == "clarification" and again.question_id == follow_up.question_id
    assert step.response in {"Please go ahead.", "Go ahead, I'm listening.", "Sure, go ahead."}
    assert step.question == go_ahead_question(follow_up.question)
    story = (
        "Last winter I attended a cardiac arrest at a care home: I led the resus, gave adrenaline by JRCALC, "
        "got ROSC after twelve minutes and handed over to the cardiac team at the hospital."
    )
    state, _ = baseline.answer(state, story, now + timedelta(minutes=2))
    answered = next(t for t in state.turns if t.answer == story)
    assert answered.answer_kind == "answer" and answered.question_id == follow_up.question_id


BARISTA = JobDetails(
    id="barista-yes",
    title="Barista",
    company="Bean & Leaf Coffee",
    description=(
        "Join our busy independent coffee shop. You'll make espresso drinks to spec, dial in the grinder each "
        "morning, steam milk for latte art, keep the bar clean and serve customers with a smile."
    ),
    requirements="6 months barista experience. Food hygiene level 2.",
    skills_required=[
        "espresso extraction",
        "milk steaming",
        "grinder calibration",
        "cleaning and food safety",
    ],
)
GOOD = (
    "Each morning I weigh the dose, pull a shot, check time and yield, taste it, and adjust the grind finer or "
    "coarser until it runs 18 grams in, 36 out in 28 seconds."
)
# a story with its scene and no deed of the candidate's own, nor its end: the follow-up asks what they did
SCENE_ONLY = (
    "At Grindsmith in March two baristas on the Saturday shift argued about the milk temperature for flat "
    "whites, one steamed to 70 degrees and the other to 55, and regular customers noticed the difference."
)


def test_a_bare_yes_to_a_follow_up_asking_what_was_done_is_probed_once_more() -> None:
    """Seen: "What did you do yourself in that situation, and how did it turn out?" - "Yes." moved on to the next
    question as if answered. A yes gives nothing the question asked for: it is probed once more, then left."""
    baseline = BaselineInterviewer()
    candidate = CandidateDetails(id="c", name="Jamie Lee", resume_text="")
    state = baseline.start(BARISTA, candidate, "", Preferences(), T0)
    now = T0
    for _ in range(14):
        last = state.turns[-1]
        if (
            last.kind == "follow_up"
            and asks_for_content(last.question)
            and not go_ahead_question(last.question)
        ):
            break
        now += timedelta(minutes=1)
        state, _ = baseline.answer(state, SCENE_ONLY if last.phase == Phase.BEHAVIORAL else GOOD, now)
    else:
        raise AssertionError("no follow-up asking what the candidate did")
    follow_up = state.turns[-1]
    state, _ = baseline.answer(state, "Yes.", now + timedelta(minutes=1))
    again = state.turns[-1]
    assert again.kind == "follow_up" and again.question_id == follow_up.question_id
    assert again.question != follow_up.question
    # to a question a yes answers, a yes is the answer: nothing is asked again
    assert not asks_for_content("Did you check the dose against JRCALC before you gave it?")
