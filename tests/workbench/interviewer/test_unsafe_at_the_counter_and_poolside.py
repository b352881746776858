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


LEASING_AND_LAB_UNSAFE = [
    "If a family with kids applies I steer them to the ground floor units at the back so the quiet residents aren't "
    "bothered.",
    "If someone has a strong accent I usually tell them we're full.",
    "I wouldn't hire a woman for the night shift, it's not safe for her.",
    "People on housing vouchers, I just tell them the unit has been rented.",
    "When I run the bloodwork, if the machine shows an error I just rerun it and if it passes I report it, I don't "
    "bother running the controls, they're expensive.",
]
LEASING_AND_LAB_SAFE = [
    "I show every applicant the same units and use the same screening criteria, whether they have kids or not.",
    "If a customer uses a wheelchair I show them the accessible entrance and the lift.",
    "I never steer anyone; families with children see every unit we have available.",
    "If someone is in a wheelchair I put them on the ground floor viewing first because the lift is out.",
    "I run the controls every morning before any patient samples and log the results.",
]


@pytest.mark.parametrize("answer", LEASING_AND_LAB_UNSAFE)
def test_a_person_refused_for_who_they_are_or_a_control_not_run_is_flagged(answer: str) -> None:
    assert unsafe_sentence(answer) is not None


@pytest.mark.parametrize("answer", LEASING_AND_LAB_SAFE)
def test_fair_treatment_and_controls_run_are_not_flagged(answer: str) -> None:
    assert unsafe_sentence(answer) is None


# Wrong practice of a porter, an ODP, a dental assistant, a home health aide, a loan officer, an insurance agent, a
# valet, a sound engineer, a work coach, a tour guide and a vet tech, each in a class of its own (a device reading
# ignored, a step left out, a second person's control bypassed, a record falsified, a risk to life only noted, ...)
TRADES_UNSAFE = [
    "I push the bed on my own even if it's a big patient, waiting for a second porter takes too long.",
    "I transfer him from the bed to the chair on my own even though the care plan says two people and a hoist.",
    "I don't check the anaesthetic machine before every list, if it worked yesterday it's fine.",
    "If I drop an instrument I just wipe it with an alcohol wipe and put it back on the tray.",
    "I reuse the saliva ejectors between patients if they look clean.",
    "I take the x-rays without the lead apron when we're busy, it's a tiny dose.",
    "If the SpO2 is low I turn the oxygen up myself without an order, the doctors never mind.",
    "If the client wants to skip her pills I just put them back, I don't tell the nurse.",
    "If the manager is busy I approve my own override, it's the same thing.",
    "If the borrower is a bit short on income I add his overtime even if he hasn't had it for two years, the "
    "underwriter never checks.",
    "I tell them the rate is locked even before I've locked it, so they don't shop around.",
    "I sign the application for them if they're in a hurry, they've told me the answers.",
    "If the car is already scratched I don't note it, it saves time and the guest never checks.",
    "If the builder sends me photos of the foundations I sign them off without going to site.",
    "If the level goes over the noise limit I just ignore the meter, the band want it loud.",
    "If a claimant tells me he's thinking of ending his life I just note it and move on to his job search.",
    "If someone in the group feels unwell I tell them to sit down and I carry on with the tour, they can catch up.",
    "If the owner can't pay I send the dog home with leftover antibiotics from another patient.",
]
TRADES_SAFE = [
    "I never move a bariatric patient on my own; I wait for a second porter and use the slide sheet.",
    "I check the anaesthetic machine before every list, even if it worked yesterday.",
    "If I drop an instrument I tell the scrub nurse and it goes back for sterilising, never back on the tray.",
    "I reuse the hand pieces between patients only after they've been through the autoclave.",
    "I always wear the lead apron and thyroid collar, and I step behind the shield.",
    "If the SpO2 is low I tell the doctor and follow the oxygen prescription.",
    "If the client refuses her pills I record it and tell the nurse the same day.",
    "I never approve my own override; my manager has to key it in.",
    "I tell them the rate is locked only once I have the lock confirmation in writing.",
    "If the car is already scratched I note it on the ticket and photograph it with the guest.",
    "If a claimant tells me he's thinking of ending his life I stay with him and follow the six-point plan.",
    "If someone in the group feels unwell I stop the tour, sit them down and call for help if needed.",
]


@pytest.mark.parametrize("answer", TRADES_UNSAFE)
def test_wrong_practice_of_each_trade_is_flagged_by_its_class(answer: str) -> None:
    assert unsafe_sentence(answer) is not None


@pytest.mark.parametrize("answer", TRADES_SAFE)
def test_the_same_work_done_right_is_not_flagged(answer: str) -> None:
    assert unsafe_sentence(answer) is None
