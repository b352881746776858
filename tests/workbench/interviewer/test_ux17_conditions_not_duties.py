"""Conditions of a job asked as its knowledge, seen on a golf greenkeeper ("6am starts"), a refuse collector
("start at 6.30am", "job purpose"), a civil enforcement officer ("level of literacy and numeracy") and a registrar
("empathy when dealing with bereaved people": "someone asks you to bend the rules on empathy ..."); and a duty cut
on its infinitive ("supporting adults with learning disabilities to live"). Jobs written for this test."""

from __future__ import annotations

import pytest

from workbench.interviewer.planning.lexicon import patterns
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import JobDetails, Preferences


def _asked(description: str, requirements: str, title: str = "Operative") -> list[str]:
    job = JobDetails(id="ux17-conditions", title=title, description=description, requirements=requirements)
    plan = build_interview_plan(job, Preferences())
    return [c.name.lower() for c in plan.competencies if c.source == "requirements"]


@pytest.mark.parametrize(
    ("title", "description", "requirements", "condition"),
    [
        (
            "Assistant Greenkeeper",
            "Mow greens and tees. Rake bunkers.",
            "6am starts. Full driving licence.",
            "6am",
        ),
        (
            "Refuse Loader",
            "Empty wheeled bins into the vehicle.",
            "Must be able to start at 6.30am.",
            "6.30am",
        ),
        (
            "Bakery Assistant",
            "Shape and bake bread. Clean the bakery.",
            "Happy with 5am starts in summer.",
            "starts",
        ),
        (
            "Civil Enforcement Officer",
            "Patrol beats and issue PCNs.",
            "Good level of literacy and numeracy.",
            "literacy",
        ),
        (
            "Post Room Clerk",
            "Deliver post to departments. Frank outgoing mail.",
            "A good standard of written English.",
            "english",
        ),
        ("Registrar", "Register births and deaths.", "Empathy when dealing with bereaved people.", "empathy"),
        ("Care Assistant", "Help residents wash and dress.", "Patience with elderly residents.", "patience"),
        (
            "Funeral Arranger",
            "Arrange funerals with families.",
            "Sensitivity and tact with families.",
            "tact",
        ),
    ],
)
def test_a_condition_or_trait_is_not_asked_as_knowledge(
    title: str, description: str, requirements: str, condition: str
) -> None:
    asked = _asked(description, requirements, title)
    assert asked, "the duties are still read"
    assert not any(condition in name for name in asked), asked


@pytest.mark.parametrize("heading", ["Job purpose", "Role purpose", "Purpose of the role", "Overview"])
def test_a_purpose_heading_on_the_line_of_its_text_is_no_duty(heading: str) -> None:
    description = (
        f"{heading}: To collect household waste and recycling from properties across the district.\n"
        "Main duties:\n1. Empty wheeled bins into the vehicle.\n2. Act as banksman when the vehicle is reversing."
    )
    asked = _asked(description, "Physically fit.", "Refuse Collector")
    assert not any("purpose" in name or "overview" in name for name in asked), asked
    assert any("household waste" in name for name in asked), asked


def test_an_adverb_after_an_infinitive_stays_with_it() -> None:
    asked = _asked("Support adults with learning disabilities to live independently.", "", "Support Worker")
    assert "supporting adults with learning disabilities to live independently" in asked, asked


@pytest.mark.parametrize(
    "duty", ["start the ovens at 5am", "finish the bake by 7am", "patience games with children"]
)
def test_work_done_at_a_time_is_not_read_as_a_condition(duty: str) -> None:
    _, skip, _ = patterns()
    assert not any(pattern.search(duty) for pattern in skip), duty


@pytest.mark.parametrize(
    ("title", "description", "requirements", "condition"),
    [
        (
            "Chimney Sweep",
            "Sweep chimneys and flues. Carry out smoke tests.",
            "Trained with a recognised body (e.g. NACS, Guild of Master Sweeps) or willing to train.",
            "trained",
        ),
        ("Trainee Roofer", "Strip and re-felt roofs. Fix slates.", "Willingness to learn.", "learn"),
        (
            "Park Ranger",
            "Maintain footpaths and fences. Lead guided walks.",
            "Outdoor work in all weathers.",
            "weather",
        ),
        (
            "Outdoor Instructor",
            "Deliver climbing sessions.",
            "RCI or CWI. Outdoor First Aid (16 hr).",
            "first aid",
        ),
    ],
)
def test_training_weather_and_first_aid_tickets_are_conditions(
    title: str, description: str, requirements: str, condition: str
) -> None:
    asked = _asked(description, requirements, title)
    assert asked and not any(condition in name for name in asked), asked


@pytest.mark.parametrize(
    ("requirements", "subject"),
    [
        ("Previous boning experience essential.", "boning"),
        ("Traditional upholstery skills a must.", "traditional upholstery"),
    ],
)
def test_how_much_a_subject_is_wanted_is_no_part_of_its_name(requirements: str, subject: str) -> None:
    asked = _asked("Bone out and trim to customer spec.", requirements, "Operative")
    assert subject in asked, asked


@pytest.mark.parametrize(
    ("title", "description", "place"),
    [
        ("Boning Operative", "Processing plant (beef and lamb). Trim to spec and yield targets.", "plant"),
        ("Fruit Packer", "Busy packing house in Kent. Pack apples into trays. Check fruit quality.", "house"),
        ("Picker", "Recycling plant near Leeds. Sort waste on the picking line. Report blockages.", "plant"),
    ],
)
def test_the_place_an_ad_opens_with_is_no_duty(title: str, description: str, place: str) -> None:
    asked = _asked(description, "", title)
    assert asked and not any(place in name for name in asked), asked


def test_work_named_by_a_gerund_and_a_place_word_stays() -> None:
    asked = _asked("Running site inductions. Managing subcontractors.", "", "Site Manager")
    assert "running site inductions" in asked, asked
