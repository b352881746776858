"""A duty's second verb that is also a noun ("record", "control", "process"), ending the duty with a bare object,
is put in the gerund with the first: a butchery counter ad's "Rotate stock and record waste accurately" was asked as
"rotating stock and record waste". The duties are written for these tests: none is in the datasets."""

from __future__ import annotations

import pytest

from workbench.interviewer.planning.gerund_phrase import acting
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import JobDetails, Preferences


@pytest.mark.parametrize(
    ("duty", "phrase"),
    [
        ("Rotate stock and record waste accurately", "Rotating stock and recording waste accurately"),
        ("monitor quality and control waste", "monitoring quality and controlling waste"),
        ("serve customers and process payment", "serving customers and processing payment"),
    ],
)
def test_the_second_verb_is_a_gerund_too(duty: str, phrase: str) -> None:
    assert acting(duty) == phrase


@pytest.mark.parametrize(
    ("duty", "phrase"),
    [
        ("handle cash and card payments", "handling cash and card payments"),
        ("check stock and waste levels", "checking stock and waste levels"),
        ("maintain stock and cash flow", "maintaining stock and cash flow"),
    ],
)
def test_a_noun_before_its_head_stays_a_noun(duty: str, phrase: str) -> None:
    assert acting(duty) == phrase


def test_the_competency_of_a_counter_ad_reads_as_english() -> None:
    job = JobDetails(
        id="job-butchery-counter-assistant",
        title="Butchery Counter Assistant",
        description=(
            "<ul><li>Serve customers at the fresh meat counter, cutting, weighing and wrapping meat to order</li>"
            "<li>Rotate stock and record waste accurately</li>"
            "<li>Clean down the counter and equipment at close of trade</li></ul>"
        ),
    )
    names = [c.name for c in build_interview_plan(job, Preferences()).competencies]
    assert any("rotating stock and recording waste" in name for name in names), names
    assert not any("and record waste" in name for name in names), names


@pytest.mark.parametrize(
    ("duty", "phrase"),
    [
        (
            "Deliver exceptional customer service and build lasting client relationships",
            "Delivering exceptional customer service and building lasting client relationships",
        ),
        ("provide advice and support", "providing advice and support"),
    ],
)
def test_a_verb_that_is_no_noun_is_a_gerund_and_a_noun_stays_one(duty: str, phrase: str) -> None:
    """Seen in a jewellery ad: "delivering exceptional customer service and build lasting client relationships"."""
    assert acting(duty) == phrase
