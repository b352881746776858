"""The people of the work come from one data file (`people_of_the_work.json`) for every reading that needs them,
and the own-health prefilter is read from what `_OWN_HEALTH` is about, so neither can drift from its use (tidy27).
Wording written here, in no dataset."""

from __future__ import annotations

import re

import pytest

from workbench.interviewer import guards
from workbench.interviewer.evidence import _people_stems
from workbench.interviewer.people import alternation, people
from workbench.interviewer.planning.care_duty import care_duty
from workbench.interviewer.reasons_and_deceit import misleads_or_defers
from workbench.interviewer.regex_union import necessary_literal_sets
from workbench.interviewer.stemming import stems


def test_every_branch_of_own_health_needs_a_word_of_its_prefilter() -> None:
    words = set(guards._OWN_HEALTH_WORDS)
    for branch in guards._OWN_HEALTH_BRANCHES:
        options = necessary_literal_sets(re.compile(branch, re.IGNORECASE))
        assert any(option <= words for option in options), branch[:60]


@pytest.mark.parametrize(
    "sentence",
    [
        "Honestly my lupus flares up in winter.",
        "I was signed off for three weeks with a knee injury last spring.",
        "I've been on sick leave since March.",
        "I take meds every morning before my shift.",
        "I'm partially sighted, so I use a screen reader.",
        "I went through a nervous breakdown two years ago.",
    ],
)
def test_own_health_told_in_other_words_is_still_found(sentence: str) -> None:
    assert guards.protected_disclosure(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I checked my residents' insulin before breakfast.",
        "I have diabetes patients on my list every Tuesday.",
        "We saw a lot of anxiety among young pupils after lockdown.",
    ],
)
def test_a_condition_said_of_the_people_of_the_work_is_the_work(sentence: str) -> None:
    assert not guards.protected_disclosure(sentence)


def test_each_use_reads_the_shared_people_and_its_own() -> None:
    for use in ("after_a_condition", "among", "before_a_condition", "care_lines"):
        words = people(use)
        assert {"patients", "residents", "pupils", "service users"} <= set(words)
        assert re.fullmatch(alternation(use), "residents", re.IGNORECASE)
    assert "kids" in people("among") and "kids" not in people("care_lines")
    assert "ewes" in people("care_lines") and "ewes" not in people("before_a_condition")


def test_the_served_people_tie_no_answer_but_leave_the_work_its_service() -> None:
    assert stems("guests customers passengers tenants") <= _people_stems()
    assert not stems("service") & _people_stems()  # "customer service" is work, not whom it is for


@pytest.mark.parametrize(
    "line",
    ["Gave medication to 14 residents on the morning round", "Supported tenants with mental health needs"],
)
def test_a_care_line_for_the_people_of_the_work_is_care_work(line: str) -> None:
    assert care_duty(line)


def test_the_person_told_is_read_from_the_people_of_the_work() -> None:
    """reasons_and_deceit's person served comes from the shared list with its own words, less its exceptions."""
    told = set(people("told"))
    assert {"patients", "residents", "pupils", "service users"} <= told
    assert {"homeowner", "diners", "public"} <= told and not {"children", "people", "adults"} & told


@pytest.mark.parametrize(
    "sentence",
    [
        "I tell the homeowner it's been tested and come back to test it next week.",
        "I told my residents it was ready even though it wasn't.",
        "We tell the diners it's fresh even when it's from yesterday.",
    ],
)
def test_a_person_served_from_the_shared_list_is_the_one_misled(sentence: str) -> None:
    assert misleads_or_defers(sentence)
