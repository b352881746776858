"""Evidence quoted that backs nothing: a bare "Terriers." to a question on dog grooming was scored 2 and quoted as
the competency's evidence; a risk probe quoted the fillers a reply opened with ('You said "ok so basically I just
use the same knife"'). A quote needs words of content (`quoting.says_something`), in every path that quotes: the
judged answer's quote (`evidence.quote`), the scorecard's next fresh sentence, and the probe's quoted words
(`agenda.quotable`), which also leave out the spoken opener."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from workbench.interviewer.agenda import quotable, quotable_part
from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.interviewer.quoting import says_something
from workbench.interviewer.rubric_score import TOO_FEW_WORDS, judge
from workbench.models import CandidateDetails, JobDetails, Preferences

JOBS = [
    JobDetails(
        id="groomer",
        title="Dog Groomer",
        description="Groom dogs of all breeds: bathing, drying, clipping and hand stripping.",
        skills_required=["dog grooming", "clipping"],
    ),
    JobDetails(
        id="electrician",
        title="Domestic Electrician",
        description="Install and test domestic wiring, consumer units and sockets to BS 7671.",
        skills_required=["electrical installation", "inspection and testing"],
    ),
    JobDetails(
        id="barista",
        title="Barista",
        description="Make espresso drinks, steam milk and serve customers in a busy city cafe.",
        skills_required=["espresso preparation", "customer service"],
    ),
]
BARE = ["Terriers.", "ok so basically.", "Yes, um, well, you know.", "Sockets."]


@pytest.mark.parametrize("job", JOBS, ids=lambda j: j.id)
@pytest.mark.parametrize("reply", BARE)
def test_a_bare_word_or_fillers_are_no_evidence(job: JobDetails, reply: str) -> None:
    plan = build_interview_plan(job, Preferences())
    question = next(q for q in plan.questions if q.phase.value == "technical")
    competency = next(c for c in plan.competencies if c.id == question.competency_id)
    judged = judge(reply, question, competency, addressed=True)
    assert judged.score is None and judged.reason == TOO_FEW_WORDS and not judged.quote


def test_a_short_unsafe_answer_is_still_evidence_against() -> None:
    plan = build_interview_plan(JOBS[1], Preferences())
    question = next(q for q in plan.questions if q.phase.value == "technical")
    judged = judge("We skip it.", question, None, addressed=True)
    assert judged.score is not None and judged.red_flags


@pytest.mark.parametrize(
    ("said", "quote"),
    [
        (
            "ok so basically I just use the same knife for raw chicken",
            "I just use the same knife for raw chicken",
        ),
        ("Yeah so we skip the pressure test on small jobs", "we skip the pressure test on small jobs"),
        ("Honestly, I don't bother with the torque wrench", "I don't bother with the torque wrench"),
    ],
)
def test_a_probe_quotes_what_was_said_without_its_fillers(said: str, quote: str) -> None:
    assert quotable(said) == quote
    assert quotable_part(said) == quote


@pytest.mark.parametrize("said", ["ok so basically", "Yeah, um, well", "Right, so, like"])
def test_a_probe_never_quotes_fillers_alone(said: str) -> None:
    assert quotable(said) is None


def test_every_quote_of_a_scorecard_says_something() -> None:
    job = JOBS[0]
    interviewer = BaselineInterviewer()
    now = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    state = interviewer.start(job, CandidateDetails(id="cand-sam", name="Sam"), "", Preferences(), now)
    answers = [
        "I've groomed for three years at a salon in Leeds, and I want to do more hand stripping because it's my strength.",
        "Dogs.",
        "Terriers.",
        "ok so basically.",
        "I bath and dry first, then clip with a seven blade on the body and check the skin as I go.",
    ]
    for answer in answers:
        now += timedelta(seconds=60)
        state, step = interviewer.answer(state, answer, now)
        if step.completed:
            break
    state = interviewer.finish(state, now + timedelta(seconds=60))
    assert state.assessment is not None
    quotes = [c.evidence for c in state.assessment.competencies if c.evidence]
    assert quotes and all(says_something(q) for q in quotes), quotes
    assert not any(q.strip(".") in {"Dogs", "Terriers", "ok so basically"} for q in quotes)
