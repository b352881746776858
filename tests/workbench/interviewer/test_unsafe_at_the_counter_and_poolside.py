"""Unsafe or dishonest practice of a bank teller and a pool lifeguard, in words no rubric anticipated (written for
these tests; none is in the datasets): each is a red flag, and the good practice beside it is not."""

from __future__ import annotations

import pytest

from workbench.interviewer.unsafe_practice import unsafe_sentence

UNSAFE = [
    "If a customer wants to cash a big check and doesn't have ID but I know them from before, I'll just cash it, "
    "we're a community branch.",
    "For cash deposits over 10,000 I split them into two deposits so the customer doesn't have to fill in the CTR, "
    "they appreciate that.",
    "If my drawer is a bit short, like under 50 dollars, I just cover it out of my own pocket so it balances and "
    "nobody needs to know, it saves a lot of paperwork.",
    "If the float is down a tenner I top it up myself so no one finds out.",
    "Honestly if it's a quiet session I sit on my phone a bit, you can still see the pool.",
    "On quiet shifts I just go on my phone in the office.",
    "If someone's in trouble you just jump in, no need to blow the whistle, it wastes time.",
]
SAFE = [
    "If a customer doesn't have ID I explain politely that I can't cash it and ask them to come back with it.",
    "If they have no ID I still can't cash it, even if I know them, and I tell my supervisor.",
    "Deposits over 10,000 need a CTR, so I fill it in with the customer and never split a deposit to avoid it.",
    "If I'm short at the end of the day I recount, then tell my supervisor and we fill in the variance report.",
    "I keep my phone in my locker and scan my zone every ten seconds, bottom of the pool too.",
    "I blow the whistle to alert the other lifeguard, then go in with the rescue tube.",
    "I split the deliveries into two runs so the van is never overloaded.",
]


@pytest.mark.parametrize("answer", UNSAFE)
def test_unsafe_practice_of_the_counter_and_the_poolside_is_flagged(answer: str) -> None:
    assert unsafe_sentence(answer) is not None


@pytest.mark.parametrize("answer", SAFE)
def test_good_practice_beside_it_is_not_flagged(answer: str) -> None:
    assert unsafe_sentence(answer) is None


DEALER_AND_CREW_UNSAFE = [
    "If a regular is a good tipper and he's a bit short on a bet, I'll pay him the full amount anyway, nobody checks "
    "the small ones.",
    "And if I see a player marking cards I let it go, it's not my job, surveillance will catch it.",
    "If the patient says he's fine and refuses I just let him sign and we leave, I don't waste time explaining risks, "
    "he's an adult.",
]
DEALER_AND_CREW_SAFE = [
    "If I see a player marking cards I call the floor supervisor straight away and keep dealing normally.",
    "If the patient refuses I explain the risks in plain words, check he has capacity, and get the refusal signed.",
    "I never let it go when a bet is short; I call it out and the floor decides.",
]


@pytest.mark.parametrize("answer", DEALER_AND_CREW_UNSAFE)
def test_a_shortcut_trusted_to_go_unseen_or_left_to_others_is_flagged(answer: str) -> None:
    assert unsafe_sentence(answer) is not None


@pytest.mark.parametrize("answer", DEALER_AND_CREW_SAFE)
def test_the_table_and_the_crew_done_right_are_not_flagged(answer: str) -> None:
    assert unsafe_sentence(answer) is None
