"""Unsafe statements that need a trade's knowledge, read by their structure whatever the job: a way out or a safety
device obstructed and left; access kit stood on improvised packing; a legal limit exceeded by the numbers; chemicals
that react mixed; a hazard put out with the general waste; a two-person task done alone; a later step of a sequence
done on items not made ready for it (and another's shortcut taken up as one's own); a hazard judged safe by a guess
and told to the person at risk. Each is said on jobs in no dataset, in words other than conv29's, and each has near
misses said right (the hazard named, the practice correct, refused, or another's mistake put right) that stay
unflagged. Written for these tests: none is in the datasets."""

from __future__ import annotations

import pytest

from workbench.interviewer.unsafe_practice import states_unsafe_practice

UNSAFE = [
    # a way out or a safety device obstructed, and left
    "If the fire door at the back gets blocked by the cages I'd leave it till the end of the shift.",  # off-licence
    "When the stock comes in we stack it against the emergency exit, it's only there for a couple of hours.",
    "If there's a trolley in front of the fire exit I just leave it, the porters move it later.",  # ward clerk
    "Sometimes the escape route is blocked with chairs after a wedding, we leave it till the morning.",  # banqueting
    "If a rail of coats is blocking the fire exit I'd leave it, it's only for the afternoon.",  # charity shop
    "If the extinguisher's blocked by boxes I'd just leave it, nobody uses it anyway.",  # cinema usher
    "We prop the fire door open with a bin when it's hot, it's only for an hour or so.",  # school cook
    # access kit or a load stood on improvised packing
    "On the uneven patio I put a brick under one leg of the stepladder so it's level.",  # painter decorator
    "If the floor slopes I stick a bit of cardboard under one foot of the steps and carry on.",  # shopfitter
    "When the drive isn't level I jam a block of wood under the ladder and get up there.",  # gutter cleaner
    "If the ground's soft I wedge an offcut under one side of the tower and keep going.",  # signwriter
    "I put a couple of bricks under the jack to get more height, saves finding the big one.",  # tyre fitter
    "On a slope I pack a paving slab under one foot of the ladder and go up.",  # satellite installer
    # a legal limit exceeded, said by the numbers
    "On the long runs I drive thirteen hours a day to get back home.",  # courier
    "In peak season we'd drive eleven hours a day easily, sometimes twelve.",  # van driver
    "I've driven 14 hours in one day on a European trip to make the ferry.",  # coach driver
    "I usually drive seven hours straight without a break to get the load there.",  # HGV driver
    "Honestly I'll drive six or seven hours non-stop if the roads are clear.",  # horsebox driver
    "We do twelve-hour driving days when we're busy, it's the only way to fit the jobs in.",  # removals
    # chemicals that react, mixed
    "To shift the limescale I mix the descaler with a bit of bleach in the bucket.",  # holiday let cleaner
    "When the pool's green I add the acid and the chlorine together in the same bucket so it works faster.",
    "I combine the ammonia cleaner with the bleach for the really grimy toilets.",  # office cleaner
    "We pour the brick acid in with the chlorine wash to clean the patio quicker.",  # jet wash operative
    "For the drains I'd mix some bleach into the acid drain cleaner.",  # caretaker
    "If the grout's black I mix vinegar and bleach in a spray bottle, works brilliant.",  # tiler
    # a hazard put out with the general waste
    "If a patient leaves a needle on the bed I just pop it in the general waste bag.",  # ward housekeeper
    "Old camping gas canisters, I throw them in the general waste skip with the rest.",  # campsite warden
    "The used lancets go in the normal bin because the sharps box is always full.",  # pharmacy assistant
    "We put the dead lithium batteries in the general waste, nobody checks.",  # phone repairer
    "If a customer leaves a gas cylinder I'd chuck it in the scrap skip with the metal.",  # scrapyard hand
    "Any leftover solvent I just tip down the drain at the end of the day.",  # printer
    "We bag the asbestos sheets with the normal rubbish and it all goes in the skip.",  # handyman
    # a two-person task done alone
    "If we're short I'd open the cell on my own to do the meal, it's quicker.",  # prison officer
    "I unlock the seclusion room by myself if I know the patient.",  # mental health support worker
    "Sometimes I go down the manhole on my own to clear it, saves waiting for the other lad.",  # drainage engineer
    "I'll go into the tank alone for a quick look, rather than wait for a second person.",  # brewery operative
    "I usually do the controlled drug check on my own at night, saves waiting for another nurse.",  # night nurse
    "When the other keeper's on lunch I go in the tiger house alone, saves waiting for a second keeper.",
    # a later step done on items not made ready, and another's shortcut taken up
    "When we're short of sets I autoclave the dirty instruments straight away without washing them.",  # podiatry
    "If it's busy I put the dirty tools straight in the steriliser, no time to scrub them.",  # tattoo artist
    "I've seen colleagues skip the washer disinfector at a push and I'd do the same.",  # dental nurse
    "I've seen people sterilise the forceps without cleaning them first, I'd do that too if we ran out.",  # vet nurse
    "I know some nurses skip the second check on insulin, I do it too when it's busy.",  # nurse
    "I've seen fitters skip the leak test on a busy day, I'd do that too.",  # gas fitter
    # a hazard judged safe by a guess and told to the person at risk
    "If a mum asks whether the flapjack has nuts I'd tell her it's probably fine.",  # café assistant
    "If a customer says their cat licked some lily pollen I'd tell them it's probably nothing.",  # pet shop
    "If a kid bangs their head on the frame I tell the parent he'll probably be fine and carry on.",  # soft play
    "If a caller says they can smell gas I'd tell them it's probably nothing and book a visit next week.",
    "If a resident swallowed her neighbour's tablet I'd reassure her it's probably harmless.",  # care assistant
    "If someone says they're coeliac I reckon it's fine, the sauce hardly has any flour in it.",  # takeaway
]

NEAR_MISSES = [
    # the way out kept clear, or put right
    "We keep the fire exit clear at all times, even if a delivery's only there for an hour.",
    "If a trolley is blocking the fire exit I move it straight away and tell the ward manager.",
    "A colleague left boxes in front of the fire door once, I moved them and reported it.",
    "I'd never leave the fire exit blocked, not even for a minute.",
    "If there's a customer in the fire exit having a smoke I'd leave it a minute then ask them to move.",
    "If the back door was blocked I'd get it cleared at once, it's our fire exit.",
    "The emergency exit was blocked when I arrived, so I cleared it before we opened.",
    "We leave the fire door shut, it's on a magnet that releases with the alarm.",
    # access kit stood right
    "I took the ladder down because the ground sloped and came back with a leveller.",
    "On a slope I use a ladder with adjustable feet or find flat ground.",
    "We put sole boards under the scaffold base plates on soft ground.",
    "I'd never put bricks under the ladder, I'd use a proper leveller.",
    "I put the wheel chocks in and the axle stands under the sills before going under the car.",
    # limits kept
    "It's nine hours driving max, ten twice a week, with a break after four and a half.",
    "I'd never drive more than ten hours in a day, the tacho would catch it anyway.",
    "I work twelve-hour shifts and drive about four hours of them.",
    "I drive around four hours straight then take my forty-five minute break.",
    "We drive twelve hours a week on the school runs.",
    "I've seen drivers do fourteen hours a day and I reported it to the transport manager.",
    "I've driven eleven hours in a day once and I know now that was over the limit.",
    "I drove twelve hours a week for the charity.",
    # chemicals kept apart
    "I'd never mix bleach with acid, it gives off chlorine gas.",
    "I keep the acid and the bleach on separate shelves in the cupboard.",
    "I mix the bleach with cold water before mopping the floor.",
    "I add the acid to the pool water in the morning and the chlorine in the evening.",
    "The pool acid and the chlorine are dosed separately, we never mix them.",
    "I rinse the acid wheel cleaner off before I use bleach on the mats.",
    # hazards to their own waste
    "Sharps go straight in the sharps bin, never the general waste.",
    "I'd put the gas bottle in the gas cage, never the metal skip.",
    "I chuck the cardboard in the general skip and the batteries in the battery box.",
    "Someone once threw a gas bottle in the metal skip, I got it out and told the supervisor.",
    "I'd put the needle in the sharps bin and the wrapper in the general waste.",
    "Asbestos is double bagged and goes to a licensed tip, not in a normal skip.",
    # two-person tasks done with two
    "I'd never open a cell door on my own, I'd wait for a second officer.",
    "When I was on my own I radioed for a second officer before unlocking the cell.",
    "We never go into a confined space alone, there's always a top man.",
    "On my own initiative I set up a second check for the controlled drugs.",
    "When I'm alone on nights and a cell bell goes I open the hatch and talk to them until help comes.",
    "Alone on the wing I do the cell checks through the observation panel and log them.",
    "If someone brings a gas bottle I put it in the gas cage and log it.",
    "If a kid ate a peanut I'd tell the parent straight away and call the first aider.",
    # a sequence done in order; another's shortcut reported
    "Instruments go through the washer disinfector, then inspect, pouch and autoclave.",
    "I've seen people skip the washer and I reported it to the practice manager.",
    "Dirty instruments must be cleaned before the autoclave or it doesn't work.",
    "I'd never autoclave dirty instruments, they get scrubbed and washed first.",
    "I've seen people skip the leak test and I'd never do that.",
    "I've seen people skip the checks, and I'd do it properly.",
    "I sterilise the dirty ones after a soak in the washer.",
    # a safety judgement checked, not guessed
    "We checked it was probably fine with the allergen chart before serving it.",
    "If someone rings about a dog that ate chocolate I'd tell them to come straight in.",
    "The vet said it was probably fine but to keep an eye on him overnight.",
    "If a customer asks about nuts I check the allergen matrix and tell them exactly what's in it.",
    "If a child bangs their head I call the first aider and tell the parent straight away.",
    "It's probably fine to book them in for tomorrow morning.",
    "If someone asks if there's nuts I tell them it's probably fine but to check the allergen book.",
    "Driving six hours straight is too much, I stop after four and a half.",
    "Mixing acid with bleach is dangerous.",
    "The nurse threw the needle in the general waste and I reported it.",
]


@pytest.mark.parametrize("sentence", UNSAFE)
def test_unsafe_by_structure_is_flagged(sentence: str) -> None:
    assert states_unsafe_practice(sentence), sentence


@pytest.mark.parametrize("sentence", NEAR_MISSES)
def test_near_miss_said_right_is_not_flagged(sentence: str) -> None:
    assert not states_unsafe_practice(sentence), sentence
