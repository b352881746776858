"""A candidate who asks to end the interview ("Can we stop here? I have to pick up my kid.") is let go at once,
politely, and the request is no answer: it was taken as one and the next question asked."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.repair import reply_kind
from workbench.models import CandidateDetails, JobDetails, Preferences

START = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
PHARMACIST = JobDetails(
    id="lead-test-end",
    title="Community Pharmacist",
    description="- Clinically check prescriptions\n- Deliver flu vaccinations\n- Supervise controlled drugs",
)


@pytest.mark.parametrize(
    "reply",
    [
        "Can we stop here? I have to pick up my kid.",
        "Sorry, I have to go.",
        "Could we end the interview now please",
        "Let's stop here, thanks.",
    ],
)
def test_a_request_to_end_is_recognised(reply: str) -> None:
    assert reply_kind(reply) == "end_request"


@pytest.mark.parametrize(
    "answer",
    [
        "I need to stop the line and isolate it before I go near it.",
        "Can we stop the bleeding first? I would apply pressure.",
        "I had to go to the site and check it.",
        "We can stop here and I would escalate it.",
    ],
)
def test_an_answer_that_speaks_of_stopping_is_an_answer(answer: str) -> None:
    assert reply_kind(answer) == "answer"


def test_the_interview_ends_politely_and_the_request_is_not_scored() -> None:
    interviewer = BaselineInterviewer()
    state = interviewer.start(PHARMACIST, CandidateDetails(id="c", name="Sam Lee"), "", Preferences(), START)
    state, step = interviewer.answer(
        state, "I've been a pharmacist for ten years, mostly in busy high street branches.", START
    )
    state, step = interviewer.answer(
        state, "Can we stop here? I have to pick up my kid.", START + timedelta(minutes=1)
    )
    assert step.completed and not step.question and "stop here" in step.response
    assert state.turns[-1].answer_kind == "end_request"
    ended = interviewer.finish(state, START + timedelta(minutes=5))
    assert ended.completed and ended.scorecard is not None
    assert all("pick up my kid" not in e.quote for c in ended.scorecard.competencies for e in c.evidence)
