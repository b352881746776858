"""plan28 (issue #8 items 1 and 3): duties said with a trade's own verbs are read, a pair of verbs closed by a comma
is a duty of its own, and a pharmacy's counter and a social care office's front desk are asked about their work.

Every job here is outside the datasets and the unseen sets."""

from __future__ import annotations

from workbench.interviewer.planning.duties import duty_requirements
from workbench.interviewer.planning.jobtext import requirements
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.interviewer.planning.roles import roles
from workbench.models import JobDetails, Preferences


def _read(title: str, duties: list[str], job_id: str) -> list[str]:
    description = "Duties:\n" + "\n".join(f"- {duty}" for duty in duties)
    job = JobDetails(id=job_id, title=title, description=description)
    return [requirement.text for requirement in requirements(job, [])]


def test_a_finish_named_by_its_level_is_no_qualification() -> None:
    read = _read(
        "Ceiling Fixer",
        ["Tape and joint plasterboard ceilings to a Level 5 finish", "Keep the work area tidy"],
        "p28-a",
    )
    assert any(text.startswith("tape and joint plasterboard ceilings") for text in read), read


def test_a_qualification_by_its_level_is_still_no_duty() -> None:
    read = _read("Payroll Clerk", ["Process the weekly payroll", "AAT Level 3 or working towards"], "p28-b")
    assert read == ["process the weekly payroll"], read


def test_verbs_of_floristry_nursery_and_fencing_work_open_duties() -> None:
    read = _read(
        "Garden Maintenance Operative",
        [
            "Condition and grade cut stems on arrival",
            "Erect stock fencing and deer fencing",
            "Pot on plug plants",
        ],
        "p28-c",
    )
    assert read[:3] == [
        "condition and grade cut stems on arrival",
        "erect stock fencing and deer fencing",
        "pot on plug plants",
    ], read


def test_a_verb_that_is_also_a_noun_takes_its_particle_before_its_object() -> None:
    read = _read(
        "Parks Gardener",
        [
            "Plant up containers for the spring displays",
            "Knock in fence posts along the play area",
            "Empty litter bins",
        ],
        "p28-d",
    )
    assert "plant up containers for the spring displays" in read, read
    assert "knock in fence posts along the play area" in read, read


def test_a_noun_before_a_particle_and_no_object_stays_a_noun() -> None:
    read = _read("Site Labourer", ["Plant hire paperwork", "Load the skips"], "p28-e")
    assert not any(text.startswith("plant") for text in read), read


def test_two_verbs_closed_by_a_comma_do_not_take_the_next_duty() -> None:
    read = _read(
        "Washroom Cleaner", ["Sweep and mop, restock the toilets and hand towels", "Empty the bins"], "p28-f"
    )
    assert "restock the toilets and hand towels" in read, read
    assert not any("mop, restock" in text or "mop restock" in text for text in read), read


def test_a_series_of_verbs_sharing_an_object_stays_one_duty() -> None:
    read = _read("Teaching Assistant", ["Plan, teach and assess small-group phonics sessions"], "p28-g")
    assert read == ["plan, teach and assess small-group phonics sessions"], read


def _plan_text(title: str, description: str, job_id: str) -> tuple[str, str]:
    plan = build_interview_plan(JobDetails(id=job_id, title=title, description=description), Preferences())
    return plan.family, "\n".join(q.text for q in plan.questions).lower()


def test_a_pharmacy_counter_is_asked_about_the_counter_not_a_patient_s_condition() -> None:
    family, text = _plan_text(
        "Counter Assistant - Independent Pharmacy",
        "Serve customers at the counter, sell over-the-counter medicines after asking the right questions, refer "
        "to the pharmacist when needed, hand out prescriptions and keep the shelves stocked.",
        "p28-h",
    )
    assert family == "healthcare"
    assert "condition changes" not in text and "advocated for a patient" not in text, text
    assert any(word in text for word in ("customer", "prescription", "medicine")), text


def test_a_counter_that_also_dispenses_is_not_the_counter_role() -> None:
    counter = roles()["medicines_counter"]
    assert counter.names("Healthcare Counter Assistant - Weekends")
    assert counter.names("Medicines Counter Advisor")
    assert not counter.names("Counter Assistant / Dispenser")
    assert not counter.names("Pharmacy Technician (Counter)")


def test_a_social_care_front_desk_is_asked_about_the_desk_not_casework() -> None:
    family, text = _plan_text(
        "Front Desk Officer - Early Help Hub",
        "Welcome families to the Early Help hub, take calls from parents and professionals, log referrals and pass "
        "safeguarding concerns to the duty worker, book rooms.",
        "p28-j",
    )
    assert family == "social_care"
    assert (
        "refuses to engage" not in text and "during a visit" not in text and "stops engaging" not in text
    ), text
    assert "partner agency" not in text, text


def test_people_joined_by_and_stay_the_object_of_the_duty() -> None:
    read = _read(
        "Breakfast Club Cook",
        ["Prepare breakfasts for pupils and staff to the weekly menu", "Wash up"],
        "p28-k",
    )
    assert read[0].startswith("prepare breakfasts for pupils and staff"), read
    assert not any(text.startswith("staff") for text in read), read


def test_people_then_a_verb_with_its_object_is_still_two_duties() -> None:
    read = _read("Ward Receptionist", ["Greet patients and visitors, staff the reception desk"], "p28-l")
    assert read == ["greet patients and visitors", "staff the reception desk"], read


def test_a_school_kitchen_is_asked_about_pupils_and_lunch_not_guests_and_nights() -> None:
    family, text = _plan_text(
        "Kitchen Manager - Secondary Academy",
        "Run the academy kitchen: cook and serve breakfast and lunch for 900 students, manage allergens and special "
        "diets, order food and keep HACCP records, lead a team of six catering assistants.",
        "p28-m",
    )
    assert family == "hospitality"
    assert "guest" not in text and "busy night" not in text, text


def test_the_ad_naming_its_job_before_the_setting_in_the_title_is_no_topic() -> None:
    job = JobDetails(
        id="p28-n",
        title="Stairlift Engineer - South Wales, Van Provided",
        description="Established stairlift installation firm seeks an experienced stairlift engineer.\n\nDuties include:\n"
        "- Install straight and curved stairlifts\n- Service and repair lifts on a planned route",
    )
    read = [requirement.text for requirement in requirements(job, [])]
    assert not any("firm" in text for text in read), read
    assert "install straight and curved stairlifts" in read, read


def test_a_verb_that_is_also_a_noun_in_a_definition_s_subject_is_the_subject_s() -> None:
    duties = duty_requirements(
        "Heating, ventilation, air condition and refrigeration fitters install and service cooling systems.",
        "refrigeration fitter",
    )
    assert not any("condition" in duty.text for duty in duties), duties


def test_a_particle_does_not_make_a_generic_object_a_duty() -> None:
    duties = [
        d.text
        for d in duty_requirements("Classroom helpers help out with tasks and set up the art tables.", "x")
    ]
    assert not any("tasks" in duty for duty in duties), duties
    assert any(duty.startswith("set up the art tables") for duty in duties), duties
