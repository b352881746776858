"""A candidate's question on pay when the job record has no salary range. Seen (a CNA ad with "$2/hr shift
differential for nights"): "How much is the pay for nights and when would I start?" was answered with the ad's
line "Maple Grove is hiring CNAs for all shifts!", the pay routed, and the offer to note the question said twice.
Seen too: "what are the shifts?" routed though the ad says "4 on 4 off shift pattern, shift allowance 25%"."""

from __future__ import annotations

from workbench.interviewer.repair import answer_from_job
from workbench.models import JobDetails

CNA = JobDetails(
    id="ux16-cna",
    title="Certified Nursing Assistant (CNA)",
    company="Maple Grove Skilled Nursing",
    description=(
        "Maple Grove is hiring CNAs for all shifts! $2/hr shift differential for nights.\n"
        "Responsibilities:\n- Provide direct care to residents\n- Take and record vital signs\n"
        "We offer medical, dental, vision and tuition reimbursement."
    ),
    requirements="Current state CNA certification. CPR/BLS.",
)
OPERATOR = JobDetails(
    id="ux16-pharma",
    title="Pharmaceutical Production Operator",
    description="Operate tablet compression equipment in a GMP cleanroom. 4 on 4 off shift pattern, shift "
    "allowance 25%.",
    requirements="Experience in a GMP environment.",
)


def test_pay_for_nights_is_answered_by_the_ads_pay_line_and_the_rest_routed_once() -> None:
    reply = answer_from_job("How much is the pay for nights and when would I start?", CNA)
    assert "$2/hr shift differential for nights" in reply
    assert "all shifts" not in reply
    assert "start date" in reply
    assert reply.count("note") == 1, reply


def test_a_salary_range_still_answers_the_pay() -> None:
    job = CNA.model_copy(update={"salary_range": "$17 - $19 per hour"})
    reply = answer_from_job("What's the pay?", job)
    assert "$17 - $19 per hour" in reply


def test_a_shift_pattern_line_answers_the_shifts_though_it_names_an_allowance() -> None:
    reply = answer_from_job("what are the shifts?", OPERATOR)
    assert "4 on 4 off" in reply


def test_taking_the_truck_home_is_a_part_of_the_question_of_its_own() -> None:
    """Seen: "What's the pay and do I get to take the truck home?" had its pay answered and the truck left
    unsaid (not even routed)."""
    installer = JobDetails(
        id="ux16-hvac",
        title="HVAC Installer",
        description="HVAC INSTALLER WANTED - TOP PAY!! Install residential split systems and furnaces.",
        requirements="EPA 608 certification.",
    )
    reply = answer_from_job("What's the pay and do I get to take the truck home?", installer)
    assert "TOP PAY" in reply
    assert "benefits" in reply
