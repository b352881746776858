"""Wrong practice that a fluent candidate states in everyday words in care, kitchens, driving and records, tried as a
new user: a resident lifted alone, a dose repeated inside its interval, a reading written down as another figure,
a chart signed before the round, meat thawed on the side, a check skipped because it seemed fine yesterday, a
report left out in a second clause, a delivery signed for uncounted, kit out of date used all the same, a part
fitted that is not rated. The answers are written for these tests: none is in the datasets."""

from __future__ import annotations

import pytest

from workbench.interviewer.unsafe_practice import unsafe_sentence


@pytest.mark.parametrize(
    "answer",
    [
        "I lift her on my own, the hoist takes too long.",
        "I'd give the paracetamol again even though she had some two hours ago, she's in pain.",
        "If the fridge reads 9 degrees I just write 5 on the sheet.",
        "I usually pre-sign the MAR chart at the start of the round to save time.",
        "I thaw the chicken on the side overnight.",
        "I don't do a walk-round check if I drove the truck yesterday.",
        "We don't do the pre-use check if it looks fine.",
        "If a patient falls I get them back into bed and don't bother filling in an incident form if they seem fine.",
        "I sign for the delivery without counting it, the driver's always in a rush.",
        "If the scaffold tag is out of date I still go up, the scaffolders are busy.",
        "If the customer insists I'll fit the part they bought online even if it's not rated for the boiler.",
    ],
)
def test_wrong_practice_is_found(answer: str) -> None:
    assert unsafe_sentence(answer) is not None


@pytest.mark.parametrize(
    "answer",
    [
        "I never lift her on my own, we use the hoist with two staff.",
        "I'd check the MAR and wouldn't give the paracetamol again until four hours had passed.",
        "If the fridge reads 9 degrees I write 9 on the sheet, move the food and tell the manager.",
        "The fridge was at 3 and I recorded 3.",
        "I don't do a full service check if the customer only booked a safety check, I explain the difference.",
        "I never pre-sign anything, I sign after each dose.",
        "I thaw the chicken in the fridge overnight on the bottom shelf.",
        "If the part isn't rated for the boiler I won't fit it even if the customer insists.",
        "I count the delivery before I sign for it.",
        "I moved her with the hoist and a colleague.",
    ],
)
def test_the_right_practice_is_not_unsafe(answer: str) -> None:
    assert unsafe_sentence(answer) is None
