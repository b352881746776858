"""A builders' merchant's Credit Controller, tried as a new user would: "Sage 200 or similar" was a competency
asked as "Suppose Sage 200 or similar goes down" (the tool is the subject, "or similar" a courtesy), and "If a big
customer is over their limit and the branch wants to deliver, I just let it go" scored 3 as "a good start" (a
limit passed and the thing let through is flagged; the account put on stop is not)."""

from __future__ import annotations

import pytest

from workbench.interviewer.planning.jobtext import requirements, tidy_item
from workbench.interviewer.unsafe_practice import unsafe_sentence
from workbench.models import JobDetails


@pytest.mark.parametrize(
    ("item", "tidy"),
    [
        ("Sage 200 or similar.", "Sage 200"),
        ("Xero or equivalent software", "Xero"),
        ("Opera or similar", "Opera"),
    ],
)
def test_or_similar_after_a_tool_is_dropped(item: str, tidy: str) -> None:
    assert tidy_item(item) == tidy


def test_a_credit_controllers_tool_is_named_without_or_similar() -> None:
    job = JobDetails(
        id="job-cc",
        title="Credit Controller",
        description="Chase overdue debts by phone and email, set and review credit limits.",
        requirements="Credit control experience. Sage 200 or similar. Good telephone manner.",
    )
    texts = [requirement.text for requirement in requirements(job, [])]
    assert "Sage 200" in texts
    assert not [text for text in texts if "or similar" in text]


UNSAFE = [
    "If a big customer is over their limit and the branch wants to deliver, I just let it go, the branch manager"
    " knows them.",
    "If an order takes them over the credit limit I'd just release it if they promise to pay Friday.",
]
CAREFUL = [
    "If an account is over its limit I put it on stop and let the branch know.",
    "If it's over my authority I refer it up, I never just approve it.",
]


@pytest.mark.parametrize("answer", UNSAFE)
def test_a_limit_passed_and_let_through_is_unsafe(answer: str) -> None:
    assert unsafe_sentence(answer) is not None


@pytest.mark.parametrize("answer", CAREFUL)
def test_a_limit_kept_is_not_flagged(answer: str) -> None:
    assert unsafe_sentence(answer) is None
