"""Two nouns coordinated before the head noun they share are one duty: a conveyancer's "run a caseload of 80-100
sale and purchase files from instruction to completion" was split into "run a caseload of 80-100 sale" and
"purchase files from instruction to completion" (and asked "how to purchase files"), a bookkeeper's "process
sales and purchase invoices" into "process sales" and "purchase invoices"."""

from __future__ import annotations

import pytest

from workbench.interviewer.planning.duty_split import as_bases, split_duties
from workbench.interviewer.planning.gerund_phrase import acting


@pytest.mark.parametrize(
    "line",
    [
        "run a caseload of 80-100 sale and purchase files from instruction to completion",
        "process sales and purchase invoices on Xero",
        "prepare import and export documents for customs",
    ],
)
def test_a_pair_of_nouns_before_one_head_is_one_duty(line: str) -> None:
    assert split_duties(as_bases(line.split())) == [line]


def test_two_duties_joined_by_and_are_still_two() -> None:
    assert split_duties(
        as_bases(["check", "deliveries", "and", "purchase", "supplies", "from", "the", "wholesaler"])
    ) == [
        "check deliveries",
        "purchase supplies from the wholesaler",
    ]


def test_the_competency_name_keeps_the_pair_whole() -> None:
    assert acting("lead projects from pre-construction to handover under JCT Design and Build contracts") == (
        "leading projects from pre-construction to handover under JCT Design and Build contracts"
    )
    assert acting("check deliveries and purchase supplies") == "checking deliveries"
