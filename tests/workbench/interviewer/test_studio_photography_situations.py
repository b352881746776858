"""A studio's product photographer is asked about the studio's day, and a creative tool is no piece of work. Seen
(ux18, over the server): a Product Photographer (E-commerce Studio) was asked "Imagine a client is unhappy with how
Capture One turned out and asks for their money back", "Suppose you're about to shoot 80-120 products a day on white
when the weather rules out the outdoor shots you had planned" and "... a guest keeps stepping into the shots you
need"."""

from __future__ import annotations

import pytest

from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import JobDetails, Preferences

STUDIO_JOBS = [
    JobDetails(
        id=f"studio-{n}",
        title=title,
        description=description,
        skills_required=skills,
    )
    for n, (title, description, skills) in enumerate(
        [
            (
                "Product Photographer (E-commerce Studio)",
                "Shoot 80-120 products a day on white and in styled room sets; shoot tethered; retouch and export.",
                ["studio lighting", "Capture One", "Photoshop retouching"],
            ),
            (
                "Packshot Photographer",
                "Photograph footwear for our website; keep the image library in order.",
                ["Lightroom", "product photography"],
            ),
            (
                "Catalogue Photographer",
                "Photograph furniture for the catalogue; work with the stylist on the shot list.",
                ["Capture One", "still life lighting"],
            ),
        ]
    )
]


@pytest.mark.parametrize("job", STUDIO_JOBS, ids=lambda job: job.id)
def test_a_studio_photographer_is_not_asked_about_weather_guests_or_a_tool_turning_out(
    job: JobDetails,
) -> None:
    for seed in range(4):  # the plan's templates and situations rotate with the job
        plan = build_interview_plan(job.model_copy(update={"id": f"{job.id}-{seed}"}), Preferences())
        for question in plan.questions:
            text = question.text
            assert "weather" not in text and "guest" not in text, text
            assert not any(f"how {tool} turned out" in text for tool in ("Capture One", "Lightroom")), text


def test_a_wedding_photographer_keeps_the_days_weather_and_guests() -> None:
    seen: set[str] = set()
    for seed in range(6):
        job = JobDetails(
            id=f"wedding-{seed}",
            title="Wedding Photographer",
            description="Photograph weddings across Devon; edit in Lightroom; meet couples before the day.",
            skills_required=["Lightroom", "wedding photography", "client communication"],
        )
        seen.update(q.text for q in build_interview_plan(job, Preferences()).questions)
    assert any("weather" in text or "guest" in text for text in seen), seen
