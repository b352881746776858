"""A duty's object kept whole, and a line of gerunds kept in the gerund. Seen: "Achieve individual and store sales
targets" asked about "storing sales targets"; a Ward Clerk's "first point of contact for patients, visitors and
staff on the ward" became "staffing on the ward"; "Maintaining feeders, drinkers and release pens across the
beat" lost its release pens; "Processing supplier invoices, setting up new suppliers" became "processing supplier
invoices, set up new suppliers".
Lines written for these tests (not from any dataset)."""

from __future__ import annotations

import pytest

from workbench.interviewer.planning.adtext import without_glosses
from workbench.interviewer.planning.duty_split import split_duties
from workbench.interviewer.planning.gerund_phrase import acting
from workbench.interviewer.planning.jobtext import _one_duty_each


def _duties(line: str) -> list[str]:
    return [duty for duty, _ in _one_duty_each([(line, "duties")])]


@pytest.mark.parametrize(
    "line",
    [
        "Achieve individual and store sales targets",
        "Meet personal and store KPIs every month",
        "Deliver clinical and personal care to residents",
    ],
)
def test_an_adjective_and_a_second_modifier_share_one_noun(line: str) -> None:
    assert split_duties(line.split()) == [line]
    assert acting(line).split()[-1] == line.split()[-1]  # the gerund phrase keeps the whole object


@pytest.mark.parametrize(
    "line",
    [
        "Act as first point of contact for patients, visitors and staff on the ward",
        "Greet guests, residents and staff at reception",
    ],
)
def test_the_last_noun_of_a_list_starts_no_duty(line: str) -> None:
    assert split_duties(line.split()) == [line]
    assert "staffing" not in acting(line)
    assert acting(line).endswith(line.split()[-1])


def test_a_verb_after_a_list_still_starts_a_duty() -> None:
    assert split_duties(["Greet", "visitors,", "answer", "calls", "and", "book", "appointments"]) == [
        "Greet visitors",
        "answer calls",
        "book appointments",
    ]
    assert (
        split_duties(["Serve", "customers,", "clear", "tables", "and", "stock", "the", "bar"])[-1]
        == "stock the bar"
    )
    assert (
        split_duties(["Take", "calls,", "messages", "and", "deal", "with", "queries"])[-1]
        == "deal with queries"
    )


def test_a_line_of_gerunds_keeps_its_nouns_and_its_gerunds() -> None:
    assert _duties("Maintaining feeders, drinkers and release pens across the beat") == [
        "maintaining feeders, drinkers and release pens across the beat"
    ]
    # Since plan28 a verb with its particle ("setting up") opens its own duty: three gerunds, three duties, each
    # with its noun (it had been joined to the first: "processing supplier invoices, setting up new suppliers").
    assert _duties("Processing supplier invoices, setting up new suppliers and matching statements") == [
        "processing supplier invoices",
        "setting up new suppliers",
        "matching statements",
    ]


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Good Excel (VLOOKUPs). Attention to detail.", "Excel (VLOOKUPs)"),
        ("Confident Excel user (XLOOKUPs)", "(XLOOKUPs)"),
    ],
)
def test_a_name_in_brackets_that_says_what_a_skill_covers_is_kept(line: str, kept: str) -> None:
    # seen: an Accounts Payable Clerk's "Good Excel (VLOOKUPs)" asked about bare "Excel"
    assert kept in without_glosses(line)


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("Operate ship-to-shore (STS) gantry cranes", "Operate ship-to-shore gantry cranes"),
        ("Install unvented cylinders (G3) and fit valves", "Install unvented cylinders and fit valves"),
        (
            "Reporting of Injuries, Diseases and Dangerous Occurrences Regulations (RIDDOR) reports",
            "Reporting of Injuries, Diseases and Dangerous Occurrences Regulations reports",
        ),
    ],
)
def test_a_code_that_says_again_what_comes_before_it_is_still_dropped(line: str, read: str) -> None:
    assert without_glosses(line) == read
