"""A verb that is also a noun, after a comma that ends a verb's object, starts a duty (esco20, seen in the plans of
the second unseen set): "Take orders, serve food and drinks" was one duty, asked as "When you take orders, serve
food and drinks, what do you check first"."""

from __future__ import annotations

from workbench.interviewer.planning.duty_split import reads_as_verb, split_duties
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import JobDetails, Preferences


def _split(text: str) -> list[str]:
    return split_duties(text.split())


def test_a_verb_after_a_comma_that_ends_an_object_starts_a_duty() -> None:
    assert _split("Take orders, serve food and drinks, and make sure guests are happy") == [
        "Take orders",
        "serve food and drinks",
        "make sure guests are happy",
    ]
    # and a verb that is also a noun before "each" or "every" is a verb: "scan each delivery" is no topic
    assert reads_as_verb("scan", "scan", "each", ["delivery"])
    assert reads_as_verb("check", "check", "every", ["delivery"])


def test_nouns_of_a_list_stay_in_it() -> None:
    """A noun after the comma ("cost control", "deaths", "stock rotation") is an item of the object's list."""
    assert _split("manage budgets, cost control and forecasting") == [
        "manage budgets, cost control and forecasting"
    ]
    assert _split("Serve customers, handle deliveries, stock rotation and cleaning")[1:] == [
        "handle deliveries, stock rotation and cleaning"
    ]
    assert _split("Register births, deaths, stillbirths") == ["Register births, deaths, stillbirths"]


def test_no_question_asks_two_comma_joined_duties_as_one() -> None:
    job = JobDetails(
        id="server",
        title="Server",
        description="Take orders, serve food and drinks, and make sure our guests have a great dining experience.",
    )
    texts = [q.text for q in build_interview_plan(job, Preferences()).questions]
    assert not any("take orders, serve" in text.lower() for text in texts), texts
