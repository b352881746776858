"""An answer that says again what an earlier answer said: acknowledged plainly (never quoted back as if it were
news) and probed once for an example of this question's own; a new answer on the same subject is not."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.workbench.interviewer.interview_helpers import PARAMEDIC
from workbench.interviewer.baseline import BaselineInterviewer
from workbench.models import CandidateDetails, InterviewState, Preferences

T0 = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
STORY = (
    "Last month I attended a cardiac arrest at a care home. I led the resus with my crewmate and gave adrenaline "
    "per JRCALC. We got a pulse back after twelve minutes and I handed over to the cardiac team."
)
BACKGROUND = "I have been a paramedic in Suffolk for four years, and before that an emergency care assistant."
OTHER = (
    "On a night shift I was sent to a fall at home. I assessed the lady with a full set of observations and "
    "found a hip fracture. I gave her morphine under JRCALC and took her to the trauma unit."
)


def _to_second_core(baseline: BaselineInterviewer) -> tuple[InterviewState, datetime]:
    candidate = CandidateDetails(id="c", name="Jo Hart", resume_text="")
    state = baseline.start(PARAMEDIC, candidate, "", Preferences(), T0)
    now = T0
    cores = 0
    for _ in range(10):
        now += timedelta(minutes=1)
        if state.turns[-1].kind == "core" and state.turns[-1].phase.value == "technical":
            cores += 1
            if cores == 2:
                return state, now
        opening = state.turns[-1].phase.value == "introduction"
        state, _ = baseline.answer(state, BACKGROUND if opening else STORY, now)
    raise AssertionError("no second technical question")


def test_an_answer_said_again_is_probed_for_an_example_of_its_own() -> None:
    baseline = BaselineInterviewer()
    state, now = _to_second_core(baseline)
    asked = state.turns[-1]
    state, step = baseline.answer(state, STORY, now)
    probe = state.turns[-1]
    assert probe.kind == "follow_up" and probe.question_id == asked.question_id
    assert "earlier" in probe.question or "already" in probe.question
    assert "cardiac arrest" not in step.response  # not acknowledged as news


def test_a_new_answer_is_not_taken_for_a_repeat() -> None:
    baseline = BaselineInterviewer()
    state, now = _to_second_core(baseline)
    state, step = baseline.answer(state, OTHER, now)
    assert "earlier" not in step.question and "already" not in step.question
