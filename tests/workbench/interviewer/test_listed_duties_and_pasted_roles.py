"""Duties listed with commas, traits asked for, how often a duty is done, and role lines pasted as people paste
them. Seen on plans of unseen ads (plan24): "How do you serve customers, slice and wrap bread?", "How do you greet
shoppers, help them find sizes?", "just as you need to manage diaries, book meeting rooms", "Walk me through your
approach to highly organized and detail-oriented in your work", a Custodian's "empty trash and recycling" lost, "the
last time you had to milk cows twice"; the resume line "Home carer, Bluebird Care (2019-2023)" read as "a bluebird
care" at "Home carer" (then dropped), "Relief Milker - Hollow Farm" and "Stripped and waxed floors ..." never
probed.
Ads and resumes written for these tests (not from any dataset or other test)."""

from __future__ import annotations

import pytest

from workbench.interviewer.planning.duty_split import split_duties
from workbench.interviewer.planning.frequency import without_frequency
from workbench.interviewer.planning.jobtext import requirements
from workbench.interviewer.planning.lexicon import verb_base
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.interviewer.planning.resume import resume_items, resume_probes, role_parts
from workbench.models import JobDetails, Preferences


@pytest.mark.parametrize(
    ("line", "duties"),
    [
        # a verb the list did not know, coordinated with one it does
        (
            "stack shelves, slice and wrap cheese, price the deli counter",
            ["stack shelves", "slice and wrap cheese", "price the deli counter"],
        ),
        ("dice onions, prep salads and chop herbs", ["dice onions", "prep salads", "chop herbs"]),
        # the object ends at its own comma ("change linen,")
        (
            "strip beds, change linen, restock toiletries",
            ["strip beds", "change linen", "restock toiletries"],
        ),
        # a gerund or a noun of action before a plural object ("training rooms", "maintenance requests")
        (
            "arrange diaries, book training rooms, order stationery",
            ["arrange diaries", "book training rooms", "order stationery"],
        ),
        (
            "answer calls, log maintenance requests, chase contractors",
            ["answer calls", "log maintenance requests", "chase contractors"],
        ),
        # an object that is also a verb ("stock"); "tidy" is a verb of its own too (plan27)
        (
            "unload stock, run the tills and tidy the fitting rooms",
            ["unload stock", "run the tills", "tidy the fitting rooms"],
        ),
    ],
)
def test_a_line_of_duties_is_cut_at_each_verb(line: str, duties: list[str]) -> None:
    assert split_duties(line.split()) == duties


def test_a_verb_on_the_object_before_it_is_joined_by_and() -> None:
    assert split_duties(["welcome", "visitors,", "direct", "them", "to", "the", "right", "ward"]) == [
        "welcome visitors and direct them to the right ward"
    ]
    # a check still joins no series of nouns
    assert split_duties(["deposits,", "withdrawals,", "check", "cashing,", "and", "loan", "payments"]) == [
        "deposits, withdrawals, check cashing, and loan payments"
    ]


@pytest.mark.parametrize(
    "word", ["client-facing", "well-presented", "detail-focused", "hands-on", "self-motivated", "fast-paced"]
)
def test_a_hyphened_word_that_describes_is_no_verb(word: str) -> None:
    assert verb_base(word) is None


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("cross-checking", "cross-check"),
        ("double-checks", "double-check"),
        ("pressure-washing", "pressure-wash"),
    ],
)
def test_a_hyphened_verb_stays_a_verb(word: str, base: str) -> None:
    assert verb_base(word) == base


@pytest.mark.parametrize(
    ("duty", "left"),
    [
        ("turn the compost twice weekly", "turn the compost"),
        ("feed lambs three times a day", "feed lambs"),
        ("milk the goats once daily", "milk the goats"),
        ("walk dogs twice", "walk dogs twice"),
    ],
)
def test_how_often_is_no_part_of_the_duty(duty: str, left: str) -> None:
    assert without_frequency(duty) == left


def test_traits_and_interests_are_no_requirements_and_us_waste_duties_are() -> None:
    job = JobDetails(
        id="job-caretaker",
        title="Caretaker",
        description=(
            "Empty rubbish and recycling from every floor; clean the entrance hall; grit paths in winter. "
            "Client-facing and well-presented. A genuine interest in local history."
        ),
        requirements="Highly motivated and detail-focused.",
    )
    found = [r.text for r in requirements(job, [])]
    assert found == [
        "empty rubbish and recycling from every floor",
        "clean the entrance hall",
        "grit paths in winter",
    ]
    bar = JobDetails(
        id="job-bar-staff",
        title="Bar Staff",
        description="Pull pints, serve customers, restock the bar, and work as part of a small front-of-house team.",
    )
    assert [r.text for r in requirements(bar, [])] == ["pull pints", "serve customers", "restock the bar"]


@pytest.mark.parametrize("job_id", [f"deli-{n}" for n in range(12)])
def test_a_plan_asks_each_listed_duty_in_whole_sentences(job_id: str) -> None:
    # The job's id seeds the choice among equivalent templates, so the duty may be asked in its base form or as a
    # gerund ("while slicing and wrapping cooked meats"); twelve fixed ids cover the templates either way.
    job = JobDetails(
        id=job_id,
        title="Deli Counter Assistant",
        description=(
            "Serve shoppers, help them choose cheeses, slice and wrap cooked meats, and keep the counter "
            "spotless. Customer-facing and well-organised."
        ),
    )
    plan = build_interview_plan(job, Preferences())
    asked = [q.text for q in plan.questions if q.phase.value == "technical"]
    assert any(
        "slice and wrap cooked meats" in text or "slicing and wrapping cooked meats" in text for text in asked
    )
    assert any(
        "serve shoppers and help them choose cheeses" in text
        or "serving shoppers and helping them choose cheeses" in text
        for text in asked
    )
    assert not any("customer-facing" in text.lower() or "well-organised" in text for text in asked)
    assert not any(", slice" in text or ", help them" in text for text in asked)


@pytest.mark.parametrize(
    ("line", "told"),
    [
        ("Live-in carer, Helping Hands Care (2020-2024)", ("a live-in carer", "Helping Hands Care")),
        ("Helping Hands Care - Live-in Carer", ("a live-in carer", "Helping Hands Care")),
        ("Store Colleague, Morrisons Daily, 2020-2023", ("a store colleague", "Morrisons Daily")),
        ("2015-2019 | Sandwich Maker | Pret", ("a sandwich maker", "Pret")),
    ],
)
def test_a_role_line_is_read_title_first_in_either_order(line: str, told: tuple[str, str]) -> None:
    assert role_parts(line) == told


def test_pasted_roles_and_doubled_past_tenses_are_items() -> None:
    resume = (
        "Ana Silva\nStable Hand - Oakfield Livery\nScrubbed and sealed 12 stone floors in a listed hall\n"
        "Store Colleague, Morrisons Daily, 2020-2023\nMucked out 9 stables each morning"
    )
    items = {item.text: item.kind for item in resume_items(resume)}
    assert items == {
        "Scrubbed and sealed 12 stone floors in a listed hall": "achievement",
        "Mucked out 9 stables each morning": "achievement",
        "Stable Hand - Oakfield Livery": "role",
        "Store Colleague, Morrisons Daily, 2020-2023": "role",
    }


def test_a_role_at_an_employer_the_ad_half_names_is_probed() -> None:
    job = JobDetails(
        id="job-home-carer",
        title="Home Carer",
        description="Visit clients at home to help with washing and meals, and keep care notes up to date.",
    )
    plan = build_interview_plan(job, Preferences())
    probes = resume_probes(plan, "Home carer, Caremark Care (2018-2022)\nNVQ Level 3 in Adult Care", job)
    assert any(p.text.startswith("You worked as a home carer at Caremark Care.") for p in probes)
