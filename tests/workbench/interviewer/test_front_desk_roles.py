"""Front-desk roles in clinical and animal settings (issue #8): a receptionist, a patient services coordinator or a
care navigator is asked what a front desk does -- a caller whose symptoms need a clinician (passed on, not
judged), confidentiality at the desk, an upset person waiting, bookings and records kept right -- not what a nurse
or a vet does at a bedside or a consulting table. A clinical role in the same setting keeps its clinical questions.
The ads are written for these tests: none is in the datasets."""

from __future__ import annotations

import pytest

from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import Difficulty, InterviewPlan, JobDetails, Preferences

# what only a clinician meets: a condition changing, a care plan, a lump found on an animal, a dose or an order
CLINICAL = (
    "condition changes",
    "advocated for a patient",
    "care plan",
    "cared for a patient",
    "a lump, a wound",
    "animal becomes distressed",
    "tries to bite",
    "order you have been given",
    "instruction you have been given",
    "disagrees with the plan",
    "looks unsafe to you",
)

FRONT_DESKS = [
    JobDetails(
        id="front27-surgery",
        title="Surgery Receptionist",
        description="Friendly NHS practice in Bristol.\n\nDuties:\n- Greet patients at the front desk and check them in\n"
        "- Answer calls and book appointments on EMIS Web\n- Process repeat prescription requests\n"
        "- Scan and file hospital letters into patient records\n- Keep patient information confidential",
    ),
    JobDetails(
        id="front27-vetrec",
        title="Veterinary Receptionist",
        description="Mixed small animal practice.\n\nYou will:\n- Welcome clients and their pets at reception\n"
        "- Book consultations and operations on RxWorks\n- Take payments and handle insurance claims\n"
        "- Answer phone enquiries and pass emergencies to the vet on duty\n- Keep the waiting room tidy",
    ),
    JobDetails(
        id="front27-patient-services",
        title="Patient Services Advisor",
        description="Private hospital, Kent.\n\nResponsibilities:\n- First point of contact for patients by phone and at the desk\n"
        "- Signpost patients to the right clinician or service\n- Manage the appointment system and waiting lists\n"
        "- Update patient records accurately",
    ),
    JobDetails(
        id="front27-nursing-home",
        title="Receptionist - Nursing Home",
        description="60-bed nursing home.\n\nWhat you'll do:\n- Welcome visitors and residents' families at reception\n"
        "- Answer the phone and take messages for the nurses\n- Manage the signing-in book and visitor bookings\n"
        "- Handle residents' post and petty cash",
    ),
    JobDetails(
        id="front27-ward-clerk",
        title="Ward Clerk",
        description="Acute medical ward.\n\nDuties:\n- First point of contact for visitors and callers to the ward\n"
        "- Maintain patient records and admissions paperwork on the PAS\n- Order stationery and supplies\n"
        "- Prepare notes for ward rounds",
    ),
    JobDetails(
        id="front27-care-home",
        title="Care Home Receptionist",
        description="Our care home in York.\n\nDuties:\n- Greet visitors and sign them in\n- Answer the phone and pass on messages\n"
        "- Book GP visits and hospital transport for residents\n- Keep residents' records and invoices in order",
    ),
    JobDetails(
        id="front27-physio",
        title="Clinic Receptionist (Physiotherapy)",
        description="Sports injury clinic.\n\nDuties:\n- Meet and greet patients\n- Book treatment sessions and manage cancellations\n"
        "- Process payments and insurance authorisations\n- Keep the reception area tidy",
    ),
]

CLINICAL_ROLE = JobDetails(
    id="front27-practice-nurse",
    title="Practice Nurse",
    description="GP surgery.\n\nDuties:\n- Run chronic disease clinics for asthma and diabetes\n"
    "- Give childhood immunisations and travel vaccines\n- Take bloods and perform ECGs\n"
    "- Wound care and dressings\n- Cervical screening",
)


def _texts(plan: InterviewPlan) -> str:
    return " | ".join(q.text for q in plan.questions)


def _rubrics(plan: InterviewPlan) -> str:
    return " | ".join(" ".join([*q.rubric.look_for, *q.rubric.red_flags]) for q in plan.questions if q.rubric)


@pytest.mark.parametrize("difficulty", [Difficulty.MEDIUM, Difficulty.HARD])
@pytest.mark.parametrize("job", FRONT_DESKS, ids=lambda job: job.id)
def test_a_front_desk_in_a_clinical_setting_is_asked_front_desk_situations(
    job: JobDetails, difficulty: Difficulty
) -> None:
    plan = build_interview_plan(job, Preferences(difficulty_level=difficulty))
    texts = _texts(plan).lower()
    assert plan.family in ("healthcare", "animal_care"), plan.family
    assert not [c for c in CLINICAL if c in texts], texts
    # the behavioural questions are the desk's: the people it serves, calm, confidentiality, accuracy
    competencies = {q.competency_id for q in plan.questions if q.form == "behavioural"}
    assert "patient_focus" not in competencies and "safety_compliance" not in competencies, competencies
    # the rubric says what a good front-desk answer does: anything clinical goes to a clinician
    assert "clinician" in _rubrics(plan) or "vet" in _rubrics(plan), _rubrics(plan)
    assert "scope of practice" not in _rubrics(plan)


def test_a_front_desk_meets_the_person_it_serves_in_the_settings_words() -> None:
    vet = build_interview_plan(FRONT_DESKS[1], Preferences())
    surgery = build_interview_plan(FRONT_DESKS[0], Preferences())
    assert "owner" in _texts(vet) and "customer" not in _texts(vet), _texts(vet)
    assert "patient" in _texts(surgery) and "customer" not in _texts(surgery), _texts(surgery)


def test_a_clinical_role_in_the_same_setting_keeps_its_clinical_questions() -> None:
    plan = build_interview_plan(CLINICAL_ROLE, Preferences())
    texts = _texts(plan).lower()
    assert any(c in texts for c in CLINICAL), texts
    assert "patient_focus" in {q.competency_id for q in plan.questions if q.form == "behavioural"}


@pytest.mark.parametrize(
    "title",
    ["Dental Nurse/Receptionist", "Veterinary Nurse", "Receptionist / Healthcare Assistant"],
)
def test_a_role_that_also_treats_is_no_front_desk(title: str) -> None:
    job = JobDetails(
        id=f"front27-mixed-{title}",
        title=title,
        description="Duties:\n- Assist the clinician during treatments\n- Greet patients and book appointments\n"
        "- Sterilise instruments and prepare the surgery",
    )
    plan = build_interview_plan(job, Preferences())
    assert "customer_focus" not in {q.competency_id for q in plan.questions if q.form == "behavioural"}, title


def test_an_animal_hospitals_front_desk_is_asked_about_owners_and_pets_not_patients_relatives() -> None:
    job = JobDetails(
        id="front27-animal-hospital",
        title="Animal Hospital Front Desk - Overnight",
        description="24-hour emergency animal hospital.\n\nDuties:\n- Check in emergency cases and alert the triage nurse\n"
        "- Create client and patient records\n- Take deposits and present estimates to owners\n- Answer the phones",
    )
    plan = build_interview_plan(job, Preferences())
    texts = _texts(plan)
    assert plan.family == "animal_care", plan.family
    assert "relative" not in texts and "owner" in texts, texts


def test_a_switchboard_is_asked_about_calls_not_a_queue_at_its_desk() -> None:
    job = JobDetails(
        id="front27-switchboard",
        title="Switchboard Operator - Hospital",
        description="NHS hospital.\n\nDuties:\n- Answer and connect internal and external calls\n"
        "- Handle emergency calls following protocols\n- Page on-call teams\n- Keep the directory up to date",
    )
    for difficulty in (Difficulty.MEDIUM, Difficulty.HARD):
        texts = _texts(build_interview_plan(job, Preferences(difficulty_level=difficulty))).lower()
        assert "at the desk" not in texts and "waiting room" not in texts, texts
        assert not [c for c in CLINICAL if c in texts], texts
