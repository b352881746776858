"""Ads of utilities, building trades, factories and outdoor work that nobody had tried (session fourteen, uxi):
each test names what was seen."""

from __future__ import annotations

from workbench.models import JobDetails

WATER_AD = (
    "As a Water Treatment Operator you will: monitor and control treatment processes (coagulation, filtration,"
    " disinfection) via SCADA; take samples and carry out routine water quality tests (chlorine residual,"
    " turbidity, pH); adjust chemical dosing and respond to alarms; keep accurate records for the Drinking Water"
    " Inspectorate."
)


def test_a_drinking_water_operator_is_not_matched_to_wastewater_by_letters() -> None:
    """Seen: a Water Treatment Operator matched *wastewater treatment operator*: "water treatment operator" was
    found inside "wastewater treatment operator" by letters, while *water treatment systems operator*, one of
    whose labels is the title itself, was passed over because the ad never says "systems"."""
    from workbench.interviewer.planning.planner import match_occupation

    job = JobDetails(id="w", title="Water Treatment Operator", description=WATER_AD, requirements="")
    matched = match_occupation(job)
    assert matched is not None and matched[0].label == "water treatment systems operator", matched


def _plan_text(job: JobDetails) -> str:
    from workbench.interviewer.planning.planner import build_interview_plan
    from workbench.models import Preferences

    plan = build_interview_plan(job, Preferences())
    return " ".join([q.text for q in plan.questions] + [c.name for c in plan.competencies]).lower()


def test_a_kitchen_fitter_is_a_trade_not_a_kitchen_in_service() -> None:
    """Seen: a Kitchen Fitter was read as hospitality (the title's "Kitchen" and *kitchen unit installer*): "a
    guest tells you about a severe allergy ... just as you need to install kitchen elements in homes", "your
    most pressured day during service". The role noun (fitter) is a trade's; what it works on is not a family."""
    from workbench.interviewer.planning.library import classify

    job = JobDetails(
        id="k",
        title="Kitchen Fitter",
        description="Fit base and wall units, worktops including mitre joints and hob cut-outs, fit appliances,"
        " tiling and plinths. Liaise with our plumber and electrician; leave the customer's home clean.",
        requirements="Own van and tools.",
    )
    assert classify(job, "kitchen unit installer") == "skilled_trades"
    text = _plan_text(job)
    assert "guest" not in text and "during service" not in text, text


def test_an_alarm_and_cctv_engineer_is_not_a_security_guard() -> None:
    """Seen: a CCTV & Intruder Alarm Engineer (ESCO *security alarm technician*) was read as security guarding:
    "a person becomes aggressive and refuses to leave just as you need to install and maintain security alarm
    systems", "an alarm goes off in an empty part of the site", "your most pressured day on a shift"."""
    from workbench.interviewer.planning.library import classify
    from workbench.interviewer.planning.planner import match_occupation

    job = JobDetails(
        id="c",
        title="CCTV & Intruder Alarm Engineer",
        description="Installing and commissioning CCTV, intruder alarm and access control systems for commercial"
        " and domestic customers. Planned preventative maintenance and fault-finding. Programming panels and NVRs.",
        requirements="2 years' experience in the security systems industry.",
    )
    assert classify(job, "security alarm technician") == "skilled_trades"
    for title in (
        "Fire and Security Alarm Technician",
        "Access Control Installer",
        "Intruder Alarm Engineer",
    ):
        other = job.model_copy(update={"title": title})
        matched = match_occupation(other)
        assert classify(other, matched[0].label if matched else "") == "skilled_trades", (title, matched)
    text = _plan_text(job)
    assert "aggressive" not in text and "patrol" not in text, text
    # a guard is still a guard
    guard = JobDetails(
        id="g", title="Security Officer", description="Patrol the site, monitor CCTV and alarms."
    )
    assert classify(guard) == "security"
