"""Conversation defects conv28 left open (issue #8 items 6-7), tested on jobs outside every dataset:

- "Could you repeat that?" to a nudge ("Sure." -> "Could you say a bit more? Take me through what you would
  actually do in that situation, step by step.") repeated the bare nudge: "that situation" was never said again.
  The question the nudge follows is said with it (`conversation.repeated_question`).
- A correction said as the answer ("Sorry, I misheard, I meant ...", "Sorry, I meant ..." to the challenge of an
  unsafe statement) was thanked as any answer ("Got it, thanks."): it is thanked as the correction it is.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.workbench.interviewer.unseen_jobs import answered, opened
from workbench.interviewer.api import NextStep
from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.repair_rules import rules
from workbench.models import CandidateDetails, InterviewState, JobDetails

NOW = datetime(2026, 12, 2, 14, 0, tzinfo=UTC)

JOBS = {
    "rink": JobDetails(
        id="conv28b-ice-rink-steward",
        title="Ice Rink Steward",
        company="Glacier Arena",
        location="Nottingham",
        description="Patrol the ice during public skating sessions, help fallen skaters, enforce rink rules, and "
        "clear the ice for resurfacing.",
        requirements="Confident skater; first aid desirable; calm with children and families",
    ),
    "library": JobDetails(
        id="conv28b-mobile-library-driver",
        title="Mobile Library Driver",
        company="Shire Libraries",
        location="Ludlow",
        description="Drive the mobile library van around village stops, issue and return books, help older readers "
        "choose, and do the daily vehicle checks.",
        requirements="Category C1 licence; friendly with the public; able to lift book crates",
    ),
    "hall": JobDetails(
        id="conv28b-village-hall-caretaker",
        title="Village Hall Caretaker",
        company="Ashby Parish Council",
        location="Ashby",
        description="Open and lock up the hall for hirers, set out tables and chairs, clean the kitchen and toilets, "
        "check the fire exits and alarms, and report repairs to the clerk.",
        requirements="Reliable and practical; happy to work evenings; basic DIY",
    ),
}
ANSWER = "I'd sort it out calmly, tell my supervisor, and write it in the log before the end of the shift."
NUDGE_OPENING = "Could you say a bit more?"


ROBIN = CandidateDetails(id="conv28b-candidate", name="Robin Ellis")


def _to_scenario_nudge(job: str) -> tuple[BaselineInterviewer, InterviewState, str, str]:
    """Played until a scenario question gets "Sure." and its nudge is put: (interviewer, state, scenario, nudge)."""
    interviewer, state, question = opened(JOBS[job], ROBIN, NOW)
    now = NOW
    scenario = ""
    for _ in range(14):
        now += timedelta(seconds=90)
        if scenario and question.startswith(NUDGE_OPENING):
            return interviewer, state, scenario, question
        asks_scene = question.startswith("What would you do if")
        scenario = question if asks_scene else ""
        state, step = interviewer.answer(state, "Sure." if asks_scene else ANSWER, now)
        assert not step.completed
        question = step.question
    raise AssertionError("no scenario question was nudged")


@pytest.mark.parametrize("job", ["rink", "library", "hall"])
@pytest.mark.parametrize("asked_again", ["Could you repeat that?", "Sorry, what was the question again?"])
def test_a_repeated_nudge_says_the_question_it_follows(job: str, asked_again: str) -> None:
    interviewer, state, scenario, nudge = _to_scenario_nudge(job)
    state, step = interviewer.answer(state, asked_again, NOW + timedelta(hours=1))
    assert scenario.rstrip("?") in step.question, step.question
    assert nudge.split("?")[-1].strip() in step.question  # the nudge itself is said too


def _correction_replies() -> list[str]:
    config = rules().config["addition"]
    return [str(reply) for reply in config["corrects_answer_replies"]]


@pytest.mark.parametrize("job", ["rink", "library", "hall"])
def test_a_correction_said_to_a_nudge_is_thanked_as_one(job: str) -> None:
    interviewer, state, _, _ = _to_scenario_nudge(job)
    said = "Sorry, I misheard, I meant I'd stop them, say no, and tell the duty manager straight away."
    state, step = interviewer.answer(state, said, NOW + timedelta(hours=1))
    assert any(step.response.startswith(reply) for reply in _correction_replies()), step.response


def _play(job: str, answers: list[str]) -> tuple[InterviewState, list[NextStep]]:
    return answered(JOBS[job], ROBIN, answers, at=NOW, minutes=1.5)


@pytest.mark.parametrize(
    ("job", "unsafe", "correction"),
    [
        (
            "rink",
            "If a skater bangs their head I let them carry on skating if they say they're fine, no need to fill in "
            "the accident book.",
            "Sorry, I meant I'd take them off the ice, get the first aider to check them and fill in the accident book.",
        ),
        (
            "library",
            "If I'm running late I skip the daily vehicle checks, the van's usually fine.",
            "Sorry, I meant I always do the walk-round checks first, however late I am.",
        ),
        (
            "hall",
            "I sometimes prop the fire doors open with a wedge when it's hot, it's only for a couple of hours.",
            "Sorry, I meant I'd never wedge them, I'd open the windows and keep the fire doors shut.",
        ),
    ],
)
def test_a_correction_said_to_a_challenge_is_thanked_as_one(job: str, unsafe: str, correction: str) -> None:
    opening = "I've done this kind of work for five years and I like looking after people properly."
    state, steps = _play(job, [opening, unsafe, correction])
    challenged = state.turns[-2]
    assert challenged.kind == "follow_up" and "You said" in challenged.question, challenged.question
    assert any(steps[-1].response.startswith(reply) for reply in _correction_replies()), steps[-1].response


@pytest.mark.parametrize("job", ["rink", "hall"])
def test_an_answer_that_says_i_mean_is_no_correction(job: str) -> None:
    said = (
        "I'd check the area first, I mean the whole area, and then get on with it step by step with the team."
    )
    _, steps = _play(job, ["I've done this kind of work for five years.", said])
    assert not any(steps[-1].response.startswith(reply) for reply in _correction_replies())


@pytest.mark.parametrize(
    ("job", "asked", "ad_words"),
    [
        ("rink", "Sorry, what do you mean by resurfacing?", "clear the ice for resurfacing"),
        ("hall", "What do you mean by hirers exactly?", "Open and lock up the hall for hirers"),
        ("library", "What do you mean by the village stops part?", "village stops"),
    ],
)
def test_a_term_of_the_job_ad_is_said_in_the_ads_words(job: str, asked: str, ad_words: str) -> None:
    """A term the question does not name, but the job ad does: part of the role, said where the ad says it, never
    "isn't part of this question, so no need to worry about it"."""
    _, steps = _play(job, [asked])
    not_here = str(rules().config["clarification"]["not_in_question"]).split("{term}")[-1].strip()
    assert not_here not in steps[-1].response
    assert ad_words in steps[-1].response, steps[-1].response


@pytest.mark.parametrize("job", ["rink", "hall"])
def test_a_term_of_neither_the_question_nor_the_ad_is_still_said_to_be_none_of_it(job: str) -> None:
    _, steps = _play(job, ["Sorry, what do you mean by sight translation?"])
    assert "isn't part of this question" in steps[-1].response
