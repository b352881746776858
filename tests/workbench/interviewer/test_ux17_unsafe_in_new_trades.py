"""Unsafe practice of trades tried by a new user (ux17), not flagged before: a warning light driven through (a CDL
driver's "If the check engine light comes on I usually just keep driving" scored 4 and praised), a fault hidden or a
safeguard missing and worked on (a glazier), a dangerous animal's enclosure entered alone (a zookeeper)."""

from __future__ import annotations

import pytest

from workbench.interviewer.unsafe_practice import states_unsafe_practice


@pytest.mark.parametrize(
    "sentence",
    [
        "If the check engine light comes on I usually just keep driving and deal with it at the next terminal, "
        "dispatch doesn't like delays and it's usually nothing.",
        "If the oil light comes on I carry on to the end of the shift.",
        "If the brakes feel soft I finish my drops and report it after.",
        "If the low air warning comes on we keep going to the yard.",
        "If the master caution light comes on I carry on with the approach.",
        "When the forklift fault light comes on I keep working till break.",
    ],
)
def test_a_warning_driven_through_is_unsafe(sentence: str) -> None:
    assert states_unsafe_practice(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "If a warning light comes on I keep driving to a safe place and pull over.",
        "If the check engine light comes on I pull over when it is safe and call it in.",
        "If the oil light comes on I never keep driving.",
        "If a warning light comes on you don't just keep driving, you stop.",
        "A colleague had the ABS light on and kept driving for a week.",
    ],
)
def test_stopping_or_anothers_practice_is_not(sentence: str) -> None:
    assert not states_unsafe_practice(sentence)


def test_a_role_at_an_employer_ending_in_a_stop_takes_one_full_stop() -> None:
    from workbench.interviewer.planning.planner import build_interview_plan
    from workbench.interviewer.planning.resume import resume_probes
    from workbench.models import JobDetails, Preferences

    job = JobDetails(
        id="ux17-cdl",
        title="CDL-A Truck Driver",
        description="Conduct pre-trip and post-trip inspections. Haul dry van freight. Log hours of service with ELD.",
        requirements="Valid Class A CDL.",
    )
    resume = "Marcus Reed\nClass A CDL Driver, Swift Haul Inc., Dayton OH (2019 - present)\nWarehouse Associate, Amazon"
    probes = resume_probes(build_interview_plan(job, Preferences()), resume, job)
    texts = [p.text for p in probes if "Swift Haul" in p.text]
    assert texts and all(".." not in text for text in texts), [p.text for p in probes]


@pytest.mark.parametrize(
    "sentence",
    [
        # seen: a glazier's answer praised under "What went well" and scored 4
        "Glass units I order to size, and if a unit's cut wrong I just make it fit with extra packers and a bit more "
        "silicone, nobody ever sees it.",
        "If the skirting is measured wrong I fill the gap with caulk, no one will know.",
        # seen: a glazier's answer, not flagged
        "Honestly if the scaffold's not tagged I still go up, it's usually fine.",
        "When the permit isn't signed we still start, the supervisor catches up.",
        "If the harness hasn't been inspected I still use it for a quick job.",
    ],
)
def test_a_fault_hidden_or_a_safeguard_missing_and_worked_on_is_unsafe(sentence: str) -> None:
    assert states_unsafe_practice(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I do it properly even though nobody sees it.",
        "I always check the seal, nobody else does it.",
        "If the scaffold is not tagged I don't go up, I ring the scaffolders.",
        "If the tag is not in date I still report it to the supervisor.",
        "If the unit's cut wrong I send it back and reorder, it's not worth the callback.",
    ],
)
def test_doing_it_right_is_not(sentence: str) -> None:
    assert not states_unsafe_practice(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # seen: a zookeeper's answer scored 3, "a good start"
        "If we're short I'd go into the chimp enclosure on my own to get it done quicker, the animals know me.",
        "I go in the bull pen by myself to save time.",
        "I'd nip into the big cat den without a second keeper, it's only for a minute.",
    ],
)
def test_a_dangerous_animals_enclosure_entered_alone_is_unsafe(sentence: str) -> None:
    assert states_unsafe_practice(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I never go into the chimp enclosure on my own.",
        "We always go into the enclosure in pairs, never alone.",
        "A new keeper went into the tiger den alone once and got a written warning.",
        "I go into the stable on my own to muck out every morning.",
        "I would not go into the enclosure alone, I would wait for the senior keeper.",
    ],
)
def test_pairs_anothers_act_and_everyday_stables_are_not(sentence: str) -> None:
    assert not states_unsafe_practice(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # seen: a kitchen porter's answers, praised ("you explained what you do and why") and "a good start"
        "I mop the floor with bleach and hot water mixed with the degreaser so it cuts through the grease faster.",
        "I use descaler mixed with bleach on the urinals.",
        "I just sniff it to work out what it is and then use it",
        "I'd have a sniff of the bottle to see what it is.",
    ],
)
def test_chemicals_mixed_or_identified_by_smell_are_unsafe(sentence: str) -> None:
    assert states_unsafe_practice(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I never mix bleach with the degreaser.",
        "I mop with bleach mixed with water as the label says.",
        "I smell the milk to check it is not off.",
        "I would not sniff it to find out what it is, I would ask the supervisor.",
    ],
)
def test_chemicals_used_as_labelled_are_not(sentence: str) -> None:
    assert not states_unsafe_practice(sentence)
