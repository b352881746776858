"""A part changed on the commonest cause instead of a test that finds the fault ("then probably change the diverter,
because that's the most common one"): the trades' "parts cannon", in any trade's words. Naming the likely fault and
testing it first, or replacing a part a test condemned, is the careful version. Written for these tests."""

from __future__ import annotations

import pytest

from workbench.interviewer.unsafe_practice import unsafe_sentence

UNSAFE = [
    "It's nearly always the alternator, so I'd replace the alternator because that's the usual culprit.",
    "I'd swap the motherboard, as it's usually the most common fault on those models.",
    "I'd just order a new fan, because that's what usually fails.",
    "I'd try a new sensor and see if the fault clears.",
    "I'd just throw parts at it until the fault clears.",
]
SAFE = [
    "The diverter is the most common cause, so I'd test it first before ordering anything.",
    "I replaced the valve after the flow test showed it was stuck.",
    "I'd change the filter because it's due at this service.",
    "I'd fit the new pump because the old one failed its test.",
    "I'd swap the readings into the chart and see if the trend holds.",
]


@pytest.mark.parametrize("answer", UNSAFE)
def test_a_part_changed_on_a_guess_is_flagged(answer: str) -> None:
    assert unsafe_sentence(answer) is not None


@pytest.mark.parametrize("answer", SAFE)
def test_a_part_changed_on_a_test_is_not_flagged(answer: str) -> None:
    assert unsafe_sentence(answer) is None
