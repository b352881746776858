"""A sport's instructors teach learners; its coaches have players. Seen: a Ski Instructor and a Climbing Instructor
were asked what they would do if "a player gets injured partway through a session" or "a player's parent
complains" (the sport scope gave every instructor of a sport a coach's players). Ads written for these tests."""

from __future__ import annotations

import pytest

from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import Difficulty, JobDetails, Preferences

SKI = (
    "Teach adults and children to ski in small groups at our ski school in Val d'Isere. Deliver lessons from"
    " beginner to advanced, keep groups safe on the piste, and give clear feedback. BASI Level 2 required."
)
CLIMBING = (
    "Run climbing sessions, taster sessions and courses on our indoor walls. Belay checks, rope work and clear"
    " instruction. RCI or CWI qualification."
)
FOOTBALL = (
    "Coach our under-12 and under-14 squads: plan training sessions, pick teams for Saturday fixtures, and"
    " develop players. FA Level 2 coaching badge."
)


def _questions(title: str, ad: str) -> list[str]:
    job = JobDetails(id=title, title=title, description=ad, requirements="")
    return [
        question.text
        for difficulty in Difficulty
        for question in build_interview_plan(job, Preferences(difficulty_level=difficulty)).questions
    ]


@pytest.mark.parametrize(("title", "ad"), [("Ski Instructor", SKI), ("Climbing Instructor", CLIMBING)])
def test_an_instructor_of_a_sport_is_asked_about_learners_not_players(title: str, ad: str) -> None:
    asked = _questions(title, ad)
    assert not [text for text in asked if "player" in text.lower()]
    assert any("learner" in text or "your group" in text for text in asked)


def test_a_coach_of_a_team_still_has_players() -> None:
    assert any("player" in text for text in _questions("Football Coach", FOOTBALL))
