"""Jobs whose title word belongs to another family's sense. Seen: a Tree Nursery Worker was planned as a teacher
('a colleague's approach to tractor driving is upsetting some of the children', a safeguarding question); a
Beekeeper fell to the general family and a shepherd's lambing met 'a machine breaks down'; a Medical Coder was
planned as a clinician ('a patient's family questions how CPT is being handled', advocating for a patient)."""

from __future__ import annotations

from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import JobDetails, Preferences


def _plan_text(job: JobDetails) -> tuple[str, str]:
    plan = build_interview_plan(job, Preferences())
    return plan.family, " ".join(q.text for q in plan.questions).lower()


def test_a_tree_nursery_worker_grows_trees_and_meets_no_children() -> None:
    family, texts = _plan_text(
        JobDetails(
            id="tree-nursery",
            title="Plant Nursery Worker",
            description="Potting, grading and lifting shrubs and trees, irrigation and weed control, loading orders.",
            requirements="Tractor driving experience. PA1/PA6 an advantage.",
        )
    )
    assert family == "land"
    assert "child" not in texts and "pupil" not in texts


def test_a_childrens_nursery_stays_in_education() -> None:
    family, _ = _plan_text(
        JobDetails(
            id="day-nursery",
            title="Nursery Assistant",
            description="Support the under-twos in our day nursery: nappy changes, play and meals, EYFS observations.",
            requirements="Level 3 in Early Years.",
        )
    )
    assert family == "education"


def test_a_beekeeper_works_outdoors_and_no_machine_breaks_down_at_the_hives() -> None:
    family, texts = _plan_text(
        JobDetails(
            id="bees",
            title="Seasonal Beekeeper",
            description="Inspect colonies for disease and queen status, carry out swarm control, treat for varroa, "
            "move hives to the heather and extract honey.",
            requirements="Beekeeping experience. Driving licence.",
        )
    )
    assert family == "land"
    assert "machine breaks down" not in texts


def test_a_shepherds_lambing_meets_an_animal_not_a_machine() -> None:
    job = JobDetails(
        id="ux16-shepherd",
        title="Shepherd",
        company="Glenview Farm",
        location="Powys, Wales",
        description="Shepherd needed for 900 ewe flock on hill and upland farm. Lambing indoors and outdoors, foot "
        "trimming, dosing and vaccinating, shearing help, moving sheep with dogs, keeping flock records and medicine "
        "book. Fencing and general farm work. House available.",
        requirements="Experience with sheep essential. Own working dogs preferred. ATV and tractor experience.",
    )
    plan = build_interview_plan(job, Preferences())
    for q in plan.questions:
        if "lambing" in q.text.lower() or "dosing" in q.text.lower():
            assert "machine" not in q.text.lower(), q.text


def test_a_medical_coder_is_back_office_work_with_no_patient_to_care_for() -> None:
    family, texts = _plan_text(
        JobDetails(
            id="coder",
            title="Medical Coder",
            description="Review physician documentation and assign ICD-10-CM, CPT and HCPCS codes for outpatient "
            "encounters. Query providers when documentation is unclear; work with billing on denials.",
            requirements="CPC certification. 2+ years outpatient coding. Knowledge of HIPAA.",
            skills_required=["ICD-10-CM", "CPT"],
        )
    )
    assert family == "office"
    assert "patient's family" not in texts and "advocated for a patient" not in texts


def test_a_tow_truck_carries_no_deliveries() -> None:
    """Seen: 'a vehicle breaks down with deliveries still on board while you are responsible for ...' put to a
    Tow Truck Driver, whose truck carries the broken-down vehicle."""
    plan = build_interview_plan(
        JobDetails(
            id="ux16-tow",
            title="Tow Truck Driver",
            company="Lone Star Towing & Recovery",
            location="Houston, TX",
            description="Now hiring tow operators! Respond to roadside calls, accident scenes and police rotation "
            "tows. Safely hook up and secure vehicles using wheel-lift and flatbed (rollback) trucks, set up scene "
            "safety with cones and lights, complete inspection and impound paperwork.",
            requirements="Class B CDL preferred, clean MVR, TDLR tow operator license.",
        ),
        Preferences(),
    )
    texts = " ".join(q.text for q in plan.questions).lower()
    assert plan.family == "transport"
    assert "deliveries" not in texts and "drop" not in texts
