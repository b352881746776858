"""More shortcuts of care, early years, emergency and dispensing work in everyday words: a concern left with the
parent so as not to upset them, capacity never checked, an alarm silenced and walked away from, going in without
breathing apparatus, red lights run without slowing, someone's details given out because they asked nicely,
professional boundaries crossed (money lent, a personal number given to service users), a baby put to sleep on
its front, and a shortcut after a condition that holds a negation ("If I can't read it I guess what the doctor
meant"). Their careful versions are not flagged."""

from __future__ import annotations

import pytest

from workbench.interviewer.unsafe_practice import unsafe_sentence

UNSAFE = [
    "If I notice a bruise I'd ask the parent about it at pick up and leave it there.",
    "I don't want to upset the parents so I wouldn't report it.",
    "If they refuse to go to hospital I get them to sign the form, I don't check if they have capacity.",
    "When the pump is alarming I just silence it and carry on.",
    "If the fire is small I go in without my BA.",
    "I go through red lights without slowing down when I'm on blues.",
    "I give the family the child's address if they ask nicely.",
    "If a service user asks me to, I'll lend them some money.",
    "I give my personal number to the service users so they can text me.",
    "I put the baby down to sleep on her front if she settles better.",
    "If the prescription is handwritten and I can't read it I guess what the doctor meant.",
    "If the register doesn't add up I just change the balance so it matches.",
]
CAREFUL = [
    "I don't want to upset the parents, so I explain the accident form gently and ask them to sign it.",
    "If I notice a bruise I record it on the body map, ask the parent how it happened and tell the DSL.",
    "I always check if they have capacity before I accept a refusal.",
    "When the pump is alarming I silence it, check the line for a kink and restart it.",
    "We never go in without BA, even for a small fire.",
    "On blues I slow right down at red lights and only go through when it is clear.",
    "I never give out anyone's address, even if they ask nicely.",
    "I never lend service users money and I never give my personal number to the service users.",
    "I always put babies to sleep on their back, and they have tummy time on their front when awake.",
    "If I can't read a prescription I don't guess, I ring the prescriber.",
]


@pytest.mark.parametrize("answer", UNSAFE)
def test_care_boundaries_and_emergency_shortcuts_are_unsafe(answer: str) -> None:
    assert unsafe_sentence(answer) is not None


@pytest.mark.parametrize("answer", CAREFUL)
def test_their_careful_versions_are_not_flagged(answer: str) -> None:
    assert unsafe_sentence(answer) is None
