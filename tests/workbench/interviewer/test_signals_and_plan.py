"""Text signals (comfort, STAR, vagueness), the phase plan, and the controller's decisions."""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest

from tests.workbench.interviewer.interview_helpers import JOBS, STRONG_BEHAVIORAL, T0, WEAK_ANSWER, candidate
from workbench.interviewer.agenda import pending_by_phase
from workbench.interviewer.baseline import BaselineInterviewer, plan_of
from workbench.interviewer.controller import FollowUpCues, decide
from workbench.interviewer.plan import build_plan
from workbench.interviewer.signals import comfort_of, is_vague, read_signals, sentences
from workbench.models import Comfort, Difficulty, Phase, Preferences


@pytest.mark.parametrize(
    ("text", "comfort"),
    [
        ("Sorry, um, I'm a bit nervous. I think maybe I used it once, I guess.", Comfort.NERVOUS),
        ("Uh, not sure.", Comfort.NERVOUS),
        (STRONG_BEHAVIORAL, Comfort.CONFIDENT),
        (
            "We used Postgres for the orders service and Redis for sessions, which worked well enough.",
            Comfort.NEUTRAL,
        ),
    ],
)
def test_comfort_from_text(text: str, comfort: Comfort) -> None:
    assert comfort_of(read_signals(text)) == comfort


def test_star_parts() -> None:
    assert read_signals(STRONG_BEHAVIORAL).star == {
        "situation": True,
        "task": True,
        "action": True,
        "result": True,
    }
    partial = read_signals("Our team had a tight deadline. I rewrote the importer over a weekend.")
    assert partial.star == {"situation": True, "task": True, "action": True, "result": False}
    assert partial.missing_star == ["result"]


@pytest.mark.parametrize(
    ("text", "vague"),
    [
        (WEAK_ANSWER, True),
        ("I don't know.", True),
        ("asdkjh qwrtp zxcvbn lkjhgf mnbvcx", True),
        (STRONG_BEHAVIORAL, False),
    ],
)
def test_vagueness(text: str, vague: bool) -> None:
    assert is_vague(read_signals(text), concrete_terms=0) is vague


@pytest.mark.parametrize(
    ("duration", "difficulty", "low", "high"),
    [
        (30, Difficulty.MEDIUM, 8, 14),
        (30, Difficulty.EASY, 9, 15),
        (30, Difficulty.HARD, 7, 13),
        (5, Difficulty.MEDIUM, 4, 6),
    ],
)
def test_plan_budgets(duration: int, difficulty: Difficulty, low: int, high: int) -> None:
    plan = build_plan(Preferences(max_duration=duration, difficulty_level=difficulty))
    assert low <= plan.total_main_questions <= high - plan.max_follow_ups + 1
    assert all(plan.questions[phase] >= 1 for phase in Phase)
    ends = [plan.phase_ends_at[phase] for phase in Phase]
    assert ends == sorted(ends) and ends[-1] == duration


def test_harder_interviews_ask_fewer_deeper_questions() -> None:
    easy = build_plan(Preferences(difficulty_level=Difficulty.EASY))
    hard = build_plan(Preferences(difficulty_level=Difficulty.HARD))
    assert hard.total_main_questions < easy.total_main_questions
    assert hard.questions[Phase.TECHNICAL] / hard.total_main_questions >= 0.4


def test_controller_moves_to_next_phase_when_its_time_is_up(baseline: BaselineInterviewer) -> None:
    state = baseline.start(JOBS["backend"], candidate(), "", Preferences(), T0)
    state, _ = baseline.record_answer(state, STRONG_BEHAVIORAL, T0 + timedelta(minutes=1))
    plan = plan_of(state)
    # Introduction over by time (12% of 30 min, plus the grace for core questions): move on even though a
    # vague cue would call for a follow-up.
    late = T0 + timedelta(minutes=plan.phase_ends_at[Phase.INTRODUCTION] + 3.0)
    decision = decide(state, plan, FollowUpCues(vague=True), late, set(), pending_by_phase(state))
    assert decision.action == "ask" and decision.phase == Phase.TECHNICAL
    early = decide(
        state, plan, FollowUpCues(vague=True), T0 + timedelta(minutes=1), set(), pending_by_phase(state)
    )
    assert early.action == "follow_up" and early.reason == "vague"
    closing = decide(
        state, plan, FollowUpCues(), T0 + timedelta(minutes=29.5), set(), pending_by_phase(state)
    )
    assert closing.action == "ask" and closing.phase == Phase.CONCLUSION


@pytest.mark.parametrize("minutes_per_answer", [1, 4])
def test_follow_ups_keep_to_their_budgets(baseline: BaselineInterviewer, minutes_per_answer: int) -> None:
    """Discretionary follow-ups (vague answers before the behavioural phase) stay within the plan's count; the
    probes a story needs (no action or result) are bounded by time: the closing question comes in time."""
    state = baseline.start(JOBS["frontend"], candidate(), "", Preferences(max_duration=60), T0)
    now = T0
    for _ in range(60):
        now += timedelta(minutes=minutes_per_answer)
        state, step = baseline.answer(state, WEAK_ANSWER, now)
        if step.completed:
            break
    follow_ups = [t for t in state.turns if t.kind == "follow_up"]
    early = [t for t in follow_ups if t.phase != Phase.BEHAVIORAL]
    assert 1 <= len(early) <= plan_of(state).max_follow_ups
    closing = next(t for t in state.turns if t.kind == "closing")
    assert closing.asked_at <= T0 + timedelta(
        minutes=60 - plan_of(state).closing_reserve + minutes_per_answer
    )
    assert _no_consecutive_follow_ups(state)
    if minutes_per_answer == 1:  # time to spare: every behavioural story without its end was probed
        behavioural = [t for t in state.turns if t.phase == Phase.BEHAVIORAL and t.kind != "follow_up"]
        assert len([t for t in follow_ups if t.phase == Phase.BEHAVIORAL]) == len(behavioural)


def _no_consecutive_follow_ups(state: object) -> bool:
    kinds = [turn.kind for turn in state.turns]  # type: ignore[attr-defined]
    return all(not (a == b == "follow_up") for a, b in itertools.pairwise(kinds))


@pytest.mark.parametrize(
    "answer",
    [
        "If a blank grows something I don't report anything from that batch and I tell my supervisor.",
        "I leave the signature box blank until the manager has checked the form.",
    ],
)
def test_a_blank_sample_or_form_is_not_a_mind_gone_blank(answer: str) -> None:
    assert comfort_of(read_signals(answer)) != Comfort.NERVOUS


@pytest.mark.parametrize(
    "answer",
    ["Sorry, my mind's gone blank.", "I'm drawing a blank on that one.", "I just blanked, give me a second."],
)
def test_a_mind_gone_blank_is_nerves(answer: str) -> None:
    assert comfort_of(read_signals(answer)) == Comfort.NERVOUS


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("A sample positive for E. coli is reported the same day. Then we re-sample.", "E. coli is reported"),
        ("S. aureus grew on the plate. We stopped the batch.", "S. aureus grew"),
        ("I use a checklist, e.g. the start-up one. Then I sign.", "e.g. the start-up one"),
        ("I asked Dr. Patel before giving it. She agreed.", "Dr. Patel before"),
        ("Mrs. Jones rang the ward. I went.", "Mrs. Jones rang"),
    ],
)
def test_an_abbreviation_or_an_initial_does_not_end_a_sentence(text: str, first: str) -> None:
    parts = sentences(text)
    assert len(parts) == 2 and first in parts[0], parts


def test_a_full_stop_still_ends_a_sentence_typed_in_lower_case() -> None:
    assert sentences("i checked the valve. then i tested it") == ["i checked the valve.", "then i tested it"]
