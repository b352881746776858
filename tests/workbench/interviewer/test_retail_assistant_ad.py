"""A convenience store's one-line ad, tried as a new user: "Retail Assistant" matched ESCO's *retail entrepreneur*
(whose duty "organise business processes and concepts in his/her personally owned business" was asked), the
line "Serving customers on the till, Challenge 25, stacking shelves, date checks, cashing up" became two items
("What would you do if, while stacking shelves, date checks, cashing up, ..."), and "I just put the difference
in from my own pocket so it balances" was not flagged. Written for these tests: the job is not in the datasets."""

from __future__ import annotations

import pytest

from workbench.interviewer.planning.jobtext import requirements
from workbench.interviewer.planning.planner import build_interview_plan, match_occupation
from workbench.interviewer.unsafe_practice import unsafe_sentence
from workbench.models import JobDetails, Preferences

_SHOP = JobDetails(
    id="job-retail-assistant",
    title="Retail Assistant",
    description=(
        "Part-time retail assistant for a busy convenience store. Serving customers on the till, Challenge 25, "
        "stacking shelves, date checks, cashing up."
    ),
)


@pytest.mark.parametrize("title", ["Retail Assistant", "Store Assistant", "Customer Assistant"])
def test_a_shops_assistant_is_esco_shop_assistant(title: str) -> None:
    found = match_occupation(_SHOP.model_copy(update={"title": title}))
    assert found is not None and found[0].label == "shop assistant"


def test_a_list_of_activities_and_names_of_work_is_one_item_a_part() -> None:
    items = [r.text for r in requirements(_SHOP, [])]
    assert items[:4] == ["serve customers on the till", "stack shelves", "date checks", "cashing up"]
    plan = build_interview_plan(_SHOP, Preferences())
    assert not any("his/her" in q.text or "," in q.competency_id for q in plan.questions)


def test_a_list_of_gerunds_alone_still_splits_by_its_verbs() -> None:
    job = _SHOP.model_copy(
        update={
            "description": "Picking and packing orders, loading vehicles and keeping the warehouse clean."
        }
    )
    assert [r.text for r in requirements(job, [])] == [
        "pick and pack orders",
        "load vehicles",
        "keep the warehouse clean",
    ]


@pytest.mark.parametrize(
    ("answer", "unsafe"),
    [
        (
            "If the till is down by a few quid I just put the difference in from my own pocket so it balances.",
            True,
        ),
        ("If it is short I take it out of the tips.", True),
        ("If the till is down I count it again, record the difference and tell the manager.", False),
        ("I never make up the difference from my own pocket, I report it.", False),
    ],
)
def test_a_till_made_to_balance_is_unsafe(answer: str, unsafe: bool) -> None:
    assert (unsafe_sentence(answer) is not None) is unsafe
