"""A question said again: the leads a probe puts before a question it repeats ("I didn't quite catch an answer
there."), the question without them, and the order of its restatements so that one interview does not put two
questions again in the same words."""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.interviewer.probe_texts import probe_texts

SAME_WORDING = 0.5  # word overlap (Jaccard) of two recastings made from one template


@lru_cache(maxsize=1)
def asked_again_leads() -> tuple[str, ...]:
    """How the probes that ask a question again for want of an answer open (their text before the question)."""
    texts = probe_texts()
    return tuple(t.split("{question}")[0].strip() for t in [*texts["unheard"], *texts["not_english"]])


@lru_cache(maxsize=1)
def said_again_leads() -> tuple[str, ...]:
    """Every lead a probe puts before a question it says again: for want of an answer ("I didn't quite catch an
    answer there.") and as the last resort of a pool ("Could you say a little more?")."""
    again = tuple(t.split("{question}")[0].strip() for t in probe_texts()["again"])
    return (*asked_again_leads(), *again)


def without_asked_again_lead(question: str) -> str:
    """A question put again for want of an answer, without its lead: recast, "I didn't quite catch an answer
    there. Tell me more ...?" is the question, not a scene ("picture this: I didn't quite catch an answer there.")."""
    for lead in asked_again_leads():
        if lead and question.startswith(lead):
            return question[len(lead) :].strip()
    return question


def rotated(restated: tuple[str, ...], asked_again: tuple[str, ...]) -> tuple[str, ...]:
    """The restatements, any worded like a question this interview already put again moved last: "I didn't
    quite catch an answer there" twice in an interview does not recast two questions in the same words."""
    said = [_word_set(q) for q in asked_again]
    # (a long situation dilutes the words a template shares, so a rephrasing is also the same wording when it opens
    # as one already put again: "Let me put it differently. The situation is this: …")
    openings = {_opening(q) for q in asked_again}

    def worded_like_one_said(text: str) -> bool:
        words = _word_set(text)
        return _opening(text) in openings or any(
            len(words & old) / max(1, len(words | old)) >= SAME_WORDING for old in said
        )

    fresh = tuple(q for q in restated if not worded_like_one_said(q))
    return fresh + tuple(q for q in restated if q not in fresh)


# "Let me put it differently. The": the words that tell one rephrasing template from another
OPENING_WORDS = 6
_WORD = re.compile(r"[a-z][a-z'-]+")


def _opening(text: str) -> str:
    """The first words of a question put again, after the lead that says it is put again."""
    for lead in asked_again_leads():
        if text.startswith(lead):
            text = text[len(lead) :]
            break
    return " ".join(_WORD.findall(text.lower())[:OPENING_WORDS])


def _word_set(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))
