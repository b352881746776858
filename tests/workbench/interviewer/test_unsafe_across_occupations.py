"""The shortcuts of many occupations, said in their own words, are unsafe practice: a check given up for want of
time or said to be unneeded, a check done after the work it guards, a control rerun until it passes, an illegible
label gone on with, a warning sign in a client ignored, kit reused between clients, a customer rushed, live parts
left exposed, the top rung of a ladder, a one-handed chainsaw, treated milk in the tank, a protected person named.
"If a guest says ..., I just ..." is the candidate's own practice: the guest's words are the situation. The same
occupations' good practice, in the same words, is not flagged. Written for these tests: none is in the datasets."""

from __future__ import annotations

import pytest

from workbench.interviewer.unsafe_practice import unsafe_sentence

UNSAFE = [
    # a funeral director, a phlebotomist, a barista: who or what it is, not checked
    "Honestly, we never check the ID tag at the mortuary, the names are on the fridge doors so it's fine.",
    "I don't check the wristband if I know the patient from last week.",
    "We never check the use-by on the milk, it goes so fast.",
    # a heating engineer, a gas fitter: a safety outlet shut because it drips or lets the cold in
    "The tundish kept dripping onto the customer's floor, so I capped it off and told them to ring me if it got worse.",
    "If the relief valve keeps lifting I just cap it off until the new part comes in.",
    "The tenant moaned about the draught, so we taped over the air bricks in the boiler room.",
    # a phlebotomist: a used needle recapped by hand
    "I would just recap the needle after, it's quicker, and then put it in the sharps bin when it's full.",
    # an audiologist: a red flag for referral, the patient named first as "someone"
    "If someone has sudden hearing loss in one ear I just fit the aid and see how they get on, no need to bother ENT.",
    # a baker: an allergen question answered from memory
    "If someone asks if the bread has nuts I just say no, we don't really use nuts much.",
    # a night receptionist: a fire alarm left to see whether it is real
    "If the fire alarm is going at night, I am thinking maybe it is false alarm, so I wait five minutes to see if "
    "it stop before I do anything.",
    # a speech and language therapist: the assessment a step needs, said to be unneeded
    "If a child is coughing on thin fluids I just tell the parents to thicken everything, I don't need to do a "
    "full assessment for that.",
    "For paid social I report the blended ROAS to leadership because it looks better than the prospecting numbers.",
    "We buy email lists sometimes to grow the database faster, it's cheaper than ads.",
    "For right to work I take a photo of their passport and send it to payroll, we check the original if we get time.",
    "To be honest if a cow is lame I leave her till the vet comes next month, they get better on their own.",
    "If someone rings asking which room their wife is in I just tell them, it's their wife.",
    "If the group and screen sample is more than a week old that's fine, we still use it because it saves taking "
    "another sample.",
    "If a source gives me a good quote I just run it, I don't have time to double check with a second source.",
    "I name the defendant's kids in the court report, it's public anyway.",
    "If the candidate's passport looks fine on the video call I don't need to see the original.",
    "I let them start work and do the right to work check later in the week.",
    "If the QC is out I just rerun it until it's in and then release the patient results.",
    "If the sample label is a bit smudged I just go with what the request form says.",
    "If a guest says they lost their key I just give them a new one without checking ID, it's quicker.",
    "We skip the risk assessment for small weddings, nothing ever happens.",
    "If a new member says they have a heart condition I just tell them to take it easy and let them carry on.",
    "I don't bother with the PAR-Q for people who look fit.",
    "If a cow's been treated with antibiotics I put her milk in the tank anyway if it's nearly the end of the withdrawal period.",
    "I don't bother with the PTO guard, it gets in the way.",
    "I don't always tie in twice when I'm cutting, it's only a small tree.",
    "I run the saw one-handed up the tree all the time, it's faster.",
    "If the client's scalp is a bit sore I just carry on with the bleach.",
    "I reuse the wax spatula, double dipping is fine if the wax is hot.",
    "If a customer sounds confused I just get them to agree to the new tariff quickly before they change their mind.",
    "If the client is in a hurry I skip the source of funds check.",
    "I give the child his medicine from his bag without checking the care plan.",
    "If there's a smell of gas I just open the windows and carry on with the service.",
    "I leave the cover off the consumer unit overnight so I can finish in the morning.",
    "We don't use edge protection on bungalows, it's not high enough to matter.",
    "I usually just stand on the top rung of the stepladder to reach.",
    # (adv22) a pharmacy technician, a roofer, a bus driver: the check said to be unneeded the other way round,
    # mere paperwork, or one's own left off because another's was signed
    "I've checked my own dispensing thousands of times and never had an error, so a second check isn't needed.",
    "Harnesses slow you down, and scaffold inspections are just paperwork, if it looks solid I'm up it.",
    "I don't do my own walkaround if the defect book's been signed, that's what the early man is for.",
    "There's no point wasting stock or filling in a report.",
    "No need to bother anyone or write it up.",
]
SAFE = [
    "I never recap a used needle, it goes straight into the sharps bin at the bedside.",
    "If someone has sudden hearing loss in one ear I refer them to ENT the same day, there is no fitting first.",
    "If someone asks if the bread has nuts I check the recipe and the flour labels before I say no.",
    "When the alarm goes I get everyone out and wait at the assembly point for the fire brigade.",
    "I always do a full swallowing assessment before I advise on thickened fluids.",
    "I never release a body without checking the ID tag against the paperwork.",
    "I never check my phone while I'm with a family.",
    "I report the prospecting ROAS separately because the blended figure hides what new customers cost.",
    "We never buy email lists, every contact opts in through the website.",
    "I check the original passport in person before they start, even if we get time pressure from the client.",
    "If a cow is lame I pick up the foot that day, trim and block it, and call the vet if it is not improving.",
    "If a calf is not drinking I never leave it, I tube it and ring the vet straight away.",
    "If someone rings asking which room a guest is in I never tell them, I offer to put a message through.",
    "If the sample is more than three days old we reject it and ask for a new one.",
    "A checklist saves checking everything twice from memory.",
    "I always double check with a second source before I run a story.",
    "I never name children in youth court reports, there are reporting restrictions.",
    "I need to see the original passport, a copy on a video call is not enough.",
    "The right to work check is done before they start, never later.",
    "If the QC is out I stop, investigate the cause, recalibrate and rerun the QC before any patient results go out.",
    "If the label is smudged I reject the sample and ask for a repeat, I never assume.",
    "If a guest says they lost their key I check their ID against the booking before I issue a new one.",
    "If a new member says they have a heart condition I ask them to get clearance from their GP before they train.",
    "Treated cows are marked with red tape and their milk is dumped until the withdrawal period is over.",
    "I always tie in twice, a main line and a lanyard.",
    "I never use the saw one-handed.",
    "If the client's scalp is sore I stop straight away and rinse the bleach off.",
    "I never double dip, I use a fresh spatula each time.",
    "If a customer sounds confused I slow down, check they understand, and offer to call back.",
    "If there's a smell of gas I turn off the supply at the meter, ventilate and call the emergency line.",
    "I put the cover back on the consumer unit before I leave each night.",
    "I never stand on the top rung, I get a taller ladder.",
    "If a customer says it's urgent I still do the checks first.",
    "My supervisor told me we skip the test on Fridays, so I reported it.",
    "I don't need to see the plans to know it's a load-bearing wall, but I always check them anyway.",
    "Once I've isolated and proved dead I carry on with the work.",
    "If the tundish drips the relief valve is passing, so I replace the valve rather than capping it off.",
    "I check the discharge pipe isn't blocked and lift the relief valve by hand to see it reseats.",
    "I capped off the old gas supply behind the cooker and did a tightness test.",
    "The air vent was blocked with paint, so I cleared it before I lit the fire.",
    "If the patient feels dizzy we stop the exercise and sit them down.",
    # (adv22) the same checks, said to be needed, or not always, or another's mistake
    "A full assessment isn't always needed for a repeat prescription, the pharmacist decides.",
    "I always do my own walkaround, even if the early man signed the book.",
    "The paperwork is just a copy for the office.",
    "People think a second check isn't needed, that's the mistake.",
    "There was no point arguing, so I filled in the incident report and told the pharmacist.",
    "No need to panic and do anything rash.",
    "No need to panic and check everything twice.",
]


@pytest.mark.parametrize("sentence", UNSAFE)
def test_an_occupation_s_shortcut_is_unsafe_practice(sentence: str) -> None:
    assert unsafe_sentence(sentence) == sentence


@pytest.mark.parametrize("sentence", SAFE)
def test_the_same_occupation_s_good_practice_is_not_flagged(sentence: str) -> None:
    assert unsafe_sentence(sentence) is None
