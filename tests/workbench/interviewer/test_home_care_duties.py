"""A home care ad's duties as a hiring team writes them: a duty ending in its examples after a dash or a colon,
and care work's verb "prompt" ("Prompt and administer medication")."""

from __future__ import annotations

import pytest

from workbench.interviewer.planning.jobtext import requirements
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import JobDetails, Preferences

HOME_CARE = JobDetails(
    id="uxe-home-care",
    title="Home Care Worker",
    company="Bluebird Care",
    description=(
        "What you'll do:\n"
        "• Help customers with personal care - washing, dressing, toileting\n"
        "• Prompt and administer medication and complete MAR charts\n"
        "• Prepare meals and drinks\n"
        "What we offer:\n• Paid mileage 30p/mile\n"
    ),
)


def test_a_duty_ending_in_its_examples_is_asked_about_whole() -> None:
    """Seen: "help customers with personal care - washing" (cut at the comma of its examples) was a competency
    and a question: "When you help customers with personal care - washing, what do you check first?"."""
    texts = [r.text for r in requirements(HOME_CARE, [])]
    assert "help customers with personal care" in texts
    assert not any("washing" in text for text in texts)
    plan = build_interview_plan(HOME_CARE, Preferences())
    assert not any(" - washing" in q.text for q in plan.questions)


@pytest.mark.parametrize(
    "line,duty",
    [
        (
            "Support residents with daily living: cooking, cleaning and shopping",
            "support residents with daily living",
        ),
        ("Carry out vehicle checks - tyres, lights, fluids", "carry out vehicle checks"),
    ],
)
def test_examples_after_a_dash_or_a_colon_are_no_duties_of_their_own(line: str, duty: str) -> None:
    job = JobDetails(
        id="uxe-ex", title="Support Worker", description=f"Duties:\n- {line}\n- Keep accurate records\n"
    )
    texts = [r.text for r in requirements(job, [])]
    assert duty in texts, texts


def test_prompting_medication_is_a_duty() -> None:
    """Seen: "Prompt and administer medication and complete MAR charts" was dropped whole ("prompt" was no known
    verb), leaving a home care interview with no question on medication."""
    texts = [r.text for r in requirements(HOME_CARE, [])]
    assert "prompt and administer medication" in texts
    assert "complete MAR charts" in texts
    service = JobDetails(
        id="uxe-p", title="Receptionist", description="Duties:\n- Provide a prompt and friendly service\n"
    )
    assert [r.text for r in requirements(service, [])] == ["provide a prompt and friendly service"]
