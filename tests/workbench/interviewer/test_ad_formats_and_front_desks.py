"""Ads pasted as Markdown or as numbered lists, and front desks in clinics, offices and hotels: what the plan reads
from them. The ads are written for these tests: none is in the datasets."""

from __future__ import annotations

from workbench.interviewer.planning.jobtext import requirements
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import JobDetails, Preferences

MARKDOWN = JobDetails(
    id="fmt-markdown",
    title="Dental Receptionist",
    description="### About the role\nWe are a busy **4-surgery** practice.\n\n### What you'll do\n"
    "* **Greet patients** and manage check-in\n* Book and confirm appointments on *SOE Exact*\n"
    "* Take payments and process NHS claims\n\n### What we offer\n* 28 days holiday\n* Pension",
    requirements="**Essential:** Excellent phone manner",
)
NUMBERED = JobDetails(
    id="fmt-numbered",
    title="Hotel Housekeeper",
    description="Duties:\n1) Clean and service guest rooms to brand standard\n2) Change linen and make beds\n"
    "3) Restock amenities\n(4) Report maintenance issues to the supervisor\n",
)


def test_markdown_marks_and_list_numbers_are_no_part_of_a_duty() -> None:
    for job in (MARKDOWN, NUMBERED):
        found = [r.text for r in requirements(job, [])]
        said = " | ".join(found)
        assert (
            "*" not in said and "#" not in said and not any(t[:1].isdigit() or t[:1] == "(" for t in found)
        ), said
    assert any(
        t.lower().startswith("clean and service guest rooms")
        for t in (r.text for r in requirements(NUMBERED, []))
    )
    # the practice describing itself is no duty
    assert not any("busy" in r.text.lower() for r in requirements(MARKDOWN, []))


def test_a_clinics_receptionist_is_asked_about_patients_and_an_offices_not_about_guests() -> None:
    duties = "- Greet visitors and manage the front desk\n- Answer the phones and book appointments\n"
    for title, family in (
        ("Dental Receptionist", "healthcare"),
        ("Receptionist - Physiotherapy Clinic", "healthcare"),
        ("GP Receptionist", "healthcare"),
        ("Legal Receptionist", "office"),
        ("Receptionist / Administrator", "office"),
        ("Hotel Receptionist", "hospitality"),
    ):
        plan = build_interview_plan(
            JobDetails(id=f"fd-{title}", title=title, description=duties), Preferences()
        )
        texts = " ".join(q.text for q in plan.questions)
        assert plan.family == family, (title, plan.family)
        assert ("guest" in texts) == (family == "hospitality"), (title, texts)
    gp = build_interview_plan(
        JobDetails(id="fd-gp", title="GP Receptionist", description=duties), Preferences()
    )
    assert gp.occupation is not None and "receptionist" in gp.occupation.label, gp.occupation


def test_a_farrier_is_animal_work_and_a_stonemason_a_trade() -> None:
    for title, duties, family in (
        (
            "Farrier",
            "- Trim and shoe horses' hooves\n- Make and fit remedial shoes at the forge",
            "animal_care",
        ),
        ("Stonemason", "- Cut, dress and fix natural stone\n- Restore historic masonry", "skilled_trades"),
    ):
        plan = build_interview_plan(
            JobDetails(id=f"fam-{title}", title=title, description=duties), Preferences()
        )
        assert plan.family == family, (title, plan.family)


def test_a_verb_before_a_gerund_and_its_plural_object_is_a_duty_to_do() -> None:
    from workbench.interviewer.planning.jobtext import requirements

    for duty in ("Lead walking tours of the old town", "Run training sessions for new starters"):
        job = JobDetails(id="verb-gerund", title="Tour Guide", description=f"- {duty}")
        assert [(r.text, r.shape) for r in requirements(job, [])] == [(duty.lower(), "act")]


def test_a_title_written_as_one_word_names_the_occupation_written_as_two() -> None:
    job = JobDetails(
        id="fam-lifeguard",
        title="Lifeguard",
        description="- Supervise swimmers from the poolside\n- Carry out rescues and first aid\n- Test pool water",
    )
    plan = build_interview_plan(job, Preferences())
    assert plan.occupation is not None and plan.occupation.label == "life guard", plan.occupation
