"""The candidate's feedback on the opening asks only for what it lacked (issue #8, point 7): an opening that said why
this role ("because I like helping families at important moments") is not told "next time, say what in this role
draws you"; one that gave no reason still is."""

from __future__ import annotations

import pytest

from workbench.interviewer.feedback import _improvement
from workbench.models import EvidenceQuote, ScorecardEntry


def _opening(quote: str, score: int) -> ScorecardEntry:
    return ScorecardEntry(
        competency_id="motivation",
        name="Motivation and fit for the role",
        kind="behavioural",
        score=score,
        evidence=[EvidenceQuote(quote=quote, turn_index=0)],
        coverage="evidenced",
    )


@pytest.mark.parametrize(
    "quote",
    [
        "I want to become a registrar because I like helping families at important moments.",
        "I'd love to work somewhere I can spend more time with the animals themselves.",
        "Your apprenticeship scheme for glaziers appeals to me.",
    ],
)
@pytest.mark.parametrize("score", [2, 3])
def test_an_opening_that_gave_its_reason_is_asked_to_link_it_not_to_give_one(quote: str, score: int) -> None:
    text = _improvement(_opening(quote, score), set()) or ""
    assert "draws you" not in text
    assert "link the reason you gave" in text


@pytest.mark.parametrize(
    "quote",
    ["I've always wanted to do this job, I love it.", "I worked on the tills at a chemist for six years."],
)
def test_an_opening_without_a_reason_is_still_asked_what_draws_them(quote: str) -> None:
    text = _improvement(_opening(quote, 2), set()) or ""
    assert "say what in this role draws you" in text
