"""Jobs given by their title alone (the plan comes from the ESCO occupation's own definition): an air traffic
controller is no finance controller, and a duty's "their" is named only after the people the duty before it
serves ("detect irregularities and provide their clients with advice" is the accountant's clients)."""

from __future__ import annotations

from workbench.interviewer.planning.duty_split import split_duties
from workbench.interviewer.planning.library import classify
from workbench.models import JobDetails


def test_a_controller_of_traffic_is_not_in_finance() -> None:
    assert classify(JobDetails(id="lead-atc", title="Air Traffic Controller")) != "finance"
    assert classify(JobDetails(id="lead-fc", title="Financial Controller")) == "finance"


def test_their_is_named_only_after_people() -> None:
    assert split_duties(["greet", "guests", "and", "take", "their", "orders"]) == [
        "greet guests",
        "take guests' orders",
    ]
    detected = split_duties(
        ["detect", "irregularities", "and", "provide", "their", "clients", "with", "financial", "advice"]
    )
    assert detected == ["detect irregularities", "provide their clients with financial advice"], detected
