"""Searches put behind their patterns' necessary literals (perf28: CPU per turn, no result changed): the step left
out for ease (`shortcut_reason`), the check handed to someone else (`handed_off`), the topics of a candidate's
question (`job_answers`). Each is compared with the plain search it replaced, on texts that match and texts that do
not, in other wordings and other jobs, and on text whose case folding is not plain ASCII (a long s 'ſ' and a Kelvin
sign match 's' and 'k' case-blind, and lowercasing keeps them). The whole-dataset check is
`bench/interviewer_digest.py` (all three modes)."""

from __future__ import annotations

import pytest

from workbench.interviewer import handed_off, job_answers, shortcut_reason
from workbench.interviewer.repair_rules import rules
from workbench.interviewer.signals import sentences

SHORTCUTS = [
    "We ran the migrations by hand in production, it's faster than waiting for the pipeline.",
    "On a busy saturday we dont always change the gloves because theres no time",
    "we sometimes just skip the cash count when its quiet because nothing ever changes",
    "To save time I turn the reversing alarm off when I'm in the yard.",
    "I only probe one chicken from the batch, it saves loads of time.",
    "Nobody checks the temperature sheets anyway, so I fill them in from memory at the end.",
    "I never skip it, even if it's quicker.",  # not the candidate's own practice
    "Some people skip the checks to save time, but I don't.",
    "I check the stock every morning and log it on the sheet.",
    "It's much easier than going through the whole form again, so I just sign it off.",
    "I ſkip the count becauſe it's faster.",  # long s: case-blind 's'
    "I skip the count, it's eaſier.",  # the reason's own literal ("easier") spelt with a long s
    "We bypass the \u212aill switch because it takes too long to reset.",  # Kelvin sign: case-blind 'k'
    "I’d don’t always bother with the log — it’s quicker.",  # curly apostrophes, a dash
    "",
]

HAND_OFFS = [
    "The supervisor checks that.",
    "That's the pharmacist's job, not mine.",
    "I'd just tell the nurse.",
    "I'd stop, make it safe, then report to my supervisor.",
    "I'd move the stock and just tell the manager.",
    "Someone else sorts that out.",
    "I check the label myself before every round.",
    "The \u212aitchen manager deals with that, not me.",
    "The \u017fupervi\u017for checks that.",  # 'supervisor' with long s
    "That’s for the site manager — I’d leave it to him.",
    "",
]

QUESTIONS = [
    "What's the salary for this role?",
    "What's a typical day, and when would I hear back?",
    "What shifts would I be on? And is the pension good?",
    "Is there on-call work, and who would I report to?",
    "Do I need to travel between sites, and is there training to progress?",
    "How long is this interview?",
    "I look after my mum at weekends.",
    "Is there any \u212aind of bonus, and what are the hour\u017f?",
    "What’s the pay — hourly or annual?",
    "",
]


def _shortcut_unfiltered(answer: str) -> str | None:
    """`shortcut_for_ease` as it was: the whole pattern searched in every sentence."""
    said, not_own = shortcut_reason._patterns()
    for sentence in sentences(answer):
        match = said.search(sentence)
        if match is None:
            continue
        start = shortcut_reason._CLAUSE_START.clause_start(sentence, match.start())
        if not_own.search(sentence[start : match.end()]):
            continue
        return sentence[start : shortcut_reason._CLAUSE_END.clause_end(sentence, match.end())].strip()
    return None


def _hands_off_unfiltered(sentence: str) -> bool:
    r = handed_off._rules()
    match = r.handed.search(sentence)
    if match is None:
        return False
    rest = sentence[: match.start()] + " , " + sentence[match.end() :]
    return not any(r.own_act.search(clause) for clause in handed_off._CLAUSE.split(rest))


def _topic_starts_unfiltered(question: str) -> dict[str, int]:
    return {topic: m.start() for topic, p in rules().topics.items() if (m := p.search(question))}


class _Unfiltered:
    """The repair rules with a prefilter that lets every topic through: `_topics_asked` as it was."""

    def __init__(self) -> None:
        self.real = rules()

    def __getattr__(self, name: str) -> object:
        return getattr(self.real, name)

    @property
    def topics_prefilter(self) -> object:
        return self

    def candidates(self, text: str) -> tuple[object, ...]:
        return tuple(self.real.topics.values())


@pytest.mark.parametrize("text", SHORTCUTS)
def test_shortcut_for_ease_is_the_unfiltered_search(text: str) -> None:
    assert shortcut_reason.shortcut_for_ease(text) == _shortcut_unfiltered(text)


def test_shortcut_examples_are_found_and_refused() -> None:
    found = [text for text in SHORTCUTS if shortcut_reason.shortcut_for_ease(text) is not None]
    assert len(found) >= 6  # the comparison above is not between two searches that find nothing
    assert shortcut_reason.shortcut_for_ease("I never skip it, even if it's quicker.") is None
    assert shortcut_reason.shortcut_for_ease("I ſkip the count becauſe it's faster.") is not None
    # a literal prefilter on lowercased text alone would miss this one ("eaſier".lower() holds no "easier")
    assert shortcut_reason.shortcut_for_ease("I skip the count, it's eaſier.") is not None


@pytest.mark.parametrize("sentence", HAND_OFFS)
def test_hands_off_is_the_unfiltered_search(sentence: str) -> None:
    assert handed_off.hands_off(sentence) == _hands_off_unfiltered(sentence)


def test_hand_off_examples_are_found() -> None:
    assert sum(map(handed_off.hands_off, HAND_OFFS)) >= 3
    assert handed_off.hands_off("The \u017fupervi\u017for checks that.")
    assert handed_off.hands_off("The \u212aitchen manager deals with that, not me.") == _hands_off_unfiltered(
        "The \u212aitchen manager deals with that, not me."
    )
    assert handed_off.handed_to("That's the pharmacist's job, not mine.") == "pharmacist"


@pytest.mark.parametrize("question", QUESTIONS)
def test_topics_asked_are_the_unfiltered_search(question: str, monkeypatch: pytest.MonkeyPatch) -> None:
    filtered = job_answers._topics_asked(question)
    unfiltered = _Unfiltered()
    monkeypatch.setattr(job_answers, "rules", lambda: unfiltered)
    assert filtered == job_answers._topics_asked(question)


def test_topic_examples_are_found() -> None:
    asked = [question for question in QUESTIONS if _topic_starts_unfiltered(question)]
    assert len(asked) >= 6
    assert job_answers._topics_asked("What's the salary for this role?")[0] == "salary"


def test_prefilter_gives_every_topic_its_own_pattern() -> None:
    """The prefilter names patterns, the search topics: two topics never share one pattern object with different
    meanings (a pattern compiled twice from one string is one object, and matches the same)."""
    patterns = rules().topics
    assert set(rules().topics_prefilter.patterns) == set(patterns.values())
