"""'On location' and 'the Office of ...' ask nothing about where the job is. Seen (ux18, over the server): a product
photographer's "Are the room sets built in the studio or on location?" got "The role is based in Reading.", and a
legal secretary's "is that the Office of the Public Guardian form?" got "The role is based in Chester."."""

from __future__ import annotations

import pytest

from workbench.interviewer.repair import answer_from_job
from workbench.models import JobDetails

JOB = JobDetails(
    id="loc-words",
    title="Product Photographer",
    company="Marlow Home Interiors",
    location="Reading",
    description="Shoot products on white in our studio.",
)


@pytest.mark.parametrize(
    "question",
    [
        "Are the room sets built in the studio or on location?",
        "Would I ever shoot on a location, or is it all studio?",
        "Sorry, is that the Office of the Public Guardian form?",
        "Do I deal with the Office for Students directly?",
        "Does the Office of Fair Trading come into it?",
    ],
)
def test_a_location_word_for_something_else_is_not_answered_with_the_town(question: str) -> None:
    assert "based in Reading" not in answer_from_job(question, JOB)


@pytest.mark.parametrize(
    "question",
    [
        "Where is the job based?",
        "What is the location of the studio?",
        "Is it office based?",
        "Would I be working in the office in Reading?",
    ],
)
def test_a_question_on_where_the_job_is_still_gets_the_town(question: str) -> None:
    assert "based in Reading" in answer_from_job(question, JOB)
