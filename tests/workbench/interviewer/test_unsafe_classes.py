"""Classes of wrong practice read in general grammar, not one trade's phrase: a record that claims more than was
done, a record filled in for a time one was away, a reading changed as it is written, a safety device taken out
so the work goes on, a detector covered, power left on while one works on it, judging by look where the work has a
measure, defrosted food frozen again, the work done regardless of a limit or of someone's insistence, one's own
judgement put in place of the prescription, and a required step left out for familiarity or convenience.

Written for these tests in several trades' words (none is in the datasets; no train or dev answer is flagged by
them); the careful look-alikes in the same words are not flagged."""

from __future__ import annotations

import pytest

from workbench.interviewer.unsafe_practice import unsafe_sentence

UNSAFE = [
    # a claim beyond what was done
    "I'd put it down as a full service even if I only did the basics.",
    "I'd tell the client the work passed even though I didn't finish the test.",
    "I tell the parents everything was fine even if there was an incident, no need to worry them.",
    "We mark the room as cleaned even though we only did the bins.",
    # a record for a time one was away
    "I fill in the fridge temperatures for the days I'm off.",
    "I sign the cleaning rota for the shifts I wasn't in.",
    # a reading changed as it is written
    "If the meter reads a little high I just knock a bit off when I write it down.",
    "I round it down when I log it so it's in range.",
    # a safety device taken out so the work goes on
    "I'd take the earth off if it keeps tripping.",
    "I put a bigger fuse in so it stops blowing.",
    "I normally leave the guard off the grinder because it gets in the way.",
    "We run the bandsaw with the guard up, it's faster.",
    # a detector covered
    "If the smoke detector keeps going off while we cook I cover it with a bag.",
    "We bag the smoke detectors in the flat when we're sanding.",
    # power left on while one works on it
    "I'd leave the isolator on while I change the fitting, it only takes a second.",
    "I keep the conveyor running while I clear the jam.",
    "Instead of locking off I just ask someone to watch the switch.",
    # judging by look where there is a measure
    "When the oven temperature probe is broken I just go by how the chicken looks.",
    "I go by the colour of it rather than the thermometer.",
    # defrosted food frozen again
    "I'd re-freeze the defrosted chicken if we didn't use it.",
    # regardless of a limit or of someone's insistence
    "If the pallet is a bit over the rack's limit I stack it anyway.",
    "If the customer insists I sell them the paracetamol anyway.",
    # one's own judgement in place of the prescription
    "If a dose looks wrong on the chart I just give what I think is right.",
    # a step left out for familiarity or convenience
    "I don't really test for dead on a small job, I know the circuit.",
    "When it's busy I don't wash my hands between every table.",
    "We don't weigh the bags on a quick job, it's only a few kilos.",
    "I trust the driver's word on the load weight, no need to weigh it.",
]
SAFE = [
    "I log the visit even if I didn't find a fault.",
    "I record the call even though we couldn't fix it that day.",
    "I write it down as I find it, even when it's bad news.",
    "Someone else fills in the fridge temperatures for the days I'm off, and I check them when I'm back.",
    "If the meter reads high I write down what it says and report it.",
    "I'd never take the earth off, if it keeps tripping there's a fault to find.",
    "I check the guard is on before I start the grinder.",
    "I test the smoke detectors every week and replace the batteries once a year.",
    "We cover the detector head under the hot works permit, and the fire watch stays for an hour.",
    "I lock off and prove dead before I change the fitting.",
    "I keep the conveyor running while I take the vibration readings, then stop and lock it off to fix it.",
    "I go by the probe reading, 75 degrees in the thickest part.",
    "I'd never re-freeze defrosted chicken; if we didn't use it, it goes in the bin.",
    "If the pallet is over the rack's limit I split it, whatever the driver says.",
    "If the customer insists I explain why I can't sell it and offer to ring the pharmacist.",
    "If a dose looks wrong on the chart I hold it and ring the prescriber.",
    "I always test for dead, even on a small job where I know the circuit.",
    "When it's busy I still wash my hands between every table.",
]


@pytest.mark.parametrize("answer", UNSAFE)
def test_a_class_of_wrong_practice_is_flagged(answer: str) -> None:
    assert unsafe_sentence(answer) is not None


@pytest.mark.parametrize("answer", SAFE)
def test_the_careful_version_is_not_flagged(answer: str) -> None:
    assert unsafe_sentence(answer) is None
