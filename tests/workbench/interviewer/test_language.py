"""An answer in another language is not evidence, and the candidate is asked to answer in English; terse lists
of terms and non-native English are English."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.workbench.interviewer.interview_helpers import spend_follow_ups
from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.language import not_english
from workbench.models import CandidateDetails, JobDetails, Preferences

T0 = datetime(2026, 11, 3, 9, 0, tzinfo=UTC)
JOB = JobDetails(
    id="job-gas",
    title="Gas Service Engineer",
    description="Service and repair domestic boilers; carry out landlord gas safety inspections.",
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hola, tengo siete años de experiencia como ingeniero de gas con British Gas y me encanta el trabajo.",
        "Je suis infirmière depuis dix ans et j'ai travaillé dans un hôpital.",
        "Ich habe fünf Jahre als Elektriker gearbeitet und bin sehr zufrieden.",
    ],
)
def test_another_language_is_recognised(sentence: str) -> None:
    assert not_english(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "PLC S7-300, ABB ACS880 drives, Profibus, WinCC.",
        "I have work in hospital in Poland for five year, I am check the patient every day.",
        "Sí, claro.",
        "I used Sage 200 and Xero for the month end close.",
    ],
)
def test_terms_and_non_native_english_are_english(sentence: str) -> None:
    assert not not_english(sentence)


def test_an_answer_in_another_language_is_asked_again_in_english_and_is_not_evidence() -> None:
    baseline = BaselineInterviewer()
    state = baseline.start(JOB, CandidateDetails(id="c", name="Kelly Moss"), "", Preferences(), T0)
    spanish = (
        "Hola, tengo siete años de experiencia como ingeniero de gas con British Gas y me encanta el trabajo."
    )
    state, step = baseline.answer(state, spanish, T0 + timedelta(minutes=1))
    assert "in English" in step.question
    done = baseline.finish(state, T0 + timedelta(minutes=2))
    assert done.scorecard is not None
    opening = next(e for e in done.scorecard.competencies if e.competency_id == "motivation")
    assert opening.score is None


def test_nothing_heard_is_asked_again_even_when_the_follow_up_budget_is_spent() -> None:
    from workbench.interviewer.controller import follow_ups_used

    baseline = BaselineInterviewer()
    state = baseline.start(JOB, CandidateDetails(id="c", name="Kelly Moss"), "", Preferences(), T0)
    state, now = spend_follow_ups(baseline, state, T0)
    used = follow_ups_used(state)
    state, step = baseline.answer(state, "   ", now)
    # Asked again as a follow-up; since conv28 the first nudge after an empty or one-word reply is not charged to
    # the question's follow-up budget (so that the real follow-up can still be asked after a real answer).
    assert state.turns[-1].kind == "follow_up" and follow_ups_used(state) == used
    assert "didn't quite catch" in step.question


def test_questions_asked_again_are_not_recast_in_the_same_words_twice() -> None:
    baseline = BaselineInterviewer()
    state = baseline.start(JOB, CandidateDetails(id="c", name="Kelly Moss"), "", Preferences(), T0)
    asked_again: list[str] = []
    for minute in range(1, 40):
        if state.completed:
            break
        state, step = baseline.answer(state, "", T0 + timedelta(minutes=minute))
        if "didn't quite catch" in step.question:
            asked_again.append(step.question.split("there. ", 1)[1])
    assert len(asked_again) >= 4
    openings = [" ".join(q.split()[:4]) for q in asked_again]
    # each recasting template's opening words are used at most twice (a form has two rephrasings)
    assert max(openings.count(o) for o in openings) <= 2, openings
