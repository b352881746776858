"""A correction of what the candidate said ("Sorry, I meant I wait until everyone's seated", "Correction: it was
the bride's grandmother, not her mother"): the candidate's last word on it. The part of the earlier answer it
takes back is no longer the candidate's answer, so it is neither evidence nor quoted back to them; the rest of
that answer stands, and the correction is read without the words that open it.

What the correction takes back: the clauses of the recent answer that shares most words with it, the latest of those, that share a content word with it ("I don't
always clip on" with "I always clip on"), or the whole answer just before it when it names none ("If the label's a
bit off I'd fix it myself" with "I'd reject it and follow the SOP") (`scorecard.answer_groups`). The opener is data (`planning/data/repair.yaml`:
`addition.correction_opener`).
"""

from __future__ import annotations

import re
from typing import Protocol

from workbench.interviewer.addition import opens_with_correction
from workbench.interviewer.planning.esco import singular, tokens
from workbench.interviewer.repair_rules import rules
from workbench.interviewer.signals import sentences
from workbench.interviewer.stemming import STOPWORDS
from workbench.models import Turn

# a clause of a sentence: parted by commas, semicolons and dashes said as pauses
_CLAUSE = re.compile(r"\s*(?:[,;:]|\s[-–—]\s)\s*")


def corrects(answer: str) -> bool:
    return opens_with_correction(answer)


def what_it_says(correction: str) -> str:
    """The correction without its opener: "Sorry, I meant I'd record it at the time" -> "I'd record it at the
    time" (capitalised as a sentence of its own)."""
    opened = re.match(rules().config["addition"]["correction_opener"], correction, re.IGNORECASE)
    rest = correction[opened.end() :].lstrip(" ,.:;-–—") if opened else correction
    return rest[:1].upper() + rest[1:]


_OWN = re.compile(r"\b(?:i|i'm|i'd|i've|i'll|we|we're|we'd|my|our|me|us)\b", re.IGNORECASE)


def tells_own_part(correction: str) -> bool:
    """Whether the correction says what the candidate does or did ("I meant I always clip on"), not only a detail
    put right ("Sorry, I meant the bride's grandmother, not mother"): a detail is no answer of its own to quote."""
    return _OWN.search(what_it_says(correction).replace("’", "'")) is not None


def what_stands(previous: str, correction: str) -> str | None:
    """What of `previous` stands after `correction`: its clauses that share no content word with it ("" when
    every clause does), or None when the correction names nothing of it."""
    said = _words(what_it_says(correction))
    kept: list[str] = []
    taken_back = False
    for sentence in sentences(previous):
        clauses = [c for c in _CLAUSE.split(sentence.strip().rstrip(".!?…")) if c.strip()]
        standing = [c for c in clauses if not (_words(c) & said)]
        taken_back = taken_back or len(standing) < len(clauses)
        if standing:
            kept.append(", ".join(standing) + ".")
    return " ".join(kept) if taken_back else None


def named(previous: str, correction: str) -> int:
    """How many of the correction's content words `previous` says: the answer it corrects says the most."""
    return len(_words(previous) & _words(what_it_says(correction)))


def _words(text: str) -> set[str]:
    return {singular(word) for word in tokens(text) if len(word) > 2} - STOPWORDS


class Said(Protocol):
    """A question's answers in order, with the turn and the question each was given to (`scorecard.AnswerGroup`)."""

    turn_indices: list[int]
    answers: list[str]
    asked: list[str]

    def add(self, turn_index: int, answer: str, asked: str) -> None: ...


# A correction speaks of one of the last few answers ("sorry, I meant ..." two questions on is still heard).
CORRECTED_WITHIN = 4


def said_to(group: Said, given: list[tuple[Said, int]], turn: Turn, clean: str) -> None:
    """The answer into its group, a correction's without the words that open it, and none for a correction of
    a detail only (`tells_own_part`)."""
    said = clean
    if corrects(clean):
        said = what_it_says(clean) if tells_own_part(clean) else ""
    if said.strip():
        group.add(turn.index, said, turn.question)
        given.append((group, turn.index))


def take_back(given: list[tuple[Said, int]], correction: str) -> None:
    """Of the last few answers, the one that says most of the correction's words (the latest of those) loses
    what it corrects; when none says any, the answer just before it is taken back whole."""
    recent = given[-CORRECTED_WITHIN:]
    if not recent:
        return
    shared = [named(group.answers[group.turn_indices.index(index)], correction) for group, index in recent]
    most = max(shared)
    group, index = recent[max(i for i, count in enumerate(shared) if count == most)]
    at = group.turn_indices.index(index)
    standing = what_stands(group.answers[at], correction) if most else ""
    if standing:
        group.answers[at] = standing
    else:
        del group.turn_indices[at], group.answers[at], group.asked[at]
    given[:] = [(g, i) for g, i in given if i in g.turn_indices]
