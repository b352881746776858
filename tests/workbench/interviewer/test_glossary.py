"""A candidate who asks what a term of the question means hears what the job ad says it is, and only that: a
term the ad does not explain is left to the question said in other words. The ads are written for these tests:
none is in the datasets."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.glossary import asked_term, meaning_in_ad
from workbench.models import CandidateDetails, JobDetails, Preferences

T0 = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
CARE = JobDetails(
    id="job-glossary-cna",
    title="Certified Nursing Assistant",
    description=(
        "<ul><li>Provide direct resident care including ADLs: bathing, dressing, toileting, feeding</li>"
        "<li>Comply with Control of Substances Hazardous to Health (COSHH) and use PPE (gloves, aprons, masks)</li>"
        "<li>Screen residents with the MUST (Malnutrition Universal Screening Tool)</li></ul>"
    ),
    requirements="- BLS (AHA) preferred\n- NVQ Level 3 (essential)\n- Knowledge of the Mental Capacity Act (MCA)",
)


@pytest.mark.parametrize(
    ("asked", "meaning"),
    [
        ("Sorry, what do you mean by ADLs?", "bathing, dressing, toileting, feeding"),
        ("what is COSHH?", "Control of Substances Hazardous to Health"),
        ("What does PPE mean here?", "gloves, aprons, masks"),
        ("Sorry what is MCA exactly?", "Mental Capacity Act"),
        ("sorry what is mean MUST?", "Malnutrition Universal Screening Tool"),
        ("What do you mean by BLS?", None),  # "(AHA)" names who certifies it, not what it is
        ("what is NVQ?", None),  # "(essential)" says how much it is wanted
        ("what do you mean by that?", None),
    ],
)
def test_a_term_is_explained_only_as_the_ad_explains_it(asked: str, meaning: str | None) -> None:
    term = asked_term(asked)
    assert (meaning_in_ad(term, CARE) if term else None) == meaning


def test_a_clarification_of_a_term_the_ad_explains_gives_its_meaning_before_the_question() -> None:
    interviewer = BaselineInterviewer()
    state = interviewer.start(
        CARE, CandidateDetails(id="cand-ana-pop", name="Ana Pop"), "", Preferences(), T0
    )
    answer = "I have been a nursing assistant for four years on a dementia unit, and I like the residents."
    for minute in range(1, 12):
        question = state.turns[-1].question
        term = next((t for t in ("ADLs", "COSHH", "PPE") if t in question), None)
        if term is not None:
            break
        state, _ = interviewer.answer(state, answer, T0 + timedelta(minutes=minute))
    assert term is not None, "no question names a term of the ad"
    state, step = interviewer.answer(state, f"Sorry, what do you mean by {term}?", T0 + timedelta(minutes=13))
    assert state.turns[-1].kind == "clarification"
    assert meaning_in_ad(term, CARE) in step.response, step.response
