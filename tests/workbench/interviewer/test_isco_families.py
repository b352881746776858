"""A job's family read off ISCO's hierarchy when its words name none: the unit group of the job's ESCO occupation
(found among the ISCO rows ESCO ships, by their titles, tasks and example occupations) puts refuse collectors with
refuse work and chimney sweeps and meter readers with the trades, where they were left in the general family. Jobs
written here, none of them used to set the thresholds."""

from __future__ import annotations

import pytest

from workbench.interviewer.planning import isco
from workbench.interviewer.planning.esco import occupations
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import JobDetails, Preferences


def _family(title: str, description: str = "", requirements: str = "") -> str:
    job = JobDetails(id=f"isco-{title}", title=title, description=description, requirements=requirements)
    return build_interview_plan(job, Preferences()).family


@pytest.mark.parametrize(
    ("title", "description", "family"),
    [
        ("Refuse Collector", "", "cleaning"),
        (
            "Refuse Collector",
            "Join our council crew emptying household bins on a weekly round. Early starts, all weathers.",
            "cleaning",
        ),
        ("Chimney Sweep", "", "skilled_trades"),
        (
            "Chimney Sweep",
            "Sweep chimneys and flues for domestic customers, carry out smoke tests and issue certificates.",
            "skilled_trades",
        ),
        ("Meter Reader", "", "skilled_trades"),
        (
            "Gas Meter Reader",
            "Visit homes on your walk to read gas and electricity meters.",
            "skilled_trades",
        ),
    ],
)
def test_an_elementary_or_trade_job_is_not_left_in_the_general_family(
    title: str, description: str, family: str
) -> None:
    assert _family(title, description) == family


def test_a_job_whose_words_name_a_family_keeps_it() -> None:
    """ISCO's family is read only when the job's words name none: a school's teacher stays in education, a
    dental practice's receptionist in healthcare (ISCO files receptionists of every sector together)."""
    assert _family("Music Teacher", "Teach piano and music theory to pupils aged 7-16.") == "education"
    assert (
        _family("Dental Receptionist", "Greet patients, book appointments and take payments.") == "healthcare"
    )
    assert _family("Health & Safety Advisor") != "healthcare"


def _entry(label: str) -> isco.esco.EscoEntry:
    return next(entry for entry in occupations().entries if entry.label == label)


def test_the_unit_group_is_found_by_its_examples_and_tasks() -> None:
    group = isco.group_of("Refuse Collector", _entry("refuse collector"))
    assert group is not None and group.code == "9611"
    assert isco.family_of(group) == "cleaning"
    window = isco.group_of("Window Cleaner", _entry("window cleaner"))
    assert window is not None and window.code.startswith("912")


def test_an_occupation_lent_by_the_ads_text_lends_no_group() -> None:
    """The title's role noun is in none of the occupation's labels: the match says what the ad's words are about,
    not what the job is, so its group decides no family."""
    assert isco.group_of("Climbing Arborist", _entry("high rigger")) is None


def test_a_group_that_barely_leads_the_next_lends_no_family() -> None:
    """ESCO's *cloud engineer* reads about as well on meteorologists as on the engineers: a guess, not a group."""
    assert isco.group_of("Cloud Engineer", _entry("cloud engineer")) is None
    assert isco.family_of(None) is None
