"""Rival questions in the relevance check (the real sentence encoder): a plan question whose competency names the
same thing as the asked one ("balancing cash drawer daily" beside "cash handling") is no rival, so an account of a
drawer that was twenty dollars out is evidence for cash handling; a question on another subject still is one."""

from __future__ import annotations

from datetime import UTC, datetime

from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.plan_view import view_of
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.interviewer.relevance.check import Rival, judge_answers
from workbench.interviewer.scorecard import plan_rivals
from workbench.models import CandidateDetails, Competency, JobDetails, PlannedQuestion, Preferences

TELLER = JobDetails(
    id="job-bank-teller",
    title="Bank Teller",
    description=(
        "POSITION SUMMARY: The Teller provides exceptional service to customers while processing deposits, "
        "withdrawals, check cashing and loan payments accurately and efficiently.\nESSENTIAL DUTIES:\n"
        "- Balance cash drawer daily and follow dual control procedures for the vault\n"
        "- Identify and refer customers to bankers for products and services\n"
        "- Detect and report suspicious activity per BSA/AML policy\n"
        "- Verify customer identity per CIP procedures before transactions"
    ),
    requirements="High school diploma or equivalent. 6 months cash handling experience. Basic computer skills.",
    skills_required=["cash handling", "customer service", "BSA/AML"],
)
DRAWER_STORY = (
    "When my drawer was off by twenty dollars I recounted, checked my transactions, found I gave out a twenty "
    "instead of a ten, and reported it to my supervisor on the variance log."
)


def _rivals() -> list[Rival]:
    plan = build_interview_plan(TELLER, Preferences())
    names = {c.id: c.name for c in plan.competencies}
    return [Rival(q, names[q.competency_id]) for q in plan.questions if q.id.startswith("jk-")]


def _question_and_competency(name_part: str) -> tuple[PlannedQuestion, Competency]:
    plan = build_interview_plan(TELLER, Preferences())
    competency = next(c for c in plan.competencies if name_part in c.name.lower())
    question = next(q for q in plan.questions if q.competency_id == competency.id)
    return question, competency


def test_a_rival_naming_the_same_thing_does_not_take_the_answer() -> None:
    # the wordings a teller's interview put (seen: the story was "about balancing cash drawer daily")
    question, competency = _question_and_competency("cash handling")
    question = question.model_copy(
        update={
            "text": "Walk me through your approach to cash handling at month end: what do you actually do?"
        }
    )
    drawer, drawer_competency = _question_and_competency("drawer")
    drawer = drawer.model_copy(
        update={
            "text": "What does doing this well look like to you: how do you balance cash drawer daily, and how do "
            "you know it went right?"
        }
    )
    verdicts = judge_answers(
        [DRAWER_STORY], [True], question, competency, [Rival(drawer, drawer_competency.name)]
    )
    assert verdicts[0].addresses, verdicts


def test_a_rival_on_another_subject_still_takes_an_answer_about_it() -> None:
    question, competency = _question_and_competency("bsa")
    drawer, drawer_competency = _question_and_competency("drawer")
    verdicts = judge_answers(
        [DRAWER_STORY], [True], question, competency, [Rival(drawer, drawer_competency.name)]
    )
    assert not verdicts[0].addresses and verdicts[0].rival == drawer_competency.name, verdicts


def test_the_closing_question_is_no_rival() -> None:
    state = BaselineInterviewer().start(
        TELLER,
        CandidateDetails(id="cand-sam-lee", name="Sam Lee"),
        "",
        Preferences(),
        datetime(2026, 11, 30, tzinfo=UTC),
    )
    view = view_of(state)
    assert view is not None
    rivals = plan_rivals(view)
    assert rivals and all(r.question.competency_id and r.competency for r in rivals), rivals
    assert all(r.question.phase.value == "technical" for r in rivals), [r.question.id for r in rivals]
