"""Rubric red flags stated in an answer: a flag's own words said with its polarity ("readiness restarts the
container" states the flag; "readiness does not restart the container" is the right answer), and unsafe practice
in words no rubric anticipated (`unsafe_practice`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from workbench.interviewer.evidence import STOPWORDS, stem, tokens
from workbench.interviewer.memo import per_turn
from workbench.interviewer.regex_union import case_blind
from workbench.interviewer.signals import sentences
from workbench.interviewer.unsafe_practice import unsafe_flag, unsafe_sentence

_NEGATION = case_blind(
    r"\b(?:not|never|no longer|no|without|don'?t|doesn'?t|didn'?t|isn'?t|wasn'?t|shouldn'?t|mustn'?t|avoid\w*|instead of"
    r"|rather than|mistake|wrong|myth|misconception|anti-?pattern)\b|n't\b",
    re.IGNORECASE,
)
_CLAUSE_SPLIT = re.compile(r"[,;:]\s+|\s+(?:but|whereas|while|although|though|however)\s+", re.IGNORECASE)

_NEGATION_WORDS = frozenset({"not", "never", "no", "didn", "don", "doesn", "isn", "wasn", "without", "avoid"})


# A flag names the wrong statement, then may say why in brackets, after a framing word that no candidate says:
# "saying a failing readiness probe restarts the container (it removes the pod from service; ...)".
_FLAG_ASIDE = re.compile(r"\([^)]*\)")
_FLAG_FRAMING = re.compile(
    r"^\s*(?:saying|claiming|stating|believing|thinking|assuming)\s+(?:that\s+)?", re.I
)


@lru_cache(maxsize=4096)
def _flag_statement(flag: str) -> str:
    """What a candidate would say to state the flag: its words outside brackets, without its framing word."""
    return _FLAG_FRAMING.sub("", _FLAG_ASIDE.sub(" ", flag)).strip() or flag


@lru_cache(maxsize=4096)  # a rubric's red flags are the plan's words, never a candidate's
def _flag_tokens(flag: str) -> frozenset[str]:
    skip = STOPWORDS | _NEGATION_WORDS | {"is", "in", "we", "our", "it", "to", "of", "on", "at", "a"}
    return frozenset(stem(t) for t in tokens(_flag_statement(flag)) if t not in skip)


def negated(text: str) -> bool:
    """Odd number of negations: "never … without a doppler" asserts the doppler, "without a doppler" not."""
    return _NEGATION.count(text) % 2 == 1


def says_as_flag_does(
    text: str, flag: str, flag_words: set[str], stems_of: Callable[[str], set[str]]
) -> bool:
    """Whether the clauses of `text` that hold the flag's words (as `stems_of` reads them) say it with the
    flag's polarity: "you don't promise to keep it secret" is the right practice, not the red flag "promising to
    keep a disclosure secret"."""
    holding = " ".join(c for c in _CLAUSE_SPLIT.split(text) if stems_of(c) & flag_words)
    return negated(holding) == negated(_flag_statement(flag))


def red_flags_stated(text: str, red_flags: list[str]) -> list[str]:
    """The rubric red flags a clause of the answer states: all of a short flag's words (3/4 of a long one's)
    with the same polarity. "Readiness does not restart the container" is the right answer, not the red flag
    "readiness restarts the container"; "we didn't need a postmortem" does state "we didn't need a postmortem"."""
    return list(_red_flags_stated(text, tuple(red_flags)))  # a list of its own: the caller may keep it


@per_turn  # a turn's judgement asks it of the same evidence for its features and for its cap
def _red_flags_stated(text: str, red_flags: tuple[str, ...]) -> tuple[str, ...]:
    found: list[str] = []
    clauses = [c for s in sentences(text) for c in _CLAUSE_SPLIT.split(s) if c.strip()]
    clause_stems: list[set[str]] | None = None  # each clause's stems, read once for all the flags
    for flag in red_flags:
        wanted = _flag_tokens(flag)
        if not wanted:
            continue
        if clause_stems is None:
            clause_stems = [{stem(t) for t in tokens(clause)} for clause in clauses]
        need = len(wanted) if len(wanted) <= 3 else -(-3 * len(wanted) // 4)
        for clause, have in zip(clauses, clause_stems, strict=True):
            if len(wanted & have) >= need and negated(clause) == negated(_flag_statement(flag)):
                found.append(flag)
                break
    if not found and unsafe_sentence(text) is not None:
        found.append(unsafe_flag())  # unsafe practice in words the rubric did not anticipate
    return tuple(found)
