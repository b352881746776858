"""A candidate's question asked indirectly, without a question mark (issue #8, point 6): seen, "I'd like to know more
about the team." was taken for an answer and the interview moved on with "Thanks for that." An answer that says
what the candidate would like to do is still an answer. Written for these tests."""

from __future__ import annotations

import pytest

from workbench.interviewer.repair import reply_kind


@pytest.mark.parametrize(
    "reply",
    [
        "I'd like to know more about the team.",
        "I was wondering about the shift pattern.",
        "Tell me a bit more about the training",
        "I would like to know what the next steps are.",
        "I'm curious about the salary",
    ],
)
def test_an_indirect_question_about_the_job_is_the_candidates_question(reply: str) -> None:
    assert reply_kind(reply) == "candidate_question"


@pytest.mark.parametrize(
    "reply",
    [
        "I am keen to learn new skills and grow with the team.",
        "I'd like to work in a team like this one.",
        "I was wondering whether to call the doctor, so I did.",
        "I'm interested in the role because I love working with children.",
    ],
)
def test_an_answer_about_what_the_candidate_wants_is_an_answer(reply: str) -> None:
    assert reply_kind(reply) == "answer"
