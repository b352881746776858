"""A US nursing-assistant ad as posted (written for this test, in no dataset): the employer's "About Maple
Grove" blurb is no duty, a duty done "every 2 hours" is no schedule, a duty that names no work ("Perform
duties") is no question, a night differential is a question about pay, and a two-person lift done alone is
unsafe practice."""

from __future__ import annotations

from workbench.interviewer.planning.jobtext import requirements
from workbench.interviewer.repair import answer_from_job
from workbench.interviewer.unsafe_practice import states_unsafe_practice
from workbench.models import JobDetails

CNA = JobDetails(
    id="lead-test-cna",
    title="Certified Nursing Assistant (CNA) - Nights",
    company="Maple Grove Senior Living",
    salary_range="$19 - $22/hr + shift differential",
    description=(
        "<h2>About Maple Grove</h2><p>A 120-bed skilled nursing and rehab community.</p>"
        "<h3>What you'll do</h3><ul><li>Reposition residents every 2 hours and use mechanical lifts safely</li>"
        "<li>Perform duties as required</li><li>Take and record vital signs</li></ul>"
    ),
    requirements="<ul><li>Active Ohio STNA/CNA certification</li><li>Working 36 hours per week</li></ul>",
)


def test_the_ads_own_duties_are_read_and_its_blurb_and_schedule_are_not() -> None:
    found = [r.text for r in requirements(CNA, [])]
    assert any(text.startswith("reposition residents every 2 hours") for text in found), found
    assert not any("120-bed" in text or "perform duties" in text or "36 hours" in text for text in found), (
        found
    )


def test_a_night_differential_is_a_question_about_pay() -> None:
    assert "$19 - $22/hr + shift differential" in answer_from_job(
        "What's the shift differential for nights?", CNA
    )


def test_a_two_person_lift_done_alone_is_unsafe() -> None:
    assert states_unsafe_practice("I use the Hoyer on my own when we're short, it's fine if you're careful.")
    assert not states_unsafe_practice("We always use the hoist with two staff, never on my own.")
    assert not states_unsafe_practice("I never use the Hoyer alone.")


def test_site_safety_cards_are_conditions_not_knowledge() -> None:
    solar = JobDetails(
        id="lead-test-solar",
        title="Solar PV Installer",
        requirements="* 1+ year PV install experience; NABCEP PV Associate a plus\n* OSHA 10\n* CSCS card",
    )
    found = [r.text.lower() for r in requirements(solar, [])]
    assert not any("osha" in text or "nabcep" in text or "cscs" in text for text in found), found
