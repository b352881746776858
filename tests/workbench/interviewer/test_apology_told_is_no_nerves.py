"""An apology told as a step of the work is what the candidate does, not a sign of nerves. Seen (ux18, over the
server): a claims handler's "I'd apologise, phone the garage for a date", a greenkeeper's "listen, apologise, fix
it as soon as play allows" and a barista's "remake it straight away and apologise, no fuss" -- confident answers --
each got "That's fine, thank you — no rush at all." or "Thanks — take your time, there's no rush."."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.signals import read_signals
from workbench.models import CandidateDetails, JobDetails, Preferences

TOLD = [
    "Customer angry their car is still at the garage after three weeks: I'd apologise, phone the garage for a date,"
    " give them a call back time and keep the hire car going.",
    "A member complaining about a bunker during a competition: listen, apologise, fix it as soon as play allows, and"
    " tell the head greenkeeper.",
    "If a customer said their drink was wrong I'd just remake it straight away and apologise, no fuss.",
    "I apologise to the guest, check the booking and move them to a quiet room.",
    "We send our apologies in writing and refund the deposit the same day.",
    "I always apologise first, then I explain what went wrong and what we will do.",
]
OWN = [
    "I apologise, I'm a bit nervous.",
    "Apologies, I lost my train of thought there.",
    "My apologies, could you say that again?",
    "I apologise for rambling, I get carried away.",
]


@pytest.mark.parametrize("answer", TOLD)
def test_an_apology_told_as_a_step_is_not_counted(answer: str) -> None:
    assert read_signals(answer).apologies == 0


@pytest.mark.parametrize("answer", OWN)
def test_the_candidates_own_apology_still_is(answer: str) -> None:
    assert read_signals(answer).apologies == 1


@pytest.mark.parametrize("answer", TOLD[:3])
def test_a_confident_answer_that_tells_an_apology_gets_no_reassurance(answer: str) -> None:
    job = JobDetails(
        id="apology-told",
        title="Customer Service Adviser",
        description="Handle customer complaints by phone; arrange repairs; keep customers updated.",
    )
    interviewer = BaselineInterviewer()
    now = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
    state = interviewer.start(job, CandidateDetails(id="c1", name="Sam Lee"), "", Preferences(), now)
    state, _ = interviewer.answer(
        state, "Four years in a contact centre, and I want to see complaints through to the end.", now
    )
    state, step = interviewer.answer(state, answer, now + timedelta(minutes=2))
    assert "rush" not in step.response and "take your time" not in step.response, step.response
