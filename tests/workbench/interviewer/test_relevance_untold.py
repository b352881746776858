"""Answers that answer another planned question (issue #8 item 4), on a job in no dataset (an upholsterer):

- an answer to a behavioural question ("tell me about a time…") that tells no event, only a practice ("Lay the
  fabric out flat, match the pattern…"), is held to the job-knowledge rivals: it answers the fabric question, not
  the teamwork one; an account that tells an event keeps no rivals (a teamwork story told in the trade's words
  stays the teamwork answer however near it is to a trade question);
- an answer to the opening question must speak of the candidate (their path or reasons): a procedure in the
  job's words is no background.

The real sentence encoder is used; `lexical` is passed as True (the caller's shared-word check passed), so each
verdict is the meaning check's alone."""

from __future__ import annotations

import pytest

from workbench.interviewer.planning.planner import build_interview_plan
from workbench.interviewer.relevance.background import speaks_of_self
from workbench.interviewer.relevance.check import Rival, judge_answers, question_kind
from workbench.interviewer.relevance.told import tells_an_event
from workbench.models import Competency, JobDetails, PlannedQuestion, Preferences

UPHOLSTERER = JobDetails(
    id="job-upholsterer",
    title="Upholsterer",
    description=(
        "Small workshop re-covering and restoring chairs, sofas and headboards for private customers and hotels. "
        "You will strip old covers, repair frames, rebuild springing and webbing, cut and fit fabric and leather, "
        "and finish with piping and buttoning."
    ),
    requirements="Three years in upholstery. Traditional and modern methods. Pattern matching and fabric cutting.",
    skills_required=["traditional upholstery", "fabric cutting", "frame repair", "customer service"],
)
CUTTING = (
    "Lay the fabric out flat, match the pattern to the centre of the seat back, chalk round the template and cut "
    "with the nap running down."
)
FRAME = (
    "Knock the joint apart, clean out the old glue, re-dowel it and clamp it square overnight. Check it's square "
    "by measuring the diagonals."
)
TEAM_STORY = (
    "A colleague wanted to staple the leather straight onto the old frame. I said the frame was loose and we'd "
    "get callbacks. We tested the joints together, he agreed, and we re-glued it first."
)


def _plan() -> tuple[dict[str, PlannedQuestion], dict[str, Competency], list[Rival]]:
    plan = build_interview_plan(UPHOLSTERER, Preferences())
    names = {c.id: c for c in plan.competencies}
    rivals = [
        Rival(q, names[q.competency_id].name)
        for q in plan.questions
        if q.competency_id and question_kind(q) == "job_knowledge"
    ]
    return {q.competency_id: q for q in plan.questions if q.competency_id}, names, rivals


def _verdict(answer: str, competency_id: str) -> tuple[bool, str]:
    questions, competencies, rivals = _plan()
    question = questions[competency_id]
    (verdict,) = judge_answers([answer], [True], question, competencies[competency_id], rivals)
    return verdict.addresses, verdict.rival


@pytest.mark.parametrize(("answer", "competency_id"), [(CUTTING, "teamwork"), (FRAME, "safety_compliance")])
def test_a_practice_given_to_a_behavioural_question_answers_the_trade_question(
    answer: str, competency_id: str
) -> None:
    addresses, rival = _verdict(answer, competency_id)
    assert not addresses and rival, (addresses, rival)


def test_a_story_in_the_trades_words_keeps_its_behavioural_question() -> None:
    # it fits a trade question better than the teamwork one (lead about -0.13), but it tells what happened
    assert _verdict(TEAM_STORY, "teamwork") == (True, "")


def test_a_plain_answer_on_the_behavioural_topic_is_kept() -> None:
    answer = (
        "I always try to listen to the other person and find a compromise, because teamwork matters to me."
    )
    assert _verdict(answer, "teamwork")[0]


def test_the_opening_needs_the_candidates_path_or_reasons() -> None:
    questions, competencies, rivals = _plan()
    opening = questions["motivation"]
    procedure = "I'd strip it back to the frame, check the joints, rebuild the springs and webbing, then cut the cover."
    background = "Six years in a furniture workshop, started as an apprentice stripping chairs. I want to do more leather."
    verdicts = judge_answers([procedure], [True], opening, competencies["motivation"], rivals)
    assert not verdicts[0].addresses
    verdicts = judge_answers([background], [True], opening, competencies["motivation"], rivals)
    assert verdicts[0].addresses
    # a reply to a follow-up carries on an opening that spoke of the candidate
    follow = judge_answers(
        [background, "Mostly dining chairs and a few chesterfields."], [True, False], opening, None, rivals
    )
    assert [v.addresses for v in follow] == [True, True]


@pytest.mark.parametrize(
    "text",
    [
        "I rang the supplier and we swapped the roll.",
        "Stripped it back, rebuilt the seat and it's held since.",
        "It was a Victorian nursing chair with a split rail.",
        "The customer wasn't happy with the piping, so I redid it that afternoon.",
        "Got the sofa out of the van first, then told the driver.",
    ],
)
def test_an_event_is_told(text: str) -> None:
    assert tells_an_event(text)


@pytest.mark.parametrize(
    "text",
    [
        "I read the ticket against the order, then the fabric code.",
        "I'd not start it. Check the frame myself, show the owner what I found, and write it up.",
        "Two layers: hessian first, then the fibre, stitched to the edge roll.",
        "If it needed a new spring I'd tie it in eight ways.",
        "I check the joints before any cover goes on.",
    ],
)
def test_a_practice_plan_or_explanation_tells_no_event(text: str) -> None:
    assert not tells_an_event(text)


@pytest.mark.parametrize(
    ("text", "about_self"),
    [
        ("Twelve years re-covering boat seats, and I like working with leather.", True),
        ("I've been at a chain furniture shop doing repairs since I left school.", True),
        ("Mainly the chance to learn traditional methods properly.", True),
        ("I saw the advert and it looked interesting.", True),
        ("Tack the hessian, then the fibre, then the calico.", False),
        ("You never cut a patterned cover without matching the centre first.", False),
        ("I'd ring the customer and check the fabric code before cutting.", False),
    ],
)
def test_an_opening_answer_speaks_of_the_candidate(text: str, about_self: bool) -> None:
    assert speaks_of_self(text) is about_self
