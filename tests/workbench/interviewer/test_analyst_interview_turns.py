"""What a data analyst's interview showed (an interview written for these tests, on no dataset's job): a
follow-up that recalls the candidate's words is rephrased as a request for one occasion, not as a scene to
picture; figures changed to please are stated wrong practice; answers left unpunctuated by speech to text do
not run on into the next one."""

from __future__ import annotations

from workbench.interviewer.restate import restatements
from workbench.interviewer.scorecard import spoken_in_turn
from workbench.interviewer.unsafe_practice import states_unsafe_practice


def test_a_follow_up_recalling_the_candidates_words_is_no_scene_to_picture() -> None:
    for question in (
        "You said you built the waste dashboard. Could you walk me through one specific example of that — what "
        "exactly did you do, and what happened as a result?",
        'Your resume mentions "Reporting Analyst, Leeds City Council: built Power BI dashboards". Walk me through '
        "how you did that: what was your own part, and how did it turn out?",
    ):
        recast = " ".join(restatements(question))
        assert "picture this" not in recast.lower() and "one real occasion" in recast, recast
    # a situation is still pictured
    assert "picture this" in " ".join(restatements("A tenant disputes a rent figure. How do you respond?"))


def test_figures_changed_to_please_are_a_fact_misstated() -> None:
    assert states_unsafe_practice(
        "I'd just change the numbers to what the director wants, it's their report."
    )
    assert states_unsafe_practice("We tweaked the data a bit so it looks better for the board.")
    assert not states_unsafe_practice("I would never change the figures to what a manager wants.")
    assert not states_unsafe_practice(
        "The director asked me to change the numbers to what she wanted and I refused."
    )
    assert not states_unsafe_practice("I changed the figures to match the audited ledger.")


def test_unpunctuated_answers_end_their_sentence() -> None:
    text = spoken_in_turn(
        ["I built the waste dashboard that's the one I'm proudest of", "Joining too early."]
    )
    assert text == "I built the waste dashboard that's the one I'm proudest of. Joining too early."
    assert spoken_in_turn(["Done.", " ", 'He said "no"']) == 'Done. He said "no"'
