"""A candidate who asks whether the interviewer is a person, or asks for a short break, gets an answer. Seen: "Are you
a real person or an AI?" and "Can I take a short break?" were both met with "That's a fair question, and I don't
have that information here. I'll note it so the hiring team can answer it" — the interviewer may not hide what it
is, and a pause needs no hiring team. The first turn says it is an AI before its first question."""

from __future__ import annotations

import pytest

from workbench.interviewer.repair import answer_from_job, reply_kind
from workbench.models import JobDetails, Preferences

PAYROLL = JobDetails(
    id="payroll-1",
    title="Payroll Administrator",
    company="Keystone Facilities",
    description="Process weekly and monthly payroll for 900 employees in Sage 200.",
    requirements="2 years payroll experience.",
)


@pytest.mark.parametrize(
    "question",
    [
        "Are you a real person or an AI?",
        "sorry am I talking to a bot?",
        "Is this automated?",
        "Who will be reviewing my answers?",
    ],
)
def test_asked_what_it_is_the_interviewer_says_it_is_an_ai(question: str) -> None:
    assert reply_kind(question) == "candidate_question"
    reply = answer_from_job(question, PAYROLL)
    assert "AI interviewer" in reply and "hiring team at Keystone Facilities" in reply
    assert "don't have that information" not in reply


@pytest.mark.parametrize(
    "question",
    ["Can I take a short break?", "Could I have a moment to think?", "can we pause a minute please?"],
)
def test_a_pause_asked_for_is_granted(question: str) -> None:
    assert reply_kind(question) == "candidate_question"
    reply = answer_from_job(question, PAYROLL)
    assert reply.startswith("Of course") and "hiring team" not in reply


def test_a_question_about_the_job_is_answered_as_before() -> None:
    assert "hiring team" in answer_from_job("What training is there?", PAYROLL)


def test_the_first_turn_says_the_interviewer_is_an_ai_before_its_question() -> None:
    from datetime import UTC, datetime

    from workbench.interviewer.baseline import BaselineInterviewer
    from workbench.models import CandidateDetails

    candidate = CandidateDetails(id="cand-priya-shah", name="Priya Shah", resume_text="")
    state = BaselineInterviewer().start(
        PAYROLL, candidate, "", Preferences(), datetime(2026, 11, 30, tzinfo=UTC)
    )
    first = state.turns[0].question
    assert first.startswith("Hi Priya, thanks for joining this interview for the Payroll Administrator role.")
    assert "I'm an AI interviewer, and the hiring team will read your answers." in first
    assert first.endswith("?")
