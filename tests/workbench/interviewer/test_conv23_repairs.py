"""Repairs from the twenty-second session's trials (8 interviews on jobs in no dataset: scaffolder, bakery
supervisor, multi-drop delivery driver, school business manager, veterinary receptionist, care coordinator,
analytics engineer, forklift driver; half typed, half spoken as speech to text writes it), each fixed at its
general cause. The jobs and answers here are none of the datasets'.

- An unsafe practice said beside a sound step in one run-on spoken sentence was quoted by its sound step ('You
  said "before i start i do my pre use check forks chains horn brakes lights"' for "... but sometimes if its busy
  we carry someone on the forks"), in the probe and in the feedback alike; a reason given for it was quoted alone
  ('You said "because the customers never notice"'); a spoken "cos" let the reason's "never" take the act back.
- An addition that names an answer before the last ("going back to the first question ...", "can I add
  something to my earlier answer", "sorry about the first question i forgot to say") was taken as the answer to
  the open question, and the question was dropped.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.workbench.interviewer.unseen_jobs import answered
from workbench.interviewer.agenda import flag_quote, quotable_part
from workbench.interviewer.motivation import of_the_candidate
from workbench.interviewer.plan_view import view_of
from workbench.interviewer.quoting import quoted
from workbench.interviewer.repair import answer_from_job, reply_kind
from workbench.interviewer.scorecard import answer_groups
from workbench.interviewer.unsafe_practice import unsafe_sentence
from workbench.models import CandidateDetails, InterviewState, JobDetails

NOW = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("said", "quote", "not_quoted"),
    [
        (
            "um so every night i lock the safe and if its short i tell the manager but if im late i skip the count"
            " and just go home cos nobody checks",
            "i skip the count",
            "tell the manager",
        ),
        (
            "so i check the wristband and if its faded i reprint it but if its busy i skip the check and just give it",
            "i skip the check",
            "reprint",
        ),
        (
            "um so i always wear my harness and i clip on when im on the top lift but on a small job we dont bother"
            " clipping on cos its only two metres and the foreman never checks",
            "we dont bother clipping on",
            "always wear",
        ),
    ],
)
def test_an_unsafe_clause_is_quoted_not_the_sound_step_beside_it(
    said: str, quote: str, not_quoted: str
) -> None:
    assert unsafe_sentence(said) is not None  # (the third: the reason's "never" took the act back)
    part = quotable_part(said)
    assert part is not None and quote in part and not_quoted not in part, part


def test_an_unsafe_clause_too_long_to_quote_is_not_replaced_by_a_sound_one() -> None:
    said = (
        "right so i check the pallet is wrapped and i sign the sheet but sometimes if its quiet we ride on the forks"
        " to get a box off the very top shelf of the racking"
    )
    assert unsafe_sentence(said) is not None
    # unquoted ("one point in your answer"), not "i check the pallet is wrapped"
    assert quotable_part(said) is None


def test_a_reason_is_quoted_with_its_act_not_alone() -> None:
    said = (
        "If the tray of gluten free scones runs out we sometimes just fill it with the ordinary ones and leave the "
        "ticket, because nobody ever checks."
    )
    part = quotable_part(said)
    assert part is not None and "fill it with the ordinary ones" in part, part


def test_a_red_flags_evidence_quote_is_its_unsafe_clause() -> None:
    said = (
        "so first thing i check the cones are out and the tail lift works and if a strap is frayed i swap it but if "
        "im behind on drops i skip the strap check and just go cos the depot wants us out"
    )
    assert quoted(said).startswith("first thing i check the cones")  # cut after the sound step, before
    assert "skip the strap check" in flag_quote(quoted(said), [said])
    short = "I skip the strap check when I'm behind."
    assert flag_quote(quoted(short), [short]) == quoted(short)  # whole: as it was


def _removals() -> JobDetails:
    return JobDetails(
        id="removals",
        title="Removals Porter",
        company="Castle Moves",
        location="Lincoln",
        description="Pack, carry and load household furniture for house moves across Lincolnshire, wrap "
        "fragile items and reassemble beds and wardrobes at the new home.",
        requirements="Experience of manual handling; able to lift heavy items safely",
        skills_required=["manual handling", "packing fragile items", "furniture assembly"],
    )


def _interview(answers: list[str]) -> InterviewState:
    return answered(_removals(), CandidateDetails(id="cand-jo-marsh", name="Jo Marsh"), answers, NOW)[0]


FIRST = "i have done removals for four years with a family firm in boston and i like the physical work and the teamwork"
STORY = (
    "we had a piano to get up three flights so we took the legs off and wrapped it and used the stair climber and "
    "it went in without a scratch"
)


@pytest.mark.parametrize(
    "addition",
    [
        "going back to the first question i also did my manual handling course last year",
        "and going back to the first question i also drive the luton van",
        "Can I add something to my earlier answer? I also did my manual handling course last year.",
        "um sorry about the first question i forgot to say i also drive the luton van",
    ],
)
def test_an_addition_to_the_first_answer_is_not_the_open_questions_answer(addition: str) -> None:
    state = _interview([FIRST, addition])
    assert state.turns[-2].answer_kind == "addition", state.turns[-2]
    assert state.turns[-1].kind == "clarification"  # the open question stands


@pytest.mark.parametrize(
    "addition",
    [
        "going back to the first question i also did my manual handling course last year",
        "um sorry about the first question i forgot to say i also drive the luton van",
    ],
)
def test_an_addition_naming_the_first_question_is_evidence_for_its_answer(addition: str) -> None:
    # said to a follow-up's question (the story's): the first question is another's
    state = _interview([FIRST, STORY, addition])
    assert state.turns[-2].kind == "follow_up" and state.turns[-2].answer_kind == "addition"
    view = view_of(state)
    assert view is not None
    groups = answer_groups(view, state)
    first = groups[0]
    assert first.answers[0].startswith("i have done removals") and len(first.answers) == 2, first.answers
    assert all(addition not in answer for group in groups[1:] for answer in group.answers)


def test_a_first_one_in_an_answer_is_no_back_reference() -> None:
    # "also the first one ..." is an answer's own content, not an addition to the first question
    state = _interview([FIRST, "also the first one we did that day was a wardrobe that would not come apart"])
    assert state.turns[-2].answer_kind != "addition"


ROUTED = "I don't have that information here"


def _glazier(description: str) -> JobDetails:
    return JobDetails(
        id="glazier",
        title="Window Fitter",
        company="Clearview Glazing",
        location="Hull",
        description=description,
        requirements="Experience fitting uPVC windows and doors; full UK driving licence; CSCS card",
        skills_required=["window fitting", "sealing"],
    )


@pytest.mark.parametrize(
    "question",
    ["would i have to travel far like out of hull", "Would I need to travel?", "is there much travel"],
)
def test_a_driving_licence_is_no_answer_on_travel(question: str) -> None:
    answer = answer_from_job(question, _glazier("Fit replacement windows and doors in customers' homes."))
    assert ROUTED in answer and "driving licence" not in answer, answer


def test_an_own_car_required_is_no_answer_on_travel() -> None:
    job = _glazier("Fit replacement windows and doors.").model_copy(
        update={"requirements": "Experience fitting uPVC windows; full driving licence and own car"}
    )
    answer = answer_from_job("Would I have to travel to customers?", job)
    assert ROUTED in answer and "own car" not in answer, answer


def test_the_sites_the_work_is_spread_over_answer_travel() -> None:
    job = _glazier(
        "Clearview fits replacement windows and doors in homes across East Yorkshire and Lincolnshire."
    )
    assert "homes across East Yorkshire" in answer_from_job(
        "would i have to travel far like out of hull", job
    )


def test_the_candidates_own_on_call_in_a_duty_line_answers_how_often() -> None:
    job = JobDetails(
        id="lift-engineer",
        title="Lift Service Engineer",
        company="Upright Lifts",
        location="Cardiff",
        description="Service passenger lifts in offices and flats, repair faults and join the out of hours "
        "on-call rota.",
        skills_required=["lift maintenance"],
    )
    answer = answer_from_job("How often is on call?", job)
    assert "join the out of hours on-call rota" in answer and ROUTED not in answer, answer


def test_a_duty_line_still_does_not_answer_the_hours() -> None:
    job = JobDetails(
        id="rota-planner",
        title="Rota Planner",
        company="Upright Lifts",
        description="Plan the weekly rotas and shifts for 40 engineers.",
        skills_required=["rostering"],
    )
    assert ROUTED in answer_from_job("what are the hours?", job)


def _quiz(answers: list[str]) -> InterviewState:
    return _interview([FIRST, *answers])


def test_a_question_past_the_repairs_is_answered_and_is_no_evidence() -> None:
    # three questions of the candidate's own in a row to one question: the third is answered and the interview
    # moves on; it is not probed ("could you make that more concrete?") nor quoted as evidence
    state = _quiz(["is there parking", "do you pay weekly", "and whats the next steps after this"])
    third = state.turns[-2]
    assert third.answer == "and whats the next steps after this"
    assert third.answer_kind == "candidate_question"
    assert state.turns[-1].kind not in ("follow_up", "candidate_question", "clarification")
    assert state.turns[-1].question_id != third.question_id  # moved on
    view = view_of(state)
    assert view is not None
    assert all("next steps" not in a for group in answer_groups(view, state) for a in group.answers)


@pytest.mark.parametrize(
    "reply",
    ["whats next", "alright thanks what happens next", "so whats next then", "cheers whats the next step"],
)
def test_a_spoken_next_steps_question_is_the_candidates_own(reply: str) -> None:
    assert (
        reply_kind(reply, question="Walk me through how you wrap a wardrobe for a move.")
        == "candidate_question"
    )
    assert "next steps" in answer_from_job(reply, _removals())


@pytest.mark.parametrize(
    "reply",
    ["whats next for me is getting my hgv licence", "thanks i think the next step for me is a team leader"],
)
def test_a_next_step_of_ones_own_is_an_answer(reply: str) -> None:
    assert reply_kind(reply, question="Where do you see yourself in two years?") == "answer"


@pytest.mark.parametrize(
    ("said", "starts"),
    [
        ("hi yeah um so ive done removals for four years with a family firm in boston", "ive done removals"),
        ("Hello. I've packed and moved houses for four years.", "I've packed"),
        ("Hiya, yeah, so I've been a porter for four years.", "I've been a porter"),
    ],
)
def test_a_greeting_is_no_part_of_a_quote(said: str, starts: str) -> None:
    assert quoted(said).startswith(starts), quoted(said)


def _picker(hours: str = "Rotating shifts: earlies and lates on a two weekly rota.") -> JobDetails:
    return JobDetails(
        id="picker",
        title="Chilled Warehouse Picker",
        company="Coldstore North",
        location="Wakefield",
        description=f"Pick and pack chilled orders for supermarket deliveries. {hours}",
        skills_required=["order picking"],
    )


@pytest.mark.parametrize(
    "question", ["is there overtime", "Is there any overtime going?", "do you do overtime"]
)
def test_a_line_on_the_hours_that_does_not_name_what_is_asked_is_no_answer(question: str) -> None:
    answer = answer_from_job(question, _picker())
    assert ROUTED in answer and "Rotating shifts" not in answer, answer


@pytest.mark.parametrize("question", ["what are the hours?", "what shifts would i do", "do I work weekends?"])
def test_a_general_question_on_the_hours_still_gets_the_ads_line(question: str) -> None:
    assert "Rotating shifts: earlies and lates" in answer_from_job(question, _picker())


def test_a_line_that_names_what_is_asked_answers_it() -> None:
    job = _picker("Overtime available at time and a half.")
    assert "Overtime available" in answer_from_job("is there overtime", job)


def test_how_often_pay_is_made_is_not_answered_by_the_rate_alone() -> None:
    answer = answer_from_job(
        "is it paid weekly", _picker().model_copy(update={"salary_range": "£12.90 per hour"})
    )
    assert "£12.90 per hour" in answer and "how often pay is made" in answer, answer
    weekly = _picker("Paid weekly every Friday.").model_copy(update={"salary_range": "£12.90 per hour"})
    assert "Paid weekly every Friday" in answer_from_job("is it paid weekly", weekly)


def test_an_office_split_said_in_words_answers_how_many_days() -> None:
    job = _picker().model_copy(update={"location": "Leeds (hybrid, three days in office)"})
    answer = answer_from_job("How many days in the office?", job)
    assert "three days in office" in answer and "split between office and home" not in answer, answer


@pytest.mark.parametrize(
    "said",
    [
        "I started as a porter at Pickfords, then moved to Britannia as a driver's mate where I ran a crew of three.",
        "i started out at a family firm and then i went on to a bigger one as a team leader",
        "I worked as a removals driver for six seasons before this.",
    ],
)
def test_a_career_told_as_started_and_moved_on_is_the_candidates_background(said: str) -> None:
    # the bakery supervisor's opening ("I started as a bakery assistant at Morrisons, then moved to Costa as a team
    # leader") was said back as "this came through in how you answered across the interview", without its words
    assert of_the_candidate(said)


def test_how_a_task_is_done_is_still_no_background() -> None:
    assert not of_the_candidate("i wrap the legs first and then i start on the drawers")
