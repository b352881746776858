"""Which of the candidate's clauses an acknowledgement may echo: a whole clause of their own, never a relative
clause lifted out of the noun phrase that holds it ("the part of the job I enjoyed most was the people" is no
"you enjoyed most was the people")."""

from __future__ import annotations

from workbench.interviewer.phrasing import action_clause


def test_a_relative_clause_inside_a_noun_phrase_is_not_echoed() -> None:
    answer = (
        "I came to counselling late, after ten years in retail where I always felt that the part of the job I "
        "enjoyed most was the people, you know."
    )
    assert action_clause(answer) is None


def test_a_clause_that_opens_after_a_place_is_still_echoed() -> None:
    assert (
        action_clause("At Oakfield I set up a nurse-led recall clinic.")
        == "you set up a nurse-led recall clinic"
    )
