"""Conversation defects of conv29's unseen-job trials (issue #8 items 6-7), tested on jobs outside every dataset:

- "What do you mean?" to a nudge that names nothing of its own ("Could you say a bit more? Take me through what
  you would actually do in that situation, step by step.") got a new question ("could you give me one specific
  example from your own work ...?"): a scenario became a story, and "that situation" was never said. The question
  the nudge follows is said in other words.
- "Yes." to "If a new colleague asked you how to ..., what would you show them ...?" got "what would you actually do
  in that situation" / "what would your first step be": there is no situation, and the question asked what they
  would show. The nudge asks for what the question asked.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest

from workbench.interviewer.assess import AnswerFeatures
from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.conversation import PLAIN_REPHRASING
from workbench.interviewer.probing import ProbeContext, vague_probes
from workbench.interviewer.signals import read_signals
from workbench.interviewer.stemming import STOPWORDS, stem
from workbench.models import CandidateDetails, InterviewState, JobDetails, Phase, Preferences

NOW = datetime(2026, 12, 2, 16, 0, tzinfo=UTC)

JOBS = {
    "lock": JobDetails(
        id="conv29-lock-keeper",
        title="Lock Keeper",
        company="Canal & River Trust",
        location="Stoke Bruerne",
        description="Operate the lock gates and paddles for boaters, help hire-boat crews through the flight, keep "
        "the lockside tidy and safe, check water levels, and report damage to the gates.",
        requirements="Friendly with the public; happy outdoors in all weathers; able to swim",
    ),
    "launderette": JobDetails(
        id="conv29-launderette-attendant",
        title="Launderette Attendant",
        company="Suds Laundry",
        location="Cardiff",
        description="Run the service washes for customers, load and empty the machines, fold and bag laundry, clean "
        "the lint filters, and keep the shop clean and safe.",
        requirements="Customer service experience; careful and organised",
    ),
    "deckhand": JobDetails(
        id="conv29-ferry-deckhand",
        title="Ferry Deckhand",
        company="Solent Crossings",
        location="Lymington",
        description="Load vehicles onto the car deck, secure them with lashings, handle mooring lines, help "
        "passengers board safely, and take part in emergency drills.",
        requirements="STCW basic safety training or willing to train; fit and able to work at sea",
    ),
}
ANSWER = "I'd sort it out calmly, tell my supervisor, and write it in the log before the end of the shift."
SCENES = ("What would you do if", "Picture this", "Suppose", "Imagine")
NUDGES = ("Could you say a bit more?", "Could you expand on that a little")


def _content(text: str) -> set[str]:
    return {stem(w) for w in re.findall(r"[a-z]{3,}", text.lower()) if w not in STOPWORDS}


def _to_scenario_nudge(job: str) -> tuple[BaselineInterviewer, InterviewState, str, str, datetime]:
    interviewer = BaselineInterviewer()
    person = CandidateDetails(id="conv29-candidate", name="Robin Ellis")
    state = interviewer.start(JOBS[job], person, "", Preferences(), NOW)
    question, scenario, now = state.current_question or "", "", NOW
    for _ in range(16):
        now += timedelta(seconds=90)
        if scenario and question.startswith(NUDGES):
            return interviewer, state, scenario, question, now
        scenario = question if question.startswith(SCENES) else ""
        state, step = interviewer.answer(state, "Sure." if scenario else ANSWER, now)
        assert not step.completed
        question = step.question
    raise AssertionError("no scenario question was nudged")


@pytest.mark.parametrize("job", sorted(JOBS))
def test_what_do_you_mean_after_a_bare_nudge_says_the_scenario_it_follows(job: str) -> None:
    interviewer, state, scenario, _nudge, now = _to_scenario_nudge(job)
    state, step = interviewer.answer(state, "What do you mean?", now)
    assert step.question != PLAIN_REPHRASING, step.question
    assert "from your own work" not in step.question, step.question
    shared = _content(step.question) & _content(scenario)
    assert len(shared) >= 3, (scenario, step.question)
    assert state.turns[-1].kind == "clarification"


@pytest.mark.parametrize("job", sorted(JOBS))
def test_an_example_asked_of_a_bare_nudge_is_the_scenario_not_a_story(job: str) -> None:
    interviewer, state, scenario, _nudge, now = _to_scenario_nudge(job)
    state, step = interviewer.answer(state, "Could you give me an example of what you mean by that?", now)
    assert "from your own work" not in step.question, step.question
    assert len(_content(step.question) & _content(scenario)) >= 3, (scenario, step.question)


TEACHING = [
    "If a new colleague asked you how to operate the lock gates and paddles, what would you show them, and what "
    "mistakes would you warn them about?",
    "If a new colleague asked you how to run the service washes for customers, what would you show them, and what "
    "mistakes would you warn them about?",
    "How would you teach a trainee to secure vehicles with lashings on the car deck?",
]


def _first_probe(question: str, answer: str) -> str:
    context = ProbeContext(question=question, answer=answer, phase=Phase.TECHNICAL, subject="the work")
    features = AnswerFeatures(signals=read_signals(answer), skills=[], coverage=0.0, vague=True)
    return vague_probes(context, features)[0]


@pytest.mark.parametrize("question", TEACHING)
@pytest.mark.parametrize("answer", ["Yes.", "Okay.", "No, nothing else."])
def test_a_bare_reply_to_what_would_you_show_them_asks_what_they_would_show(
    question: str, answer: str
) -> None:
    probe = _first_probe(question, answer)
    assert "situation" not in probe and "first step" not in probe, probe
    assert re.search(r"\b(?:show|teach|warn)\b", probe), probe


def test_a_bare_reply_to_a_real_scenario_still_asks_for_the_steps_in_that_situation() -> None:
    probe = _first_probe("What would you do if a boat hits the lock gate while you are on your own?", "Yes.")
    assert "situation" in probe or "first step" in probe, probe


# --- a correction in the words people use: "that came out wrong", "scratch that", "Actually no, sorry, I wouldn't"
CORRECTIONS = [
    "Sorry, that came out wrong, I meant I always put the life jacket on first and check the gate is shut.",
    "Sorry, scratch that, I always do the checks first and wear gloves for the chemicals.",
    "Actually no, sorry, I wouldn't skip them, I'd do every check before starting however busy it is.",
    "Sorry, no, I'd stop straight away and tell the supervisor before anyone carries on.",
    "No hang on, that came out wrong: I never leave it, I report it at once.",
]
NOT_CORRECTIONS = [
    "No, sorry, I haven't done that kind of work before.",
    "Sorry, no idea, I've not come across it.",
    "Actually no, I haven't had that happen yet.",
    "I'd scratch that job off the list once it's done and tell the supervisor.",
    "Sorry, no, I've never worked on boats.",
]


@pytest.mark.parametrize("said", CORRECTIONS)
def test_a_correction_in_everyday_words_is_read_as_one(said: str) -> None:
    from workbench.interviewer.addition import corrects_answer, opens_with_correction
    from workbench.interviewer.correction import what_it_says

    assert opens_with_correction(said) and corrects_answer(said), said
    assert re.match(r"I\b", what_it_says(said)), what_it_says(said)


@pytest.mark.parametrize("said", NOT_CORRECTIONS)
def test_a_no_or_an_apology_that_takes_nothing_back_is_no_correction(said: str) -> None:
    from workbench.interviewer.addition import corrects_answer, opens_with_correction

    assert not opens_with_correction(said) and not corrects_answer(said), said


@pytest.mark.parametrize(
    ("job", "unsafe", "correction"),
    [
        (
            "launderette",
            "If I'm in a rush I skip the checks on the machines, they're usually fine.",
            "Actually no, sorry, I wouldn't skip them, I'd do every check before starting however busy it is.",
        ),
        (
            "deckhand",
            "If we're running late I skip the checks on the lashings, they're usually fine.",
            "Sorry, that came out wrong, I meant I always lash every vehicle, however short the crossing.",
        ),
        (
            "lock",
            "If I'm in a hurry I skip the checks on the gates, they're usually fine.",
            "Sorry, scratch that, I always check the gates and paddles before every boat.",
        ),
    ],
)
def test_a_correction_in_everyday_words_is_thanked_and_never_quoted_back(
    job: str, unsafe: str, correction: str
) -> None:
    from workbench.interviewer.repair_rules import rules

    interviewer = BaselineInterviewer()
    person = CandidateDetails(id="conv29-candidate", name="Robin Ellis")
    state = interviewer.start(JOBS[job], person, "", Preferences(), NOW)
    now = NOW
    steps = []
    for said in [
        "I've done this kind of work for five years and I like looking after people properly.",
        unsafe,
    ]:
        now += timedelta(seconds=90)
        state, step = interviewer.answer(state, said, now)
        steps.append(step)
    challenged = state.turns[-1]
    assert challenged.kind == "follow_up" and "You said" in challenged.question, challenged.question
    state, step = interviewer.answer(state, correction, now + timedelta(seconds=90))
    thanks = [str(r) for r in rules().config["addition"]["corrects_answer_replies"]]
    assert any(step.response.startswith(reply) for reply in thanks), step.response
    ended = interviewer.finish(state, now + timedelta(seconds=300))
    feedback = ended.final_feedback or ""
    assert "skip the checks" not in feedback, feedback
