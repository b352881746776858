"""The plan asks "what mistakes would you warn them about?": a candidate who lists the mistakes ("Mistakes: jumping
in without telling anyone") names wrong practice to avoid, not their own practice. Seen: a pool lifeguard's list of
mistakes flagged as unsafe and the answer capped at 2."""

from __future__ import annotations

import pytest

from workbench.interviewer.unsafe_practice import states_unsafe_practice


@pytest.mark.parametrize(
    "sentence",
    [
        "Mistakes: jumping in without telling anyone, and taking your eyes off the rest of the pool.",
        "Common mistakes are signing the job off without checking the seal.",
        "I'd warn them about cutting the glass without gloves on.",
        "The pitfalls are driving off without doing the walk-round check.",
        "Watch out for skipping the temperature probe when the kitchen is busy.",
    ],
)
def test_mistakes_named_as_ones_to_avoid_are_not_the_candidates_practice(sentence: str) -> None:
    assert not states_unsafe_practice(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I jump in straight away without telling anyone.",
        "We sign the job off without checking the seal.",
        "I usually skip the walk-round check when I'm running late.",
    ],
)
def test_the_same_practice_said_as_ones_own_is_still_unsafe(sentence: str) -> None:
    assert states_unsafe_practice(sentence)
