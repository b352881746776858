"""The feedback's summary line, read as a candidate would: a count of areas says something in plain English."""

from __future__ import annotations

from workbench.interviewer.feedback import summary
from workbench.models import Scorecard, ScorecardEntry


def _card(planned: int, evidenced: int) -> Scorecard:
    entries = [
        ScorecardEntry(competency_id=f"c{i}", name=f"area {i}", kind="job_knowledge", coverage="not_asked")
        for i in range(planned)
    ]
    return Scorecard(
        competencies=entries,
        competencies_planned=planned,
        competencies_evidenced=evidenced,
        status="insufficient_evidence",
    )


def test_no_evidence_at_all_is_said_as_none_of_the_areas() -> None:
    text = summary(_card(8, 0), "Roofer")
    assert "on no of" not in text
    assert "did not yet give evidence on any of the eight areas" in text


def test_some_evidence_is_counted_in_words() -> None:
    assert "gave evidence on two of the eight areas" in summary(_card(8, 2), "Roofer")


def test_more_areas_than_words_are_given_as_a_figure() -> None:
    text = summary(_card(14, 3), "Roofer")
    assert "three of the 14 areas" in text and "many" not in text
