"""An answer's signals are read from its text when first asked for, and once: a caller that wants a few of them (the
judgement of a question's answers together) does not pay for the others; every signal is the same whatever was
read before it."""

from __future__ import annotations

import threading

import pytest

from bench.ws_load import ANSWERS
from workbench.interviewer import signals as signals_module
from workbench.interviewer.memo import one_turn, read_once
from workbench.interviewer.signals import AnswerSignals, read_signals

SIGNALS = (
    "words",
    "hedges",
    "fillers",
    "apologies",
    "nerves",
    "certainty",
    "numbers",
    "first_person_actions",
    "elided_actions",
    "practices",
    "team_actions",
    "vague_markers",
    "star",
    "non_answer",
    "gibberish",
    "foreign",
)
TEXTS = [
    *ANSWERS,
    "Um, sorry, I'm a bit nervous. I think maybe we sort of fixed it? Not sure.",
    "Situation: the till was short by 40 pounds. I recounted, checked the log and found a refund keyed twice.",
    "Yes.",
    "",
    "Je ne sais pas, je travaille dans un restaurant depuis deux ans.",
    "xkcdqwrt zzzpl bbbbbbbbbbbbbbbbbbbbbbbbbb",
]


def test_a_signal_not_asked_for_is_not_read() -> None:
    signals = AnswerSignals(ANSWERS[0])
    assert signals.first_person_actions == 1 and signals.star["result"]
    read = set(vars(signals)) - {"text"}
    assert read == {"first_person_actions", "team_actions", "elided_actions", "star"}
    assert "foreign" not in read and "hedges" not in read


def test_every_signal_is_the_same_whatever_was_read_before_it() -> None:
    for text in TEXTS:
        forward = AnswerSignals(text)
        backward = AnswerSignals(text)
        read_forward = [getattr(forward, name) for name in SIGNALS]
        read_backward = [getattr(backward, name) for name in reversed(SIGNALS)][::-1]
        assert read_forward == read_backward, text
        assert forward.specifics == forward.numbers + forward.first_person_actions
        assert forward.missing_star == [part for part, given in forward.star.items() if not given]


def test_a_signal_is_read_once_and_a_turn_shares_the_signals_of_a_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    counted: list[str] = []
    hedges = signals_module._HEDGES

    class Counting:
        @staticmethod
        def count(text: str) -> int:
            counted.append(text)
            return hedges.count(text)

    monkeypatch.setattr(signals_module, "_HEDGES", Counting())
    signals = AnswerSignals("I think it was fine.")
    assert signals.hedges == signals.hedges == 1
    with one_turn():
        assert read_signals("Maybe.") is read_signals("Maybe.")
        assert read_signals("Maybe.").hedges == read_signals("Maybe.").hedges == 1
    assert counted == ["I think it was fine.", "Maybe."]


def test_reading_once_takes_no_lock_that_threads_wait_on() -> None:
    started, release = threading.Event(), threading.Event()

    class Slow:
        def __init__(self, slow: bool) -> None:
            self.slow = slow

        @read_once
        def value(self) -> int:
            if self.slow:
                started.set()
                release.wait(5)
            return 1

    first = Slow(slow=True)
    reader = threading.Thread(target=lambda: first.value)
    reader.start()
    assert started.wait(5)
    values: list[int] = []
    other = threading.Thread(target=lambda: values.append(Slow(slow=False).value))
    try:
        # another instance's first read of the same property does not wait for the slow one (cached_property's
        # lock, in Python 3.11, would hold it until the slow read ends)
        other.start()
        other.join(2)
        assert values == [1] and not release.is_set()
    finally:
        release.set()
        reader.join(5)
        other.join(5)
    assert first.value == 1
