"""A food factory's maintenance electrician answering through speech-to-text (answers written for this test):
live working said as "work on it live", a permit said to be someone else's, and isolation waved away as slow are
unsafe practice; the careful versions are not. Its shift pattern and its shift allowance answer different questions."""

from __future__ import annotations

import pytest

from workbench.interviewer.repair import answer_from_job
from workbench.interviewer.unsafe_practice import unsafe_sentence
from workbench.models import JobDetails


@pytest.mark.parametrize(
    ("answer", "unsafe"),
    [
        (
            "if the line is down and production are shouting i just work on it live if its only 230 volts",
            True,
        ),
        ("If the line is down I just work on the motor live.", True),
        ("honestly permits are for the contractors we just crack on", True),
        ("Risk assessments are just for the office, not for us.", True),
        ("The permit takes forever so we start anyway.", True),
        ("I always isolate and prove dead before I work on it, never live.", False),
        ("Isolating properly takes time, but I never skip it.", False),
        ("The permit is for the contractors working at height, and I check theirs before they start.", False),
        ("Permits are for everyone on site, including us.", False),
    ],
)
def test_live_working_and_permits_set_aside(answer: str, unsafe: bool) -> None:
    assert (unsafe_sentence(answer) is not None) is unsafe


ELECTRICIAN = JobDetails(
    id="lead-test-maintenance-electrician",
    title="Maintenance Electrician",
    company="Hartley Foods",
    salary_range="£42,000 + 15% shift allowance",
    description="Respond to breakdowns on shift. Permanent, 4 on 4 off (days and nights). Free parking on site.",
)


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("whats the shift pattern and is there overtime", "4 on 4 off", "allowance"),
        ("Can I do days only?", "4 on 4 off", "allowance"),
        ("How much is the shift allowance?", "15% shift allowance", "4 on 4 off"),
    ],
)
def test_the_shift_pattern_and_the_shift_allowance_are_told_apart(
    question: str, said: str, not_said: str
) -> None:
    answer = answer_from_job(question, ELECTRICIAN)
    assert said in answer and not_said not in answer, answer
