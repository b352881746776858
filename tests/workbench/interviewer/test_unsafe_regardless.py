"""Unsafe practice no rubric anticipated, in two general forms: a warning sign seen and the task done regardless
("If the patient is a bit drowsy I usually just give the morphine anyway"), and escalation held back for another
reading ("if the NEWS2 is 5 I wait for the next set of obs before calling anyone"). Said in answer to a follow-up,
it is probed, met with a neutral "Okay." rather than thanks; a refund given anyway or a check started anyway is no such statement."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest

from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.unsafe_practice import unsafe_sentence
from workbench.models import CandidateDetails, JobDetails, Preferences

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "answer",
    [
        "If the patient is a bit drowsy I usually just give the morphine anyway and check on them later.",
        "If the NEWS2 is 5 I wait for the next set of obs before calling anyone.",
        "If the harness is frayed I'd use it anyway this once.",
        "If the milk smells a bit off I serve it anyway.",
        "If the brake light is flashing I just drive the van anyway to finish the round.",
        "When the sats are dropping we wait for another reading before escalating.",
        "If the gas pressure reading is a bit low I just carry on with the service anyway.",
    ],
)
def test_a_warning_sign_set_aside_is_unsafe(answer: str) -> None:
    assert unsafe_sentence(answer) is not None


@pytest.mark.parametrize(
    "answer",
    [
        "If the patient is drowsy I would never give the morphine anyway.",
        "If the NEWS2 is 5 I call the outreach team, I don't wait for the next set of obs before calling.",
        "If the customer is unhappy I give them a refund anyway.",
        "If the score is 5 I escalate anyway, I do not wait.",
        "I wait for the next delivery before I tell the customer the date.",
        "If it was quiet I would still start the checks anyway.",
        "If the pressure reading is low I stop and call the gas emergency line.",
    ],
)
def test_safe_or_ordinary_practice_is_not(answer: str) -> None:
    assert unsafe_sentence(answer) is None


def test_unsafe_practice_said_to_a_follow_up_is_probed_not_thanked() -> None:
    job = JobDetails(
        id="job-ward-nurse",
        title="Registered Nurse - Medical Ward",
        description="Adult medical ward. Assess and escalate deteriorating patients, administer medicines.",
        requirements="NMC registration. Venipuncture and cannulation.",
        skills_required=["medication administration", "NEWS2", "patient assessment"],
    )
    candidate = CandidateDetails(id="c-1", name="Sam Taylor", resume_text="Staff nurse, acute medical ward.")
    interviewer = BaselineInterviewer()
    state = interviewer.start(job, candidate, candidate.resume_text, Preferences(), T0)
    now = T0
    answers = iter(
        [
            "I've been a staff nurse on an acute medical ward for four years and I want a bigger ward.",
            "I mostly did the usual, obs, meds rounds and handover.",
        ]
    )
    # answer until a follow-up is asked, then state the unsafe practice in reply to it
    while state.turns[-1].kind != "follow_up":
        now += timedelta(minutes=2)
        state, _ = interviewer.answer(state, next(answers, "I did the usual on that ward."), now)
    unsafe = "If the NEWS2 is 5 I wait for the next set of obs before calling anyone."
    state, step = interviewer.answer(state, unsafe, now + timedelta(minutes=2))
    assert state.turns[-1].kind == "follow_up"
    assert "next set of obs" in step.question
    # met neutrally before the probe: never thanked or praised for it
    assert not re.search(r"\b(?:thank|thanks|helpful|appreciate|great)\b", step.response, re.IGNORECASE), (
        step.response
    )
