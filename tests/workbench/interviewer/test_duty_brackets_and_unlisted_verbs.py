"""Duties read whole from an ad's lines: never cut inside brackets (a list in brackets stays whole with its duty),
and a verb the verb list does not know still opens a duty when its object shows it is one. Lines written here, none
of them used to tune the readers."""

from __future__ import annotations

import pytest

from workbench.interviewer.planning.duty_split import split_duties
from workbench.interviewer.planning.jobtext import requirements
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import JobDetails, Preferences


def _items(description: str = "", requirements_text: str = "") -> list[str]:
    job = JobDetails(id="d", title="Assistant", description=description, requirements=requirements_text)
    return [item.text for item in requirements(job, [])]


@pytest.mark.parametrize(
    ("line", "duty"),
    [
        ("- Maintain grounds (mowing, strimming, hedge cutting)", "maintain grounds"),
        (
            "- Prepare vegetables (peeling, chopping, portioning), keeping the kitchen clean",
            "prepare vegetables",
        ),
        ("- Service pool plant (pumps, filters and dosing) to the planned schedule", "service pool plant"),
        ("- Restock the bar (spirits, mixers, snacks)", "restock the bar"),
    ],
)
def test_no_cut_falls_inside_a_list_in_brackets(line: str, duty: str) -> None:
    items = _items(requirements_text=line)
    assert items and items[0].startswith(duty), items
    assert all(item.count("(") == item.count(")") for item in items), items


def test_a_name_in_brackets_is_kept() -> None:
    assert _items(requirements_text="- Good Excel (VLOOKUPs)") == ["Excel (VLOOKUPs)"]


@pytest.mark.parametrize(
    ("description", "duty"),
    [
        ("Light the ovens at 5am. Mix and shape dough.", "light the ovens at 5am"),
        ("Frank the outgoing mail. Deliver parcels around the building.", "frank the outgoing mail"),
        ("Shampoo the carpets in the guest rooms. Empty the bins.", "shampoo the carpets"),
        (
            "Winch the boats onto their trailers. Keep the slipway clear.",
            "winch the boats onto their trailers",
        ),
    ],
)
def test_a_verb_the_list_does_not_know_opens_a_duty_before_its_determiner(
    description: str, duty: str
) -> None:
    assert any(item.startswith(duty) for item in _items(description)), _items(description)


def test_words_that_are_no_verbs_before_a_determiner_open_no_duty() -> None:
    job = JobDetails(
        id="n",
        title="Assistant",
        requirements="- In the kitchen you will help the chef\n- All the usual hygiene checks",
    )
    acts = [item.text for item in requirements(job, []) if item.shape == "act"]
    assert not any(text.startswith(("in ", "all ", "kitchen")) for text in acts), acts


@pytest.mark.parametrize(
    ("line", "duty"),
    [
        ("Sort incoming post", "sort incoming post"),
        ("Process outgoing mail and parcels", "process outgoing mail and parcels"),
        ("Update existing customer records", "update existing customer records"),
    ],
)
def test_a_participle_before_the_object_says_the_verb(line: str, duty: str) -> None:
    assert _items(requirements_text=f"- {line}") == [duty]


def test_a_role_asked_for_as_such_is_still_no_knowledge() -> None:
    assert (
        _items(requirements_text="- Previous experience in a similar post\n- Experience in a busy role") == []
    )


@pytest.mark.parametrize(
    ("line", "duties"),
    [
        (
            "recommend and fit hearing aids, program and adjust devices",
            ["recommend and fit hearing aids", "program and adjust devices"],
        ),
        ("wash vehicles, valet and polish interiors", ["wash vehicles", "valet and polish interiors"]),
        ("inspect fences, repaint and repair gates", ["inspect fences", "repaint and repair gates"]),
    ],
)
def test_a_lone_word_after_a_plural_shares_the_next_verbs_object(line: str, duties: list[str]) -> None:
    assert split_duties(line.split()) == duties


def test_a_list_of_nouns_keeps_its_last_noun() -> None:
    assert split_duties(["clean", "floors,", "toilets", "and", "empty", "the", "bins"]) == [
        "clean floors, toilets",
        "empty the bins",
    ]
    assert split_duties(["serve", "food,", "coffee", "and", "clear", "tables"])[0] == "serve food, coffee"


def test_a_plan_asks_an_unlisted_verbs_duty_as_a_duty() -> None:
    job = JobDetails(
        id="b", title="Baker", description="Duties: Light the ovens at 5am. Mix and shape dough."
    )
    texts = [q.text for q in build_interview_plan(job, Preferences()).questions]
    assert not any("Light the ovens" in text for text in texts), texts
    assert any("light the ovens" in text or "lighting the ovens" in text for text in texts), texts
