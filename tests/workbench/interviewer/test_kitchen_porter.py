"""A kitchen porter's interview, tried as a new user: the hospitality family asked a porter about guests ("a guest
tells you about a severe allergy after the order has gone in", "a guest is complaining loudly in front of other
guests", customer focus with "a very unhappy guest") and did not flag "I just use a bit of bleach with the other
one". Written for these tests: the job is not in the datasets."""

from __future__ import annotations

import pytest

from workbench.interviewer.planning.planner import build_interview_plan
from workbench.interviewer.unsafe_practice import unsafe_sentence
from workbench.models import Difficulty, JobDetails, Preferences

_PORTER = JobDetails(
    id="job-kitchen-porter",
    title="Kitchen Porter",
    description=(
        "KP needed for busy gastro pub. Washing up, keeping the kitchen clean, helping with prep, taking the bins "
        "out. Weekends essential."
    ),
)


@pytest.mark.parametrize("difficulty", list(Difficulty))
def test_a_kitchen_porter_is_asked_about_the_back_of_house_not_guests_front_of_house(
    difficulty: Difficulty,
) -> None:
    for title in ("Kitchen Porter", "Pot Washer", "Kitchen Assistant"):
        job = _PORTER.model_copy(update={"title": title})
        plan = build_interview_plan(job, Preferences(difficulty_level=difficulty))
        assert plan.family == "hospitality"
        # (a colleague's hygiene putting a guest at risk is a porter's concern too)
        front_of_house = ("complain", "after the order", "unhappy guest", "supplier", "guest outcome")
        said = [q.text.lower() for q in plan.questions] + [
            p for q in plan.questions for p in q.rubric.look_for
        ]
        assert not any(words in text for text in said for words in front_of_house), said
        assert "customer_focus" not in {c.id for c in plan.competencies}


def test_a_waiter_still_meets_the_guests() -> None:
    waiter = _PORTER.model_copy(
        update={"title": "Waiter", "description": "Serve guests in our busy restaurant."}
    )
    plan = build_interview_plan(waiter, Preferences())
    assert "customer_focus" in {c.id for c in plan.competencies}


@pytest.mark.parametrize(
    ("answer", "unsafe"),
    [
        (
            "if I run out of the blue chemical I just use a bit of bleach with the other one, it works the same",
            True,
        ),
        ("I add bleach to the degreaser for the floors", True),
        ("I add bleach to the water at one to ten", False),
        ("I use bleach with water only, never with another product", False),
    ],
)
def test_bleach_put_with_another_product_is_unsafe(answer: str, unsafe: bool) -> None:
    assert (unsafe_sentence(answer) is not None) is unsafe
