"""plan29: duties and checks of jobs outside every dataset (trades, clinics, caretaking, food vans, transport), as
real ads write them. Written for these tests; no ad or title here is in the datasets or the unseen sets."""

from __future__ import annotations

from workbench.interviewer.planning.articles import with_article
from workbench.interviewer.planning.jobtext import requirements
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import Difficulty, InterviewPlan, JobDetails, PlannedQuestion, Preferences


def _texts(title: str, *lines: str, intro: str = "") -> list[str]:
    description = f"{intro}\n\nDuties:\n" + "\n".join(f"- {line}" for line in lines)
    return [r.text for r in requirements(JobDetails(id="p29-t", title=title, description=description), [])]


def _plan(job_id: str, title: str, *lines: str, hard: bool = False) -> InterviewPlan:
    description = "Duties:\n" + "\n".join(f"- {line}" for line in lines)
    prefs = Preferences(difficulty_level=Difficulty.HARD, focus_areas=["safety"]) if hard else Preferences()
    return build_interview_plan(JobDetails(id=job_id, title=title, description=description), prefs)


def _technical(plan: InterviewPlan) -> list[PlannedQuestion]:
    return [q for q in plan.questions if q.phase.value == "technical"]


def test_working_safely_at_height_inside_a_list_is_a_duty() -> None:
    """Seen: "Work safely at height from MEWPs and scaffold towers" in a glazier's list was dropped, and alone it
    was a topic said "the set-up you are given for work safely at height"."""
    found = _texts(
        "Curtain Wall Installer",
        "Install curtain walling and glazed screens",
        "Work safely at height from MEWPs and scaffold towers",
    )
    assert "work safely at height from MEWPs and scaffold towers" in found, found
    found = _texts(
        "Solar Panel Roofer", "Fix mounting rails to roofs", "Working safely at height on pitched roofs"
    )
    assert "work safely at height on pitched roofs" in found, found
    # a hazard's work named near traffic reads the same way
    found = _texts(
        "Road Marking Operative", "Work safely near live traffic at all times", "Lay thermoplastic lines"
    )
    assert "work safely near live traffic at all times" in found, found


def test_work_without_a_manner_is_still_no_duty() -> None:
    """ "Work closely with the team" names no work of its own: the manner rule needs a kept manner (safely)."""
    description = "Duties:\n- Serve customers at the till\n- Work closely with the team"
    found = requirements(JobDetails(id="p29-t", title="Shop Assistant", description=description), [])
    assert not any(r.shape == "act" and r.text.startswith("work ") for r in found), found


def test_a_hazard_duty_is_asked_as_an_activity() -> None:
    plan = _plan(
        "p29-height",
        "Fascia and Soffit Installer",
        "Replace fascias, soffits and guttering",
        "Work safely at height using ladders and towers",
    )
    texts = " ".join(q.text for q in _technical(plan))
    assert "for work safely" not in texts and "in work safely" not in texts, texts
    looks = [p for q in _technical(plan) for p in q.rubric.look_for]
    assert "correct practice in working safely at height using ladders and towers" in looks or any(
        "working safely at height" in p for p in looks
    ), looks


def test_snow_and_ice_cleared_and_alarms_tested_are_duties() -> None:
    """Seen: a sheltered-housing caretaker's "Clear snow and ice from paths and entrances" was dropped, and "Test
    fire alarms weekly and record results" kept only "record results"."""
    found = _texts(
        "Warden Caretaker - Retirement Flats",
        "Clear snow and ice from paths and entrances",
        "Test fire alarms weekly and record results",
        "Fit door closers and smoke seals",
    )
    assert "clear snow and ice from paths and entrances" in found, found
    assert "test fire alarms" in found, found
    found = _texts(
        "Grounds Worker - Business Park", "Grit and clear snow from car parks", "Label waste sacks"
    )
    assert any(t.startswith("label waste sacks") for t in found), found


def test_a_person_before_a_plural_keeps_a_topic() -> None:
    """ "support worker rotas", "service user files" open with a person's noun: no duty "to support worker rotas"."""
    found = _texts(
        "Scheme Manager", "Support worker rotas", "Service user files", "Book patient appointments"
    )
    assert "support worker rotas" not in found and "service user files" not in found, found


def test_glazing_and_engraving_verbs_open_duties() -> None:
    found = _texts(
        "Window Repair Technician",
        "Seal and silicone frames to the specification",
        "Engrave name plates and trophies",
        "Stitch and glue leather repairs",
    )
    assert "seal and silicone frames to the specification" in found, found
    assert "engrave name plates and trophies" in found, found
    assert "stitch and glue leather repairs" in found, found


def test_a_particle_keeps_its_place_before_the_article() -> None:
    """Seen: "Cleaning down the van, grill and fryers" read "clean the down the van"."""
    assert with_article("clean down the van") == "clean down the van"
    assert with_article("set up till") == "set up the till"
    assert with_article("balance cash drawer") == "balance the cash drawer"


def test_a_glazier_is_a_trade_without_isolation_or_parts() -> None:
    """Seen: a glazier fell to the general family; a glazing job's glass is no "part out of stock", and a
    glazier isolates nothing ("check levels and plumb" named plumbing). (Gaskets and beads are parts: not here.)"""
    for hard in (False, True):
        plan = _plan(
            "p29-glazier",
            "Commercial Glazier - Curtain Walling",
            "Measure openings and check levels and plumb",
            "Glaze double-glazed units into aluminium frames",
            "Replace broken panes on call-outs",
            "Cut glass to size for sealed units",
            hard=hard,
        )
        assert plan.family == "skilled_trades"
        texts = " ".join(q.text for q in plan.questions)
        assert "part you need is out of stock" not in texts, texts
        looks = {p for q in _technical(plan) for p in q.rubric.look_for}
        assert "safe isolation and the checks before and after" not in looks, looks


def test_clinical_roles_without_medicines_get_an_identity_only_flag() -> None:
    """Seen: a donor carer and an imaging department's assistant fell to the general family, and a phlebotomy or
    X-ray helper's flag was "skipping identity, allergy or dose checks" though they give no dose."""
    cases = [
        (
            "Blood Donor Session Assistant",
            [
                "Confirm donor identity and health questionnaire",
                "Perform venepuncture on blood donors",
                "Monitor donors after the blood donation",
            ],
        ),
        (
            "X-Ray Department Helper",
            [
                "Greet patients and check their ID",
                "Help patients onto the X-ray table",
                "Clean equipment between patients",
            ],
        ),
        (
            "Phlebotomy Clinic Assistant - GP Surgery",
            [
                "Take blood samples from adults and children",
                "Label samples and complete request forms",
                "Check patient identity before every sample",
            ],
        ),
    ]
    for i, (title, lines) in enumerate(cases):
        plan = _plan(f"p29-clin-{i}", title, *lines)
        assert plan.family == "healthcare", (title, plan.family)
        flags = {f for q in _technical(plan) for f in q.rubric.red_flags}
        assert "skipping the identity check before a sample, a scan or a procedure" in flags, (title, flags)
        assert not any("dose" in f for f in flags), (title, flags)


def test_a_nurse_keeps_the_dose_flag() -> None:
    plan = _plan(
        "p29-nurse", "Staff Nurse - Day Surgery", "Administer medication and IV fluids", "Monitor patients"
    )
    flags = {f for q in _technical(plan) for f in q.rubric.red_flags}
    assert "skipping identity, allergy or dose checks" in flags, flags


def test_donors_are_no_patients() -> None:
    plan = _plan(
        "p29-donor",
        "Donor Carer - Plasma Donation Centre",
        "Monitor donors throughout the plasma donation",
        "Care for donors who feel faint",
    )
    texts = " ".join(
        [q.text for q in plan.questions] + [f for q in plan.questions for f in q.rubric.red_flags]
    )
    assert "patient" not in texts, texts


def test_vehicle_mechanics_make_the_vehicle_safe_first() -> None:
    """Seen: a heavy vehicle mechanic's checks named no isolation, chocks or stands unless the ad named isolation."""
    for i, title in enumerate(
        ["Tractor & Plant Fitter - Dealership", "PSV Coach Technician", "Trailer Mechanic"]
    ):
        plan = _plan(
            f"p29-veh-{i}",
            title,
            "Service and repair engines, brakes and suspensions",
            "Carry out safety inspections",
        )
        looks = {p for q in _technical(plan) for p in q.rubric.look_for}
        flags = {f for q in _technical(plan) for f in q.rubric.red_flags}
        assert any("vehicle safe" in p and "isolated" in p for p in looks), (title, looks)
        assert any("chocked" in f for f in flags), (title, flags)
    # a bicycle mechanic works on no vehicle's underside
    plan = _plan("p29-bike", "Cycle Workshop Mechanic", "Service and repair road bikes", "Build wheels")
    assert not any("chocked" in f for q in _technical(plan) for f in q.rubric.red_flags)


def test_passenger_and_library_vehicles_carry_no_load() -> None:
    """Seen: a dial-a-ride driver and a mobile library driver were asked about "a load you think is unsafe or
    overweight" and flagged for "an insecure or overweight load"."""
    for i, (title, lines) in enumerate(
        [
            (
                "Community Minibus Driver",
                [
                    "Drive older passengers to day centres",
                    "Secure wheelchairs in the vehicle",
                    "Carry out daily vehicle checks",
                ],
            ),
            (
                "Mobile Library Driver - Rural Routes",
                [
                    "Drive the mobile library on its timetable",
                    "Issue and return books",
                    "Carry out daily vehicle checks",
                ],
            ),
        ]
    ):
        for hard in (False, True):
            plan = _plan(f"p29-pass-{i}", title, *lines, hard=hard)
            texts = " ".join(q.text for q in plan.questions)
            flags = {f for q in plan.questions for f in q.rubric.red_flags}
            assert "overweight" not in texts and "an insecure or overweight load" not in flags, (
                title,
                texts,
                flags,
            )
    plan = _plan("p29-hgv", "Class 2 Tipper Driver", "Deliver aggregates to sites", "Sheet and secure loads")
    assert "an insecure or overweight load" in {f for q in plan.questions for f in q.rubric.red_flags}


def test_a_food_van_has_no_room_numbers_and_a_workshop_no_food_checks() -> None:
    plan = _plan(
        "p29-van",
        "Street Food Stall Assistant",
        "Cook and serve burgers and fries to order",
        "Check fridge temps and follow allergen procedures",
        "Take orders and card payments at the hatch",
    )
    assert plan.family == "hospitality", plan.family
    flags = {f for q in plan.questions for f in q.rubric.red_flags}
    assert not any("room number" in f for f in flags), flags
    plan = _plan(
        "p29-keys",
        "Key Cutting & Watch Repair Assistant",
        "Cut keys on manual and computerised machines",
        "Check every key against the original",
        "Maintain the cutting machines",
    )
    assert plan.family == "production", plan.family
    flags = {f for q in plan.questions for f in q.rubric.red_flags}
    assert not any("food safety" in f for f in flags), flags
    plan = _plan(
        "p29-hotel", "Hotel Night Receptionist", "Check in late arrivals", "Answer calls to guests' rooms"
    )
    flags = {f for q in plan.questions for f in q.rubric.red_flags}
    assert any("room number" in f for f in flags), flags


def test_a_duty_done_when_on_call_is_a_duty_and_the_rota_is_not() -> None:
    """Seen: "Attending roadside breakdowns when on call" was dropped whole as a condition of the job."""
    found = _texts(
        "Lift Service Engineer",
        "Service passenger lifts on a planned route",
        "Respond to breakdown callouts when on call",
        "On call one weekend in four",
    )
    assert "respond to breakdown callouts when on call" in found, found
    assert not any(t.startswith("on call") for t in found), found


def test_a_second_verb_ends_the_first_duty() -> None:
    """Seen: "correct practice in welcoming donors and confirm their identity" ("confirm" was no verb), and a
    farm's "watering and mucking out goats" was a topic."""
    found = _texts("Visitor Centre Host", "Welcome visitors and confirm bookings", "Muck out stables daily")
    assert "welcome visitors" in found and "confirm bookings" in found and "muck out stables" in found, found
    plan = _plan(
        "p29-welcome", "Plasma Donor Carer", "Welcome donors and confirm their identity", "Monitor donors"
    )
    looks = [p for q in _technical(plan) for p in q.rubric.look_for]
    assert "correct practice in welcoming donors" in looks, looks
    assert not any("and confirm their" in p for p in looks), looks


def test_a_lock_out_needs_no_part() -> None:
    """Seen: a bus technician asked to "follow lock-out/tag-out ... when the part you need is out of stock"."""
    lines = (
        "Carry out safety inspections on the fleet",
        "Follow lock-out/tag-out before working under vehicles",
        "Isolate electrical systems before repairs",
        "Replace brake and suspension components",
    )
    for i in range(6):
        for hard in (False, True):
            plan = _plan(f"p29-loto-{i}", "Coach Workshop Technician", *lines, hard=hard)
            for q in _technical(plan):
                if "lock-out" in q.text or "isolat" in q.text:
                    assert "part you need" not in q.text, q.text
