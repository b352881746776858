"""A dog walker's and a medical coder's unsafe or wrong practice, said fluently. Seen unflagged (no evidence, no red
flag): "I let them all off lead on the Downs near the main road, they always come back, and if a dog pulls I just
use a choke chain to correct it hard"; "If the doctor didn't document it but it's obviously there, I just code it
anyway ... Upcoding the E/M level a bit is fine, everybody does it and the payer never checks". The same trades'
good practice, in the same words, is not flagged; a platform dispatcher's and an NDT technician's too. Written for these tests: none is in the datasets."""

from __future__ import annotations

import pytest

from workbench.interviewer.unsafe_practice import unsafe_sentence

UNSAFE = [
    "I let them all off lead on the Downs near the main road, they always come back.",
    "I walk him off lead along the road because he's well trained.",
    "If a dog pulls I just use a choke chain to correct it hard.",
    "When the big ones lunge I yank the prong collar and they soon learn.",
    "If the doctor didn't document it but it's obviously there, I just code it anyway.",
    "Upcoding the E/M level a bit is fine, everybody does it and the payer never checks.",
    "I bump the visit up a level if the notes are thin.",
    # a platform dispatcher (seen unflagged, the answer quoted as "No" instead)
    "If we are late I just give the right away even if someone is still leaning on the doors, the driver will see them.",
    "I send the train off anyway while people are still running at the doors.",
    # an NDT technician (seen unflagged and praised: "you explained what you do and why", 4 of 5)
    "If the indication is borderline I just pass it, the client wants the job signed off and nobody re-checks UT "
    "anyway.",
    "A marginal reading I'd sign it off to keep the job moving.",
]
SAFE = [
    "I never let them off lead near the main road.",
    "I only let them off lead in the enclosed field, never near roads or sheep.",
    "I let the dogs off lead in the park once they have good recall, away from the road.",
    "I'd never use a choke chain to correct a dog, I use a harness and reward.",
    "Some owners ask me to use a prong collar and I refuse to jerk it.",
    "If a dog pulls I stop and wait, and I use a harness.",
    "If it isn't documented I don't code it, I send a query to the provider.",
    "Upcoding is fraud, so I code only what the notes support.",
    "I never upcode; if the documentation doesn't support the level I query.",
    "If the doctor didn't document the laterality, I query before I code it.",
    "I never give the right away while anyone is leaning on the doors.",
    "I only give the right away once the doors are closed and nobody is near the edge.",
    "I wait until the platform is clear, even if we are late, then I give the right away.",
    "If the indication is borderline I don't pass it, I evaluate against the acceptance standard and escalate.",
    "Nobody checks my work as closely as I do, so I document every indication.",
    "If it's borderline I rescan with a second probe angle before I accept anything.",
    "No one re-checks UT, so I make sure I get it right first time.",
]


@pytest.mark.parametrize("answer", UNSAFE)
def test_a_shortcut_of_the_trade_is_unsafe_practice(answer: str) -> None:
    assert unsafe_sentence(answer) is not None


@pytest.mark.parametrize("answer", SAFE)
def test_the_trades_good_practice_is_not_flagged(answer: str) -> None:
    assert unsafe_sentence(answer) is None
