"""What a data analyst's interview showed (an interview written for these tests, on no dataset's job): a
follow-up that recalls the candidate's words is rephrased as a request for one occasion, not as a scene to
picture; figures changed to please are stated wrong practice; answers left unpunctuated by speech to text do
not run on into the next one; a request for simpler words is a clarification; feedback on unsafe practice
quotes what was said."""

from __future__ import annotations

from workbench.interviewer.feedback import candidate_feedback
from workbench.interviewer.repair import reply_kind
from workbench.interviewer.restate import restatements
from workbench.interviewer.scorecard import spoken_in_turn
from workbench.interviewer.unsafe_practice import states_unsafe_practice, unsafe_flag
from workbench.models import EvidenceQuote, Scorecard, ScorecardEntry


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
    assert (
        "picture this"
        in " ".join(restatements("A tenant disputes a rent figure. How do you respond?")).lower()
    )


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


def test_a_request_for_simpler_words_is_a_clarification() -> None:
    for reply in (
        "Sorry, could you say that one again in simpler words?",
        "Can you put it in plain English?",
    ):
        assert reply_kind(reply) == "clarification_request", reply
    assert reply_kind("In other words, I log it and escalate it to second line.") != "clarification_request"


def test_feedback_on_unsafe_practice_quotes_what_was_said_not_the_flags_description() -> None:
    said = "they usually sound genuine so I don't bother checking who it is"
    entry = ScorecardEntry(
        competency_id="tickets",
        name="resolving support tickets",
        kind="job_knowledge",
        score=1,
        rubric_level=1,
        evidence=[EvidenceQuote(quote=said + ".", turn_index=3, question_id="q-tickets")],
        red_flags=[unsafe_flag()],
        coverage="evidenced",
    )
    card = Scorecard(competencies=[entry], competencies_planned=1, competencies_evidenced=1)
    line = next(x for x in candidate_feedback(card, "Sam", "IT Support").splitlines() if "second look" in x)
    assert said in line and unsafe_flag() not in line and ".\u201d," not in line, line
