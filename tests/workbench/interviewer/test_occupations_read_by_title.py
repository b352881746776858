"""ESCO matched wrongly or not at all. Seen: a port crane operator planned as a ship's crew ("the weather worsens and
the crossing is due to go ahead", "the steps you take on board"); a Court Usher given by its title planned as the
theatre's *usher*; an Overhead Linesperson matched to no occupation, though *overhead line worker* files "overhead
transmission and distribution linesperson" among its labels. (Ads written for these tests, in no dataset.)"""

from __future__ import annotations

import pytest

from tests.workbench.interviewer.unseen_jobs import occupation_label as _label
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import Difficulty, JobDetails, Preferences

CRANE = JobDetails(
    id="port-crane",
    title="Port Crane Operator",
    description=(
        "Operate ship-to-shore (STS) gantry cranes to load and discharge containers from vessels. Work with the "
        "signaller and the lashing gang, follow the bay plan, carry out pre-use checks and report defects, and stop "
        "work in high winds. 24/7 shift pattern."
    ),
    requirements="Experience of STS, RTG or mobile crane operation.",
)
DECKHAND = JobDetails(
    id="deckhand",
    title="Deckhand",
    description="Join the crew of our passenger ferry. Mooring, watchkeeping and safety drills on board the vessel.",
    requirements="STCW basic safety training.",
)


@pytest.mark.parametrize("difficulty", list(Difficulty))
def test_a_port_crane_operator_works_on_the_quay_not_on_board(difficulty: Difficulty) -> None:
    plan = build_interview_plan(CRANE, Preferences(difficulty_level=difficulty))
    assert plan.family == "ports"
    ship = ("on board", "crossing", "at sea", "mooring line", "on your watch")
    assert [q.text for q in plan.questions if any(word in q.text.lower() for word in ship)] == []


def test_a_ship_s_crew_is_still_maritime() -> None:
    assert build_interview_plan(DECKHAND, Preferences()).family == "maritime"


def test_a_title_that_names_a_court_is_no_theatre_usher() -> None:
    assert _label("Court Usher") != "usher"
    assert "court" in (_label("Court Usher") or "")
    assert _label("Theatre Usher") == "usher"  # the usher whose own name it is


def test_a_title_its_labels_say_with_words_between_names_the_occupation() -> None:
    assert _label("Overhead Linesperson") == "overhead line worker"
    assert (
        _label(
            "Overhead Linesperson", "Build and repair 11kV overhead lines on wood poles. Climb poles safely."
        )
        == "overhead line worker"
    )


@pytest.mark.parametrize(
    ("title", "not_label"),
    [
        ("Procurement Buyer", "ICT buyer"),  # its labels say "procurement ... buyer"; its own name says ICT
        ("Security Officer", "chief ICT security officer"),  # a generic role noun: no reading apart
    ],
)
def test_a_reading_apart_needs_the_occupation_s_own_kind(title: str, not_label: str) -> None:
    assert _label(title) != not_label


def test_a_power_network_s_line_worker_is_a_trade() -> None:
    job = JobDetails(
        id="linesperson",
        title="Overhead Linesperson",
        description="Build, maintain and repair 11kV overhead lines. Climb wood poles. Respond to faults on standby.",
    )
    assert build_interview_plan(job, Preferences()).family == "skilled_trades"


@pytest.mark.parametrize(
    ("title", "description", "label"),
    [
        (
            "Quality Inspector",
            "Inspect machined and welded components against drawings and specifications. Detect defects in welds "
            "and surface finish. Use CMM, micrometers, verniers and height gauges. Raise nonconformance reports.",
            "product quality inspector",  # not *clothing quality inspector*: the ad never says clothing
        ),
        (
            "Railway Track Inspector",
            "Walk the track on foot to inspect rails, sleepers, fastenings and ballast. Identify track defects such "
            "as broken rails and cracked welds, and record them.",
            "railway infrastructure inspector",  # not *rolling stock inspector*: no wagon or carriage in the ad
        ),
    ],
)
def test_a_match_whose_kind_the_ad_never_says_yields_to_the_title_s_own(
    title: str, description: str, label: str
) -> None:
    assert _label(title, description) == label


def test_the_title_s_own_occupation_needs_its_kind_said_too() -> None:
    # the bare title "Glazier" reads *vehicle glazier*; a glazier's ad of windows and doors says no vehicle
    found = _label(
        "Glazier", "Fit double glazed windows and doors in new build homes. Measure openings and seal frames."
    )
    assert found != "vehicle glazier"
