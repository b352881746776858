"""The words of a question's template say nothing of its topic: "Talk me through your next steps" is said to every
job, so "we got through it" in an off-topic story is no answer to it."""

from __future__ import annotations

from tests.workbench.interviewer.unseen_jobs import job_knowledge, technical_question
from workbench.interviewer.evidence import continues, frame_of, shares_topic, sift, stems
from workbench.models import Competency, PlannedQuestion

SAMPLES = job_knowledge("patient identification")


def _situational(text: str, competency: str = SAMPLES.id, look_for: tuple[str, ...] = ()) -> PlannedQuestion:
    return technical_question(competency, text, look_for=look_for, question_id="q-id", form="situational")


def test_the_words_of_a_template_do_not_tie_an_off_topic_story_to_the_question() -> None:
    question = _situational(
        "Picture this: you are responsible for patient identification when a patient's condition changes "
        "suddenly. Talk me through your next steps."
    )
    story = sift(
        "We had a really busy Monday once, the queue went round the corridor, and everyone was stressed, and "
        "we got through it in the end and the manager said well done."
    )
    assert not shares_topic(story, question, SAMPLES)
    # the question's own words still tie an answer to it, and so does a word both the frame and the slot say
    assert shares_topic(sift("If the condition changes I stop and get the nurse."), question, SAMPLES)
    assert frame_of(question.text) == frozenset(stems("picture talk through next steps"))


def test_a_practice_told_after_a_story_is_an_account_of_its_own_not_more_of_it() -> None:
    """Seen: to "Sold an average of 14 units a month" and its follow-up, a car salesman's reply on test drives
    ("I take a copy of the licence…") was read as more of the sales story and scored customer handover 5/5."""
    before = (
        "So I sold fourteen a month, mostly I just talked to customers and was friendly and they liked me. Could "
        "you make that more concrete? Pick one specific example."
    )
    practice = sift(
        "For a test drive I take a copy of the licence, check it on the DVLA, make sure they're insured on our "
        "trade policy, and go through the controls."
    )
    assert not continues(practice, before)
    # a detail of the same story, or an account that names what was said before, carries it on
    assert continues(sift("Mostly family hatchbacks, and the satisfaction score was 92 percent."), before)
    assert continues(sift("I call every customer the week after, and that is why they liked me."), before)


def test_the_people_a_trade_serves_tie_no_answer_to_one_question() -> None:
    """Seen: a night receptionist's complaint story ("A guest was shouting because room was cold") given to the
    fire-procedures question was its evidence (4/5, "you explained what you do and why"), tied to it by "guest",
    a word of the family's look-for points that every hospitality answer says."""
    fire = job_knowledge("fire procedures", "fire", "procedure")
    question = _situational(
        "Tell me about a recent time when fire procedures mattered in your day-to-day work. How did you handle it?",
        fire.id,
        ("keeping guests safe and informed",),
    )
    story = sift(
        "A guest was shouting because room was cold. I say sorry, I listen, I give him a fan heater and I move him "
        "to other room."
    )
    assert not shares_topic(story, question, fire)
    assert shares_topic(
        sift("When the fire alarm goes I check the panel and get every guest out."), question, fire
    )


def _glazing(text: str, look_for: list[str]) -> tuple[PlannedQuestion, Competency]:
    glazing = job_knowledge("glass fitting")
    return _situational(text, glazing.id, tuple(look_for)), glazing


def test_the_points_every_job_knowledge_question_lists_tie_no_answer_to_one_of_them() -> None:
    """Seen (adversarial roofer, pharmacy technician): a customer story given to the tiling question was its evidence
    (3/5), tied to it by "after", a word of the skilled trades' look-for point "safe isolation and the checks
    before and after" that every job-knowledge question of the plan lists; a patient story given to accuracy
    checking was (4/5) by "practice" ("the practice manager") of "correct practice in accuracy checking"."""
    family = [
        "correct practice in glass fitting",
        "safe isolation and the checks before and after",
        "the relevant regulations or codes",
        "testing the work before handing over",
    ]
    question, glazing = _glazing(
        "Suppose you take over a job involving glass fitting from someone else and find a hazard. How would you "
        "handle it, and who would you involve?",
        family,
    )
    story = sift(
        "A lady rang upset after another firm left her porch letting water in. I went back after work, checked it "
        "with her and sorted it, and the practice we had was to ring them the week after."
    )
    assert not shares_topic(story, question, glazing)
    # practice stated in the family's words is about the practice asked for: no event told, it is not tied elsewhere
    assert shares_topic(
        sift("I check the opening before and after, every time, and test it."), question, glazing
    )
    # the question's own words, and the competency's, still tie an answer to it
    assert shares_topic(sift("I'd stop, tape off the hazard and ring the office."), question, glazing)
    assert shares_topic(
        sift("The glass gets fitted on setting blocks, never straight on the frame."), question, glazing
    )
    # a point of the question's own (a bank's, a library's) is its topic, as are words the question says itself
    own, _ = _glazing(
        "How do you check a sealed unit before and after fitting?", ["a concrete check for failed seals"]
    )
    assert shares_topic(sift("I look for misting between the panes, that's a failed seal."), own, glazing)
    checked, _ = _glazing("How do you check a pane before and after fitting it?", family)
    assert shares_topic(sift("I checked it after, every time, with a straight edge."), checked, glazing)


def test_a_family_point_said_of_whoever_the_job_serves_is_still_the_family_point() -> None:
    """The care family's "patient safety checks" reads "client safety checks" in a pharmacy that serves clients."""
    question, glazing = _glazing(
        "Picture this: a colleague's approach to glass fitting looks unsafe to you. Talk me through your next steps.",
        ["correct practice in glass fitting", "client safety checks", "accurate documentation"],
    )
    story = sift(
        "A client kept getting letters late, so I rang and checked with the surgery what was going on."
    )
    assert not shares_topic(story, question, glazing)
