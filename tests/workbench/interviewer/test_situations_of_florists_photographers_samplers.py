"""Situations that fit the job's own setting. Seen: a high-street Florist was asked what she would do if "head
office changes the plan with a day's notice"; a Wedding Photographer if "you spot an error after the work has gone
live" or "a stakeholder asks for major changes"; a Water Quality Sampler, who records results on a handheld
device, if "the scanner sends you to a location where the item is not there" (a picker's scanner). Ads written
for these tests (not from any dataset)."""

from __future__ import annotations

import pytest

from workbench.interviewer.planning.library import item_kind
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import Difficulty, JobDetails, Preferences

FLORIST = (
    "Independent florist in York. Create hand-tied bouquets and funeral tributes, prepare wedding flowers, take"
    " orders over the phone and in the shop, and keep the workroom clean. Saturdays essential."
)
PHOTOGRAPHER = (
    "<p>We are a small wedding photography studio.</p><ul><li>Shoot weddings and family portraits from start to"
    " finish</li><li>Direct group photos on the day</li><li>Edit and deliver online galleries within 6 weeks</li></ul>"
)
SAMPLER = (
    "Collect drinking water samples from customer taps and reservoirs across the region, keep samples chilled and"
    " deliver them to the laboratory, maintain chain of custody, and record results on a handheld device."
)


def _asked(title: str, ad: str) -> str:
    job = JobDetails(id=title, title=title, description=ad, requirements="")
    return " ".join(
        question.text
        for difficulty in Difficulty
        for question in build_interview_plan(job, Preferences(difficulty_level=difficulty)).questions
    ).lower()


@pytest.mark.parametrize(
    ("title", "ad", "unfit", "own"),
    [
        ("Florist", FLORIST, ["head office"], ["wholesaler", "funeral tribute", "the flowers for"]),
        (
            "Wedding Photographer",
            PHOTOGRAPHER,
            ["stakeholder", "gone live"],
            ["camera", "weather", "guest", "client"],
        ),
        (
            "Water Quality Sampler",
            SAMPLER,
            ["scanner", "analyser", "within the hour"],
            ["tap", "cool box", "van"],
        ),
    ],
)
def test_situations_fit_the_jobs_own_setting(title: str, ad: str, unfit: list[str], own: list[str]) -> None:
    asked = _asked(title, ad)
    assert not [phrase for phrase in unfit if phrase in asked]
    assert any(phrase in asked for phrase in own)


@pytest.mark.parametrize(
    ("item", "scanner"),
    [
        ("RF scanner", True),
        ("using handheld scanners and RF terminals", True),
        ("barcode devices", True),
        ("record results on a handheld device", False),
        ("record meter readings on a hand-held device", False),
    ],
)
def test_only_a_scanner_is_given_a_pickers_scanner_situations(item: str, scanner: bool) -> None:
    kind = item_kind(item)
    assert (kind is not None and "scanner" in " ".join(kind.act_complications)) is scanner
