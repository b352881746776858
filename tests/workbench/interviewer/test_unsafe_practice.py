"""Unsafe practice stated in words no rubric anticipated: found, probed even when follow-ups are spent, capped."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.workbench.interviewer.interview_helpers import spend_follow_ups
from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.controller import follow_ups_used
from workbench.interviewer.red_flags import red_flags_stated
from workbench.interviewer.unsafe_practice import unsafe_flag, unsafe_sentence
from workbench.models import CandidateDetails, JobDetails, Preferences

T0 = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)
JOB = JobDetails(
    id="cook",
    title="Line Cook",
    company="Harbour Kitchen",
    description="Prepare and cook dishes on the grill and fry sections of a busy restaurant.",
    requirements="Food safety and allergen control; Knife skills; Stock rotation",
    skills_required=["grill cooking"],
)


@pytest.mark.parametrize(
    "sentence",
    [
        "I usually skip the temperature probe on busy nights, if the chicken looks done it's fine.",
        "We just guess whether a dish has nuts when the allergen sheet is missing.",
        "We label the tubs when we remember.",
        "I sign the fridge log off without checking the readings.",
        "We ignore the use-by dates on sauces, they keep for ages.",
    ],
)
def test_careless_practice_is_found(sentence: str) -> None:
    assert unsafe_sentence(f"Sure. {sentence} That's how we work.") == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "I never skip the temperature probe, even on busy nights.",
        "I would never sign the log off without checking the readings myself.",
        "A new starter skipped the allergen check once, so I retrained him that day.",
        "I guess I would start by checking the allergen matrix.",
        "We silenced the alarm after checking the walk-in temperature.",
        "I probe every batch, record it and skip lunch when it is busy.",
    ],
)
def test_careful_practice_and_reports_of_others_are_not_flagged(sentence: str) -> None:
    assert unsafe_sentence(sentence) is None


def test_an_unsafe_statement_is_a_red_flag_without_any_rubric_flag() -> None:
    assert red_flags_stated("Honestly we skip the pressure test on small jobs.", []) == [unsafe_flag()]
    assert red_flags_stated("I pressure test every joint before closing it up.", []) == []


def test_unsafe_practice_is_probed_even_when_the_follow_up_budget_is_spent() -> None:
    baseline = BaselineInterviewer()
    candidate = CandidateDetails(id="c", name="Ana Ruiz", resume_text="Line cook, Dockside Grill (2021-2025)")
    state = baseline.start(JOB, candidate, candidate.resume_text, Preferences(), T0)
    state, now = spend_follow_ups(baseline, state, T0)
    used = follow_ups_used(state)
    unsafe = "On busy nights I usually skip the temperature probe if the chicken looks done."
    state, step = baseline.answer(state, unsafe, now)
    assert not step.completed
    assert state.turns[-1].kind == "follow_up" and follow_ups_used(state) == used + 1
    assert "temperature probe" in state.turns[-1].question  # the probe quotes what was said, whole
    scored = [c for c in state.turns[-2].assessment.competencies if c.score is not None]  # type: ignore[union-attr]
    assert scored and all(c.score is not None and c.score <= 2 and c.red_flags for c in scored)


def test_an_opening_answer_about_ones_working_life_is_evidence_and_a_hobby_is_not() -> None:
    from workbench.interviewer.planning.planner import build_interview_plan
    from workbench.interviewer.rubric_score import judge

    plan = build_interview_plan(JOB, Preferences())
    opening = plan.questions[0]
    motivation = next(c for c in plan.competencies if c.id == opening.competency_id)
    context = " ".join([JOB.title, JOB.description, JOB.requirements, *JOB.skills_required])
    career = (
        "Six years on the grill at two busy restaurants, and I want a kitchen where I can learn pastry next."
    )
    assert judge(career, opening, motivation, context=context).score is not None
    hobby = "I like football and my dog is called Rex."
    assert judge(hobby, opening, motivation, context=context).score is None


def test_a_hobby_sharing_a_stem_or_an_everyday_word_with_the_job_ad_is_not_an_opening_answer() -> None:
    from workbench.interviewer.planning.planner import build_interview_plan
    from workbench.interviewer.rubric_score import judge

    ad = JobDetails(
        id="ops-ad",
        title="Warehouse Operative",
        description="Join a friendly team at our busy warehouse. Pick and pack orders every week.",
    )
    plan = build_interview_plan(ad, Preferences())
    opening = plan.questions[0]
    motivation = next(c for c in plan.competencies if c.id == opening.competency_id)
    context = " ".join([ad.title, ad.description])
    football = "I love football, I play every Sunday with my friends and we won the league last year."
    assert judge(football, opening, motivation, context=context).score is None
    picker = "I picked orders in a warehouse over Christmas and I'd like a permanent place on a team."
    assert judge(picker, opening, motivation, context=context).score is not None


UNSAFE_IN_OTHER_WORDS = [
    "I usually don't wear the hi-vis, it slows me down.",
    "We leave the fire door propped open so the trolleys get through faster.",
    "If the fridge is a bit warm I still use the chicken, it's usually fine.",
    "I sign the controlled drugs register at the end of the week from memory.",
    "I let the new starters drive the forklift before they're trained if we're busy.",
    "We don't really do handovers, everyone just knows what's going on.",
    "I just work live on lighting circuits, it is quicker.",
    "If the RCD keeps tripping I bridge it out to finish the job.",
    "I do not always test for dead, if the breaker is off it is off.",
    "We reuse the single-use syringes when we run out.",
    "I give the medication first and write it up at the end of the shift.",
    "If a patient refuses I just give it anyway.",
    "We mix the chemicals in the bucket by eye.",
    "I drive the truck over the hours limit when we are behind.",
    "On a service visit there's no need to take the case off if the flame looks right.",
    "There's no point calling the GP for a small change like that.",
    "I don't bother with daily vehicle defect checks if I've done the route before.",
    "I don't bother with the final accuracy checking of prescriptions when it's quiet.",
    "I'd wipe the acid up with paper towels and let my supervisor know later on.",
    "I would probably go along with the doctor and mention it to the nurse in charge at the end of the shift.",
    "If production's screaming you bypass the interlock for an hour and sort it properly at the weekend.",
    "We bridged out the guard switch to keep the line going.",
    # a rule broken and justified: no harm done, everyone does it, not my responsibility, the rule is excessive
    "Ten minutes over the limit never hurt anybody.",
    "I'd sign the sheet for the whole week on Friday, everyone does it.",
    "I've done it that way for years and nobody has ever picked me up on it.",
    "Once it leaves the loading bay it's the customer's problem, not mine.",
    "I'm not paid to recheck what the day shift counted.",
    "The lifting checklists are over the top for a small job like that.",
    # the harm denied, the duty put on someone else, the rule waved away as impractical or as too costly
    "A small burn on the wrist isn't the end of the world, I'd finish the service first.",
    "Once the van is loaded it's the courier's responsibility, not mine.",
    "If we checked every single delivery we'd never get the shelves filled.",
    "I'd let them start on the roof today, because every hour we wait costs us.",
    "Half a degree over is nothing, the fridge soon catches up.",
    "You can't keep a crew standing about, it costs money.",
    "Rechecking the whole batch would take a day, and we have targets.",
    # an unexplained difference left because chasing it is not worth it; a record made to agree with someone's word
    "The till was forty pounds down, but there's no value in spending an hour chasing it, so I'd just close up.",
    "It's a few tablets out, not worth investigating, I'd sign the count and move on.",
    "I'd just adjust the stock so it matches what the store says.",
    "If the driver says he delivered six cages I'd amend the record to match what he says.",
    # the shortcut's clause holds no negation, another clause does
    "If I'm short on hours I just keep driving and fix the log later, dispatch doesn't care.",
    "We don't have time on nights, so I skip the pressure test.",
    "On a busy shift I sign off the meds first and give them a bit later, everyone does it on nights.",
]
SAFE_IN_THE_SAME_WORDS = [
    "I always wear the harness, and I check the anchor point first.",
    "If a fire door is propped open I close it and tell the manager.",
    "The fire exit was blocked with pallets so we moved them.",
    "If the fridge is warm I bin the stock and record it; we never use it.",
    "I don't let new starters drive the forklift before they're trained.",
    "We never sign the register from memory: each entry is made at the time.",
    "We do a handover at every shift change, using SBAR.",
    "I never work live; I isolate and lock off first.",
    "We never reuse single-use syringes.",
    "I record it straight away, never at the end of the shift.",
    "If a patient refuses I do not give it; I record the refusal and tell the nurse in charge.",
    "We measure the chemicals with the marked jug, never by eye.",
    "My colleague wanted to carry on anyway, so I stopped the job and called the supervisor.",
    "I am happy to work live music events at the weekend.",
    "There's no need to panic when the alarm goes; I follow the checklist step by step.",
    "I don't bother with small talk and get on with the checks.",
    "I don't bother with small talk when the checks are due.",
    "I tell my supervisor straight away and write the incident form later.",
    "I would never leave it to tell the nurse in charge later; I escalate at once.",
    "I'd tell the customer to check their deliveries next time.",
    "If an operator asks you to bypass a guard, I'd refuse and call the shift manager.",
    "Someone had bypassed the interlock on nights, so I took the machine out of service.",
    "You never bypass an interlock, whatever production says.",
    "A dropped tool from that height could hurt anyone below.",
    "I make sure everyone does it before the shift starts.",
    "A new starter told me everyone does it, so I showed him the proper way.",
    "I'd never say it's not my problem: I find out who owns it.",
    "Some people think the checks are over the top, but they catch real faults.",
    "I never fix the log later; I record it as it happens.",
    "I would never skip the test, not even when we are busy.",
    "I give the meds first and sign them off straight after.",
    "The two of them argued at first, but everyone did it in the end.",
    "There's nothing in the log, so I'd ring the previous shift before I sign.",
    "The remaining difference is nothing, so the account is reconciled.",
    "Downtime costs money, but I'd still stop the line and isolate it.",
    "We had a deadline on the Friday, so I split the work with the night shift.",
    "It isn't the end of the shift until the handover is done.",
    "I strap every pallet so that it won't go anywhere.",
    "If we checked every pallet twice we'd catch more of the errors.",
    "The load is the driver's responsibility once he signs for it, so I walk him round it first.",
    "There's no point chasing the driver, I'd ring the transport office instead.",
    "I recount the bay and adjust the stock so it matches the count.",
    "I'd never change the figures to match what the client says.",
    "A two-pence rounding difference is not worth a journal; a £3,400 one I investigate.",
]


@pytest.mark.parametrize("sentence", UNSAFE_IN_OTHER_WORDS)
def test_unsafe_practice_in_words_no_rubric_anticipated_is_flagged(sentence: str) -> None:
    assert unsafe_sentence(sentence), sentence


@pytest.mark.parametrize("sentence", SAFE_IN_THE_SAME_WORDS)
def test_safe_practice_in_the_same_words_is_not_flagged(sentence: str) -> None:
    assert unsafe_sentence(sentence) is None, sentence


def test_the_same_unsafe_statement_said_again_is_probed_without_quoting_it_twice() -> None:
    from datetime import UTC, datetime, timedelta

    from workbench.interviewer.baseline import BaselineInterviewer
    from workbench.models import CandidateDetails, JobDetails, Preferences

    job = JobDetails(
        id="sparky",
        title="Domestic Electrician",
        description="Rewires, consumer unit changes, safe isolation, inspection and testing, fault finding.",
    )
    baseline = BaselineInterviewer()
    now = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    state = baseline.start(job, CandidateDetails(id="c", name="Sam Lee"), "", Preferences(), now)
    unsafe = "So when it's busy I skip it and sort the paperwork later."
    questions = []
    for minute in range(1, 9):
        state, step = baseline.answer(
            state, f"I've done a lot of this work. {unsafe}", now + timedelta(minutes=minute)
        )
        questions.append(step.question)
        if step.completed:
            break
    quoted = [q for q in questions if "skip it and sort the paperwork later" in q]
    assert len(quoted) == 1, questions
