"""A trade on a factory's own plant is not a trade in customers' homes, and a laboratory technician is not a
tradesperson; an electrician's interview keeps the evidence given after a detour and the unsafe practice said
off the question. The ads are written for these tests: none is in the datasets."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.planning.jobtext import requirements
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.interviewer.rubric_score import RED_FLAG_CAP
from workbench.models import (
    CandidateDetails,
    InterviewState,
    JobDetails,
    Phase,
    Preferences,
    ScorecardEntry,
)

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
OPENING = (
    "Ten years as an electrician, the last six maintaining bottling lines and their Siemens PLCs at a dairy. "
    "I want to stay in food manufacturing and keep lines running."
)

FACTORY_ELECTRICIAN = JobDetails(
    id="job-factory-electrician",
    title="Maintenance Electrician",
    description=(
        "Join the engineering team of a chilled food factory on a 4-on 4-off shift pattern.\n"
        "Key responsibilities:\n"
        "• Carry out planned preventative maintenance on production lines and packaging machinery\n"
        "• Fault-find on PLC-controlled equipment (Allen-Bradley and Siemens S7) and 3-phase motors\n"
        "• Co-ordinate contractors working on site\n"
    ),
    requirements=(
        "- Time-served electrical apprenticeship, NVQ Level 3 or equivalent\n"
        "- 18th Edition wiring regulations (BS 7671)\n"
        "- Experience in a fast-paced manufacturing environment"
    ),
)
DOMESTIC_PLUMBER = JobDetails(
    id="job-domestic-plumber",
    title="Plumbing and Heating Engineer",
    description="Service and repair boilers and heating systems in customers' homes across the county.",
    requirements="- Gas Safe registered\n- Boiler servicing and breakdowns\n- Unvented hot water systems",
)
LAB_TECHNICIAN = JobDetails(
    id="job-lab-technician",
    title="Laboratory Technician",
    description="Prepare and test water samples in an accredited environmental testing laboratory.",
    requirements="- Sample preparation and chain of custody\n- Running and calibrating the HPLC\n- Good laboratory practice",
)


def _questions(job: JobDetails) -> list[str]:
    return [q.text for q in build_interview_plan(job, Preferences()).questions]


def test_hyphenated_duties_and_the_wiring_regulations_are_read_from_the_ad() -> None:
    found = [r.text for r in requirements(FACTORY_ELECTRICIAN, [])]
    assert "fault-find on PLC-controlled equipment" in found
    assert any(text.startswith("co-ordinate contractors") for text in found), found
    assert any("wiring regulations" in text for text in found), found
    assert not any("NVQ" in text for text in found), "a qualification is not job knowledge to question"


def test_a_factory_trade_is_not_asked_about_customers() -> None:
    plan = build_interview_plan(FACTORY_ELECTRICIAN, Preferences())
    assert plan.family == "skilled_trades"
    questions = " ".join(q.text for q in plan.questions).lower()
    assert "customer" not in questions
    assert "customer_focus" not in {q.competency_id for q in plan.questions}


def test_a_trade_in_customers_homes_keeps_its_customers() -> None:
    plan = build_interview_plan(DOMESTIC_PLUMBER, Preferences())
    assert plan.family == "skilled_trades"
    assert "customer" in " ".join(q.text for q in plan.questions).lower()
    assert "line is down" not in " ".join(q.text for q in plan.questions)


def test_a_laboratory_technician_gets_laboratory_questions_not_a_tradespersons() -> None:
    plan = build_interview_plan(LAB_TECHNICIAN, Preferences())
    assert plan.family == "laboratory"
    questions = " ".join(_questions(LAB_TECHNICIAN)).lower()
    for trade_word in ("customer", "installed", "drawings", "on a job"):
        assert trade_word not in questions
    assert "in the lab" in questions or "results" in questions


def _to_first_technical_question(baseline: BaselineInterviewer) -> tuple[InterviewState, datetime]:
    candidate = CandidateDetails(id="c-electrician", name="Dan Whitfield")
    state = baseline.start(FACTORY_ELECTRICIAN, candidate, "", Preferences(), T0)
    now = T0
    while state.turns[-1].phase == Phase.INTRODUCTION:
        now += timedelta(minutes=2)
        state, _ = baseline.answer(state, OPENING, now)
    assert state.turns[-1].kind == "core" and state.turns[-1].competency_id
    return state, now


def _strong_answer(state: InterviewState) -> str:
    name = next(c.name for c in state.plan.competencies if c.id == state.turns[-1].competency_id)  # type: ignore[union-attr]
    return (
        f"For {name} I isolate and lock off first, prove dead with a tester, then work through the drawings and "
        "the PLC diagnostics buffer to find the input that drops out. Last month that found a failed "
        "proximity switch on the capper, I replaced it, tested it and the line was back in twenty minutes."
    )


def _entry(state: InterviewState, competency_id: str) -> ScorecardEntry:
    assert state.scorecard is not None
    return next(e for e in state.scorecard.competencies if e.competency_id == competency_id)


def test_the_answer_to_a_question_asked_again_after_the_candidates_own_question_is_evidence() -> None:
    baseline = BaselineInterviewer()
    state, now = _to_first_technical_question(baseline)
    asked = state.turns[-1].competency_id
    state, step = baseline.answer(
        state, "Before I answer, what are the shifts like?", now + timedelta(minutes=1)
    )
    assert state.turns[-1].kind == "candidate_question" and "4-on 4-off" in step.response
    state, _ = baseline.answer(state, _strong_answer(state), now + timedelta(minutes=3))
    ended = baseline.finish(state, now + timedelta(minutes=4))
    assert _entry(ended, asked).score is not None, "the answer to the question asked again was dropped"


def test_unsafe_practice_said_off_the_question_still_counts_against_the_competency() -> None:
    baseline = BaselineInterviewer()
    state, now = _to_first_technical_question(baseline)
    asked = state.turns[-1].competency_id
    unsafe = (
        "Honestly if production's screaming you bypass the interlock for an hour and sort it at the weekend."
    )
    state, _ = baseline.answer(state, unsafe, now + timedelta(minutes=1))
    assert state.turns[-1].kind == "follow_up", "unsafe practice is probed"
    state, _ = baseline.answer(state, _strong_answer(state), now + timedelta(minutes=3))
    entry = _entry(baseline.finish(state, now + timedelta(minutes=4)), asked)
    assert entry.red_flags and entry.score is not None and entry.score <= RED_FLAG_CAP


WHOLE_AD_IN_THE_DESCRIPTION = JobDetails(
    id="job-gas-engineer",
    title="Gas Service Engineer",
    description=(
        "<p>We are recruiting a Gas Service Engineer for our busy domestic team.</p><h3>The role</h3><ul>"
        "<li>Annual servicing and breakdown repair of domestic boilers (Worcester Bosch, Vaillant)</li>"
        "<li>Carrying out landlord gas safety inspections (CP12)</li></ul>"
        "<h3>About you</h3><ul><li>Gas Safe registered</li><li>Full UK driving licence</li></ul>"
    ),
)


def test_a_responsibility_worded_as_a_noun_phrase_is_a_duty() -> None:
    found = [r.text for r in requirements(WHOLE_AD_IN_THE_DESCRIPTION, [])]
    assert any(text.startswith("annual servicing and breakdown repair of domestic boilers") for text in found)
    assert not any(text in {"role", "about you"} for text in found), found


def test_an_ad_pasted_whole_into_the_description_is_scoped_by_it() -> None:
    plan = build_interview_plan(WHOLE_AD_IN_THE_DESCRIPTION, Preferences())
    questions = " ".join(q.text for q in plan.questions)
    assert "customer_focus" in {q.competency_id for q in plan.questions}, (
        "a domestic engineer serves customers"
    )
    assert "drawings" not in questions and "line is down" not in questions


def _title_only(title: str) -> list[str]:
    return [
        q.text
        for q in build_interview_plan(JobDetails(id=f"t-{title}", title=title), Preferences()).questions
    ]


def test_an_it_support_job_is_not_a_trade_and_another_jobs_esco_duties_are_not_asked() -> None:
    for title in ("IT Support Technician", "2nd Line Support Engineer", "Service Desk Analyst"):
        plan = build_interview_plan(JobDetails(id=f"t-{title}", title=title), Preferences())
        questions = " ".join(q.text for q in plan.questions).lower()
        assert plan.family == "it_support", title
        assert "isolation" not in questions and "pipeline" not in questions, questions
    # "pipeline engineer" shares only "engineer" with the title: another job, whose duties are not used
    assert (
        build_interview_plan(
            JobDetails(id="t-2l", title="2nd Line Support Engineer"), Preferences()
        ).occupation
        is None
    )


def test_a_welders_plan_has_no_electricians_isolation_and_its_verbs_agree() -> None:
    questions = " ".join(_title_only("Welder Fabricator"))
    assert "safe isolation" not in questions and "testing and inspection" not in questions
    assert " have to be finished" not in questions  # "a job involving … has to be finished"
    assert "safe isolation" in " ".join(_title_only("Electrician"))
