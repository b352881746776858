"""The literal prefilter leaves out only patterns that cannot match: results of the loops it shortens never change."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from evals.data import load_interviews
from workbench.interviewer.regex_union import LiteralPrefilter, necessary_literals
from workbench.interviewer.repair import rules
from workbench.interviewer.signals import sentences
from workbench.interviewer.unsafe_practice import _patterns


def needed(pattern: str, flags: int = re.IGNORECASE) -> frozenset[str] | None:
    return necessary_literals(re.compile(pattern, flags))


def test_the_necessary_literals_are_read_from_the_pattern() -> None:
    assert needed(r"\b(?:i|we)\s+skip(?:ped|s)?\b") == {"skip"}
    assert needed(r"\b(?:No need|no point)\s+to") == {"no need", "no point"}  # lowercased, the rarest kept
    assert needed(r"(?:ab)+c?") == {"ab"}  # a repeat taken at least once
    assert needed(r"x?y*[abc]+(?=q)\d") is None  # optional parts, classes and lookarounds guarantee nothing
    assert needed(r"skip|\w+") is None  # one alternative needs nothing
    assert needed("\u017fkip") == {"kip"}  # 'ſ' matches 's' case-blind: a non-ASCII literal is not required


# The interviewer's lists of patterns: unsafe practice, requests to clarify, the candidate's question topics.
PREFILTERS = [
    LiteralPrefilter(patterns)
    for patterns in (_patterns().statements, rules().clarify, tuple(rules().topics.values()))
]


def _agrees(text: str) -> None:
    for prefilter in PREFILTERS:
        candidates = prefilter.candidates(text)
        assert all(p in candidates for p in prefilter.patterns if p.search(text)), text
        assert list(candidates) == [p for p in prefilter.patterns if p in candidates]  # in their order


def test_every_pattern_matching_a_recorded_sentence_is_a_candidate() -> None:
    texts = [s for record in load_interviews() for turn in record.turns for s in sentences(turn.answer)]
    texts += [
        "I usually SKIP the test.",
        "If nobody's watching we don't bother with the checklist.",
        "Ünïcode skip",
    ]
    for text in texts:
        _agrees(text)


# Pieces of what the patterns say, in any case, among other text: texts that come near to matching.
_PIECES = st.sampled_from(
    [
        *("i", "We", "usually", "just", "skip", "SKIPPED", "by eye", "from memory", "without checking"),
        *("don't", "never", "bother with the checklist", "if nobody's watching", "looks fine", "leave it"),
        *("no need to test", "salary", "what does", "mean", "could you rephrase", "sorry", "\u017fkip"),
        *("fire door propped open", "anyway", "later", "afterwards", "sign off", "the", "it"),
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES | st.text(max_size=3), max_size=14).map(" ".join))
def test_no_generated_text_loses_a_matching_pattern(text: str) -> None:
    _agrees(text)
