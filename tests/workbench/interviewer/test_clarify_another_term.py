"""A request to clarify a term the open question does not name ("Sorry, what do you mean by sight translation?"
after a resume probe) is answered as such: the term is said to be no part of this question, and the question is
put in other words. A term of the question (in any of its wordings so far) is clarified as before."""

from __future__ import annotations

from datetime import UTC, datetime

from workbench.interviewer.baseline import BaselineInterviewer
from workbench.models import CandidateDetails, JobDetails, Preferences


def test_a_term_the_question_does_not_name_is_said_to_be_none_of_it() -> None:
    """Seen: "Sorry, what do you mean by sight translation?" after a resume probe got "Of course." and the probe
    again, as if the probe had asked about sight translation."""
    job = JobDetails(
        id="interpreter-terms",
        title="Community Interpreter",
        description="Interpret for NHS appointments; sight-translate letters and forms.",
        skills_required=["consecutive interpreting", "sight translation"],
    )
    interviewer = BaselineInterviewer()
    now = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    state = interviewer.start(
        job, CandidateDetails(id="cand-ana-nowak", name="Ana Nowak"), "", Preferences(), now
    )
    asked = state.turns[-1].question
    assert "sight translation" not in asked.lower(), asked
    state, step = interviewer.answer(state, "Sorry, what do you mean by sight translation?", now)
    assert state.turns[-1].kind == "clarification"
    assert "sight translation" in step.response and "isn't part of this question" in step.response, step
    state, step = interviewer.answer(state, "Sorry, what do you mean by background?", now)
    assert "isn't part of this question" not in step.response, step  # a word of the question itself
