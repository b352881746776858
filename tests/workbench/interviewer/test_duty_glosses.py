"""A duty with a gloss in brackets. Seen: "Operate ship-to-shore (STS) gantry cranes" read as "operate
ship-to-shore" (cut at the bracket); the duty after a bracket in the same line lost ("Install unvented hot water
cylinders (G3) and fit thermostatic mixing valves" kept only the cylinders; "Carry out EICRs (Electrical
Installation Condition Reports) and PAT testing" only the EICRs). Ads written for these tests."""

from __future__ import annotations

import pytest

from workbench.interviewer.planning.adtext import without_glosses
from workbench.interviewer.planning.jobtext import requirements
from workbench.models import JobDetails


def _duties(title: str, description: str) -> list[str]:
    return [r.text for r in requirements(JobDetails(id=title, title=title, description=description), [])]


@pytest.mark.parametrize(
    ("title", "line", "whole"),
    [
        (
            "Quay Crane Driver",
            "Operate ship-to-shore (STS) Gantry Cranes to load and discharge containers from vessels safely.",
            "gantry cranes",
        ),
        (
            "Heating Engineer",
            "Install unvented hot water cylinders (G3) and fit thermostatic mixing valves (TMVs) in care homes.",
            "thermostatic mixing valves",
        ),
        (
            "Approved Electrician",
            "Carry out EICRs (Electrical Installation Condition Reports) and PAT testing across the estate.",
            "pat testing",
        ),
        (
            "Process Technician",
            "Clean and sanitise the mixing vessels (CIP) and Record Every Batch on the MES before each changeover.",
            "record every batch",
        ),
    ],
)
def test_a_gloss_in_brackets_neither_cuts_the_duty_nor_loses_the_next(
    title: str, line: str, whole: str
) -> None:
    duties = _duties(title, line)
    assert any(whole in duty.lower() for duty in duties), duties
    assert not any(duty.rstrip().endswith(("ship-to-shore", "(")) for duty in duties)


def test_only_glosses_go() -> None:
    # an abbreviation after its words, and the words after their abbreviation
    assert without_glosses("Operate ship-to-shore (STS) cranes") == "Operate ship-to-shore cranes"
    assert without_glosses("Complete EICRs (Electrical Installation Condition Reports).") == "Complete EICRs."
    # an aside that says more is the ad's: a product, a wish, a list of examples
    for kept in (
        "Use the WMS (Manhattan) to pick orders",
        "BASI Level 2 (ISIA preferred)",
        "Administer medicines (including controlled drugs)",
        "Use the ABC (our own booking system) daily",
    ):
        assert without_glosses(kept) == kept
