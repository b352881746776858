"""A food factory's maintenance electrician answering through speech-to-text (answers written for this test):
live working said as "work on it live", a permit said to be someone else's, and isolation waved away as slow are
unsafe practice; the careful versions are not."""

from __future__ import annotations

import pytest

from workbench.interviewer.unsafe_practice import unsafe_sentence


@pytest.mark.parametrize(
    ("answer", "unsafe"),
    [
        (
            "if the line is down and production are shouting i just work on it live if its only 230 volts",
            True,
        ),
        ("If the line is down I just work on the motor live.", True),
        ("honestly permits are for the contractors we just crack on", True),
        ("Risk assessments are just for the office, not for us.", True),
        ("The permit takes forever so we start anyway.", True),
        ("I always isolate and prove dead before I work on it, never live.", False),
        ("Isolating properly takes time, but I never skip it.", False),
        ("The permit is for the contractors working at height, and I check theirs before they start.", False),
        ("Permits are for everyone on site, including us.", False),
    ],
)
def test_live_working_and_permits_set_aside(answer: str, unsafe: bool) -> None:
    assert (unsafe_sentence(answer) is not None) is unsafe
