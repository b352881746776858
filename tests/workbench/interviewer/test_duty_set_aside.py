"""A duty set aside by the candidate's reason for it (`set_aside`): speed or money, the chance of being caught, how
rarely it matters, someone else's earlier check, the duty disowned, a safeguard taken off. Fluent wrong answers in
the job's own words said so and scored 3-5 (score19). Written for jobs and answers outside the labelled datasets:
a pharmacy dispenser, a forklift driver, a dental nurse, a bus driver, a payroll clerk, a roofer, a baker, a
care worker, a lifeguard, a hotel receptionist, a machinist."""

from __future__ import annotations

import pytest

from tests.workbench.interviewer.unseen_jobs import technical_question
from workbench.interviewer.rubric_score import RED_FLAG_CAP, judge
from workbench.interviewer.set_aside import sets_aside
from workbench.interviewer.unsafe_practice import states_unsafe_practice
from workbench.models import Competency

SET_ASIDE = [
    # speed or money as the reason
    "Honestly, time's money on a delivery route.",
    "Stopping the press to clear it properly costs us a fortune, so I reach in and pull the jam out.",
    "You can't be sat waiting around for a second checker at the hatch.",
    "If the bay looks clear I just reverse straight in to save time.",
    "We let the client hold the cash themselves, it saves the bank fees.",
    "I'd give the prescription out to the carer to keep things moving.",
    # the chance of being caught
    "The allergen rules are hardly ever enforced in small bakeries.",
    "A smear of filler over the crack and nobody will know.",
    "I'd redo the timesheet and hope no one notices.",
    "The fine is only a couple of hundred if they catch you.",
    # how rarely it matters
    "The smoke alarms here are almost always false alarms, so I finish the check-in.",
    # someone else's earlier check
    "The night shift have already done their checks, so I sign the chart and start the round.",
    "The first dispenser has already checked it, so it goes straight in the bag.",
    "I just trust the outgoing lifeguard that the rescue tube is there.",
    "They'd have done their checks at the depot, so I head straight out.",
    # the duty disowned
    "Logging the near misses is the supervisor's business, not mine.",
    # a safeguard taken off the work
    "The interlock on the lathe is bypassed because it trips every few minutes.",
    "I take the guard off the grinder for the awkward pieces.",
]
RIGHT_PRACTICE = [
    "A hold-up costs the client money, so I phone them before I start and agree the order of work.",
    "Stopping the line costs money, but I'd still stop it and call the fitter.",
    "They're nearly always false alarms, but we still evacuate every time and wait for the fire service.",
    "I'd never trust the outgoing lifeguard's word alone, I walk the poolside and see the tube myself.",
    "Even if the night shift have already done their checks, I check the controlled drugs again with a colleague.",
    "Some of the lads will skip anything to save time, which is how people get hurt.",
    "The guard only comes off once I've isolated the grinder and locked it off.",
    "So nobody walks into the spill, I put the sign out and stay with it.",
    "I keep records so that nobody can question what was given and when.",
    "Batching the labels first saves a lot of time at the counter.",
]


@pytest.mark.parametrize("sentence", SET_ASIDE)
def test_a_duty_set_aside_by_its_reason_is_unsafe_practice(sentence: str) -> None:
    assert sets_aside(sentence)
    assert states_unsafe_practice(sentence)


@pytest.mark.parametrize("sentence", RIGHT_PRACTICE)
def test_the_same_words_with_the_duty_done_are_not(sentence: str) -> None:
    assert not sets_aside(sentence)


DISPENSING = technical_question(
    "dispensing",
    "Walk me through how you make sure a prescription is dispensed safely before it goes out.",
    one="Hands it out unchecked.",
    three="Checks the label in general terms.",
    five="Checks patient, drug, strength, dose and quantity against the prescription, then a second check.",
    look_for=("the accuracy check against the prescription", "a second check by another person"),
)
PHARMACY = Competency(
    id="dispensing",
    name="dispensing",
    kind="job_knowledge",
    source="requirements",
    terms=["prescription", "label", "dispense"],
)
FLUENT = (
    "Dispensing is the core of the job and I know the SOPs inside out, we do about 400 items a day on the "
    "Titan system with barcode scanning on every pack, so the drug and strength are matched to the label "
    "automatically and the patient's name and date of birth print on the bag. {reason} Then the bag goes on the "
    "shelf in surname order for collection."
)


@pytest.mark.parametrize(
    "reason",
    [
        "The pharmacist has already done the clinical check, so we avoid duplication at the accuracy stage.",
        "On a busy Saturday time's money, so the second check happens if there's a quiet moment.",
    ],
)
def test_a_fluent_answer_that_sets_the_duty_aside_is_capped(reason: str) -> None:
    judged = judge(FLUENT.format(reason=reason), DISPENSING, PHARMACY, addressed=True)
    assert judged.score is not None and judged.score <= RED_FLAG_CAP, judged
    assert judged.red_flags


def test_the_same_answer_with_the_duty_done_is_not_capped() -> None:
    reason = "I do the accuracy check myself against the prescription, and a second person checks it again."
    judged = judge(FLUENT.format(reason=reason), DISPENSING, PHARMACY, addressed=True)
    assert not judged.red_flags, judged


@pytest.mark.parametrize(
    "sentence",
    [
        "Anything that looks like structuring goes to the nominated officer without telling the customer.",
        "If a child discloses I take it to the designated safeguarding lead without telling the parents first.",
    ],
)
def test_a_report_to_the_designated_officer_without_telling_the_subject_is_right(sentence: str) -> None:
    # (a shortcut pattern's "without telling ..." read these as a step left out: tipping off is the offence)
    assert not states_unsafe_practice(sentence)


def test_telling_no_one_else_is_still_a_step_left_out() -> None:
    assert states_unsafe_practice(
        "I sign the completion off without telling the client about the search results."
    )
