"""Unsafe practice said in answer to a follow-up is probed too ("On small roofs I skip the harness" after
"Could you make that more concrete?" was let pass), as a second follow-up and never a third."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from workbench.interviewer.baseline import BaselineInterviewer
from workbench.models import CandidateDetails, InterviewState, JobDetails, Preferences

START = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
SOLAR = JobDetails(
    id="lead-test-solar-probe",
    title="Solar PV Installer",
    description="* Install racking and modules per plan set\n* Work safely at heights using fall protection",
)
UNSAFE = "On small roofs I skip the harness, it slows you down and I've never fallen."


def interview(replies: list[str]) -> tuple[InterviewState, list[str]]:
    interviewer = BaselineInterviewer()
    state = interviewer.start(SOLAR, CandidateDetails(id="c", name="Marco Ruiz"), "", Preferences(), START)
    asked = []
    for minute, reply in enumerate(replies, start=1):
        state, step = interviewer.answer(state, reply, START + timedelta(minutes=minute))
        asked.append(f"{state.turns[-1].kind}: {step.question}")
    return state, asked


def test_unsafe_practice_in_a_follow_up_answer_is_probed() -> None:
    # the opening's answer draws a follow-up; its answer states the unsafe practice
    _, asked = interview(
        ["I've installed about 150 residential systems and want to move up to lead.", UNSAFE]
    )
    assert asked[0].startswith("follow_up:"), asked
    assert asked[1].startswith("follow_up:") and "skip the harness" in asked[1], asked


def test_never_a_third_follow_up_on_one_question() -> None:
    state, _ = interview(
        ["I've installed about 150 residential systems and want to move up to lead.", UNSAFE, UNSAFE]
    )
    opening = state.turns[0].topic
    assert sum(1 for turn in state.turns if turn.kind == "follow_up" and turn.topic == opening) <= 2
