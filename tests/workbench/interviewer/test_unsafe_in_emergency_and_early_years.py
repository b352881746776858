"""Shortcuts of the emergency services, home care, early years, midwifery and pharmacy, said in everyday words:
observations skipped, a safeguarding concern held back or handed to the family, breathing apparatus defeated,
dropped tablets reused, a person lifted without the hoist, children left with whoever is there, restraint used to
calm a child, escalation avoided so as not to bother a doctor, a register balanced by editing it. Their careful
versions, said in the same words, are not flagged."""

from __future__ import annotations

import pytest

from workbench.interviewer.unsafe_practice import unsafe_sentence

UNSAFE = [
    "Honestly if someone's drunk and fell I don't bother with a full set of obs, I just leave them with their mates.",
    "If the family says the house is fine I don't bother with an access visit, I just order a commode.",
    "I wouldn't bother with observations if they look well.",
    "With safeguarding I'd want to be really sure before making a referral, so I usually just mention it to the family.",
    "If I see a bruise I'd wait until I was completely sure before reporting it as abuse.",
    "If a child tells me something worrying I promise to keep it secret so they trust me.",
    "I'd promise not to tell anyone so she keeps talking to me.",
    "To be honest when the air is low I just keep going, you can finish the room.",
    "The low air alarm is too early anyway.",
    "I take my mask off to talk when it's smoky so they can hear me.",
    "If the tablets are on the floor I just pop them back in the pot, it's fine if the floor is clean.",
    "If the client is on the floor I lift them up myself, it's quicker than waiting for the hoist.",
    "I'd leave the medication out on the side for her to take later if she's asleep.",
    "Sometimes I leave the kids with the new girl while I pop out for a cigarette.",
    "If it's busy I leave the children on their own for a minute.",
    "If a child is kicking off I hold them down until they calm down, it's the only thing that works.",
    "If the CTG looks suspicious I'd carry on and see how it goes, I don't want to bother the registrar at night.",
    "If the CD register doesn't balance I just adjust the running balance so it matches.",
    "If a patient is in a rush I hand out the bag before the pharmacist has checked it, they can always come back.",
]
CAREFUL = [
    "I do a full set of obs on everyone, even if they're drunk, because a head injury can look like drink.",
    "I never skip an access visit, even if the family says the house is fine.",
    "I wouldn't wait to be sure before making a safeguarding referral, it's not my job to investigate.",
    "I tell the child I can't keep it secret, I have to pass it on to keep them safe.",
    "When the low air warning goes off we withdraw straight away, whatever is left of the search.",
    "I only take my mask off once we're outside in clean air.",
    "If tablets drop on the floor I throw them away, record it on the MAR and ring the pharmacy.",
    "I never lift someone off the floor myself, I wait for the hoist and a second carer.",
    "I never leave the medication out on the side, I watch her take it and then sign the MAR.",
    "We never leave the children on their own, even for a minute.",
    "If a child is kicking off I give them space, keep the others safe and stay calm until they settle.",
    "I'd ring the registrar straight away at night, I don't worry about bothering them.",
    "If the CD register doesn't balance I report it to the pharmacist and we investigate before anything is changed.",
    "I hand the bag out only after the pharmacist has checked it.",
    "I adjust the dose so it matches the chart the GP signed.",
]


@pytest.mark.parametrize("answer", UNSAFE)
def test_emergency_care_and_early_years_shortcuts_are_unsafe(answer: str) -> None:
    assert unsafe_sentence(answer) is not None


@pytest.mark.parametrize("answer", CAREFUL)
def test_their_careful_versions_are_not_flagged(answer: str) -> None:
    assert unsafe_sentence(answer) is None
