"""An alarm or warning set aside in a candidate's own words (written for these tests, in no dataset): the device
named with its kind ("the BA set alarm", "the distress signal unit alarm") or named first and then called "it" is
unsafe practice, flagged and probed; an alarm answered, checked or reset with the keyholder is not."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.unsafe_practice import unsafe_sentence
from workbench.models import CandidateDetails, JobDetails, Preferences

T0 = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
FIREFIGHTER = JobDetails(
    id="firefighter",
    title="Firefighter (Wholetime)",
    company="Moorside Fire and Rescue Service",
    description=(
        "Respond to fires, road traffic collisions, floods and other emergencies; carry out home fire safety "
        "checks in the community; maintain equipment and appliances."
    ),
    requirements="Physical fitness; teamwork; calm under pressure.",
)


@pytest.mark.parametrize(
    "sentence",
    [
        "If the BA set alarm went off I'd just ignore it and carry on because we were nearly done with the search.",
        "If the low air warning on my BA set sounds I'd ignore it and finish the search.",
        "I'd just ignore the distress signal unit alarm if we were nearly done.",
        "If the smoke alarm kept going off I'd just take the battery out.",
        "If the gas alarm beeps on a job we usually mute it, they're always false.",
    ],
)
def test_an_alarm_set_aside_is_unsafe(sentence: str) -> None:
    assert unsafe_sentence(sentence) == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "When the alarm went off we carried on evacuating the residents.",
        "If the alarm goes off I never ignore it.",
        "If the alarm goes off I would not ignore it, I'd withdraw with my partner.",
        "The customer's burglar alarm kept going off so we reset it with the keyholder and logged the call.",
        "I ignore the noise of the office and focus on the call.",
    ],
)
def test_an_alarm_answered_is_not_flagged(sentence: str) -> None:
    assert unsafe_sentence(sentence) is None


def test_an_alarm_ignored_in_an_answer_is_probed_and_caps_the_score() -> None:
    baseline = BaselineInterviewer()
    candidate = CandidateDetails(
        id="c", name="Sam Reid", resume_text="Retained firefighter, Keighley (2022-2025)"
    )
    state = baseline.start(FIREFIGHTER, candidate, candidate.resume_text, Preferences(), T0)
    now = T0
    while state.turns[-1].kind != "core" or state.turns[-1].phase == "introduction":
        now += timedelta(minutes=1)
        state, _ = baseline.answer(
            state, "I have been a retained firefighter for three years in Keighley.", now
        )
    unsafe = "If the BA set alarm went off I'd just ignore it and carry on because we were nearly done."
    state, step = baseline.answer(state, unsafe, now + timedelta(minutes=1))
    assert not step.completed and state.turns[-1].kind == "follow_up"
    assessed = state.turns[-2].assessment
    assert assessed is not None
    scored = [c for c in assessed.competencies if c.score is not None]
    assert scored and all(c.score is not None and c.score <= 2 and c.red_flags for c in scored)


@pytest.mark.parametrize(
    ("sentence", "unsafe"),
    [
        (
            "If a customer threatens to churn I offer a big discount straight away, I don't tell my manager.",
            True,
        ),
        ("I push the orders out a week and don't tell sales.", True),
        ("When a client confides in me, I don't tell anyone outside supervision.", False),
        ("I always tell my manager before offering a discount.", False),
    ],
)
def test_a_decision_kept_from_ones_manager_is_unsafe_and_a_confidence_kept_is_not(
    sentence: str, unsafe: bool
) -> None:
    assert (unsafe_sentence(sentence) == sentence) is unsafe


@pytest.mark.parametrize(
    ("sentence", "unsafe"),
    [
        ("When it's quiet I usually check my phone in the chair, you can still see the pool anyway.", True),
        ("While driving I sometimes check my phone at red lights.", True),
        ("I check my phone for the rota before my shift.", False),
        ("I never check my phone in the chair.", False),
        ("If a parent is on their phone in the chair I remind them to watch their child.", False),
    ],
)
def test_attention_taken_off_what_one_watches_is_unsafe(sentence: str, unsafe: bool) -> None:
    assert (unsafe_sentence(sentence) == sentence) is unsafe
