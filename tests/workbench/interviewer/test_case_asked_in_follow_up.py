"""A follow-up that asks for one real case ("Could you make that more concrete for sales performance? Take one real
case you handled yourself: what did you do, and what happened?") is answered by an account of an event. Seen in
the store manager's example transcript: "Last spring outdoor furniture was 15% behind plan. I moved the display to
the entrance ... and we finished the season 4% ahead" was no evidence for sales performance, because a story given
to a job-knowledge question shares none of its own words. Read as a story question's answer, it is evidence; an
unrelated story still is not."""

from __future__ import annotations

from tests.workbench.interviewer.unseen_jobs import job_knowledge, technical_question
from workbench.interviewer.evidence import asks_for_case, shares_topic, sift
from workbench.interviewer.probe_texts import probe_texts

WASTE = job_knowledge("waste control")
QUESTION = technical_question(
    WASTE.id,
    "What's the most common mistake people make with waste control, and how do you avoid it yourself?",
    question_id="q-waste",
)
CONTEXT = "Bakery Shift Manager. Run the bake-off plan, fill the bread display, manage waste control and lead the shop team."


def test_a_story_given_when_a_case_was_asked_for_is_on_the_question() -> None:
    story = sift(
        "Last winter the end-of-day loaves were filling three bins. I moved the second bake-off to two o'clock, "
        "briefed the team, and by March it was one bin."
    )
    assert not shares_topic(story, QUESTION, WASTE, CONTEXT)  # to the core question: no word of its own
    assert shares_topic(story, QUESTION, WASTE, CONTEXT, case_asked=True)


def test_an_unrelated_story_stays_off_the_question_when_a_case_was_asked_for() -> None:
    story = sift(
        "Last winter my car broke down on the way in. I rang my sister and she drove me, so I was only ten "
        "minutes late."
    )
    assert not shares_topic(story, QUESTION, WASTE, CONTEXT, case_asked=True)


def test_the_follow_ups_that_ask_for_a_case_are_read_as_such() -> None:
    asked = [
        "Could you make that more concrete for stock rotation? Take one real case you handled yourself: what did "
        "you do, and what happened?",
        "What would that look like in practice — could you describe one real case, and how you handled it?",
        "Tell me about a time that went wrong.",
    ]
    assert all(map(asks_for_case, asked))
    not_asked = [
        "Which checks do you rely on when it comes to stock control, and why those?",
        "What would you do if you are short of time and following health and safety would slow you down?",
        "How did you know it had worked?",
    ]
    assert not any(map(asks_for_case, not_asked))
    # every follow-up the interviewer has for a vague answer asks for one case; the opening's do not
    vague = probe_texts()["vague"]
    for_a_case = [t for key in ("clause", "generic", "subject", "time") for t in vague[key]]
    slots = {"clause": "you kept the shelves full", "subject": "stock rotation", "time": "rotated the stock"}
    assert len(for_a_case) >= 6
    assert all(asks_for_case(t.format(**slots)) for t in for_a_case)
    assert not any(map(asks_for_case, vague["opening"]))
