"""Candidates of many styles, tried with tools/talk.py in the eighteenth session (seen -> now):

- a hostile "This is a stupid question. Why are you asking me this?" was thanked and asked to be "more concrete";
  now the purpose of the question is said plainly, and the question stands;
- "I won't answer that." was thanked and the interview moved on as if answered; now it is a request to skip;
- "You're a robot, aren't you?" was scored as an answer; now it is answered honestly;
- "Is it a 4 day week?" was not seen as a question on the hours ("Four day week, 48 hours." in the ad);
- "Sorry, what means SEND?" (a term not in the question) got a rephrasing that did not say so;
- a non-native speaker's story told in the present ("so I make quiet corner for her and she is more calm") was
  probed for "one specific example";
- "The teacher would deal with that, not me." was not read as a check handed to someone else.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.workbench.interviewer.unseen_jobs import at_first_question
from workbench.interviewer.handed_off import handed_to
from workbench.interviewer.phrasing import action_clause
from workbench.interviewer.repair import answer_from_job, reply_kind
from workbench.interviewer.signals import is_vague, read_signals
from workbench.models import JobDetails

CHEF = JobDetails(
    id="chef",
    title="Sous Chef",
    company="The Old Mill",
    location="York",
    salary_range="£30,000 - £33,000 plus tronc",
    description="Run the pass and lead the kitchen brigade when the head chef is off. Four day week, 48 hours.",
    requirements="Level 3 food hygiene; allergen management",
    skills_required=["allergen management", "food safety"],
)
WAREHOUSE = JobDetails(
    id="warehouse",
    title="Warehouse Operative",
    company="FastParcel",
    description="Pick, pack and load parcels on nights. Counterbalance forklift an advantage.",
    skills_required=["picking and packing", "forklift"],
)
TA = JobDetails(
    id="ta",
    title="Teaching Assistant",
    company="Oakfield Primary School",
    description="Support pupils in Key Stage 1, including children with SEND, working with the class teacher.",
    skills_required=["safeguarding", "behaviour management"],
)
OPENING = (
    "I have worked in this line of work for four years and I want this role because your team trains people."
)


@pytest.mark.parametrize(
    "asked",
    [
        "This is a stupid question. Why are you asking me this?",
        "What's the point of this question?",
        "Sorry but what has that got to do with the job?",
        "Why do you need to know that?",
    ],
)
@pytest.mark.parametrize("job", [CHEF, WAREHOUSE])
def test_why_a_question_is_asked_is_answered_and_the_question_stands(asked: str, job: JobDetails) -> None:
    baseline, state, now = at_first_question(job, OPENING)
    question = state.turns[-1].question
    state, step = baseline.answer(state, asked, now + timedelta(minutes=1))
    assert state.turns[-2].answer_kind == "candidate_question"
    assert "same questions" in step.response and "thank" not in step.response.lower()
    assert question.rstrip("?").lower()[5:40] in step.question.lower()


@pytest.mark.parametrize(
    "refusal",
    ["I won't answer that.", "I'm not answering this one.", "I don't want to answer that question."],
)
def test_a_refusal_said_outright_is_a_request_to_skip(refusal: str) -> None:
    baseline, state, now = at_first_question(CHEF, OPENING)
    asked = state.turns[-1].question_id
    state, step = baseline.answer(state, refusal, now + timedelta(minutes=1))
    assert "move on" in step.response
    assert state.turns[-1].question_id != asked  # not probed


@pytest.mark.parametrize(
    "asked", ["You're a robot, aren't you?", "you are a bot right?", "You're not a real person, are you?"]
)
def test_being_asked_whether_the_interviewer_is_a_machine_is_answered(asked: str) -> None:
    assert reply_kind(asked, question="What do you do first?") == "candidate_question"
    assert "AI interviewer" in answer_from_job(asked, CHEF)


@pytest.mark.parametrize(
    "asked", ["Is it a 4 day week?", "is it a four-day week", "Do you do a 5 day week here?"]
)
def test_a_question_on_days_a_week_gets_the_ads_line_on_them(asked: str) -> None:
    assert "Four day week, 48 hours." in answer_from_job(asked, CHEF)


def test_a_term_asked_as_non_native_speakers_ask_it_is_said_to_be_no_part_of_the_question() -> None:
    baseline, state, now = at_first_question(TA, OPENING)
    assert "SEND" not in state.turns[-1].question
    state, step = baseline.answer(state, "Sorry, what means SEND?", now + timedelta(minutes=1))
    assert state.turns[-1].kind == "clarification"
    # (a term the ad names is said where the ad says it: part of the job, though not of this question; conv28b)
    assert "“SEND” is part of the role as the job ad puts it" in step.response
    assert "this question is about something else" in step.response


@pytest.mark.parametrize(
    "story",
    [
        "In Brownies one girl is autism, she not like noise, so I make quiet corner for her and she is more calm.",
        "One man fall in the corridor, I put him in recovery position and I bring the nurse, he was ok.",
        "When the delivery is late I move the orders to the next van and I give the driver new list.",
    ],
)
def test_a_story_told_in_the_present_is_not_vague(story: str) -> None:
    assert not is_vague(read_signals(story), 0)


@pytest.mark.parametrize(
    "stock",
    [
        "At month end I'd make sure the journals were posted on time and the reconciliations were signed off "
        "before the pack went to the board.",
        "I take pride in the work I do for the customers here and the team knows the standard that the manager "
        "expects from us.",
    ],
)
def test_stock_phrases_in_the_present_are_still_vague(stock: str) -> None:
    assert is_vague(read_signals(stock), 0)


@pytest.mark.parametrize(
    ("answer", "who"),
    [
        ("The teacher would deal with that, not me.", "teacher"),
        ("I'd just tell the class teacher.", "class teacher"),
        ("The SENCO handles that.", "SENCO"),
    ],
)
def test_a_check_left_to_school_staff_is_handed_off(answer: str, who: str) -> None:
    assert handed_to(answer) == who
    baseline, state, now = at_first_question(TA, OPENING)
    _, step = baseline.answer(state, answer, now + timedelta(minutes=1))
    assert f"the {who} " in step.question and "yourself" in step.question


def test_the_teachers_part_beside_the_candidates_own_is_not_handed_off() -> None:
    assert handed_to("I'd tell the class teacher straight away and write down what the child said.") is None


@pytest.mark.parametrize(
    ("answer", "who"),
    [
        ("The doctor decides that.", "doctor"),
        ("the transport manager deals with all the tacho stuff", "manager"),
        ("It's up to the doctor really.", "doctor"),
        ("That's for the charge nurse.", "charge nurse"),
    ],
)
def test_a_decision_left_to_someone_else_is_handed_off(answer: str, who: str) -> None:
    assert handed_to(answer) == who


def test_a_decision_left_to_someone_else_after_the_candidates_own_check_is_not() -> None:
    assert handed_to("I'd repeat the obs myself and then it's up to the doctor.") is None


@pytest.mark.parametrize(
    "asked",
    ["Um, sorry, by NEWS2 do you mean the scoring or the escalation?", "By NEWS2, do you mean the chart?"],
)
def test_by_a_term_do_you_mean_names_the_term_asked(asked: str) -> None:
    baseline, state, now = at_first_question(TA, OPENING)
    state, step = baseline.answer(state, asked, now + timedelta(minutes=1))
    assert state.turns[-1].kind == "clarification"
    assert "“NEWS2” isn't part of this question" in step.response


@pytest.mark.parametrize(
    "answer",
    [
        "At Hostwise I cut median first response from 6 hours to 50 minutes with macros, triggers and SLA views.",
        "I checked the tyres, lights and mirrors before I left the yard.",
        "I cleaned the kennels, runs, bowls and beds every morning.",
    ],
)
def test_a_clause_cut_inside_a_list_is_not_said_back(answer: str) -> None:
    assert action_clause(answer) is None


def test_a_clause_before_the_next_act_is_still_said_back() -> None:
    said = "I split the context in two, memoised the value with useMemo and wrapped the card in React.memo."
    assert action_clause(said) == "you split the context in two"
