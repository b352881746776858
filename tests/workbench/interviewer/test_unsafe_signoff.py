"""Sign-offs without the signer's own check, inputs changed until the answer passes, and a tool's output taken on
trust, as a wrong-but-fluent Structural Engineer said them (none was flagged or probed), in words that fit any
occupation; and the same words said as good practice, which are not flagged."""

from __future__ import annotations

import pytest

from workbench.interviewer.unsafe_practice import unsafe_sentence

UNSAFE = [
    "Honestly I just run the numbers in Tekla and if the software says it passes I issue it, I don't bother with "
    "hand checks, the software is always right.",
    "If the model numbers look off I just tweak the loads until it passes so we hit the deadline.",
    "I sketch what I want and the CAD guys draw it, then I glance at it and sign it.",
    "On site I sign off the rebar if the contractor tells me it's done, I don't need to go look at every bay.",
    "I just sign it off without looking, the contractor knows what they're doing.",
    "I issue the drawings and check them after.",
    "I approve the timesheets without reading them.",
    "I usually just sign whatever the foreman puts in front of me.",
    "I change the inputs until the check passes.",
    "I trust the software, I never check its output.",
]
SAFE = [
    "I never sign anything off without checking it myself.",
    "I always do a hand check of the key members before I issue anything.",
    "I tweak the design until it passes the deflection check, usually by going to a deeper section.",
    "I rerun the analysis until it converges.",
    "I sign off the rebar only after I've walked every bay.",
    "The supervisor signs it off once I tell him it is done and he has checked it.",
    "When the nurse tells me it is done I chart it.",
]


@pytest.mark.parametrize("answer", UNSAFE)
def test_a_sign_off_without_ones_own_check_is_flagged(answer: str) -> None:
    assert unsafe_sentence(answer) is not None


@pytest.mark.parametrize("answer", SAFE)
def test_the_same_words_as_good_practice_are_not_flagged(answer: str) -> None:
    assert unsafe_sentence(answer) is None
