"""An occupation found by none of the title's own words is no occupation of the job when the title's role noun is a
generic one its labels never say, or its labels say the role noun but nothing of the title's kind: the plan rests
on the job's own words instead of another job's duties. And a level of certification hyphenated onto a role ("EMT-
Basic") no longer hides the role. Titles written here, none of them used to tune the matcher."""

from __future__ import annotations

import pytest

from tests.workbench.interviewer.unseen_jobs import occupation_label


@pytest.mark.parametrize(
    "title", ["Play Worker", "Refuse Loader", "Bin Lorry Loader", "Dinner Lady", "Bin Man"]
)
def test_a_bare_title_found_only_by_another_jobs_labels_matches_nothing(title: str) -> None:
    assert occupation_label(title) is None


@pytest.mark.parametrize(
    ("title", "description", "word"),
    [
        ("CNC Machinist", "", "computer numerical control"),
        ("Lifeguard", "", "life guard"),
        ("Security Officer", "", "security"),
        ("Kitchen Porter", "", "kitchen porter"),
        ("Post Room Assistant", "Sort and frank the mail, deliver parcels and keep the post log.", "mail"),
    ],
)
def test_a_title_read_by_its_own_words_or_its_kind_keeps_its_occupation(
    title: str, description: str, word: str
) -> None:
    label = occupation_label(title, description)
    assert label is not None and word in label, label


@pytest.mark.parametrize("title", ["EMT-Basic", "EMT-B", "Paramedic-Intermediate"])
def test_a_level_hyphenated_onto_the_role_is_read_as_the_role(title: str) -> None:
    label = occupation_label(
        title, "Respond to emergency calls, assess patients and give basic life support."
    )
    assert label is not None and "paramedic" in label, label
