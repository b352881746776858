"""The opening question asks what draws the candidate to the role: a career told well but with no reason for
wanting this role scored Motivation 5/5 ("I started on the tills at Boots in 2014, became a supervisor…"), and so did
a wish said without one ("I've always wanted to do this job, I love it"). Without a reason it is capped below the
3-anchor ("gives a general reason for applying"); with one it is not."""

from __future__ import annotations

import pytest

from workbench.interviewer.motivation import gives_a_reason
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.interviewer.rubric_score import NO_REASON_CAP, judge
from workbench.models import Competency, JobDetails, PlannedQuestion, Preferences

JOBS = [
    JobDetails(
        id="store-manager",
        title="Retail Store Manager",
        description="Run a busy high-street store with 25 staff. Own sales targets, stock control and rotas.",
    ),
    JobDetails(
        id="accountant",
        title="Management Accountant",
        description="Prepare the monthly management accounts pack, budgets and forecasts.",
    ),
]
JOBS += [
    JobDetails(
        id="nurse", title="Staff Nurse", description="Care for adult patients on a busy medical ward."
    ),
    JobDetails(
        id="plumber", title="Plumber", description="Install and repair domestic heating and hot water."
    ),
    JobDetails(
        id="chef", title="Chef de Partie", description="Run the sauce section of a busy restaurant kitchen."
    ),
]
CAREERS = [
    "I started on the tills at Boots in 2014, became a supervisor in 2016 and deputy manager in 2018. In 2021 I "
    "took over a 30-person store, where I rebuilt the rota, cut shrinkage from 2.1 to 1.2 percent and grew sales "
    "9 percent in two years. I also trained three team leaders who are now deputies.",
    "I qualified with CIMA in 2019 after four years at a logistics firm, where I built the monthly management "
    "pack, ran the budget for six cost centres and cut the month-end close from eight days to five.",
    # a wish said twice over a career, and no reason: what drew them is still unsaid
    "I've been a nurse for six years on a respiratory ward, running the bay and mentoring students, and I love it. "
    "I've always wanted to do this job.",
    "Twelve years on boilers and bathrooms, Gas Safe since 2015. Honestly I just love it, I've wanted to be a plumber "
    "since I was a kid.",
    "I've cooked for eight years, the last three on sauce at a hotel brasserie doing 200 covers. It's a job I have "
    "always wanted, I'm really excited about this opportunity, it's my dream job.",
]
REASONS = [
    " I want to run a bigger store, and your focus on training managers appeals to me.",
    " I'm looking for a role closer to the business decisions, which is why this one caught my eye.",
    " I love the acute side, and your ward's outreach team is why I applied.",
    " I want to move into commercial heating because the systems are bigger and more varied.",
    " I'd like to join you because your kitchen makes every sauce from scratch.",
]


def _motivation(job: JobDetails) -> tuple[PlannedQuestion, Competency]:
    plan = build_interview_plan(job, Preferences())
    question = next(q for q in plan.questions if q.competency_id == "motivation")
    competency = next(c for c in plan.competencies if c.id == "motivation")
    return question, competency


@pytest.mark.parametrize(("job", "career"), list(zip(JOBS, CAREERS, strict=True)))
def test_a_career_with_no_reason_for_the_role_is_capped(job: JobDetails, career: str) -> None:
    question, competency = _motivation(job)
    judged = judge(career, question, competency, addressed=True)
    assert judged.score is not None and judged.score <= NO_REASON_CAP
    assert judged.cap == NO_REASON_CAP


@pytest.mark.parametrize(("job", "career", "reason"), list(zip(JOBS, CAREERS, REASONS, strict=True)))
def test_the_same_career_with_a_reason_is_not(job: JobDetails, career: str, reason: str) -> None:
    question, competency = _motivation(job)
    judged = judge(career + reason, question, competency, addressed=True)
    assert judged.score is not None and judged.cap != NO_REASON_CAP
    if judge(career, question, competency, addressed=True).reason:  # where the cap bit, a reason lifts it
        assert judged.score > NO_REASON_CAP


@pytest.mark.parametrize(
    "wish",
    [
        "I've always wanted to do this job, I love it.",
        "Honestly I love it, it's my dream job.",
        "I'm really keen on this role because I've always wanted it.",
    ],
)
def test_a_wish_alone_is_no_reason(wish: str) -> None:
    assert not gives_a_reason(wish)


@pytest.mark.parametrize("reason", REASONS)
def test_a_wish_with_the_work_in_it_is_a_reason(reason: str) -> None:
    assert gives_a_reason(reason)


@pytest.mark.parametrize(
    "opening",
    [
        # the employer addressed, with what draws them: no "I want" or "because" in it
        "I've been an ICU nurse for five years, mostly ventilated patients. For the last two years I've also been a "
        "practice educator, and your unit runs its own critical care course, so this is the place to grow that side.",
        # speech to text drops the "I" of the wish
        "been driving class A about six years, mostly regional dry van out of Dayton. want to be home weekends with "
        "my kids, that's the main thing",
        "Nine years fitting kitchens. This is the firm to get into commercial joinery with, the work is bigger.",
        "I've groomed dogs for four years. The chance to work with rescue dogs is what I'm after.",
    ],
)
def test_a_reason_said_without_the_usual_wish_words_counts(opening: str) -> None:
    assert gives_a_reason(opening)


@pytest.mark.parametrize(
    "opening",
    [
        "I've always wanted to do this job, I love it.",
        "This is the job for me. I really want to do it.",
        "It is a great opportunity to join. Thank you for your time.",
    ],
)
def test_a_wish_with_nothing_in_it_still_gives_no_reason(opening: str) -> None:
    assert not gives_a_reason(opening)
