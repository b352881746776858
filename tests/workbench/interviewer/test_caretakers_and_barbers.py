"""A primary school's site caretaker and a walk-in barber shop (ads written for these tests, in no dataset), with
the candidates a new user played: a caretaker is asked about the building he keeps, not the classroom; split
shifts are a condition of the job; a reading written without its instrument, work at height carried on over
playtime, a client's broken skin worked round and a disinfectant skipped are unsafe practice."""

from __future__ import annotations

import pytest

from workbench.interviewer.planning.planner import build_interview_plan
from workbench.interviewer.unsafe_practice import unsafe_sentence
from workbench.models import JobDetails, Preferences

CARETAKER = JobDetails(
    id="lead-test-caretaker",
    title="Site Caretaker (Primary School)",
    company="St Mary's C of E Primary",
    description=(
        "The caretaker is responsible for the security, cleanliness and general upkeep of the school site.\n"
        "Key duties:\n- Open and lock up the school daily, setting the alarm\n- Carry out minor repairs and "
        "decorating\n- Grit paths in icy weather\n- Supervise contract cleaners\n"
        "- Act as keyholder for out-of-hours alarm call outs"
    ),
    requirements="Enhanced DBS. Practical DIY skills. Able to work split shifts (6-9am, 3-7pm).",
)


def test_a_school_s_caretaker_keeps_the_building_and_is_not_asked_about_the_classroom() -> None:
    plan = build_interview_plan(CARETAKER, Preferences())
    assert plan.family == "premises"
    texts = " ".join(q.text for q in plan.questions)
    assert "classroom" not in texts and " class" not in texts, texts
    assert not any("split shifts" in c.name for c in plan.competencies), [c.name for c in plan.competencies]
    assert any(c.name == "gritting paths in icy weather" for c in plan.competencies), [
        c.name for c in plan.competencies
    ]


@pytest.mark.parametrize(
    ("answer", "unsafe"),
    [
        ("To be honest if the thermometer's missing I just put 50 degrees, it's always about that.", True),
        ("If the scales are broken I just write the usual weight.", True),
        (
            "If I'm doing a job up a ladder in the hall during break I just carry on, the kids know to stay away.",
            True,
        ),
        (
            "If a client has a rash or cuts on his scalp I just go round it and carry on, he's already sat down.",
            True,
        ),
        ("If it's busy I don't bother with the Barbicide, nobody's ever caught anything.", True),
        ("If the thermometer is missing I get another from the office before I do the checks.", False),
        (
            "If I need the ladder in the hall I wait until after school, or I cone it off and get someone to foot it.",
            False,
        ),
        ("The kids know to stay away from the hall when it is coned off.", False),
        ("If a client has a rash or cuts on his scalp I stop and suggest they see a GP before I cut.", False),
        ("I dip the combs in Barbicide between every client.", False),
        ("If a customer is rude I just carry on being polite.", False),
    ],
)
def test_unsafe_practice_of_caretakers_and_barbers(answer: str, unsafe: bool) -> None:
    assert (unsafe_sentence(answer) is not None) is unsafe
