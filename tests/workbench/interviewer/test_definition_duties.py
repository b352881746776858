"""Duties read from an ESCO occupation's definition must each read as one task a candidate could describe:
definitions written here in ESCO's style (none of them ESCO's own rows)."""

from __future__ import annotations

import pytest

from workbench.interviewer.planning.duties import duty_requirements


def _duties(definition: str, label: str) -> list[str]:
    return [duty.text for duty in duty_requirements(definition, label)]


def test_duties_run_on_with_commas_are_one_task_each() -> None:
    duties = _duties(
        "Recruitment officers hire staff, write job adverts, and set up interview panels. They mix the "
        "test papers with the answer sheets, then mark the resulting scores against a key.",
        "recruitment officer",
    )
    assert "hire staff" in duties and "write job adverts" in duties, duties
    assert "set up interview panels" in duties, duties
    assert not any(", then" in duty or ", and set" in duty for duty in duties), duties


def test_a_list_is_not_split_into_tasks() -> None:
    """Verbs in a series share their object; a list's last noun after ", and" is no task; a verb whose object
    points back goes on with the task before it."""
    duties = _duties(
        "Pipe fitters bend, cut, shape, and join lengths of copper pipe. They read the theory, market "
        "experience, and research reports. They receive deliveries, check them against the order.",
        "pipe fitter",
    )
    assert "bend, cut, shape, and join lengths of copper pipe" in duties, duties
    assert not any(duty.startswith(("market", "cut", "shape", "check them")) for duty in duties), duties
    assert "receive deliveries and check them against the order" in duties, duties


def test_a_duty_with_nothing_but_a_generic_object_is_not_asked() -> None:
    """ "supply and perform one or more tasks", "strive for solutions", "develop and implement strategies":
    nothing a candidate could describe; "allocate tasks" is a supervisor's real work."""
    duties = _duties(
        "Line operatives supply and perform one or more tasks. They strive for solutions "
        "that help the plant, develop and implement strategies, and label pallets. They also perform the "
        "necessary steps to inspect and clean the filler heads.",
        "line operative",
    )
    assert not any(word in duty for duty in duties for word in ("tasks", "solutions", "strategies")), duties
    assert any("label pallets" in duty for duty in duties), duties
    supervisors = _duties("Packing supervisors allocate tasks to the packing team.", "packing supervisor")
    assert supervisors and supervisors[0].startswith("allocate tasks"), supervisors


def test_and_or_is_said_as_or() -> None:
    duties = _duties("Heat treaters harden and/or temper steel parts in gas furnaces.", "heat treater")
    assert duties and "and/or" not in duties[0] and "harden or temper" in duties[0], duties


def test_two_verbs_sharing_an_object_are_joined_with_and() -> None:
    """ "Security guards observe, detect irregularities and protect people" was asked as "how to observe, detect
    irregularities"."""
    duties = _duties(
        "Door staff observe, detect trouble and protect guests, staff and property.", "door staff"
    )
    assert "observe and detect trouble" in duties, duties
    series = _duties("Sheet fitters bend, cut, shape, and join sheets of zinc.", "sheet fitter")
    assert "bend, cut, shape, and join sheets of zinc" in series, series


@pytest.mark.parametrize(
    ("definition", "label", "duties"),
    [
        # two verbs sharing their object after "and" start a duty together, not one left on the duty before
        (
            "Hoof trimmers inspect, trim and shape the hooves of ponies and make and fit shoes, in compliance with"
            " any regulatory requirements.",
            "hoof trimmer",
            ["inspect, trim and shape the hooves of ponies", "make and fit shoes"],
        ),
        (
            "Boot menders replace worn-out heels and clean and polish boots.",
            "boot mender",
            ["replace worn-out heels", "clean and polish boots"],
        ),
        # the rule a duty follows is an aside; a hedge before it goes with it
        (
            "Nursery teachers write lesson plans, possibly in accordance with a fixed curriculum.",
            "nursery teacher",
            ["write lesson plans"],
        ),
        # but a verb with no object keeps its rule: the rule is the duty
        (
            "Pump technicians ensure the pumps operate in compliance with regulations.",
            "pump technician",
            ["ensure the pumps operate in compliance with regulations"],
        ),
    ],
)
def test_verbs_sharing_an_object_and_the_rule_a_duty_follows(
    definition: str, label: str, duties: list[str]
) -> None:
    assert [r.text for r in duty_requirements(definition, label)] == duties
