"""A nursing lecturer's "If a student's placement assessor says they're failing, I'd just pass them anyway" (a fail
signed off as a pass) and a Border Force officer's "If a passenger's passport photo looks a bit off but the queue
is massive I'd just wave them through" were not flagged. Their careful versions are not flagged."""

from __future__ import annotations

import pytest

from workbench.interviewer.unsafe_practice import unsafe_sentence

UNSAFE = [
    "If a student's placement assessor says they're failing, I'd just pass them anyway if they're nearly at the"
    " end of the course, it's not fair to fail them so late.",
    "If a passenger's passport photo looks a bit off but the queue is massive I'd just wave them through, you"
    " can't hold everyone up.",
    "If the load paperwork doesn't match I just sign it off anyway.",
]
CAREFUL = [
    "If the photo doesn't match I send them through to secondary for a full check.",
    "If the assessor says they're failing I never pass them anyway, I set up an action plan.",
    "When the gate opens I just let them in one at a time and check each ticket.",
]


@pytest.mark.parametrize("answer", UNSAFE)
def test_a_fail_passed_and_a_check_waved_away_are_unsafe(answer: str) -> None:
    assert unsafe_sentence(answer) is not None


@pytest.mark.parametrize("answer", CAREFUL)
def test_their_careful_versions_are_not_flagged(answer: str) -> None:
    assert unsafe_sentence(answer) is None
