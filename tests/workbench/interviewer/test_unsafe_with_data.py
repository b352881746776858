"""A photographer's and a translator's shortcuts with data, tried as a new user: the only copy of a shoot wiped on
a guess, and a client's confidential contract pasted into a public AI tool. The answers are written for these
tests: none is in the datasets."""

from __future__ import annotations

import pytest

from workbench.interviewer.unsafe_practice import unsafe_sentence


@pytest.mark.parametrize(
    ("answer", "unsafe"),
    [
        ("If I run out of cards I just format one from the morning, it's probably backed up.", True),
        ("To save time I paste the whole contract into ChatGPT and tidy up what it gives me.", True),
        ("I run it through DeepL first to save time.", True),
        ("I never format a card until the gallery is delivered and backed up twice.", False),
        ("Client documents never go into ChatGPT or any online tool, it breaks confidentiality.", False),
        ("I use memoQ with the client TM and glossary.", False),
    ],
)
def test_data_lost_or_leaked_is_unsafe_practice(answer: str, unsafe: bool) -> None:
    assert (unsafe_sentence(answer) is not None) is unsafe
