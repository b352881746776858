"""Cleaners, social workers, door supervisors, veterinary and dental nurses, watchkeepers, prison officers and
the crews of rail, air and sea as they answer and as their ads read (written for these tests, in no dataset):
their shortcuts are flagged and their care is not, their ads' headings, conditions and promises are no duties."""

from __future__ import annotations

from tests.workbench.interviewer.interview_helpers import TRAIN_DRIVER, job_knowledge_names
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import JobDetails, Preferences

HOSPITAL_CLEANER = JobDetails(
    id="t-clean",
    title="CLEANING OPERATIVE - HOSPITAL",
    company="MediClean Services",
    description=(
        "WE ARE HIRING!! CLEANING OPERATIVES NEEDED AT QUEENS MEDICAL CENTRE.\nDUTIES:\n"
        "* CLEAN WARDS, TOILETS, CORRIDORS AND PATIENT AREAS\n"
        "* USE COLOUR CODED EQUIPMENT AND CLEANING CHEMICALS SAFELY IN LINE WITH COSHH\n"
        "* OPERATE FLOOR SCRUBBER DRYER MACHINES\nFULL TRAINING PROVIDED."
    ),
)


def test_a_shouted_headline_for_the_people_wanted_is_no_duty() -> None:
    names = job_knowledge_names(HOSPITAL_CLEANER)
    assert not any("needed" in name or "operatives" in name for name in names), names
    assert build_interview_plan(HOSPITAL_CLEANER, Preferences()).family == "cleaning"


def test_a_cleaner_s_unsafe_practice_is_found_and_the_safe_one_is_not() -> None:
    from workbench.interviewer.unsafe_practice import unsafe_sentence

    unsafe = [
        "Honestly bleach and the toilet cleaner together works much better, I mix them in the bucket.",
        "Same mop for everything saves time.",
        "If I find needle in bin I take it out with hand and put it in the sharps box, is quicker.",
    ]
    safe = [
        "I never mix chemicals, I read the label.",
        "I mix the chemical with water to the right dilution.",
        "I never use the same mop for toilets and kitchens.",
        "If I find a needle I never pick it up with my hand, I use the tongs and the sharps box.",
    ]
    assert [s for s in unsafe if unsafe_sentence(s) is None] == []
    assert [s for s in safe if unsafe_sentence(s) is not None] == []


def test_a_resume_s_section_heading_is_not_quoted_and_names_a_credential() -> None:
    from workbench.interviewer.planning.resume import resume_items
    from workbench.interviewer.repair import answer_from_job

    items = resume_items(
        "Maria Popescu\n2022-2025 Cleaner, Sparkle Office Cleaning Ltd, Nottingham\n"
        "2019-2022 Housekeeping Assistant, Premier Inn Nottingham\n"
        "Certificates: COSHH awareness (2023), Manual handling\n"
    )
    texts = {item.text: item.kind for item in items}
    assert texts.get("COSHH awareness (2023), Manual handling") == "certification", texts
    assert not any(text.lower().startswith("certificates") for text in texts)
    # a start date asked is the start topic (49ef861): the ad's line on it, else the hiring team's to answer
    assert "hiring team at MediClean Services" in answer_from_job("When I start?", HOSPITAL_CLEANER)


def test_relocation_help_is_routed_not_answered_with_the_location() -> None:
    from workbench.interviewer.repair import answer_from_job

    job = JobDetails(
        id="t-atc", title="Air Traffic Controller", company="Northshore Airport", location="Aberdeen"
    )
    assert "based in Aberdeen" not in answer_from_job("Is there relocation help?", job)
    assert "hiring team" in answer_from_job("Do you offer help with relocation?", job)
    assert "based in Aberdeen" in answer_from_job("Would I need to relocate?", job)


def test_a_social_worker_s_resume_and_shortcut() -> None:
    from workbench.interviewer.planning.resume import resume_items
    from workbench.interviewer.unsafe_practice import unsafe_sentence

    items = resume_items(
        "Priya Sharma, BA (Hons) Social Work, University of Leicester, 2021\n"
        "2021-present Social Worker, Leicestershire County Council Children and Family Services\n"
        " - Held a caseload of 18 children, including 6 on child protection plans\n"
    )
    texts = [item.text for item in items]
    assert texts[0] == "Held a caseload of 18 children, including 6 on child protection plans", texts
    assert "BA (Hons) Social Work, University of Leicester, 2021" in texts, texts
    assert not any("Priya" in text for text in texts), texts
    said = "Honestly if a case is low risk I just close it without seeing the child, and nobody reads those notes anyway."
    assert unsafe_sentence(said)
    assert unsafe_sentence("I never close a case without seeing the child.") is None


def test_a_door_supervisor_s_duties_read_whole_and_force_first_is_flagged() -> None:
    from workbench.interviewer.unsafe_practice import unsafe_sentence

    door = JobDetails(
        id="t-door2",
        title="Door Supervisor - Weekend Nights",
        description=(
            "You will:\n- Check ID and refuse entry to under 18s and intoxicated customers\n"
            "- Deal with conflict calmly and eject customers where necessary using minimum force\n"
        ),
        requirements="Valid SIA Door Supervisor licence\nEmergency First Aid at Work",
    )
    names = job_knowledge_names(door)
    assert not any("first aid" in name for name in names), names
    assert not any(
        name.endswith("and refuse entry to under 18s and intoxicated customers") for name in names
    ), names
    said = (
        "If someone kicks off in the queue and won't leave, I'd just grab him and put him on the floor, that's "
        "what they understand, quicker than talking."
    )
    assert unsafe_sentence(said) and unsafe_sentence("Cameras never catch it anyway.")
    careful = "If he attacks a colleague we take him to the ground together as trained, as a last resort, and I report it."
    assert unsafe_sentence(careful) is None


def test_a_vet_nurse_s_dose_on_her_own_say_so_is_flagged_and_client_communication_is_behavioural() -> None:
    from workbench.interviewer.unsafe_practice import unsafe_sentence

    said = (
        "If the vet isn't around and a dog in recovery seems in pain, I'd just give it a bit more methadone "
        "myself, I know the dose, and tell the vet afterwards."
    )
    assert unsafe_sentence(said)
    assert unsafe_sentence("I would never give extra methadone myself, I would call the vet.") is None
    assert unsafe_sentence("I give her a bit more food myself when she is hungry.") is None
    vet_nurse = JobDetails(
        id="t-rvn",
        title="Registered Veterinary Nurse",
        description="Main duties:\n- Monitor anaesthesia and recovery\n- Prepare theatre",
        requirements="RCVS registered veterinary nurse. Good communication with clients.",
    )
    assert not any("communication" in name for name in job_knowledge_names(vet_nurse))


def test_a_watchkeeper_s_lone_watch_is_flagged_and_a_ticket_is_no_subject() -> None:
    from workbench.interviewer.unsafe_practice import unsafe_sentence

    said = (
        "In fog if the lookout is tired I let him go down for a coffee and I keep watch alone, it's only twenty "
        "minutes and radar sees everything anyway."
    )
    assert unsafe_sentence(said)
    assert unsafe_sentence("I never let the lookout go below in fog, we keep watch together.") is None
    assert unsafe_sentence("The radar shows everything within twelve miles on this setting.") is None
    officer = JobDetails(
        id="t-oow",
        title="Second Officer (OOW) - Ro-Pax Ferry",
        description=(
            "Key responsibilities:\n- Plan and monitor passages using ECDIS\n"
            "- Take charge of a muster station and lifeboat during emergency drills"
        ),
        requirements="- OOW (Unlimited) Certificate of Competency\n- ECDIS generic and type-specific\n- GMDSS GOC",
    )
    plan = build_interview_plan(officer, Preferences())
    assert not any("type-specific" in c.name or "GOC" in c.name for c in plan.competencies)
    muster = [q.text for q in plan.questions if "muster" in q.text]
    assert muster and not any("on watch" in text for text in muster), muster


def test_experience_counted_in_years_of_a_setting_is_no_subject() -> None:
    pharmacist = JobDetails(
        id="t-pharm",
        title="Pharmacist Manager",
        description="- Clinically and accuracy check prescriptions\n- Manage controlled drugs",
        requirements="GPhC registered pharmacist. 2 years community experience.",
    )
    assert "community" not in job_knowledge_names(pharmacist)
    payroll = JobDetails(
        id="t-pay", title="Payroll Officer", description="", requirements="2 years Sage experience"
    )
    assert "sage" in job_knowledge_names(payroll)


def test_a_prison_officer_s_own_punishment_is_flagged_and_the_ad_s_promise_is_no_duty() -> None:
    from workbench.interviewer.unsafe_practice import unsafe_sentence

    said = (
        "If a prisoner gives me lip I'll lock him behind his door for the rest of the day and he can miss his "
        "phone call, that teaches him."
    )
    assert unsafe_sentence(said)
    assert (
        unsafe_sentence("I make sure he gets his phone call and his meals whatever happened earlier.") is None
    )
    assert unsafe_sentence("That taught me a lot about patience.") is None
    prison = JobDetails(
        id="t-po",
        title="Prison Officer",
        description=(
            "As a Prison Officer you'll make a real difference to people's lives.\nWhat you'll do:\n"
            "- Supervise prisoners on residential wings\n- Escort prisoners to hospital or court"
        ),
    )
    assert not any("difference" in name for name in job_knowledge_names(prison))


def test_an_opening_that_says_what_they_did_and_why_this_role_is_not_probed_again() -> None:
    from datetime import UTC, datetime, timedelta

    from workbench.interviewer.baseline import BaselineInterviewer
    from workbench.models import CandidateDetails

    def after_opening(answer: str) -> str:
        interviewer = BaselineInterviewer()
        now = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
        state = interviewer.start(
            TRAIN_DRIVER, CandidateDetails(id="cand-sam-lee", name="Sam Lee"), "", Preferences(), now
        )
        state, _ = interviewer.answer(state, answer, now + timedelta(minutes=2))
        return state.turns[-1].kind

    covered = (
        "Five years on the doors in Manchester, mostly clubs and big concerts. I'm good at talking people down, "
        "and your company has a good name, so I'd like to work for you."
    )
    assert after_opening(covered) != "follow_up"
    assert after_opening("I like people and I want this job because it pays well.") == "follow_up"


def test_a_clause_that_ends_in_a_spoken_filler_is_not_echoed() -> None:
    from workbench.interviewer.phrasing import action_clause

    rambling = "I like helping people, so that's why I applied really, and I'm very reliable."
    assert action_clause(rambling) != "you applied really"
    assert action_clause("I cleaned the ward really thoroughly and checked it.") == (
        "you cleaned the ward really thoroughly and checked it"
    )


def test_a_requirement_asked_twice_is_asked_in_the_other_form_and_housekeeping_has_its_own_subjects() -> None:
    dental = build_interview_plan(JobDetails(id="t-dn", title="Dental Nurse", description=""), Preferences())
    forms: dict[str, list[str]] = {}
    for q in dental.questions:
        if q.phase.value == "technical":
            forms.setdefault(q.competency_id, []).append(q.form)
    assert all(len(set(f)) == len(f) for f in forms.values()), forms
    housekeeper = build_interview_plan(
        JobDetails(id="t-hk", title="Hotel Housekeeper", description="Housekeeper for 4* hotel, 8am-2pm."),
        Preferences(),
    )
    technical = [q.text for q in housekeeper.questions if q.phase.value == "technical"]
    assert any("guest rooms" in text or "cleaning chemicals" in text for text in technical), technical
    youth = build_interview_plan(JobDetails(id="t-yw1", title="Youth Worker"), Preferences())
    assert not any(
        "during safeguarding" in q.text and "raises a safeguarding concern" in q.text for q in youth.questions
    )


def test_a_us_ad_s_headings_conditions_and_compound_nouns_are_no_subjects() -> None:
    guard = JobDetails(
        id="t-us-sec",
        title="Unarmed Security Officer - Hospital (Nights)",
        description=(
            "<div><h2>Job Summary</h2><p>We are hiring Unarmed Security Officers for a trauma center.</p>"
            "<h3>Essential Functions</h3><ul><li>Conduct foot patrols of the facility and parking garages</li>"
            "<li>Monitor CCTV and access control systems</li><li>Escort staff to vehicles upon request</li></ul>"
            "<p>EOE/M/F/Veterans/Disabled. Drug-free workplace.</p></div>"
        ),
        requirements="High school diploma or GED\nValid state guard card\nMust be 21 years of age",
    )
    names = job_knowledge_names(guard)
    assert not any(name in {"essential functions", "age"} for name in names), names
    assert not any(name.startswith("accessing") for name in names), names
    from workbench.interviewer.planning.library import item_kind

    assert item_kind("escort staff to vehicles upon request") is None
    assert item_kind("carry out daily checks on vehicles") is not None
    probation = JobDetails(
        id="t-us-prob",
        title="Probation Officer II",
        description="Supervises adult offenders on formal probation; conducts field visits and searches.",
        requirements="Bachelor's degree in criminal justice. Must pass a background investigation and psychological exam.",
    )
    assert not any("background investigation" in name for name in job_knowledge_names(probation))


def test_the_ad_s_headline_that_opens_with_the_job_s_own_name_is_no_duty() -> None:
    cook = JobDetails(
        id="t-cook", title="Ship's Cook", description="Cook for North Sea supply vessel, 28/28 rotation."
    )
    assert not any("north sea" in name for name in job_knowledge_names(cook))
    care_cook = JobDetails(
        id="t-cook2", title="Cook", description="Cook fresh food for 40 residents every day."
    )
    assert "cooking fresh food for 40 residents" in job_knowledge_names(care_cook)


def test_a_dental_nurse_s_skipped_sterilisation_is_flagged_and_a_patient_s_nerves_are_not_hers() -> None:
    from workbench.interviewer.signals import comfort_of, read_signals
    from workbench.interviewer.unsafe_practice import unsafe_sentence

    said = (
        "If we're busy I just give the instruments a quick rinse and wipe and put them back in the drawer, the "
        "autoclave takes too long."
    )
    assert unsafe_sentence(said)
    assert unsafe_sentence("I give the chair a quick wipe before the next patient.") is None
    assert (
        unsafe_sentence(
            "I rinse the instruments, put them through the washer-disinfector and autoclave them."
        )
        is None
    )
    calm = "If a patient is anxious I talk them through what's happening, agree a stop signal, and keep checking in."
    assert comfort_of(read_signals(calm)).value != "nervous"
    assert comfort_of(read_signals("Sorry, I'm a bit nervous, my mind went blank.")).value == "nervous"


def test_a_conductor_s_doors_held_after_the_ready_to_start_are_flagged() -> None:
    from workbench.interviewer.unsafe_practice import unsafe_sentence

    said = (
        "If someone's running for the train I just hold the doors for them even after I've given the ready to "
        "start, it's only a few seconds and they're happy."
    )
    assert unsafe_sentence(said)
    for careful in (
        "Once I've given the ready to start I never reopen the doors, whoever is running.",
        "I hold the doors open for a wheelchair user while I get the ramp.",
        "I would never hold the doors after I've given the ready to start.",
    ):
        assert unsafe_sentence(careful) is None, careful


def test_the_rule_book_is_named_with_its_article_and_applied_once() -> None:
    from workbench.interviewer.planning.writer import _one_apply

    assert _one_apply("Describe how you have applied applying the Rule Book recently.") == (
        "Describe how you have applied the Rule Book recently."
    )
    plan = build_interview_plan(
        JobDetails(id="t-rb", title="Trainee Train Driver", description="", skills_required=["Rule Book"]),
        Preferences(),
    )
    names = [c.name for c in plan.competencies]
    assert "applying the Rule Book" in names, names
    assert not any("applied applying" in q.text for q in plan.questions)


def test_an_engineer_s_and_a_pharmacy_s_shortcuts_are_flagged_and_their_care_is_not() -> None:
    from workbench.interviewer.unsafe_practice import unsafe_sentence

    unsafe = [
        "If the torque wrench is out of calibration I just use it anyway and adjust by feel.",
        "I sign the tech log for the mechanics' work even if I didn't inspect it, they know what they are doing.",
        "If the part number is slightly different I fit it anyway if it looks the same.",
        "If the pharmacist is on lunch I hand out the bag without the final check.",
    ]
    careful = [
        "If the torque wrench is out of calibration I quarantine it and use a calibrated one.",
        "I never sign the tech log for work I didn't inspect myself.",
        "If the part number is different I stop and check the IPC before I fit anything.",
        "I never hand out a bag without the final check.",
    ]
    assert [s for s in unsafe if unsafe_sentence(s) is None] == []
    assert [s for s in careful if unsafe_sentence(s) is not None] == []
