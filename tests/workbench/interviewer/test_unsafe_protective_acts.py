"""A step left out of an act that is itself what keeps people safe is no shortcut. A paramedic's "shock, and back on
the chest immediately without checking for a pulse" (the resuscitation guideline: no pulse check after a shock)
was flagged as "a required check set aside": a "without" pattern written for one trade's omission ("I sign it off
without checking") was read against every act. The act the "without" qualifies is read now: its look-alikes in
other trades stay unflagged, and the same omission from an ordinary act is still flagged."""

from __future__ import annotations

import pytest

from workbench.interviewer.unsafe_practice import states_unsafe_practice

CORRECT = [
    # paramedic: compressions resumed straight after the shock
    "Rhythm check: if it's VF or pulseless VT, shock, and back on the chest immediately without checking for a pulse.",
    "After the shock we go straight into compressions without checking for a pulse, then rhythm check at two minutes.",
    # machine operator: anyone may stop a machine at once
    "If someone's hand is near the blade I'd hit the emergency stop without asking the supervisor first.",
    # gas engineer: a smell of gas, the supply off at once
    "If I smell gas I turn off the gas at the meter without asking the customer, then ventilate.",
    # chef: food of unknown safety thrown away, not tested
    "If the walk-in has been off overnight I bin the chicken without probing it.",
    # care worker: an emergency call made at once
    "If a resident is unresponsive I call 999 without asking the manager first.",
    # lifeguard: the pool cleared at once
    "If there's blood in the water I clear the pool without asking the duty manager.",
]
UNSAFE = [
    "We went on with the job without checking for a pulse.",
    "I isolate it and start work without testing for dead.",
    "I give the insulin without checking the blood sugar.",
    "I sign the certificate off without checking the readings.",
    "I restart the machine without telling anyone.",
    "I reset the alarm without checking why it went off.",
    "I serve the chicken without checking the core temperature.",
]


@pytest.mark.parametrize("sentence", CORRECT)
def test_a_step_left_out_of_a_protective_act_is_not_flagged(sentence: str) -> None:
    assert not states_unsafe_practice(sentence)


@pytest.mark.parametrize("sentence", UNSAFE)
def test_the_same_step_left_out_of_an_ordinary_act_is(sentence: str) -> None:
    assert states_unsafe_practice(sentence)
