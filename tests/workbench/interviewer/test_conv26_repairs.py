"""Repairs from the twenty-sixth session's trials: eight whole interviews on jobs in no dataset (a community support
worker, a scaffolder, a garden centre assistant, a hotel room attendant, a payroll officer, a class 2 driver, a
custody detention officer, a test automation engineer), half of them answered as speech to text writes. Each fixed
at its general cause; the jobs and answers here are none of the datasets' nor of another test's.

- A correction or addition naming an earlier question ("sorry, back on the hoist question, I meant ...",
  "Correction, on that one about the ties ...", "Actually, let me correct what I said earlier, ...") was taken as
  the answer to the open question, a follow-up's included, and the interview moved on with it unanswered (an
  unsafe-practice probe among them) (`addition.names_earlier`).
- "we was told sometimes you dont bother with the second officer" (a two-person rule set aside, said with the
  generic "you" and as what the candidate was told) was neither probed nor flagged (unsafe_practice.yaml).
- "Everything goes on the custody record at the time, never from memory later" was probed as a shortcut.
- A spoken question without its question mark after "yeah im ready um", or asking whether a thing is paid,
  provided, guaranteed ("is overtime guaranteed", "are the harnesses supplied") was taken as the answer; "what do u mean by coshh" was taken as the answer (repair.yaml `spoken`, `clarification`).
- "Is travel between visits paid?" was also given the salary line (repair.yaml `topics.salary`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from tests.workbench.interviewer.unseen_jobs import say, started, until_asked
from workbench.interviewer.addition import names_earlier
from workbench.interviewer.job_answers import answer_from_job
from workbench.interviewer.repair import reply_kind
from workbench.interviewer.unsafe_practice import unsafe_sentence
from workbench.models import CandidateDetails, JobDetails

NOW = datetime(2026, 12, 2, 7, 0, tzinfo=UTC)


def _support_worker() -> JobDetails:
    return JobDetails(
        id="conv26-support-worker",
        title="Community Support Worker",
        company="Brookvale Home Support",
        location="Darlington",
        salary_range="£11.90 - £12.60 per hour",
        description="Support adults with learning disabilities and older people in their own homes: personal care, "
        "meals, medication prompts and getting out into the community.\nWhat we offer:\n- Paid travel time between "
        "visits\n- Mileage at 30p a mile\n- Free DBS check and uniform",
        requirements="Care Certificate or willing to complete; moving and handling; recording visit notes",
        skills_required=["personal care", "moving and handling", "medication prompts"],
    )


def _scaffolder() -> JobDetails:
    return JobDetails(
        id="conv26-scaffolder",
        title="Scaffolder (CISRS trainee or Part 1)",
        company="Teesline Access Ltd",
        location="Middlesbrough",
        salary_range="£160 - £190 per day",
        description="Erect, alter and strike tube-and-fitting and system scaffolds on housing and commercial "
        "sites.\n- Travel to sites in company van, travel time paid\n- PPE and harness supplied",
        requirements="CISRS Part 1 or trainee card; working at height; reading a scaffold design",
        skills_required=["scaffold erection", "working at height", "harness use"],
    )


def _driver() -> JobDetails:
    return JobDetails(
        id="conv26-class2-driver",
        title="Class 2 Delivery Driver",
        company="Hendon Dock Wholesale",
        location="Sunderland",
        salary_range="£32,000 a year",
        description="Deliver chilled and ambient goods to pubs, cafes and schools in an 18-tonne rigid with tail "
        "lift, 25-35 drops a day.\n- Monday to Friday, 6am starts\n- Overtime paid at time and a half",
        requirements="Class 2 (C) licence; Driver CPC and tacho card; manual handling",
        skills_required=["multi-drop delivery", "tail lift operation", "tachograph rules"],
    )


# --- a correction naming an earlier question is no answer to the open one -------------------------------------


@pytest.mark.parametrize(
    ("job", "first", "topic", "answer", "unsafe", "correction"),
    [
        (
            _scaffolder,
            "scaffold erection",
            "working at height",
            "Check the base plates, ground's firm, ties to the design every 6 metres, and I clip on before I go up.",
            "Honestly on the last job if it was only one lift we didn't bother clipping on, it's quicker.",
            "Correction, on that one about the ties I meant every 4 metres not 6.",
        ),
        (
            _support_worker,
            "personal care",
            "moving and handling",
            "I check the water temperature first, keep her covered with a towel and ask before I do anything.",
            "we was told sometimes you dont bother with the second officer if the client is light",
            "sorry back on the personal care question i meant i check the water with a thermometer not my elbow",
        ),
    ],
)
def test_a_correction_of_an_earlier_answer_leaves_the_probe_open(
    job: Callable[[], JobDetails], first: str, topic: str, answer: str, unsafe: str, correction: str
) -> None:
    interviewer, state, now = started(job(), CandidateDetails(name="Ash Kerr"), at=NOW)
    state, now = until_asked(
        interviewer, state, now, first, "I've done this work for three years on busy sites."
    )
    state, _, now = say(interviewer, state, answer, now)
    state, now = until_asked(
        interviewer, state, now, topic, "I'd follow the method statement and ask if unsure."
    )
    state, step, now = say(interviewer, state, unsafe, now)
    probe = step.question
    assert "risks" in probe, probe  # the shortcut is probed
    state, step, now = say(interviewer, state, correction, now)
    assert state.turns[-2].answer_kind == "addition"
    assert state.turns[-1].kind == "clarification"
    assert "correcting" in step.response, step.response
    assert probe.rstrip("?").split(": ", 1)[-1].lower()[:40] in step.question.lower(), step.question


def test_a_correction_naming_an_earlier_question_during_another_keeps_it_open() -> None:
    """ "Sorry, back on the cell checks question, I meant ..." while record keeping's checks are asked about: the
    cells name the earlier question though "checks" is in both."""
    current = "Which checks do you rely on when it comes to record keeping, and why those?"
    earlier = (
        "What does good practice in cell checks look like to you? I'd check them at the right interval and wake "
        "them if they're on rousals."
    )
    said = (
        "Sorry, back on the cell checks question, I meant every 30 minutes for someone who has had a drink."
    )
    assert names_earlier(said, current, earlier)
    # the open question's own subject: its answer
    assert not names_earlier(
        "Sorry, back on the record keeping question, I sign every entry.", current, earlier
    )
    # a correction naming nothing: the answer of whichever it shares more words with
    assert names_earlier(
        "Actually, let me correct what I said earlier, the rousals were every half hour not every hour.",
        current,
        earlier,
    )
    assert not names_earlier(
        "Actually, let me correct myself, I'd rely on the record keeping policy checks.", current, earlier
    )
    # no earlier answer to correct; no correction at all
    assert not names_earlier(said, current, "")
    assert not names_earlier("I'd go back to the detainee one more time and check.", current, earlier)


# --- a two-person rule set aside, in spoken dialect ----------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "we was told sometimes you dont bother with the second officer if the detainee is asleep",
        "on nights you dont wait for the second carer if the client is light so you just do it yourself",
        "We don't bother with the second checker on the evening round.",
    ],
)
def test_a_two_person_rule_set_aside_is_unsafe(said: str) -> None:
    assert unsafe_sentence(said) is not None


@pytest.mark.parametrize(
    "said",
    [
        "I never go into a cell without the second officer.",
        "You always wait for the second officer before the hatch is opened.",
        "a new starter said they dont bother with the second carer, so I told the manager",
        "Everything goes on the custody record at the time it happened, never from memory later, and I sign it.",
    ],
)
def test_the_rule_kept_or_others_practice_is_not_unsafe(said: str) -> None:
    assert unsafe_sentence(said) is None


def test_record_written_from_memory_is_still_unsafe() -> None:
    assert unsafe_sentence("I write the cell check log up at the end of the shift from memory.") is not None


# --- spoken questions and requests to clarify ----------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "yeah im ready um is travel between visits paid",
        "is overtime guaranteed",
        "are the harnesses supplied",
    ],
)
def test_a_spoken_question_without_its_mark_is_the_candidates(said: str) -> None:
    assert reply_kind(said, question="Which checks do you rely on when it comes to room cleaning?") == (
        "candidate_question"
    )


@pytest.mark.parametrize(
    "said",
    ["is the water warm enough for her first", "the ties are every four metres and the boards are clipped"],
)
def test_a_statement_is_still_an_answer(said: str) -> None:
    assert (
        reply_kind(said, question="Which checks do you rely on when it comes to personal care?") == "answer"
    )


def test_text_speak_asking_what_a_term_means_is_a_clarification() -> None:
    question = "What would you do if a guest complains loudly about something that comes down to COSHH?"
    assert (
        reply_kind("what do u mean by coshh like the chemicals", question=question) == "clarification_request"
    )


@pytest.mark.parametrize(
    ("job", "said", "line"),
    [
        (
            _support_worker,
            "yeah im ready um is travel between visits paid",
            "Paid travel time between visits.",
        ),
        (_driver, "is overtime guaranteed", "Overtime paid at time and a half."),
        (_scaffolder, "are the harnesses supplied", "PPE and harness supplied."),
    ],
)
def test_a_spoken_question_at_the_start_is_answered_from_the_ad(
    job: Callable[[], JobDetails], said: str, line: str
) -> None:
    interviewer, state, _ = started(job(), CandidateDetails(name="Ash Kerr"), at=NOW)
    state, step, _ = say(interviewer, state, said, NOW)
    assert state.turns[-2].answer_kind == "candidate_question"
    assert line in step.response, step.response
    assert "walk me through your background" in step.question


# --- a thing asked whether paid is no salary question --------------------------------------------------------


@pytest.mark.parametrize("said", ["is travel between visits paid?", "Is the travel time paid?"])
def test_a_thing_asked_whether_paid_does_not_get_the_salary(said: str) -> None:
    answer = answer_from_job(said, _support_worker())
    assert "Paid travel time between visits." in answer
    assert "salary" not in answer


@pytest.mark.parametrize("said", ["how much do I get paid?", "are we paid weekly?", "is it well paid?"])
def test_a_person_paid_is_still_the_salary(said: str) -> None:
    assert "£11.90 - £12.60 per hour" in answer_from_job(said, _support_worker())


# --- a reason said is not asked for in the feedback ----------------------------------------------------------


def _garden_centre() -> JobDetails:
    return JobDetails(
        id="conv26-garden-centre",
        title="Garden Centre Sales Assistant",
        company="Hollyfield Nurseries",
        location="Ludlow",
        salary_range="£11.44 per hour",
        description="Help customers choose plants, water and care for stock, run the till and keep the shop floor "
        "tidy.\n- 20% staff discount\n- Weekend work on a rota",
        requirements="Customer service experience; interest in plants; happy to lift compost bags",
        skills_required=["customer service", "plant care", "till operation"],
    )


@pytest.mark.parametrize(
    "opening",
    [
        "I worked Saturdays at Greggs for two years on the till. I love being outside and I grew veg with my dad, "
        "so it's a dream job really.",
        "i worked saturdays at greggs for two years on the till and i want to do it cos i like being outside with "
        "plants",
    ],
)
def test_a_reason_said_beside_the_quoted_background_is_not_asked_for(opening: str) -> None:
    """The scorecard quotes the background sentence; the feedback asked the candidate to "say what in this role
    draws you" though they had said it."""
    interviewer, state, now = started(_garden_centre(), CandidateDetails(name="Ash Kerr"), at=NOW)
    state, _, now = say(interviewer, state, opening, now)
    state = interviewer.finish(state, now + timedelta(minutes=1))
    feedback = state.final_feedback or ""
    assert "Motivation" in feedback
    assert "say what in this role draws you" not in feedback, feedback
    assert "say what draws you" not in feedback, feedback
