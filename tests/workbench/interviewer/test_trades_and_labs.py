"""A trade on a factory's own plant is not a trade in customers' homes, and a laboratory technician is not a
tradesperson. The ads are written for these tests: none is in the datasets."""

from __future__ import annotations

from workbench.interviewer.planning.jobtext import requirements
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import JobDetails, Preferences

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
