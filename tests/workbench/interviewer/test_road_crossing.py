"""A school crossing patrol is planned as the road-side work it is: not as casework ("case records", "data
protection", "a deadline clashes with an urgent request from a senior official", read from "Officer"), not as a
school's teaching ("behaviour management in the classroom", read from "School"), and a "Lollipop Lady" is no
*mayor* (whose labels say "lady mayor")."""

from __future__ import annotations

import pytest

from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import JobDetails, Preferences

AD = (
    "Help children and adults cross the road safely outside Hillview Primary School. Term time, 8.15-9.00am and "
    "3.00-3.45pm. Uniform and training provided."
)


@pytest.mark.parametrize(
    "title", ["School Crossing Patrol Officer", "School Crossing Patrol", "Lollipop Lady"]
)
def test_a_crossing_patrol_is_asked_about_the_road_not_casework_or_the_classroom(title: str) -> None:
    job = JobDetails(id="uxe-xing", title=title, description=AD, requirements="Good eyesight and hearing.")
    plan = build_interview_plan(job, Preferences())
    assert plan.family == "road_crossing"
    assert plan.occupation is not None and plan.occupation.label == "crossing guard"
    words = " ".join(q.text for q in plan.questions).lower()
    for wrong in ("case records", "data protection", "senior official", "classroom", "council meetings"):
        assert wrong not in words, (wrong, words)
    assert "traffic" in words
