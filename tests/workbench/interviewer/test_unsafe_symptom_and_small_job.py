"""A fault's symptom treated and its cause left unfound, and a hazard let go because the job is small. Seen (ux18,
an HVAC technician over the server): "when it's 115 out we just top up the refrigerant and get to the next call,
finding the leak takes too long" was scored 3 and called "a good start"; a roofer's "I'd just crack on, it's only a
small job, ladder and go" went unprobed. Phrasings of other trades written for these tests."""

from __future__ import annotations

import pytest

from workbench.interviewer.unsafe_practice import unsafe_sentence

UNSAFE = [
    "Honestly when it's 115 out we just top up the refrigerant and get to the next call, finding the leak takes too long.",
    "I just reset the breaker rather than trace the fault, it saves time.",
    "We just regas it without looking for the leak.",
    "I'd simply top the coolant up instead of finding the cause, customers don't want to pay for that.",
    "Usually I just repressurise the boiler, tracking down the leak takes ages.",
    "Honestly I'd just crack on, it's only a small job, ladder and go.",
    "It's only a quick job so no need for a harness, I'd just get it done.",
    "For a two-minute job I'd go up the ladder, it's just a small job.",
]
SAFE = [
    "I find the leak with the electronic detector, braze it, pressure test with nitrogen and then recharge by weight.",
    "I never just top up the refrigerant without finding the leak first.",
    "I reset the breaker only after I've traced the fault and repaired the cable.",
    "Even if it's only a small job, I put the tower up and wear the harness.",
    "It's a small job, so I book it in for a morning with the scaffold already up.",
    "I top up the coolant after the repair and check for leaks again once it's warm.",
]


@pytest.mark.parametrize("answer", UNSAFE)
def test_a_symptom_treated_or_a_small_job_shortcut_is_flagged(answer: str) -> None:
    assert unsafe_sentence(answer) is not None, answer


@pytest.mark.parametrize("answer", SAFE)
def test_the_careful_version_is_not_flagged(answer: str) -> None:
    assert unsafe_sentence(answer) is None, answer
