"""The shortcuts of finance, law and insurance said in everyday words, none of which a rubric of the job's terms
names: the one under suspicion told of it (tipping off), a screening match cleared on a near likeness, private
spending claimed as the business's, bank details changed on an email's say, acting past one's authority, a
commitment made before the condition that allows it, a check left out ("I don't bother with the survey") and
the referral sorted later. Their careful versions are not flagged."""

from __future__ import annotations

import pytest

from workbench.interviewer.unsafe_practice import unsafe_sentence

UNSAFE = [
    "If a transaction alert looks suspicious I'd tell the customer we're looking at their account so they can"
    " explain it, that's only fair.",
    "If a sanctions hit is a partial name match I usually just clear it if the date of birth is roughly close, the"
    " queue is huge.",
    "For VAT I sometimes claim the VAT on the client's personal stuff if it's on the business card, it's their"
    " money anyway.",
    "If the client is in a rush I'll exchange before the mortgage offer is in, we can sort the money out before"
    " completion.",
    "If an email comes in from the client with new bank details for the completion money I just update them and"
    " send it, clients change banks all the time.",
    "Honestly if a broker I like pushes hard I'll write it even if it's over my authority.",
    "I don't bother with the survey for small risks, the broker tells me what I need to know.",
    "I'll bind it today and sort the referral out later.",
]
CAREFUL = [
    "I'd never tell the customer about a SAR, that's tipping off.",
    "I escalate it to the MLRO and carry on as normal with the customer.",
    "If the name matches but the date of birth is different I clear it and record why.",
    "I code personal spending to drawings.",
    "If new bank details come in by email I call the client on the number on file before I update anything.",
    "Anything over my authority I refer to the senior underwriter.",
    "I never exchange before the mortgage offer is in.",
    "We wait until the mortgage offer is in before we exchange.",
    "We tell the customer about the complaint outcome in writing.",
    "If the client claims personal expenses I move them to the director's loan account.",
    "I always read the survey, even for small risks.",
]


@pytest.mark.parametrize("answer", UNSAFE)
def test_finance_law_and_insurance_shortcuts_are_unsafe(answer: str) -> None:
    assert unsafe_sentence(answer) is not None


@pytest.mark.parametrize("answer", CAREFUL)
def test_their_careful_versions_are_not_flagged(answer: str) -> None:
    assert unsafe_sentence(answer) is None
