"""Ads for travel, hospitality and hospital trades (cabin crew, ramp agents, bar staff, sterile services): the
duties they list and the questions asked on them."""

from __future__ import annotations

from workbench.interviewer.planning.duty_split import split_duties
from workbench.interviewer.planning.gerund_phrase import acting
from workbench.models import InterviewPlan, JobDetails, Preferences


def duties(text: str) -> list[str]:
    return split_duties(text.split())


def test_a_verb_that_is_also_a_noun_opens_the_next_duty_in_a_comma_list_of_duties() -> None:
    # "serve food", "sell duty free": the object is no plural, yet in a list already cut into duties the verb
    # after the comma starts a duty of its own (not "administering first aid, serving food ...").
    assert duties(
        "respond to emergencies and evacuations, administer first aid, serve food and drinks, sell duty free"
        " and handle passenger disruption calmly"
    ) == [
        "respond to emergencies and evacuations",
        "administer first aid",
        "serve food and drinks",
        "sell duty free",
        "handle passenger disruption calmly",
    ]
    assert duties(
        "run the bar on shift, serve drinks, change barrels and clean lines, cash up the tills"
    ) == [
        "run the bar on shift",
        "serve drinks",
        "change barrels",
        "clean lines",
        "cash up the tills",
    ]
    assert duties("drive airside vehicles, follow the load sheet, marshal aircraft on stand") == [
        "drive airside vehicles",
        "follow the load sheet",
        "marshal aircraft on stand",
    ]
    # a noun of action after such a word names a subject of the duty before
    assert duties("Serve customers, handle deliveries, stock rotation and cleaning") == [
        "Serve customers",
        "handle deliveries, stock rotation and cleaning",
    ]
    assert acting("marshal aircraft on stand") == "marshalling aircraft on stand"


def test_a_steam_steriliser_is_a_machine_not_a_duty_to_steam() -> None:
    assert duties(
        "Operate washer disinfectors and steam sterilisers (autoclaves), carry out daily tests"
    ) == [
        "Operate washer disinfectors and steam sterilisers (autoclaves)",
        "carry out daily tests",
    ]


def _requirements(**job: str) -> list[str]:
    from workbench.interviewer.planning.jobtext import requirements

    return [r.text for r in requirements(JobDetails(**job), [])]


def test_an_ads_questions_to_its_reader_are_no_duties() -> None:
    """Seen: a ward HCA ad's 'No experience? No problem' was asked as 'good practice in no experience?'; a bar's
    'Are you passionate about great food?' and 'Looking for your next challenge?' became duties."""
    asked = _requirements(
        title="Bartender",
        description="<h3>Job summary</h3><p>No experience? No problem - full training is provided.</p>"
        "<p>Are you passionate about great food?</p><p>Looking for your next challenge?</p>"
        "<p>Do you have experience of cask ale and cellar management?</p>"
        "<ul><li>Serve customers at the bar</li><li>Change barrels</li></ul>",
    )
    assert asked == ["cask ale and cellar management", "serve customers at the bar", "change barrels"], asked


def test_personal_qualities_basic_skills_and_the_working_pattern_are_no_job_knowledge() -> None:
    """Seen: 'Good English and maths. Caring and compassionate.' were asked as 'the most common mistake people
    make with English and maths' and 'good practice in caring and compassionate'; 'Working pattern: 37.5 hours
    ...' left a duty 'pattern'."""
    asked = _requirements(
        title="Healthcare Support Worker",
        description="Record observations and report abnormal readings.\n"
        "Working pattern: 37.5 hours over a 24/7 rota including nights and weekends.",
        requirements="Good English and maths. Caring and compassionate. Patient and kind.",
    )
    assert asked == ["record observations and report abnormal readings"], asked
    # the work such words open is still work
    assert _requirements(title="Care Assistant", requirements="Caring for people with dementia") == [
        "care for people with dementia"
    ]
    assert _requirements(title="Nurse", requirements="Patient observations") == ["patient observations"]


def _plan(**job: str) -> InterviewPlan:
    from workbench.interviewer.planning.planner import build_interview_plan

    # a fixed id: the job's id seeds the choice among equivalent question templates
    return build_interview_plan(JobDetails(id=f"job-{job['title']}", **job), Preferences())


WARD_HCA = dict(
    title="Healthcare Support Worker - Acute Medical Ward",
    company="Royal Berkshire Hospital",
    description="Help patients with personal care, washing, dressing and toileting. Record observations and report "
    "abnormal readings to the nurse in charge. Assist with safe moving and handling using hoists.",
    requirements="Care Certificate desirable.",
)


def test_a_hospital_wards_support_worker_cares_for_patients() -> None:
    """Seen: an acute ward's Healthcare Support Worker matched no occupation and was asked about 'a service
    user's condition' (the 'support worker' of social care); a supported-living support worker still is."""
    plan = _plan(**WARD_HCA)
    assert plan.occupation is not None and plan.occupation.label == "healthcare assistant", plan.occupation
    texts = " ".join(q.text for q in plan.questions)
    assert "service user" not in texts and "patient" in texts, texts
    living = _plan(
        title="Support Worker",
        description="Support service users in supported living with personal care and medication.",
    )
    assert any("service user" in q.text for q in living.questions)


def test_a_bar_supervisor_a_night_manager_and_a_ramp_agent_match_their_occupations() -> None:
    """Seen: 'Bar Supervisor' matched nothing, a hotel's 'Night Manager' the hotel concierge (or nothing), and a
    'Baggage Handler' at 'Manchester Airport' whose ad says 'airside' nothing."""
    from workbench.interviewer.planning.occupation import match_occupation

    def label(**job: str) -> str | None:
        matched = match_occupation(JobDetails(**job))
        return matched[0].label if matched else None

    assert label(
        title="Bar Supervisor", description="Run the bar on shift, change barrels, cash up the tills."
    ) == ("bartender")
    assert (
        label(
            title="Hotel Night Manager",
            description="Senior manager on duty overnight for our 180-room hotel: late check-ins, guest "
            "complaints, night audit, fire marshal, security patrols.",
        )
        == "rooms division manager"
    )
    assert (
        label(
            title="Baggage Handler",
            location="Manchester Airport",
            description="Load and unload hold baggage, drive airside vehicles (tugs, belt loaders), follow the "
            "load sheet, carry out FOD walks.",
        )
        == "airport baggage handler"
    )
    # a leisure centre's duty manager is no hotel's
    assert label(
        title="Duty Manager", description="Run the leisure centre on shift: pool safety, lifeguards."
    ) != ("rooms division manager")


def test_a_trades_own_list_of_work_and_an_inline_duties_heading_are_its_duties() -> None:
    """Seen: a Plasterer's 'Skimming, dot and dab, bonding, browning, boarding ceilings and external rendering'
    was dropped (its gerunds no known verbs) and the plan asked ESCO's 'smearing the resulting paste onto a wall';
    a Locksmith's 'Duties: emergency lockouts ..., key cutting, safe opening' kept none but the last; 'basic
    disclosure' (a criminal record check) was asked as 'a recent piece of work that involved disclosure'."""
    plaster = _requirements(
        title="Plasterer",
        description="Experienced plasterer wanted for new build housing site. Skimming, dot and dab, bonding, "
        "browning, boarding ceilings and external rendering. Must have own tools and CSCS card.",
    )
    assert plaster[:3] == ["skimming", "dot and dab", "bonding"], plaster
    locks = _requirements(
        title="Locksmith",
        description="We are a busy locksmith company covering Glasgow. Duties: emergency lockouts "
        "(non-destructive entry), uPVC door mechanism repairs, key cutting, safe opening, and fitting access "
        "control.",
        requirements="MLA qualified or equivalent experience; basic disclosure; full driving licence",
    )
    assert "disclosure" not in " ".join(locks), locks
    assert {"uPVC door mechanism repairs", "key cutting", "safe opening"} <= set(locks), locks


def test_how_a_duty_is_done_said_after_it_and_timekeeping_are_no_duties() -> None:
    """Seen: cabin crew were asked 'What would you do if, while handling passenger disruption calmly, the weather
    changes', and a baggage handler's 'good timekeeping' became a technical competency 'timekeeping' asked as
    'an instruction you receive about timekeeping is not clear and the frequency is busy'."""
    asked = _requirements(
        title="Cabin Crew",
        description="You will handle passenger disruption calmly and operate the doors safely.",
        requirements="Good timekeeping.",
    )
    assert asked == ["handle passenger disruption", "operate the doors safely"], asked  # safety is part of it
    # a word in -ly that is no adverb stays
    assert _requirements(title="Care Assistant", description="You will provide care for the elderly.") == [
        "provide care for the elderly"
    ]


def test_screenings_hours_and_a_head_for_heights_are_conditions_not_competencies() -> None:
    """Seen: a Track Operative was asked 'your approach to drug and alcohol screening on a shift', a Wind Turbine
    Technician 'a job involving head for heights', a Herdsperson 'a job that involves work early mornings'."""
    assert _requirements(title="Track Operative", requirements="Valid PTS; drug and alcohol screening") == []
    assert _requirements(title="Wind Turbine Technician", requirements="GWO BST; head for heights") == []
    assert _requirements(
        title="Herdsperson", requirements="Milking experience; able to work early mornings"
    ) == ["milking"]
    assert _requirements(
        title="Occupational Health Technician", requirements="Carry out drug and alcohol testing"
    ) == ["carry out drug and alcohol testing"]


def test_a_zoos_animals_have_no_owners() -> None:
    """Seen: a Zookeeper was asked about 'an owner is upset and wants something ... not in the animal's interest'
    and 'a very unhappy owner'; a dog groomer still has owners."""
    zoo = _plan(
        title="Zookeeper - Primates",
        description="Prepare diets and feed animals, clean and maintain enclosures, monitor animal health and "
        "behaviour and report concerns to the vet, and deliver keeper talks to visitors.",
        requirements="Level 3 Diploma in Animal Management",
    )
    texts = " ".join([q.text for q in zoo.questions] + [p for q in zoo.questions for p in q.rubric.look_for])
    assert "owner" not in texts, texts
    groomer = _plan(
        title="Dog Groomer",
        description="Bath, dry, clip and scissor dogs of all breeds, and greet owners.",
        requirements="City & Guilds Level 3 Dog Grooming",
    )
    assert "owner" in " ".join(p for q in groomer.questions for p in q.rubric.look_for)


def test_solar_chemical_and_wind_technicians_match_their_occupations() -> None:
    """Seen: 'Solar PV Installer', 'Chemical Process Operator' and 'Wind Turbine Technician' matched nothing."""
    from workbench.interviewer.planning.occupation import match_occupation

    def label(title: str, description: str = "") -> str | None:
        matched = match_occupation(JobDetails(id=f"job-{title}", title=title, description=description))
        return matched[0].label if matched else None

    assert (
        label("Solar PV Installer", "Install roof-mounted solar panels and inverters.")
        == "solar energy technician"
    )
    assert label("Chemical Process Operator", "Operate batch reactors from the DCS.") == (
        "chemical processing plant controller"
    )
    assert (
        label("Wind Turbine Technician", "Maintain onshore 2MW turbines.") == "onshore wind farm technician"
    )
    assert label("Wind Turbine Technician", "Offshore wind farm, crew transfer vessel.") == (
        "offshore renewable energy technician"
    )


def test_a_course_attended_is_no_competency_and_a_system_outage_fits_only_work_on_a_system() -> None:
    """Seen: a hotel Night Manager was asked 'the system goes down just as you need security for a queue of
    arriving guests' and 'a recent time when first aid and fire marshal mattered' (from 'first aid and fire
    marshal training')."""
    asked = _requirements(
        title="Hotel Night Manager",
        requirements="Previous hotel front office experience; first aid and fire marshal training; Opera PMS",
    )
    assert not any("first aid" in text for text in asked), asked
    assert _requirements(title="Kitchen Manager", description="Deliver food hygiene training to staff.") == [
        "deliver food hygiene training to staff"
    ]
    from workbench.interviewer.planning.library import families

    night = JobDetails(
        id="job-hotel-night-manager",
        title="Hotel Night Manager",
        description="Late check-ins, night audit.",
        requirements="Reception",
    )
    outage = next(
        twist
        for twist in families()["hospitality"].fitted(night).complications
        if "system goes down" in twist.text
    )
    assert outage.fits("the booking system") and outage.fits("night audit")
    assert not outage.fits("security") and not outage.fits("guest relations")


def test_a_phrasal_verb_in_a_duty_keeps_its_particle_and_its_form() -> None:
    """Seen: a CNC Machinist's 'edit programs at the machine and prove out first-off parts' was said as 'editing
    programs at the machine and prove out first-off parts', and 'set up and operate CNC lathes' as 'setting up'."""
    assert acting("edit programs at the machine and prove out first-off parts") == (
        "editing programs at the machine and proving out first-off parts"
    )
    assert acting("set up and operate CNC lathes") == "setting up and operating CNC lathes"
    assert acting("pick up and drop off passengers") == "picking up and dropping off passengers"
    # a later duty after a comma or "and" still ends the phrase
    assert acting("serve drinks and take payments") == "serving drinks"
