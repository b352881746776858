"""Duties an ad states that vanished from the plan: a verb no list knew read as a noun ("Notice changes ...", "Spot lame
or sick cows", "Rearing and releasing birds", "clearing fly-tipping") and dropped as prose; a verb that is also a
noun before two modifiers of one object ("Fit base and wall units") read as a topic; a duty made long by what is
then done with its object ("... and report them to the nurse in charge") dropped as a sentence of prose; a list that
opens with a name of work and goes on with longer activities ("Litter picking, emptying litter bins, ...") cut to its
first part. (Ads written for these tests, in no dataset.)"""

from __future__ import annotations

import pytest

from workbench.interviewer.planning.gerund_phrase import acting
from workbench.interviewer.planning.jobtext import requirements
from workbench.interviewer.planning.lexicon import config, verb_base
from workbench.models import JobDetails


def _texts(title: str, description: str, asked: str = "") -> list[str]:
    job = JobDetails(id="x", title=title, description=description, requirements=asked)
    return [r.text for r in requirements(job, [])]


@pytest.mark.parametrize(
    ("title", "description", "duty"),
    [
        (
            "Kitchen Fitter",
            "Self-employed kitchen fitter required. Fit base and wall units, worktops (laminate and solid wood) "
            "including mitre joints and hob/sink cut-outs, fit appliances, tiling and plinths.",
            "fit base and wall units",
        ),
        (
            "Bathroom Installer",
            "Remove old suites. Clean floor and wall tiles before grouting. Liaise with our plumbers.",
            "clean floor and wall tiles",
        ),
        (
            "Care Assistant",
            "Support residents with personal care. Notice changes in a resident's health or mood and report them "
            "to the nurse in charge. Complete care records.",
            "notice changes in a resident's health or mood",
        ),
        (
            "Dairy Herdsperson",
            "Milking and feeding. Spot lame or sick cows and treat them.",
            "spot lame or sick cows",
        ),
        (
            "Beat Keeper",
            "Rearing and releasing birds, feeding and watering pens, managing beaters on shoot days, and "
            "maintaining rides and drives.",
            "rear and release birds",
        ),
        (
            "Beat Keeper",
            "Rearing and releasing birds, feeding and watering pens, managing beaters on shoot days, and "
            "maintaining rides and drives.",
            "feed and water pens",
        ),
    ],
)
def test_a_duty_the_ad_states_is_kept(title: str, description: str, duty: str) -> None:
    assert any(text.startswith(duty) for text in _texts(title, description)), _texts(title, description)


def test_a_list_that_opens_with_a_name_of_work_keeps_its_longer_activities() -> None:
    texts = _texts(
        "Street Cleansing Operative",
        "Litter picking, emptying litter bins, sweeping with a barrow and brush, clearing fly-tipping and "
        "reporting hazardous waste (needles, asbestos), operating a small pedestrian sweeper.",
    )
    assert "empty litter bins" in texts
    assert "clear fly-tipping and report hazardous waste" in texts
    assert "operate a small pedestrian sweeper" in texts


def test_names_that_end_a_list_are_what_its_last_activity_works_on() -> None:
    texts = _texts(
        "Carpet and Flooring Fitter",
        "Measuring rooms, preparing subfloors (latex screed, ply), fitting carpets with gripper and underlay, "
        "fitting vinyl, LVT and laminate.",
    )
    assert "LVT and laminate" not in texts and "LVT" not in texts, texts


def test_a_random_check_and_a_notice_period_are_no_duties_to_spot_or_notice() -> None:
    job = JobDetails(
        id="x",
        title="Cleaning Supervisor",
        requirements="- Spot checks on cleaning standards\n- Notice period: one month",
    )
    acts = [r.text for r in requirements(job, []) if r.shape == "act"]
    assert acts == []


def test_every_verb_of_noticing_is_a_work_verb() -> None:
    # a noticing duty opens with one; a verb no list knows is read as a noun and its duty dropped
    assert [verb for verb in config()["verbs"]["noticing"] if verb_base(verb) != verb] == []


def test_a_verb_no_list_knows_is_never_given_a_second_ing() -> None:
    # "Climbing, pruning and dismantling trees" was asked as "climbing, pruning and dismantlinging trees"
    # ("pollarding" is a verb no list knows)
    assert acting("climb, prune and pollarding trees") == "climbing, pruning and pollarding trees"


def test_a_series_of_gerunds_is_asked_in_the_base_form() -> None:
    texts = _texts(
        "Arborist", "The role:\n- Climbing, pruning and dismantling trees to BS3998\n- Operate chippers"
    )
    assert "climb, prune and dismantle trees to BS3998" in texts, texts


@pytest.mark.parametrize(
    "asked",
    [
        "Completed overhead lines apprenticeship or equivalent.",
        "PgCert in Medical Ultrasound.",
        "Postgraduate Diploma in Medical Ultrasound",
        "Good depth perception.",
    ],
)
def test_a_qualification_or_a_trait_is_no_job_knowledge(asked: str) -> None:
    # seen: "Describe a recent piece of work that involved completed overhead lines apprenticeship", "Which checks
    # do you rely on when it comes to PgCert in Medical Ultrasound", "while you are responsible for depth perception"
    assert _texts("Operator", "", asked) == []
