"""A question said again after a candidate's question loses the lead of the rephrasing it was last asked in: a
jewellery sales candidate asked about commission after a clarification and heard "Coming back to my question: Let
me put that more simply: could you give me one specific example ...". The ad is written for this test."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.repair import without_restated_lead
from workbench.models import CandidateDetails, JobDetails, Preferences


@pytest.mark.parametrize(
    "lead",
    [
        "Let me put that more simply:",
        "Let me put that another way:",
        "Let me put it another way:",
        "Let me put it differently.",
        "In other words:",
        "Put simply:",
    ],
)
def test_every_rephrasing_lead_goes(lead: str) -> None:
    assert without_restated_lead(f"{lead} could you give me one example?") == "could you give me one example?"


def test_a_clarified_follow_up_is_asked_again_without_its_lead() -> None:
    now = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    job = JobDetails(
        id="ux16b-jewel",
        title="Jewellery Sales Assistant",
        company="Goldsmiths & Co",
        description="- Follow security procedures for the handling and display of high value stock",
    )
    interviewer = BaselineInterviewer()
    state = interviewer.start(job, CandidateDetails(id="c", name="Sophie"), "", Preferences(), now)
    state, _ = interviewer.answer(state, "I've done five years in retail and I love jewellery.", now)
    state, _ = interviewer.answer(state, "I show the rings to customers and it goes well usually.", now)
    state, clarified = interviewer.answer(state, "Sorry, what do you mean by that?", now)
    state, step = interviewer.answer(state, "How much is the commission?", now)
    assert state.turns[-1].kind == "candidate_question", [t.kind for t in state.turns]
    lead = clarified.question.split(":", 1)[0]
    assert step.question.startswith("Coming back to my question: "), step.question
    assert lead not in step.question and "Let me" not in step.question, step.question
