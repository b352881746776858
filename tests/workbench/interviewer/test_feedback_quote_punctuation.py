"""A quote in the candidate-facing feedback reads inside its sentence (issue #8, point 7): its own full stop gives way
to the sentence it stands in ('you said “…at Mile Cross Primary”; next time', not '“…Primary.”; next time')."""

from __future__ import annotations

import pytest

from workbench.interviewer.feedback import _improvement
from workbench.models import EvidenceQuote, ScorecardEntry


@pytest.mark.parametrize("score", [2, 3])
def test_a_quoted_sentence_ends_without_its_full_stop_inside_the_advice(score: int) -> None:
    entry = ScorecardEntry(
        competency_id="motivation",
        name="Motivation and fit for the role",
        kind="behavioural",
        score=score,
        evidence=[EvidenceQuote(quote="I've taught for four years at Mile Cross Primary.", turn_index=0)],
        coverage="evidenced",
    )
    text = _improvement(entry, set()) or ""
    assert "\u201cI've taught for four years at Mile Cross Primary\u201d" in text
    assert ".\u201d" not in text
