"""Two readings of an answer's content, written for jobs outside the labelled datasets (a plumber, a veterinary
nurse, a scaffolder, a care worker, a forklift driver).

1. A question the candidate asks about the case is part of the answer ("Is it pain, bleeding or early sepsis?"),
   while a question put to the interviewer is not evidence ("Is there parking?").
2. Assurance in place of a check (the work called easy, one's volume of experience as the warrant, a step waved
   away as fuss) counts against the answer as complacency does.
"""

from __future__ import annotations

import pytest

from workbench.interviewer.asides import asked_of_interviewer
from workbench.interviewer.evidence import sift
from workbench.interviewer.rubric_score import judge
from workbench.interviewer.specificity import read_specificity
from workbench.models import Competency, Phase, PlannedQuestion, Rubric, RubricAnchors

ABOUT_THE_CASE = [
    "Is the pressure dropping overnight, or only when the heating's on?",
    "Then I'd look at her chart: has she had her pain relief since this morning?",
    "Was the tie missing when it was handed over, or taken out since?",
    "First, is the resident's skin broken anywhere?",
    "Why did he fall?",
    "I skip the leak test, the joint is brand new, what's going to go wrong with it?",
    'Does she point, wave, understand "get your coat"?',
]
TO_THE_INTERVIEWER = [
    "Is there parking?",
    "What would the shift pattern be?",
    "Does that make sense?",
    "Sorry, could you repeat that?",
    "Do you offer training for the forklift licence?",
    "When would I hear back?",
    "I've done a lot of these, is that the kind of thing you want?",
    "What does LOLER mean?",
]


@pytest.mark.parametrize("sentence", ABOUT_THE_CASE)
def test_a_question_about_the_case_is_part_of_the_answer(sentence: str) -> None:
    assert not asked_of_interviewer(sentence)
    assert sift(sentence).kept


@pytest.mark.parametrize("sentence", TO_THE_INTERVIEWER)
def test_a_question_to_the_interviewer_is_never_evidence(sentence: str) -> None:
    assert asked_of_interviewer(sentence)
    assert sift("I'd isolate the supply and test it dead. " + sentence).questions == 1


LEAK = PlannedQuestion(
    id="q-leak",
    phase=Phase.TECHNICAL,
    competency_id="pressure-testing",
    form="situational",
    text="You've just soldered a new section of copper pipe under a kitchen floor. What do you do before the "
    "floor goes back down?",
    minutes=3,
    rubric=Rubric(
        anchors=RubricAnchors(
            one="Covers it up untested.",
            three="Tests it in general terms.",
            five="Pressure tests, records it.",
        )
    ),
)
PLUMBING = Competency(
    id="pressure-testing",
    name="pressure testing",
    kind="job_knowledge",
    source="requirements",
    terms=["leak"],
)


def test_a_step_waved_away_in_a_rhetorical_question_counts_against_the_answer() -> None:
    """The excuse ("what's going to go wrong with it?") was set aside with the question it ends in, and with it
    the step skipped: the answer read as if it had said nothing wrong."""
    said = (
        "I clean the joints, flux them and solder them with the torch. I don't bother with a pressure test, the "
        "fittings are brand new, what's going to go wrong with them?"
    )
    judged = judge(said, LEAK, PLUMBING, addressed=True)
    assert judged.features is not None
    assert judged.features.values["complacency"] > 0


ASSURANCE = [
    "Honestly it's an easy one, the customer's there to sign and I crack on.",
    "Scaffold ties I could do in my sleep, I must have put up over 2,000 of them by now.",
    "I've lifted hundreds of pallets that way and never dropped one.",
    "I've looked after literally hundreds of residents, so I'm really confident with moving and handling.",
    "People make a big deal of manual handling plans.",
    "The hoist is a pain, so two of us just lift her.",
    "I don't faff with the sling checks.",
    # the work called easy with its own subject, not only "it's easy"
    "Tower scaffolds are easy, the frames just slot together.",
    "Gas meters are dead easy once you've done a few.",
    "Night feeds are easy, I just top them all up at midnight.",
]
NOT_ASSURANCE = [
    "It's easy to miss a loose tie, so I check every one with the tag.",
    "I've done hundreds of hours of supervised climbing before going up alone.",
    "I checked 250 of them against the delivery note.",
    "I've done 12 of these under supervision, so I'd still ask the senior to watch.",
    "She said the hoist sling was a pain on her shoulder, so I changed the size.",
    "Nothing is easy on a night shift, so I go through the checklist twice.",
    "The boiler's casing is easy to crack, so I lift it off with both hands.",
]


@pytest.mark.parametrize("sentence", ASSURANCE)
def test_assurance_in_place_of_a_check_is_complacency(sentence: str) -> None:
    assert read_specificity(sentence, "").complacency >= 1


@pytest.mark.parametrize("sentence", NOT_ASSURANCE)
def test_a_caution_a_count_of_the_case_or_training_is_not_assurance(sentence: str) -> None:
    assert read_specificity(sentence, "").complacency == 0


def test_assurance_lowers_the_judged_quality_of_the_same_practice() -> None:
    plain = "I pressure test it to the regs with the gauge, and I record the reading on the job sheet."
    boasted = "I've done thousands of these in my sleep. " + plain
    assert (judge(boasted, LEAK, PLUMBING, addressed=True).quality or 0) < (
        judge(plain, LEAK, PLUMBING, addressed=True).quality or 0
    )
