"""A reply that gives nothing ("No.", "Not really.", "Nope", "I haven't", "I don't know.", "Maybe.", "Yes." to a
question that wants content) is met with a neutral move-on, never thanked or praised for content it did not give;
a request to skip the question ("Can we skip this one?", "Pass.") is granted, not taken for the candidate's own
question nor probed. Fillers, which speech-to-text writes into every answer, are not read as nerves; doubt about
the answer itself ("I'm not sure if this is right") is."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest

from tests.workbench.interviewer.unseen_jobs import say, started
from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.non_answer import asks_to_skip, gives_nothing
from workbench.interviewer.repair import reply_kind
from workbench.interviewer.signals import comfort_of, read_signals
from workbench.models import CandidateDetails, Comfort, InterviewState, JobDetails

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
JOBS = {
    "nurse": JobDetails(
        id="job-nurse",
        title="Registered Nurse - Medical Ward",
        description="Adult medical ward. Assess and escalate deteriorating patients, administer medicines.",
        requirements="NMC registration. Venipuncture and cannulation. Communication with families.",
        skills_required=["medication administration", "venipuncture", "patient assessment"],
    ),
    "plumber": JobDetails(
        id="job-plumber",
        title="Domestic Plumber",
        description="Install and repair heating and hot water systems in customers' homes.",
        requirements="Gas Safe registered. Unvented cylinder certificate. Full driving licence.",
        skills_required=["boiler servicing", "pipework", "fault finding"],
    ),
    "warehouse": JobDetails(
        id="job-warehouse",
        title="Warehouse Operative",
        description="Pick, pack and load customer orders; operate reach trucks; keep the aisles safe.",
        requirements="Counterbalance or reach truck licence. Able to hit pick rates.",
        skills_required=["order picking", "reach truck", "stock rotation"],
    ),
}
OPENING = (
    "I've worked in this line of work for six years. I led the team on nights for the last two years and I "
    "trained four new starters. I want this role because it is closer to home and the team has a good name."
)
PRAISE = re.compile(r"\b(?:thanks?|thank you|helpful|appreciate|great|good to hear|useful)\b", re.IGNORECASE)
NOTHING_GIVEN = [
    "No.",
    "Not really.",
    "Nope",
    "I haven't",
    "No, I haven't really.",
    "I don't know.",
    "Maybe.",
    "Yes.",
    "Not sure to be honest.",
    "um no sorry",
]
SKIPS = ["Can we skip this one?", "Pass.", "I'd rather not say.", "Next question please.", "Can we move on?"]


def _after_opening(job: JobDetails) -> tuple[BaselineInterviewer, InterviewState]:
    candidate = CandidateDetails(id="cand-1", name="Sam Taylor", resume_text="Six years in the role.")
    interviewer, state, now = started(job, candidate, at=T0)
    state, _, _ = say(interviewer, state, OPENING, now)  # at T0 + 2 minutes
    return interviewer, state


# each reply to one of the occupations in turn
CASES = [(sorted(JOBS)[i % len(JOBS)], reply) for i, reply in enumerate(NOTHING_GIVEN + SKIPS)]


@pytest.mark.parametrize(("occupation", "reply"), CASES)
def test_a_reply_that_gives_nothing_is_never_thanked_or_praised(occupation: str, reply: str) -> None:
    interviewer, state = _after_opening(JOBS[occupation])
    state, step = interviewer.answer(state, reply, T0 + timedelta(minutes=3))
    if state.turns[-2].answer_kind == "assent":
        return  # "Yes." to "could you walk me through…" is an invitation to go on (test_bare_yes)
    assert not PRAISE.search(step.response), step.response


@pytest.mark.parametrize("reply", SKIPS)
def test_a_request_to_skip_is_granted_not_taken_for_a_question_or_probed(reply: str) -> None:
    assert asks_to_skip(reply)
    assert reply_kind(reply, question="What would you do if a colleague's approach looks unsafe?") == "answer"
    interviewer, state = _after_opening(JOBS["nurse"])
    asked = state.turns[-1]
    state, step = interviewer.answer(state, reply, T0 + timedelta(minutes=3))
    assert state.turns[-2].answer_kind == "answer"
    assert state.turns[-1].kind != "follow_up" and state.turns[-1].topic != asked.topic
    assert "move on" in step.response


def test_the_close_after_a_bare_no_does_not_thank_for_it() -> None:
    interviewer, state = _after_opening(JOBS["plumber"])
    # late in the interview: the closing question comes within a few turns, and a bare no to it closes it
    now = T0 + timedelta(minutes=27)
    for _ in range(6):
        if state.turns[-1].kind == "closing":
            break
        now += timedelta(seconds=20)
        state, _ = interviewer.answer(state, "I serviced forty combi boilers last year.", now)
    assert state.turns[-1].kind == "closing"
    state, step = interviewer.answer(state, "No.", now + timedelta(seconds=20))
    assert step.completed
    assert not PRAISE.search(step.response.split(" Thank you for your time")[0]), step.response


@pytest.mark.parametrize(
    "reply",
    [
        "I checked the wristband against the chart and called the pharmacist.",
        "No, I always check the wristband first and then the allergy status.",
        "Yes, I isolated the supply, drained down and replaced the section.",
        "I haven't used that model but I serviced forty combi boilers last year.",
    ],
)
def test_an_answer_that_starts_with_yes_or_no_still_counts_as_content(reply: str) -> None:
    assert not gives_nothing(reply)
    assert not asks_to_skip(reply)


# Strong answers as speech-to-text writes them: no punctuation, "um", "uh", "you know", "I mean", "basically".
SPOKEN_STRONG = [
    "yeah so basically I check the prescription chart against the wristband um then the allergy status and the "
    "dose and I always get a second check for controlled drugs you know and I document straight after",
    "um I reconcile the bank accounts every month end and uh I found a 12,000 pound duplicate payment to a "
    "supplier you know I flagged it to the finance manager and we recovered it within two weeks",
    "uh we had a burst pipe in a flat above a shop um I isolated the supply at the stopcock drained down the "
    "system and replaced the section with 22 mil copper and you know pressure tested it before I left",
    "I mean I picked 1,200 lines a shift on the reach truck um I always do my pre-use checks first and uh I hit "
    "110 percent of the pick rate for six months",
    "um yes I did",
]
NERVOUS = [
    "sorry I'm really nervous um I think I would maybe check the chart",
    "I'm not sure if this is right but I would check the wristband and the chart and then call the pharmacist",
    "I'd ask the supervisor and then restock the aisle. I hope that makes sense?",
    "Uh, not sure.",
]


@pytest.mark.parametrize("answer", SPOKEN_STRONG)
def test_fillers_as_speech_to_text_writes_them_are_not_nerves(answer: str) -> None:
    assert comfort_of(read_signals(answer)) != Comfort.NERVOUS


@pytest.mark.parametrize("answer", NERVOUS)
def test_nerves_or_doubt_about_the_answer_still_read_as_nervous(answer: str) -> None:
    assert comfort_of(read_signals(answer)) == Comfort.NERVOUS


def test_a_spoken_strong_answer_is_not_told_to_take_its_time() -> None:
    interviewer, state = _after_opening(JOBS["nurse"])
    state, step = interviewer.answer(state, SPOKEN_STRONG[0], T0 + timedelta(minutes=3))
    assert state.turns[-2].assessment is not None
    assert state.turns[-2].assessment.comfort != Comfort.NERVOUS
    assert "take your time" not in step.response.lower() and "no rush" not in step.response.lower()
