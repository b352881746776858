"""Shortcuts that cut the interviewer's CPU per turn (perf27) and must change no result: the plan's view kept for a
session, the earlier answers cleaned only for a reply that could add to them. The whole-dataset check is
`bench/interviewer_digest.py` (all three modes)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from workbench.interviewer.addition import is_addition, names_earlier, opens_as_addition, refers_back
from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.memo import SessionMemory, one_turn
from workbench.interviewer.plan_view import view_of
from workbench.interviewer.scorecard import plan_rivals
from workbench.models import CandidateDetails, InterviewState, JobDetails, Preferences

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
JOBS = [
    JobDetails(
        id="perf27-warehouse",
        title="Warehouse operative",
        requirements="- Forklift licence (counterbalance)\n- Stock rotation and cycle counts\n- Manual handling",
    ),
    JobDetails(
        id="perf27-nurse",
        title="Staff nurse",
        requirements="- Medication administration\n- Wound care\n- Safeguarding adults",
    ),
]
CANDIDATE = CandidateDetails(
    id="perf27-candidate", name="Sam Reed", resume_text="Team leader at a distribution centre, 2019-2024."
)
REPLIES = [
    "I always check the load before I lift it.",
    "Oh, and also, about the stock counts: we did them weekly.",
    "Sorry, back on the forklift question, I meant the reach truck.",
    "Going back to the first question, I also trained new starters.",
    "Let me correct what I said earlier, it was three years not two.",
    "Correction, on that one about the wounds: I photograph them too.",
    "Actually going back to the last one, I forgot to mention the audits.",
    "I forgot to mention that I led the night shift.",
    "What are the shift patterns?",
    "",
]


@pytest.fixture(scope="module")
def interviewer() -> BaselineInterviewer:
    return BaselineInterviewer()


def started(interviewer: BaselineInterviewer, job: JobDetails) -> InterviewState:
    return interviewer.start(job, CANDIDATE, CANDIDATE.resume_text, Preferences(), NOW)


@pytest.mark.parametrize("job", JOBS, ids=lambda job: job.id)
def test_the_plans_view_is_kept_for_the_session_and_equals_a_fresh_one(
    interviewer: BaselineInterviewer, job: JobDetails
) -> None:
    state = started(interviewer, job)
    fresh = view_of(state)
    assert fresh is not None and fresh.questions
    memory = SessionMemory()
    with one_turn(memory):
        first, rivals = view_of(state), plan_rivals(view_of(state))  # type: ignore[arg-type]
    with one_turn(memory):
        again = view_of(state)
        assert again is first  # the same plan and probes: not built again
        assert plan_rivals(again) is rivals  # type: ignore[arg-type]
    assert first == fresh and rivals == plan_rivals(fresh)
    with one_turn(memory):  # another state of another job in the same memory: its own view
        other = view_of(started(interviewer, JOBS[1] if job is JOBS[0] else JOBS[0]))
    assert other is not None and other != first


@pytest.mark.parametrize("reply", REPLIES)
def test_a_reply_that_neither_refers_back_nor_opens_as_an_addition_is_neither_whatever_came_before(
    reply: str,
) -> None:
    befores = [
        "",
        "Tell me about stock rotation. We counted the stock weekly and rotated it first in, first out.",
    ]
    current = "How do you keep a forklift safe? I check the forks, the chains and the tyres."
    for before in befores:
        if not refers_back(reply):
            assert not names_earlier(reply, current, before)
        if not opens_as_addition(reply):
            assert not is_addition(reply, before, current)


def test_the_shortcuts_see_what_they_are_for() -> None:
    assert refers_back("Sorry, back on the forklift question, I meant the reach truck.")
    assert opens_as_addition("Oh, and also, about the stock counts: we did them weekly.")
    assert not refers_back("I always check the load before I lift it.")
    assert not opens_as_addition("I always check the load before I lift it.")


def test_a_played_interview_replies_the_same_with_and_without_the_session_memory(
    interviewer: BaselineInterviewer,
) -> None:
    answers = [
        "I check the forks and the chains before every shift and log it.",
        "Oh, and also, about the checks: I report any damage at once.",
        "Going back to the first question, I also trained two new starters on it.",
        "We counted the stock weekly and rotated it first in, first out.",
    ]
    replies = []
    for memo in (True, False):
        memory, state, said = SessionMemory(), started(interviewer, JOBS[0]), []
        for i, answer in enumerate(answers):
            if memo:
                with one_turn(memory):
                    state, step = interviewer.answer(state, answer, NOW + timedelta(minutes=i + 1))
            else:
                state, step = interviewer.answer(state, answer, NOW + timedelta(minutes=i + 1))
            said.append((step.model_dump_json(), state.model_dump_json()))
        replies.append(said)
    assert replies[0] == replies[1]
