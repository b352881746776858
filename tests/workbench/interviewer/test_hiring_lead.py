"""An ad's lead naming who hires whom, and a list of objects after a duty's colon, are no duties. Seen on unseen
ads: "Full-service restaurant hiring dishwashers: run the dish machine, ..." asked "How do you full-service
restaurant hiring dishwashers?"; "Service, repair and install commercial refrigeration ...: cold rooms, display
cabinets, condensing units" asked about the moment "you're about to display cabinets, condensing units".
Ads written for these tests (not from any dataset or other test)."""

from __future__ import annotations

import pytest

from workbench.interviewer.planning.adtext import without_examples
from workbench.interviewer.planning.hiring_lead import without_hiring_lead
from workbench.interviewer.planning.jobtext import requirements
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import JobDetails, Preferences


@pytest.mark.parametrize(
    ("item", "duties"),
    [
        (
            "Family-owned garden centre hiring weekend plant assistants: water and feed stock, help customers",
            "water and feed stock, help customers",
        ),
        ("Independent bookshop seeks a part-time bookseller: shelve new titles", "shelve new titles"),
        ("Our busy vets are looking for a receptionist: book appointments", "book appointments"),
        ("Boutique hotel now recruiting night porters: answer the door", "answer the door"),
        ("Harbourside café hiring: make coffee and wipe tables", "make coffee and wipe tables"),
    ],
)
def test_the_lead_goes_and_the_duties_after_its_colon_stay(item: str, duties: str) -> None:
    assert without_hiring_lead(item) == duties


@pytest.mark.parametrize(
    "item",
    [
        "Support hiring managers: schedule interviews and collect feedback",
        "Attend the hiring fair: set up the stand",
        "Lead recruiting for the new store: post adverts",
        "Fault finding and looking for leaks: use a detector",
        "Our kitchen is looking for a chef to run the pass: plate and check dishes",
        "Independent bookshop seeks a part-time bookseller to shelve new titles and run events",
    ],
)
def test_an_item_that_is_no_hiring_lead_stays_whole(item: str) -> None:
    assert without_hiring_lead(item) == item


def _texts(title: str, description: str) -> list[str]:
    return [
        r.text for r in requirements(JobDetails(id=f"job-{title}", title=title, description=description), [])
    ]


def test_a_one_line_ad_keeps_its_duties_and_loses_its_lead() -> None:
    # (before: no duty at all, "award-winning" read as a verb made the whole line one long item of prose)
    texts = _texts(
        "Kitchen Porter",
        "Award-winning seafood bistro hiring kitchen porters: wash glasses and crockery, clean the walk-in fridge and "
        "sort the recycling. £12/hr.",
    )
    assert not any("hiring" in text or "bistro" in text for text in texts), texts
    assert any(text.startswith("wash glasses") for text in texts), texts
    assert any(text.startswith("clean the walk-in fridge") for text in texts), texts


def test_the_plan_asks_about_no_lead() -> None:
    job = JobDetails(
        id="hiring-lead-test",
        title="Pool Attendant",
        description="Family-run leisure centre hiring pool attendants: supervise swimmers from the poolside, "
        "test the water and keep the changing rooms clean. Weekend shifts.",
    )
    questions = " ".join(q.text for q in build_interview_plan(job, Preferences()).questions).lower()
    assert "hiring" not in questions and "leisure centre" not in questions
    assert "supervise swimmers" in questions or "supervising swimmers" in questions


def test_objects_listed_after_a_verb_series_are_its_examples() -> None:
    item = "Clean, inspect and repair catering equipment for cafés and hotels: fryers, combination ovens, glasswashers."
    assert without_examples(item) == "Clean, inspect and repair catering equipment for cafés and hotels"
    texts = _texts("Catering Equipment Engineer", item)
    assert not any("fryers" in text or "glasswashers" in text for text in texts), texts
    assert any(text.startswith("clean, inspect and repair catering equipment") for text in texts), texts
