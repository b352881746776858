"""An airline's cabin crew ad (written for this test, in no dataset): "Deliver safe, friendly service on short-haul
flights" is one duty, not "How do you deliver safe?", and an ESCO duty that sweeps over "a variety of" services is
not asked."""

from __future__ import annotations

from workbench.interviewer.planning.duties import duty_requirements
from workbench.interviewer.planning.duty_split import in_adjective_series
from workbench.interviewer.planning.jobtext import requirements
from workbench.models import JobDetails


def test_two_adjectives_of_one_noun_are_not_cut_apart() -> None:
    crew = JobDetails(
        id="lead-test-cabin-crew",
        title="Cabin Crew",
        description=(
            "Deliver safe, friendly service on short-haul flights: pre-flight safety checks, safety "
            "demonstrations, serving food and drinks, selling duty free, handling disruptive passengers and first aid in "
            "flight."
        ),
    )
    found = [r.text for r in requirements(crew, [])]
    assert any(text.startswith("deliver safe, friendly service") for text in found), found
    assert not in_adjective_series("Check the bar is clean", ", tidy")


def test_a_duty_over_a_variety_of_services_is_not_asked() -> None:
    definition = (
        "Flight attendants perform a variety of personal services conducive to the safety and comfort of airline "
        "passengers. They greet passengers and direct them to assigned seats."
    )
    found = [r.text for r in duty_requirements(definition, "flight attendant")]
    assert not any("variety" in text for text in found), found
    assert any(text.startswith("greet passengers") for text in found), found
