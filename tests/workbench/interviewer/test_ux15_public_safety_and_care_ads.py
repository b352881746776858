"""Ads written for these tests (in no dataset) for jobs outside the datasets: a sheriff's office 911 dispatcher
whose essential functions are written in the third person, one line running several duties on with commas."""

from __future__ import annotations

from workbench.interviewer.planning.jobtext import requirements
from workbench.models import JobDetails

DISPATCHER = JobDetails(
    id="ux15-test-dispatcher",
    title="911 Dispatcher / Public Safety Telecommunicator",
    description=(
        "ESSENTIAL FUNCTIONS:\n"
        "* Answers 911 calls, determines nature and location of emergency, prioritizes calls\n"
        "* Monitors status of units, runs NCIC/FCIC checks for officers\n"
    ),
    requirements="Type 35 WPM.",
)


def _found(job: JobDetails) -> list[str]:
    return [r.text for r in requirements(job, [])]


def test_a_third_person_line_is_split_into_its_duties() -> None:
    found = _found(DISPATCHER)
    assert "determine nature and location of emergency" in found, found
    assert "prioritize calls" in found, found
    assert "monitor status of units" in found, found
    assert "run NCIC/FCIC checks for officers" in found, found
    assert not any(" runs " in f" {text} " or " determines " in f" {text} " for text in found), found
