"""Ads of utilities, building trades, factories and outdoor work that nobody had tried (session fourteen, uxi):
each test names what was seen."""

from __future__ import annotations

import re

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


def test_a_fish_farm_technician_is_neither_a_wind_farm_nor_a_trade() -> None:
    """Seen: a salmon farm's Fish Farm Technician matched *onshore wind farm technician* (its definition names a
    farm, the title's setting, though not the fish that say which farm), and was planned as a skilled trade ("the
    part you need is out of stock and it has to be working today" while feeding fish); "Must be able to swim"
    was asked as knowledge ("What's the most common mistake people make with swim?")."""
    from workbench.interviewer.planning.planner import build_interview_plan, match_occupation
    from workbench.models import Preferences

    job = JobDetails(
        id="f",
        title="Fish Farm Technician",
        description="Marine site technician on a salmon farm. Feeding fish using camera-controlled feed systems,"
        " monitoring fish health and welfare, sea lice counts, net inspections and mort removal, boat work in all"
        " weathers, and keeping accurate records for the Fish Health Inspectorate.",
        requirements="Powerboat level 2 helpful. Must be able to swim.",
    )
    matched = match_occupation(job)
    assert matched is None or "wind" not in matched[0].label, matched[0].label
    plan = build_interview_plan(job, Preferences())
    assert plan.family == "land", plan.family
    names = [c.name.lower() for c in plan.competencies]
    assert not any(name in {"swim", "swimming"} for name in names), names


def test_a_keepers_and_a_foresters_tickets_and_traits_are_not_knowledge_to_question() -> None:
    """Seen: "Good with dogs" became a competency "dogs" ("Which checks do you rely on when it comes to dogs?"),
    "NPTC/Lantra CS30, CS31 (felling up to 380mm)" and "First aid +F" were asked as knowledge ("What would you do
    if you are working alone on a job that involves first aid +F"); a Beat Keeper was no land job."""
    from workbench.interviewer.planning.planner import build_interview_plan
    from workbench.models import Preferences

    keeper = JobDetails(
        id="k",
        title="Beat Keeper",
        description="Rearing and releasing pheasants, legal predator control, managing beaters and pickers-up on"
        " shoot days, and maintaining rides and drives.",
        requirements="Firearms and shotgun certificate. Good with dogs.",
    )
    forester = JobDetails(
        id="fw",
        title="Forestry Worker (Chainsaw)",
        description="You will carry out risk assessments and keep to safe working distances.",
        requirements="NPTC/Lantra CS30, CS31 (felling up to 380mm). First aid +F. PA1/PA6 desirable.",
    )
    for job in (keeper, forester):
        plan = build_interview_plan(job, Preferences())
        assert plan.family == "land", (job.title, plan.family)
        text = " ".join(c.name.lower() for c in plan.competencies)
        for word in ("dogs", "nptc", "lantra", "cs30", "first aid", "pa1"):
            assert word not in text, (job.title, word, text)


def test_factory_trades_by_their_own_names_are_production_and_street_cleaners_clean() -> None:
    """Seen: an Injection Moulding Setter was `general` ("you are asked to deliver in half the usual time"), a
    Sewing Machinist and a Brewery Operative skilled trades ("while checking own work against the spec sheet,
    the part you need is out of stock and it has to be working today"), a Street Cleansing Operative a trade
    ("reading drawings and specifications")."""
    from workbench.interviewer.planning.planner import build_interview_plan
    from workbench.models import Preferences

    for title, duties, family in (
        (
            "Injection Moulding Setter",
            "Setting and changing tools on injection moulding machines.",
            "production",
        ),
        (
            "Sewing Machinist",
            "Sewing shirts to specification; checking own work against the spec sheet.",
            "production",
        ),
        (
            "Brewery Operative",
            "Clean and sanitise vessels, fill casks and kegs, record gravities.",
            "production",
        ),
        (
            "Street Cleansing Operative",
            "Litter picking, emptying litter bins, sweeping with a barrow.",
            "cleaning",
        ),
    ):
        plan = build_interview_plan(JobDetails(id=title, title=title, description=duties), Preferences())
        assert plan.family == family, (title, plan.family)


def test_duties_after_where_the_work_is_done_and_a_trades_gerunds_are_read() -> None:
    """Seen: a Food Production Operative's "Working on a fast-paced production line you will assemble products to
    spec, check labels and date codes, ... carry out metal detector checks and record them" gave no duty (the
    plan fell back to ESCO's "performing manufacturing operations and processes to foods and beverages"), and a
    forestry ad's "Felling, delimbing and crosscutting conifer and broadleaf trees using chainsaws" was dropped
    as prose (no verb list knows "fell", "delimb" or "crosscut")."""
    from workbench.interviewer.planning.jobtext import requirements

    food = JobDetails(
        id="fp",
        title="Food Production Operative",
        description="Join our sandwich factory! Working on a fast-paced production line you will assemble products"
        " to spec, check labels and date codes, carry out metal detector checks and record them, and keep your"
        " area clean. Weekly pay.",
    )
    texts = [r.text for r in requirements(food, [])]
    assert any("metal detector checks" in t for t in texts), texts
    assert any(t.startswith("assemble products") for t in texts), texts
    forest = JobDetails(
        id="fw",
        title="Forestry Worker",
        description="Felling, delimbing and crosscutting conifer and broadleaf trees using chainsaws; windblow"
        " clearance. Working in small teams in remote forests in all weathers.",
    )
    texts = [r.text for r in requirements(forest, [])]
    assert any(t.startswith("felling, delimbing and crosscutting") for t in texts), texts


def test_what_is_meant_by_the_bit_of_a_question_is_a_term_of_that_question() -> None:
    """Seen: after "You said 'nobody checks behind the facing brick'. Talk me through the risks", a bricklayer's
    "sorry what do you mean by the checks bit" was told "'checks bit' isn't part of this question, so no need to
    worry about it here": "the X bit" (or part) asks about X."""
    from workbench.interviewer.repair import term_not_in_question

    question = (
        'You said "nobody checks behind the facing brick anyway". Talk me through the risks of doing it.'
    )
    assert term_not_in_question("sorry what do you mean by the checks bit", question) is None
    assert term_not_in_question("what do you mean by the facing brick part?", question) is None
    assert term_not_in_question("what do you mean by the DPC bit?", question) == "DPC"


def test_a_window_cleaner_is_asked_about_height_not_colour_coded_cloths() -> None:
    """Seen: a Window Cleaner (ladders and a water-fed pole) was asked about "colour-coded equipment and infection
    control" and "you find a used needle or blood while you are cleaning" as he used "specific ladders to clean
    taller buildings": a washroom's situations. Outside cleaning asks about working safely at height."""
    from workbench.interviewer.planning.planner import build_interview_plan
    from workbench.models import Preferences

    job = JobDetails(
        id="wc",
        title="Window Cleaner",
        description="Domestic and commercial rounds using water fed pole system and ladders. Van provided.",
        requirements="Driving licence",
    )
    plan = build_interview_plan(job, Preferences())
    text = " ".join([q.text for q in plan.questions] + [c.name for c in plan.competencies]).lower()
    assert "colour-coded" not in text and "needle" not in text, text
    assert "at height" in text, text
    # a washroom's cleaner is still asked about colour-coded cloths
    from workbench.interviewer.planning.library import families

    topics = [t for t in families()["cleaning"].topics if not isinstance(t, str)]
    coded = next(t for t in topics if "colour-coded" in t.text)
    assert coded.fits("Clean washrooms and kitchens.", "Office Cleaner")
    assert not coded.fits("Rounds with ladders.", "Window Cleaner")


def test_a_two_part_question_has_the_ads_line_on_the_part_it_speaks_of() -> None:
    """Seen: "Can I get paid weekly and is there a van to take home?" of an ad saying "Van provided." and nothing
    of pay was told "I don't have that information here": no line names both the pay and the van, so none was
    said. The ad's line on the van answers its part; the rest is routed."""
    from workbench.interviewer.repair import answer_from_job

    job = JobDetails(
        id="wc",
        title="Window Cleaner",
        company="Sparkle Clean",
        description="Window cleaner wanted. Domestic rounds using water fed pole and ladders. Van provided.",
    )
    answer = answer_from_job("Can I get paid weekly and is there a van to take home?", job)
    assert "Van provided." in answer and "hiring team" in answer, answer
    assert "Van provided." in answer_from_job("is there a van to take home?", job)


def test_a_machine_still_moving_a_device_tied_back_and_a_limit_passed_are_unsafe() -> None:
    """Seen: a maintenance fitter's "I'll just reach in with the machine running to clear the jam, lock off takes
    ages ... so we sometimes tie the interlock back" drew no red flag and no probe (the interlock pattern knew
    "tie back the interlock", not "tie the interlock back"), and a port crane driver's "If the wind goes over the
    limit I keep working if the ship is running late" was taken as practice. Three classes: hands in a machine
    still moving, a protective device defeated whichever way the words fall, a limit passed and the work
    carried on. Correct practice and warnings stay unflagged."""
    from workbench.interviewer.unsafe_practice import unsafe_sentence

    unsafe = [
        "Look if the line's down I'll just reach in with the machine running to clear the jam.",
        "we sometimes tie the interlock back.",
        "we just tape the guard down and carry on",
        "I clear jams with the conveyor still running, it's quicker",
        "we reach in while it's still going, saves time",
        "If the wind goes over the limit I keep working if the ship is running late.",
        "If the readings are outside tolerance we just carry on running and sort it later.",
    ]
    safe = [
        "I never reach in while it is running, I isolate first.",
        "The interlock is there so nobody can reach in while it's running.",
        "If a colleague reaches in with the machine running I stop the line and report it.",
        "I put the guard back on and test the interlock.",
        "I tie the cable back neatly.",
        "I clear the jam while the line is stopped and locked off.",
        "When the wind is over the limit we stop and park the crane.",
        "If it's over the limit I keep the crane parked until it drops.",
        "I check we are not over the weight limit and then I keep going with the next lift.",
    ]
    assert [a for a in unsafe if unsafe_sentence(a) is None] == []
    assert [a for a in safe if unsafe_sentence(a) is not None] == []


def test_a_fitters_insurance_is_no_knowledge_and_talking_needs_no_part() -> None:
    """Seen: a self-employed Kitchen Fitter's "Public liability insurance." was asked as knowledge ("What's the most
    common mistake people make with public liability insurance?"), and trades' duties that need no part met "the
    part you need is out of stock and it has to be working today" while "liaising with the plumber and
    electrician", "checking own work against the spec sheet" or "taking the necessary measurements"."""
    from workbench.interviewer.planning.library import families
    from workbench.interviewer.planning.planner import build_interview_plan
    from workbench.models import Preferences

    job = JobDetails(
        id="kf",
        title="Kitchen Fitter",
        description="Fit appliances, tiling and plinths. Liaise with our plumber and electrician.",
        requirements="Minimum 3 years fitting kitchens. Own van and tools. Public liability insurance.",
    )
    plan = build_interview_plan(job, Preferences())
    assert not any("insurance" in c.name.lower() for c in plan.competencies), [
        c.name for c in plan.competencies
    ]
    part = next(
        t for t in families()["skilled_trades"].act_complications if "part you need" in getattr(t, "text", t)
    )
    assert not isinstance(part, str)
    for duty in ("liaise with the plumber", "check own work against the spec sheet", "take the measurements"):
        assert re.search(part.unless, duty, re.IGNORECASE), duty
    assert not re.search(part.unless, "replace the gearbox bearings", re.IGNORECASE)


def test_a_two_person_lift_done_alone_and_a_load_left_unstrapped_are_unsafe() -> None:
    """Seen: a Removals Porter's "I carry the fridge down the stairs on my own, no need for two people, and we
    don't strap the load, if it's packed tight it won't move" was scored 3 and quoted as "a good start"."""
    from workbench.interviewer.unsafe_practice import unsafe_sentence

    unsafe = [
        "I carry the fridge down the stairs on my own, no need for two people.",
        "We don't strap the load, if it's packed tight it won't move.",
        "I never bother tying it down for short trips.",
    ]
    safe = [
        "We never move off until the load is strapped, I check every strap.",
        "I don't strap the load until everything is on, then I strap and check it.",
        "There's no need for two people on a small box.",
        "We always strap the load, no exceptions.",
        "Two of us carry the fridge, never on my own.",
    ]
    assert [a for a in unsafe if unsafe_sentence(a) is None] == []
    assert [a for a in safe if unsafe_sentence(a) is not None] == []
