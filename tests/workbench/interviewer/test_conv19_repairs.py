"""Conversation defects seen in the eighteenth session's trials, each fixed at its general cause (jobs and answers
here are none of the datasets'):

- a problem met with no act at all ("I usually let it go"), a refusal by default ("I'd just refuse it to be safe"),
  a live system changed by hand ("I run ALTER TABLE straight in production") and the array index as a list's key
  were thanked and passed over: they are probed, never thanked;
- an addition to the previous answer ("oh, and also ...") was taken as the answer to the open question;
- "What are the next steps?" to the closing question, which names them, was taken for a request to explain it;
- "is this going to take long?" was routed to the hiring team (or answered with their timeline): the plan's time
  budget and the clock answer it;
- "I'm not sure what X involves" was scored as an answer ("no rush") instead of the question said again;
- "what are the hours?" was answered with the salary field's line for its "overtime", an on-call question routed
  when the ad speaks of on-call duty, and "Rotating shifts including nights" read as a duty.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.workbench.interviewer.unseen_jobs import say, started
from workbench.interviewer.ad_lines import topic_line
from workbench.interviewer.addition import is_addition
from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.repair import answer_from_job, reply_kind
from workbench.interviewer.scorecard import answer_groups
from workbench.interviewer.unsafe_practice import unsafe_sentence
from workbench.models import CandidateDetails, InterviewState, JobDetails, Phase, Preferences

T0 = datetime(2026, 4, 6, 9, 0, tzinfo=UTC)
ALEX = CandidateDetails(id="c", name="Alex Moore", resume_text="")
JOBS = {
    "optician": JobDetails(
        id="optician",
        title="Optical Assistant",
        company="ClearView Opticians",
        location="Norwich",
        salary_range="£23,500",
        description="Greet patients, take pre-tests, adjust frames and handle repairs and collections in a busy "
        "high-street practice. Saturday working on a rota.",
        skills_required=["frame adjustments", "pre-testing"],
    ),
    "gym": JobDetails(
        id="gym",
        title="Leisure Centre Duty Manager",
        company="Riverside Leisure",
        location="Ipswich",
        salary_range="£27,000 + overtime",
        description="Run the centre on shift: lead the pool and gym team, handle incidents and complaints, cash up "
        "and open and close the building.",
        skills_required=["incident management", "cash handling"],
    ),
    "web": JobDetails(
        id="web",
        title="Web Developer",
        company="Harbourline",
        location="Plymouth",
        salary_range="£45,000-£52,000",
        description="Build and maintain our ticketing site in React and PostgreSQL. You'll share on-call duty with "
        "the platform team.",
        skills_required=["React", "PostgreSQL"],
    ),
    "ward": JobDetails(
        id="ward",
        title="Healthcare Assistant",
        company="Westmoor Hospital",
        location="Exeter",
        salary_range="Band 3: £24,071",
        description="Support patients with personal care and observations on an orthopaedic ward. Rotating shifts "
        "including nights and weekends.",
        skills_required=["personal care", "observations"],
    ),
}
OPENING = (
    "I have worked in this line of work for four years and I want this role because I like helping people and "
    "your team is known for training staff well."
)
FULL = "I check it against the record, fix what I can, tell my manager what I found and write it down."


def opened(job_id: str, minutes: int = 30) -> tuple[BaselineInterviewer, InterviewState, datetime]:
    return started(JOBS[job_id], ALEX, Preferences(max_duration=minutes), T0)


def at_work_question(job_id: str) -> tuple[BaselineInterviewer, InterviewState, datetime]:
    """Past the opening (answered fully, its follow-up too): the first question of the work is open."""
    baseline, state, now = opened(job_id)
    state, _, now = say(baseline, state, OPENING, now)
    while state.turns[-1].phase == Phase.INTRODUCTION or state.turns[-1].kind == "follow_up":
        state, _, now = say(baseline, state, FULL, now)
    return baseline, state, now


def at_closing(job_id: str) -> tuple[BaselineInterviewer, InterviewState, datetime]:
    baseline, state, now = opened(job_id)
    while state.turns[-1].phase != Phase.CONCLUSION:
        state, step, now = say(baseline, state, FULL, now)
        assert not step.completed
    return baseline, state, now


# --- a problem met with no act, a default refusal, production changed by hand: probed, never thanked ---------------
UNSAFE = [
    "I usually let it go",
    "Honestly I'd just ignore it, it's not worth the hassle.",
    "If a colleague skips the checklist I let it slide.",
    "I'd just refuse it to be safe",
    "We cancel the booking just in case.",
    "I run ALTER TABLE straight in production when we need a column",
    "We hotfix directly on the live server.",
    "we use the array index as the key for list items, it works fine",
    "I pass key={index} in the map.",
]
RIGHT = [
    "I let it go but I talk to them afterwards and note it in the log.",
    "If they don't have ID I'd refuse it to be safe.",
    "I never run ALTER TABLE straight in production; it goes through a reviewed migration.",
    "We only use the index as the key when the list never changes.",
    "I let them go home early when the centre is quiet.",
    "I use the booking id from the database as the key.",
    "I would refuse the sale and explain the law calmly.",
]


@pytest.mark.parametrize("answer", UNSAFE)
def test_a_problem_let_pass_or_production_changed_by_hand_is_unsafe(answer: str) -> None:
    assert unsafe_sentence(answer) is not None


@pytest.mark.parametrize("answer", RIGHT)
def test_the_right_practice_in_the_same_words_is_not(answer: str) -> None:
    assert unsafe_sentence(answer) is None


@pytest.mark.parametrize(
    ("job_id", "answer"),
    [
        ("optician", "I usually let it go"),
        ("gym", "I'd just refuse it to be safe"),
        ("ward", "Honestly I'd just ignore it, it's not worth the hassle."),
        ("web", "I run ALTER TABLE straight in production"),
    ],
)
def test_the_statement_is_probed_not_thanked(job_id: str, answer: str) -> None:
    baseline, state, now = at_work_question(job_id)
    asked = state.turns[-1].question_id
    state, step, _ = say(baseline, state, answer, now)
    assert state.turns[-1].kind == "follow_up" and state.turns[-1].question_id == asked
    assert "what could go wrong" in step.question
    assert "thank" not in step.response.lower()


# --- an addition to the previous answer is no answer to the open question -----------------------------------------
@pytest.mark.parametrize(
    "addition",
    [
        "Oh, and also, about the record: I photograph it and attach it to the log.",
        "Going back to the last question, I forgot that I also tell the next shift.",
        "I forgot to mention that I double-check it with a colleague.",
    ],
)
@pytest.mark.parametrize("job_id", ["optician", "gym", "ward"])
def test_an_addition_to_the_previous_answer_keeps_the_open_question(job_id: str, addition: str) -> None:
    baseline, state, now = at_work_question(job_id)
    state, _, now = say(baseline, state, FULL, now)  # answered: the next question is open
    while state.turns[-1].kind == "follow_up":
        state, _, now = say(baseline, state, FULL, now)
    open_turn = state.turns[-1]
    state, step, now = say(baseline, state, addition, now)
    assert state.turns[-2].answer_kind == "addition"
    assert state.turns[-1].question_id == open_turn.question_id
    assert step.question.startswith("Coming back to my question:")
    assert "added that to your earlier answer" in step.response
    # scored with the answer it adds to, not as the open question's answer
    groups = {group.question.id: group.turn_indices for group in answer_groups(baseline.view(state), state)}
    added = state.turns[-2].index
    assert any(added in indices for qid, indices in groups.items() if qid != open_turn.question_id)
    assert added not in groups.get(open_turn.question_id, [])


def test_an_answer_that_opens_with_also_is_an_answer() -> None:
    previous = "Why does React ask for a key prop? So it can match list items between renders."
    question = "How would you manage state that several distant components need?"
    assert is_addition(
        "Oh, and also about the keys, we sometimes use ids from the database.", previous, question
    )
    assert not is_addition(
        "Also, I'd use context or a store for state that distant components share.", previous, question
    )
    assert not is_addition("I'd lift the state up and pass it down.", previous, question)


# --- at the closing, a question on what the closing question names is the candidate's question --------------------
@pytest.mark.parametrize("job_id", ["optician", "gym", "web"])
def test_next_steps_asked_at_the_closing_are_answered(job_id: str) -> None:
    baseline, state, now = at_closing(job_id)
    assert "next steps" in state.turns[-1].question
    state, step, _ = say(baseline, state, "What are the next steps?", now)
    assert state.turns[-2].answer_kind == "candidate_question"
    assert "hiring team" in step.response and "next steps" in step.response


def test_a_request_to_clarify_at_the_closing_is_still_one() -> None:
    baseline, state, now = at_closing("gym")
    state, _, _ = say(baseline, state, "Sorry, what do you mean?", now)
    assert state.turns[-2].answer_kind == "clarification_request"


# --- the interview's own length, from the plan's time budget ------------------------------------------------------
@pytest.mark.parametrize(
    "question", ["is this going to take long?", "How long is this interview?", "are we nearly done?"]
)
@pytest.mark.parametrize("minutes", [30, 45])
def test_the_interviews_length_is_answered_from_the_plan(question: str, minutes: int) -> None:
    baseline, state, now = opened("optician", minutes)
    state, _, now = say(baseline, state, OPENING, now)
    state, step, _ = say(baseline, state, question, now)
    assert state.turns[-2].answer_kind == "candidate_question"
    assert f"about {minutes} minutes" in step.response
    assert "4 minutes in" in step.response and f"{minutes - 4} minutes to go" in step.response
    assert "hiring team" not in step.response


def test_the_hiring_teams_timeline_is_another_question() -> None:
    baseline, state, now = opened("gym")
    state, _, now = say(baseline, state, OPENING, now)
    state, step, _ = say(baseline, state, "How long until I hear back?", now)
    assert "minutes" not in step.response


# --- "I'm not sure what X involves": the question again, in other words --------------------------------------------
@pytest.mark.parametrize(
    "reply",
    [
        "I'm not sure what {term} involves",
        "not sure what {term} involves in this role",
        "I don't really know what {term} means here.",
    ],
)
@pytest.mark.parametrize("job_id", ["optician", "gym", "ward"])
def test_not_sure_what_the_question_involves_is_a_request_to_clarify(job_id: str, reply: str) -> None:
    baseline, state, now = at_work_question(job_id)
    term = state.turns[-1].competency_id.replace("-", " ")
    state, step, _ = say(baseline, state, reply.format(term=term), now)
    assert state.turns[-2].answer_kind == "clarification_request"
    assert state.turns[-1].kind == "clarification"
    assert "no rush" not in step.response and "take your time" not in step.response.lower()
    assert step.question and step.question != state.turns[-3].question


def test_not_sure_what_someone_else_means_in_an_answer_is_an_answer() -> None:
    text = "I'm not sure what the customer means at first, so I'd ask them to explain and check the booking."
    assert reply_kind(text, question="How do you handle a confused customer?") == "answer"


# --- candidate questions matched to the right line of the job record -----------------------------------------------
def test_the_hours_are_not_answered_with_the_salary_fields_overtime() -> None:
    job = JOBS["gym"]
    for question in ["What are the hours?", "Is there a rota for weekends?"]:
        assert "£27,000" not in answer_from_job(question, job)
    assert "overtime" in answer_from_job("Is there overtime?", job)


def test_on_call_is_answered_by_the_ads_line_on_it() -> None:
    for question in ["Is there an on-call rota?", "What's the on-call like?"]:
        answer = answer_from_job(question, JOBS["web"])
        assert "share on-call duty" in answer and "£45,000" not in answer
    assert "on-call" not in answer_from_job("Is there an on-call rota?", JOBS["optician"]).lower()


def test_a_shift_pattern_that_opens_with_a_participle_is_no_duty() -> None:
    assert "Rotating shifts" in topic_line("schedule", "What are the hours?", JOBS["ward"])
    assert "Rotating shifts" in answer_from_job("Is there a rota for weekends?", JOBS["ward"])


# --- a question put again for want of an answer is recast without its lead ------------------------------------------
@pytest.mark.parametrize("job_id", ["optician", "gym", "ward"])
def test_the_lead_of_a_question_put_again_is_never_recast_as_its_scene(job_id: str) -> None:
    candidate = ALEX.model_copy(update={"resume_text": "Sales assistant at Boots 2019-2023."})
    baseline, state, now = started(JOBS[job_id], candidate, at=T0)
    state, _, now = say(baseline, state, OPENING, now)
    assert state.turns[-1].kind == "resume_probe"
    for _ in range(3):
        state, step, now = say(baseline, state, "x", now)
        assert step.question.count("didn't quite catch an answer") <= 1
        assert "picture this: I didn't" not in step.question


def test_an_answer_that_ends_unsure_is_an_answer() -> None:
    text = (
        "I haven't actually advised on one of those. I suppose I'd say follow the policy, but I'm not sure what "
        "that would involve exactly."
    )
    assert reply_kind(text, question="What would you advise the line manager to do?") == "answer"


def test_on_call_said_with_the_pay_is_not_said_again() -> None:
    job = JOBS["web"].model_copy(update={"salary_range": "£45,000 plus on-call allowance"})
    answer = answer_from_job("What's the pay, and is on-call on top?", job)
    assert answer.count("on-call") == 1
