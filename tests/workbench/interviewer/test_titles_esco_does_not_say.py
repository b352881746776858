"""Titles that no ESCO label says. Seen: a Beatkeeper matched *aquaculture rearing technician* (the ad's "rearing"),
a Building Surveyor the *property appraiser* (whose labels say "valuation surveyor" and "building appraiser"), a
Museum Host and a Sonographer no occupation ("Sonographer (Band 7)": the *band saw operator*), a Ghillie the
aquaculture technician. Ads written for these tests (not from any dataset)."""

from __future__ import annotations

import pytest

from tests.workbench.interviewer.unseen_jobs import occupation_label as _label
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.interviewer.planning.titles import compounds_apart
from workbench.models import JobDetails, Preferences

SHOOT = (
    "<p>Join a team of three on a driven pheasant and partridge shoot.</p><ul><li>Rearing poults and releasing them"
    " into pens each summer</li><li>Legal predator control to the Code of Good Shooting Practice</li><li>Maintaining"
    " feeders, drinkers and release pens</li><li>Running the beating line on shoot days</li></ul>"
    "<p>Benefits: tied house, vehicle and dog kennels.</p>"
)
SCANS = (
    "Our imaging department needs a friendly colleague for its ultrasound team. Responsibilities: undertake general,"
    " obstetric and gynaecological ultrasound examinations; write accurate reports and escalate unexpected findings;"
    " support the training of students."
)
GALLERY = (
    "Be the friendly face of our galleries: greet visitors, share stories about the artworks on display, keep the"
    " collection safe and help with evacuations. Staff discount in our shop and cafe."
)
SURVEYS = (
    "The role: undertaking pre-acquisition and condition surveys of offices and industrial units; preparing"
    " schedules of dilapidations; writing specifications and administering small works contracts."
)


@pytest.mark.parametrize("title", ["Beatkeeper", "Underkeeper", "Beat Keeper", "Riverkeeper", "Head Keeper"])
def test_a_keeper_of_a_shoot_is_its_game_keeper(title: str) -> None:
    assert _label(title, SHOOT) == "game keeper"


def test_a_ghillie_is_the_estates_game_keeper_and_a_water_bailiff_a_warden() -> None:
    river = "Patrol the salmon beats of the river, help visiting anglers and record the catch."
    assert _label("Ghillie", river) == "game keeper"
    # a river's bailiff guards its fish and game (ESCO's "fish and game warden", "game warden"), no court's
    river_bailiff = _label("Water Bailiff", "Patrol the river against poaching and check fishing licences.")
    assert river_bailiff in {"nature conservation officer", "game keeper"}
    assert _label("Court Bailiff", "Keep order in the courtroom and escort defendants.") == "court bailiff"


def test_a_compound_title_is_said_as_esco_says_its_role_noun() -> None:
    assert compounds_apart("Beatkeeper") == "Beat keeper"
    assert compounds_apart("Senior Riverkeeper") == "Senior River keeper"
    # a word ESCO's labels say as one is left whole, and a short role noun never splits one ("groundsman")
    assert compounds_apart("Gamekeeper") == "Gamekeeper"
    assert compounds_apart("Housekeeper") == "Housekeeper"
    assert compounds_apart("Groundsman") == "Groundsman"


def test_a_match_found_by_the_ads_words_alone_is_no_match() -> None:
    """A title no label says, whose ad's words found an occupation of a kind the job never says: none, not that
    occupation's duties (*aquaculture rearing technician* for "rearing" of a shoot's poults)."""
    hatchery = (
        "Rearing and releasing young birds. Checking the birds for signs of disease. Keeping the sheds clean."
    )
    for title in ("Poultwrangler", "Beatman"):
        assert _label(title, hatchery, "Experience of rearing game birds.") is None


@pytest.mark.parametrize(
    "title", ["Sonographer", "Sonographer (Band 7)", "Obstetric Sonographer", "Echocardiographer"]
)
def test_an_ultrasound_scanner_is_a_diagnostic_radiographer(title: str) -> None:
    assert _label(title, SCANS) == "diagnostic radiographer"


@pytest.mark.parametrize("title", ["Museum Host", "Gallery Attendant", "Visitor Experience Assistant"])
def test_a_museums_front_of_house_is_its_guide(title: str) -> None:
    assert _label(title, GALLERY) == "tourist guide"


def test_a_building_surveyor_is_the_building_control_surveyors_occupation() -> None:
    assert _label("Building Surveyor", SURVEYS) == "building inspector"
    # the surveyors ESCO names keep their own occupation
    assert _label("Quantity Surveyor", SURVEYS) == "quantity surveyor"
    assert _label("Land Surveyor", "Topographic surveys with GPS and total stations; CAD drawings.") == (
        "land surveyor"
    )


def test_a_smart_meter_engineer_is_the_electric_meter_technician() -> None:
    ad = "Install and exchange smart electricity and gas meters in customers' homes and commission in-home displays."
    assert _label("Smart Meter Engineer", ad) == "electric meter technician"


def test_an_occupation_of_a_sector_the_job_never_says_is_not_the_titles() -> None:
    """ESCO files "site supervisor" under *aquaculture site supervisor* and "shift supervisor" under *refinery shift
    manager*: a builder's and a warehouse's supervisors are neither; a salmon farm's is the first."""
    builder = "Lead a team of operatives on a housing development, check RAMS and run toolbox talks."
    assert _label("Site Supervisor", builder) != "aquaculture site supervisor"
    warehouse = (
        "Run the night shift of our distribution centre: pick rates, loading bays and the team's breaks."
    )
    assert _label("Shift Supervisor", warehouse) != "refinery shift manager"
    salmon = "Run our aquaculture site day to day: feeding, net checks, fish health and the boat crew."
    assert _label("Site Supervisor", salmon) == "aquaculture site supervisor"


@pytest.mark.parametrize(
    ("title", "ad", "family"),
    [
        (
            "Echocardiographer",
            "Perform transthoracic echocardiograms and write reports for the cardiologists.",
            "healthcare",
        ),
        ("Water Bailiff", "Patrol the river to deter poaching, check rod licences and help anglers.", "land"),
        (
            "Countryside Ranger",
            "Lead guided walks, maintain paths and fences and record wildlife sightings.",
            "land",
        ),
        (
            "Smart Meter Engineer",
            "Install smart electricity meters and in-home displays in customers' homes.",
            "skilled_trades",
        ),
        ("Gallery Attendant", GALLERY, "hospitality"),
    ],
)
def test_titles_esco_lacks_are_planned_in_their_family(title: str, ad: str, family: str) -> None:
    plan = build_interview_plan(JobDetails(id=title, title=title, description=ad), Preferences())
    assert plan.family == family
