"""A result or a finding kept from the people it is owed to is unsafe practice in any occupation that reports
results (a lab's positive sample, a fault found, a reading): "re-test it quietly", "no point worrying the client";
so is advice bent to please ("write what the minister wants to hear", "drop the figures that don't support it").
Discretion and honest reporting are not."""

from __future__ import annotations

import pytest

from workbench.interviewer.unsafe_practice import unsafe_sentence

WITHHELD = [
    "If a result came back positive for E. coli I'd just re-test it quietly first, no point worrying the client.",
    "I quietly amended the readings so the audit passed.",
    "If the gas reading is a bit high there's no need to alarm the customer, I just ventilate and leave.",
    "When the bloods looked off I'd quietly re-run them before anyone saw.",
    "We changed the results quietly and sent the certificate.",
    "Um I guess I just write what the minister wants to hear, you know, keep them happy.",
    "I tell the client what they want to hear so they sign.",
    "We drop the figures that don't support the recommendation.",
]

HONEST = [
    "I would never quietly re-test a positive, I report it to the client the same day and then we re-sample.",
    "I told the client straight away, there was no point hiding it.",
    "I took the guest aside quietly and sorted it out.",
    "We keep the ward quiet at night so the patients can sleep.",
    "No problem at all, I rang the customer and explained the reading.",
    "I never just tell ministers what they want to hear, I set out the evidence including what doesn't fit.",
    "I asked the residents what they want to see in the garden.",
    "I put the data that does not support the option in an annex and say so in the summary.",
]


@pytest.mark.parametrize("answer", WITHHELD)
def test_a_result_kept_from_those_it_is_owed_to_is_unsafe(answer: str) -> None:
    assert unsafe_sentence(answer) is not None


@pytest.mark.parametrize("answer", HONEST)
def test_discretion_and_honest_reporting_are_not_flagged(answer: str) -> None:
    assert unsafe_sentence(answer) is None
