"""Quotes are whole short phrases (issue #8, point 6): a shortened quote stops where a clause ends, never before an
"and" that joins two nouns ("checked the harness and lanyard") nor after an "and" ("…as quick as I can and…"); an
unsafe statement too long to quote is quoted by the candidate's own act. The answers are written for these tests."""

from __future__ import annotations

import pytest

from workbench.interviewer.agenda import quotable_part
from workbench.interviewer.quoting import quoted


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        (
            "If a swimmer hits their head on the bottom I pull them out by the arms as quick as I can and then "
            "check their breathing.",
            "If a swimmer hits their head on the bottom I pull them out by the arms as quick as I can…",
        ),
        (
            "I always reconcile the cash and the card takings against the till reports at the end of every single "
            "shift and flag any difference over five pounds to the manager straight away.",
            "I always reconcile the cash and the card takings against the till reports at the end of every single "
            "shift…",
        ),
    ],
)
def test_a_shortened_quote_ends_at_a_whole_clause(sentence: str, quote: str) -> None:
    assert quoted(sentence) == quote


@pytest.mark.parametrize(
    "sentence",
    [
        "So on that job what I did was check the harness and lanyard and the anchor and the rescue kit and the "
        "radios and the weather forecast for the whole of the week ahead.",
        "I went round with the supervisor and the client and the architect and the site manager and the two "
        "electricians from the other firm before the handover.",
    ],
)
def test_a_quote_cut_at_its_allowance_does_not_end_on_a_joining_word(sentence: str) -> None:
    last = quoted(sentence).rstrip("…").split()[-1].lower()
    assert last not in {"and", "or", "the", "a", "of", "to", "with"}


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        (
            # no comma: the opening clause ends where another joins it ("and then I signed"), not after "the
            # harness" nor on a bare "and"
            "I checked the harness and lanyard and then I signed the permit for the whole crew before the job "
            "started that morning.",
            "I checked the harness and lanyard",
        ),
        (
            "If a swimmer hits their head on the bottom I pull them out by the arms as quick as I can and then "
            "check their breathing.",
            "I pull them out by the arms as quick as I can",
        ),
        (
            "If the till is a few pounds out I just cover it out of my own pocket so it balances and nobody "
            "needs to know.",
            "I just cover it out of my own pocket so it balances",
        ),
        (
            # the clause after the comma, quoted from its own start (seen: 'You said "and I don't always check …"')
            "On the drug round I read the prescription and the allergies, and I don't always check the wristband "
            "if I know the patient.",
            "I don't always check the wristband if I know the patient",
        ),
        (
            "When it's busy I leave the class on their own for a minute while I fetch the photocopying.",
            "I leave the class on their own for a minute while I fetch the photocopying",
        ),
    ],
)
def test_a_statement_is_quoted_back_by_a_whole_phrase(sentence: str, quote: str) -> None:
    assert quotable_part(sentence) == quote


def test_a_quote_does_not_stop_between_two_verbs_joined_by_or() -> None:
    # Seen in the recorded store manager transcript: "…the cage limits, and drop…" (cut before "or move").
    said = (
        "I'd keep every safety step, the fire walk, the delivery-bay checks and the cage limits, and drop or "
        "move the jobs that can wait instead."
    )
    assert (
        quoted(said)
        == "I'd keep every safety step, the fire walk, the delivery-bay checks and the cage limits…"
    )
    # "or" before a subject still starts a clause of its own.
    other = (
        "I'd ring the supplier first thing in the morning to ask about the missing pallets and the late van, or I "
        "would ask the area manager to chase it for me."
    )
    assert quoted(other).endswith("and the late van…")
