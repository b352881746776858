"""The check or decision a question asks about, left to someone or something else ("the lab does it anyway"), is
low ownership, as "I just did my part" is: written for jobs outside the labelled datasets (a care worker, an
electrician's mate, a chef, a scaffolder, a fire alarm engineer, a laboratory assistant)."""

from __future__ import annotations

import pytest

from tests.workbench.interviewer.unseen_jobs import technical_question
from workbench.interviewer.rubric_score import judge
from workbench.models import Competency

LEFT_TO_OTHERS = [
    "If the reading looks odd I'd leave it for the supervisor.",
    "I'd leave the wiring to the electrician.",
    "I'd leave the families to sort it out between them.",
    "Allergens on the menu, the kitchen manager checks it anyway.",
    "No need to test the bloods here, the lab does it anyway.",
    "If the tag's out of date, the inspector would pick it up later.",
    "The panel logs every fault, that's what it's there for.",
]
OWN_CHECK_OR_HAND_OVER = [
    "I check it anyway, even when the last shift says it's done.",
    "The parents pick them up at six and I hand over the day sheet.",
    "I leave the specimen for the courier in the locked box and log it.",
    "I'd leave it for ten minutes, then test it again.",
    "It's up to the resident what she wears, so I offer two choices.",
    "Whatever the lab does, I still label it at the bedside.",
]
FAULT = technical_question(
    "fault-finding",
    "A fire alarm panel shows an intermittent earth fault on one zone. What do you do?",
    one="Clears the fault and leaves.",
    three="Finds the zone in general terms.",
    five="Isolates, tests insulation, records it.",
    question_id="q-fault",
)
FIRE_ALARMS = Competency(
    id="fault-finding", name="fault finding", kind="job_knowledge", source="requirements", terms=["panel"]
)


def _deflected(sentence: str) -> float:
    # beside an act of the candidate's own: an answer that only hands the check off is no evidence at all
    # (test_answers_handed_off.py), so it has no features to read
    judged = judge(f"{sentence} I note the zone number first.", FAULT, FIRE_ALARMS, addressed=True)
    assert judged.features is not None
    return judged.features.values["deflected"]


@pytest.mark.parametrize("sentence", LEFT_TO_OTHERS)
def test_a_check_left_to_someone_else_is_low_ownership(sentence: str) -> None:
    assert _deflected(sentence) > 0


@pytest.mark.parametrize("sentence", OWN_CHECK_OR_HAND_OVER)
def test_an_own_check_a_collection_or_a_hand_over_is_not(sentence: str) -> None:
    assert _deflected(sentence) == 0


def test_leaving_the_check_to_others_lowers_the_judged_quality_of_the_same_practice() -> None:
    plain = "I'd isolate the zone, test the cable's insulation with the meter, and record the readings."
    left = plain + " The maintenance contractor checks it anyway, that's what they're paid for."
    assert (judge(left, FAULT, FIRE_ALARMS, addressed=True).quality or 0) < (
        judge(plain, FAULT, FIRE_ALARMS, addressed=True).quality or 0
    )
