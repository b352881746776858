"""Trades with hazards, as a hiring team would advertise them and as candidates answer: the trade's own shortcuts
(live work, a circuit assumed dead, lead paint sanded dry, an unfooted ladder, loose rodent bait, a pesticide mixed
stronger than its label) are found as unsafe practice, and the trade's nouns are read as nouns ("lead paint" is no
duty to lead, "working at height" is the work itself). The ads are written for these tests: none is in the
datasets."""

from __future__ import annotations

import pytest

from workbench.interviewer.planning.planner import build_interview_plan
from workbench.interviewer.repair import answer_from_job
from workbench.interviewer.unsafe_practice import unsafe_sentence
from workbench.models import JobDetails, Preferences


@pytest.mark.parametrize(
    "sentence",
    [
        "I don't bother with a voltage indicator, if the breaker is off it's dead.",
        "If the MCB is off then it's safe to work on.",
        "For fault finding I swap the RCD, no need to do insulation resistance tests on every circuit.",
        "There's no need to carry out a gas tightness test on a like-for-like swap.",
        "On ladders I lean it on the gutter and go up, I don't bother footing it for a quick job.",
        "We don't bother tying the ladder off if it's only for five minutes.",
        "If the old paint might be lead I dry sand it with the orbital and open a window.",
        "When it's lead paint I usually burn it off with a blowtorch.",
        "Me I put bait blocks loose behind the fridge, no station, faster for the kitchen.",
        "I leave the rat poison loose under the decking where the droppings are.",
        "I mix the chemical stronger than label says so it works faster.",
        "I usually use double the dose on the label for a bad infestation.",
        "I put 12% developer on the scalp, stronger than the manufacturer recommends, for a faster lift.",
    ],
)
def test_a_trade_shortcut_is_unsafe_practice(sentence: str) -> None:
    assert unsafe_sentence(f"Right. {sentence} That's how I do it.") == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "I always prove dead with a voltage indicator before I touch anything, even if the breaker is off.",
        "I never assume it's dead because the breaker is off, I test it.",
        "If the paint might be lead I wet sand it or use a chemical stripper, never dry sand.",
        "Lead paint gets tested first with a swab, then wet methods and an H-class vacuum.",
        "I foot the ladder or tie it off, and I never lean it on plastic guttering.",
        "Bait goes in a locked tamper-resistant station, never loose.",
        "I mix it exactly as the label says, never stronger, and I record the batch.",
        "I need more than the label to go on, so I read the safety data sheet too.",
    ],
)
def test_the_trade_s_good_practice_is_not_flagged(sentence: str) -> None:
    assert unsafe_sentence(sentence) is None


def _competency_names(job: JobDetails) -> list[str]:
    return [c.name for c in build_interview_plan(job, Preferences()).competencies]


def test_a_metal_or_a_sales_lead_is_no_duty_to_lead() -> None:
    painter = JobDetails(
        id="painter",
        title="Painter and Decorator",
        description="PAINTER & DECORATOR WANTED!!!\n• Preparing surfaces - filling, sanding, caulking\n"
        "• Hanging wallpaper including lining paper",
        requirements="NVQ Level 2 preferred. CSCS card.",
        skills_required=["surface preparation", "lead paint awareness", "working at height"],
    )
    names = _competency_names(painter)
    assert "lead paint awareness" in names, names
    assert not any(name.startswith("leading") for name in names), names
    questions = " ".join(q.text for q in build_interview_plan(painter, Preferences()).questions)
    assert "lead paint awareness" in questions and "leading paint" not in questions, questions


def test_working_at_height_keeps_its_work() -> None:
    roofer = JobDetails(
        id="roofer",
        title="Roofer",
        description="- Strip and re-slate pitched roofs\n- Install lead flashings and leadwork",
        requirements="- CSCS card\n- Experience working at height on scaffolds and roof ladders",
        skills_required=["working at height", "slating and tiling"],
    )
    names = _competency_names(roofer)
    assert "working at height" in names, names
    assert "at height" not in names, names


def test_two_parts_of_a_question_answered_from_the_ad_route_the_rest_once() -> None:
    painter = JobDetails(
        id="painter-q",
        title="Painter and Decorator",
        company="Hallam Property Maintenance",
        description="We maintain social housing and period properties across South Yorkshire.\n"
        "• Hanging wallpaper including lining paper\n"
        "Benefits: company van for the right candidate, paid overtime, 28 days holiday.",
    )
    reply = answer_from_job("What are the hours and is there travel?", painter)
    assert reply.count("hiring team") == 1, reply
    assert "across South Yorkshire" in reply and "paid overtime" in reply, reply


def test_a_language_the_work_is_done_in_is_no_knowledge_to_put_a_situation_to() -> None:
    for wanted in ("Hotel reception experience preferred. Excellent English.", "Good Polish and English"):
        receptionist = JobDetails(
            id="front-desk",
            title="FRONT OF HOUSE RECEPTIONIST",
            description="Check guests in and out, take payments, deal with complaints, answer phones.",
            requirements=wanted,
        )
        names = [name.lower() for name in _competency_names(receptionist)]
        assert not any("english" in name or "polish" in name for name in names), (wanted, names)


def test_a_vehicle_technician_is_not_put_a_driver_s_situations() -> None:
    for title in ("HGV Technician", "PCV Mechanic", "LGV Fitter"):
        job = JobDetails(
            id=title,
            title=title,
            description="Carry out PMI inspections, servicing and repairs on trucks and trailers. Diagnose "
            "electrical faults using diagnostic software, prepare vehicles for MOT, complete inspection sheets to "
            "DVSA standards.",
            requirements="NVQ Level 3 Heavy Vehicle Maintenance. Own tools. HGV licence advantageous.",
            skills_required=["PMI inspections", "diagnostics", "brake testing"],
        )
        asked = " ".join(q.text for q in build_interview_plan(job, Preferences()).questions).lower()
        for driving in ("driving hours", "route", "deliveries", "drop"):
            assert driving not in asked, (title, driving, asked)


def _situations(job: JobDetails) -> str:
    """Every situation the plan could put, across the seeds a job's id gives: the plan for several ids."""
    texts = []
    for n in range(6):
        plan = build_interview_plan(job.model_copy(update={"id": f"{job.id}-{n}"}), Preferences())
        texts += [q.text for q in plan.questions]
    return " ".join(texts).lower()


def test_a_product_or_an_inspection_is_put_no_missing_part_or_installation() -> None:
    """Seen: "the part you need is out of stock" for pesticide application, "while carrying out EICRs, the part
    you need is out of stock", "find the existing installation doesn't match" for pesticide application, "the
    drawings don't match what is actually installed" for a pest control technician."""
    pest = JobDetails(
        id="pest",
        title="Pest Control Technician",
        description="* Place and service tamper-resistant bait stations per label directions\n"
        "* Apply pesticides safely in compliance with EPA and state regulations\n"
        "* Service residential and commercial accounts",
        requirements="Commercial pesticide applicator license.",
        skills_required=["rodent control", "pesticide application", "wallpaper hanging"],
    )
    asked = _situations(pest)
    for wrong in ("part you need", "existing installation", "drawings"):
        assert wrong not in asked, (wrong, asked)
    electrician = JobDetails(
        id="spark",
        title="Approved Electrician",
        description="- Carrying out EICRs and completing certification\n- Fault finding on lighting circuits",
        requirements="18th Edition. 2391 Inspection and Testing.",
        skills_required=["inspection and testing", "safe isolation"],
    )
    for question in _situations(electrician).split("?"):
        if "part you need" in question:
            assert "eicr" not in question and "inspection" not in question, question


def test_work_in_a_hazard_is_put_the_hazard_s_situations() -> None:
    roofer = JobDetails(
        id="roofer-hazard",
        title="Roofer",
        description="- Strip and re-slate pitched roofs\n- Install lead flashings",
        skills_required=["slating", "working at height"],
    )
    plan_texts = [
        q.text
        for n in range(6)
        for q in build_interview_plan(roofer.model_copy(update={"id": f"r{n}"}), Preferences()).questions
        if q.competency_id == "working-at-height" and q.form == "situational"
    ]
    assert plan_texts
    for text in plan_texts:
        assert "installation" not in text and "customer described" not in text, text
        assert "part you need" not in text and "drawings" not in text, text
