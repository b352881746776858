"""plan29b: "plumb" said of setting work true (a joiner's, a glazier's, a bricklayer's "level and plumb") is not the
plumber's trade: no pipework or backflow checks. Jobs written for these tests, in no dataset or unseen set."""

from __future__ import annotations

from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import InterviewPlan, JobDetails, Preferences


def _plan(job_id: str, title: str, *lines: str) -> InterviewPlan:
    description = "Duties:\n" + "\n".join(f"- {line}" for line in lines)
    return build_interview_plan(JobDetails(id=job_id, title=title, description=description), Preferences())


def _said(plan: InterviewPlan) -> str:
    parts = [q.text for q in plan.questions]
    for q in plan.questions:
        parts += list(q.rubric.look_for) + list(q.rubric.red_flags)
    return " | ".join(parts).lower()


def test_level_and_plumb_is_no_plumbing() -> None:
    cases = [
        (
            "p29b-door",
            "Door Fitter",
            "Hang internal doors, check they are level and plumb",
            "Fit ironmongery",
        ),
        ("p29b-brick", "Bricklayer", "Build walls to line, level and plumb", "Set out footings"),
        (
            "p29b-frame",
            "Timber Frame Erector",
            "Erect wall panels and check levels and plumb",
            "Fix sole plates",
        ),
    ]
    for job_id, title, *lines in cases:
        said = _said(_plan(job_id, title, *lines))
        assert "pipework" not in said and "backflow" not in said, (title, said)
        assert "plumbing" not in said, (title, said)


def test_a_plumber_still_gets_pipework_checks() -> None:
    said = _said(_plan("p29b-plumber", "Domestic Plumber", "Install and repair pipework and bathroom suites"))
    assert "pipework" in said, said
