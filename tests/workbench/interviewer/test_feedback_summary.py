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


def _not_asked(*names: str) -> Scorecard:
    entries = [
        ScorecardEntry(competency_id=f"n{i}", name=name, kind="behavioural", coverage="not_asked")
        for i, name in enumerate(names)
    ]
    return Scorecard(
        competencies=entries,
        competencies_planned=8,
        competencies_evidenced=5,
        status="scored",
        overall=3.4,
    )


def test_areas_not_reached_that_hold_an_and_stay_apart() -> None:
    # seen (ux18, a community midwife): "We did not get to patient-centred care, safety and compliance and
    # teamwork and collaboration in the time we had."
    cases = [
        (
            ("Patient-centred care", "Safety and compliance", "Teamwork and collaboration"),
            "patient-centred care, safety and compliance, and teamwork and collaboration in the time",
        ),
        (
            ("Safety and compliance", "Teamwork and collaboration"),
            "safety and compliance, and teamwork and collaboration in the time",
        ),
        (
            ("Leading a team", "Planning and organising", "Problem solving"),
            "leading a team, planning and organising, and problem solving in the time",
        ),
    ]
    for names, said in cases:
        assert said in summary(_not_asked(*names), "Midwife"), summary(_not_asked(*names), "Midwife")


def test_areas_without_an_and_are_listed_plainly() -> None:
    text = summary(_not_asked("Customer focus", "Problem solving", "Communication"), "Barista")
    assert "customer focus, problem solving and communication in the time" in text
