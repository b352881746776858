"""A long unsafe sentence is quoted back by its clause, not left as "one point in your answer": a probe that says
"Talk me through the risks of doing it that way" must name the way. And a child sent out alone is unsafe
practice. The answers are written for these tests: none is in the datasets."""

from __future__ import annotations

import pytest

from workbench.interviewer.agenda import quotable_part
from workbench.interviewer.unsafe_practice import unsafe_sentence


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        (
            "If the flue gas reading is a bit high I'll leave it running and tell them to get it looked at, no "
            "point turning the boiler off in winter.",
            "If the flue gas reading is a bit high I'll leave it running",
        ),
        (
            "If a child tells me something worrying I promise them I'll keep it secret so they trust me.",
            "If a child tells me something worrying I promise them I'll keep it secret",
        ),
        (
            "When patient say something not important I just leave it out, doctor is busy and it is faster.",
            "When patient say something not important I just leave it out",
        ),
        (
            "To be honest if a cow is lame I leave her till the vet comes next month, they usually get better on "
            "their own.",
            "if a cow is lame I leave her till the vet comes next month",
        ),
    ],
)
def test_a_long_unsafe_sentence_is_quoted_by_its_opening_clause(sentence: str, quote: str) -> None:
    assert quotable_part(sentence) == quote


@pytest.mark.parametrize(
    "sentence",
    [
        "If a child hits me I just send them out of the room on their own to calm down in the corridor.",
        "I leave the kids in the classroom on their own for a minute while I get the register.",
    ],
)
def test_a_child_sent_out_or_left_alone_is_unsafe(sentence: str) -> None:
    assert unsafe_sentence(sentence) == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "I never leave the children on their own, I call for another adult.",
        "I take them out of the room with another adult so they can calm down.",
    ],
)
def test_a_child_kept_supervised_is_not_flagged(sentence: str) -> None:
    assert unsafe_sentence(sentence) is None


def test_an_opener_set_off_by_a_comma_is_not_the_quote() -> None:
    """Seen: a dietitian's "Honestly, if a patient's sugars are high I just tell them to double their insulin, it's
    quicker than going through the protocol." was probed as 'You said "Honestly". Talk me through the risks…'."""
    from workbench.interviewer.agenda import quotable_part

    sentence = (
        "Honestly, if a patient's sugars are high I just tell them to double their insulin, it's quicker than "
        "going through the protocol."
    )
    assert (
        quotable_part(sentence) == "if a patient's sugars are high I just tell them to double their insulin"
    )
    assert (
        quotable_part(
            "To be honest, yeah, we skip the pressure test when the joints look good, nobody checks anyway and the "
            "customer never notices a thing."
        )
        == "we skip the pressure test when the joints look good"
    )


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        (
            "I say sorry, I check the skin with her, I tell the senior, we change to the bigger sling and we "
            "write in the body map and the daughter was happy.",
            "I say sorry, I check the skin with her, I tell the senior, we change to the bigger sling…",
        ),
        (
            "We had a resident who kept refusing her evening medication every night for two weeks and the family "
            "were worried about her sleep and her mood.",
            "We had a resident who kept refusing her evening medication every night for two weeks and the family "
            "were worried about her sleep…",
        ),
        (
            "I check the sling, the date of service and the resident's weight.",
            "I check the sling, the date of service and the resident's weight.",
        ),
    ],
)
def test_a_long_quote_is_shortened_at_the_end_of_a_clause(sentence: str, quote: str) -> None:
    from workbench.interviewer.quoting import quoted

    assert quoted(sentence) == quote
