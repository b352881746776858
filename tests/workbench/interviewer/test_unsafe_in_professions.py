"""Unsafe practice that candidates for healthcare, legal, engineering and construction jobs state in their own words:
a controlled drug handed over without ID, another's shortcut allowed ("I'd let them"), a shortcut justified by
nobody finding out. The answers are written for these tests: none is in the datasets."""

from __future__ import annotations

import pytest

from workbench.interviewer.unsafe_practice import unsafe_sentence


@pytest.mark.parametrize(
    "answer",
    [
        # a controlled drug handed over without the check the law asks for, the situation naming someone else first
        "If somebody comes to collect a schedule 2 for their mum, honestly if they seem genuine I'd just hand it "
        "over, I wouldn't bother asking for ID.",
        "We don't bother checking the batch numbers on quiet days.",
        "I wouldn't bother with a COSHH assessment for a small scale reaction.",
        # "I'd"/"we'd" before the shortcut
        "If the client is in a hurry we'd skip the ID check and exchange anyway.",
        # someone else's shortcut, allowed, whatever else the sentence negates
        "If the scaffold isn't finished and the roofers want to crack on without edge protection for a day, "
        "I'd let them, they're experienced lads.",
        "If the contractor wants to skip the silt fence because it's a dry week, I'd be ok with it, the inspector "
        "probably won't come by.",
        "I'd let them carry on without a harness for a quick job.",
        # a shortcut justified by nobody finding out
        "If I found a document that hurt our client in disclosure I'd probably just leave it out, it's not really "
        "our job to help the other side and no one would know.",
    ],
)
def test_unsafe_practice_of_these_trades_is_found(answer: str) -> None:
    assert unsafe_sentence(answer) is not None


@pytest.mark.parametrize(
    "answer",
    [
        "I'd never let them work at height without edge protection, I'd stop the job.",
        "I wouldn't hand over a CD without checking ID, even for a regular.",
        "The roofers wanted to crack on without edge protection, so I stopped them until the scaffold was up.",
        "If the contractor wants to skip the silt fence, I'd say no and record it.",
        "If the roofers want to crack on without edge protection, I'd let them know they can't.",
        "We found a subcontractor working without a permit, so I stopped the job.",
        "I'd disclose it even if no one would know, that's our duty to the court.",
    ],
)
def test_refusing_or_reporting_a_shortcut_is_not_unsafe(answer: str) -> None:
    assert unsafe_sentence(answer) is None
