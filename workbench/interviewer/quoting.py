"""A sentence as it is cited in a scorecard or feedback: verbatim from what it says, without the hesitations
speech to text writes down, shortened at a word boundary."""

from __future__ import annotations

import re

QUOTE_WORDS = 24

# The fillers speech-to-text writes down at the start of a reply ("um yeah so", "erm like"), not its content.
_LEADING_FILLER = re.compile(
    r"^(?:(?:u+m+|u+h+|e+r+m*|a+h+|yeah|so|well|okay|ok|like|you know|i mean|basically)\b[,.]?\s+)+",
    re.IGNORECASE,
)


_INNER_FILLER = re.compile(r"(?<=\w)(?:,?\s+(?:u+m+|u+h+|e+r+m+|e+r+|a+h+)\b,?)+(?=\s)", re.IGNORECASE)
_STUTTER = re.compile(r"\b(the|a|an|i|and|to|we|it|so|of|in|my|is)(?:\s+\1\b)+", re.IGNORECASE)


def quoted(sentence: str) -> str:
    """A sentence as it is cited: verbatim from what it says, shortened at a word boundary."""
    sentence = _LEADING_FILLER.sub("", sentence) or sentence  # "um yeah so I've been ...": from what it says
    # and, as a clean-verbatim transcript reads, without the hesitations inside it ("and um i really like the
    # the ethos" -> "and i really like the ethos")
    sentence = _STUTTER.sub(r"\1", _INNER_FILLER.sub("", sentence))
    words = sentence.rstrip(" ;:,").split()  # a clause cut at its semicolon is quoted without it
    if len(words) <= QUOTE_WORDS:
        return " ".join(words)
    return " ".join(words[: _whole_clauses(words)]).rstrip(" ;:,") + "…"


_CLAUSE_LINKS = frozenset(
    {"and", "but", "then", "so", "because", "which", "while", "until", "before", "after"}
)


def _whole_clauses(words: list[str]) -> int:
    """How many words a shortened quote keeps: up to the last clause's end within the allowance (a comma, a
    semicolon, or before a linking word), so that it stops at a whole clause ("we change to the bigger sling…", not
    "…and we write in the…"); at the allowance when no clause ends in its last two thirds."""
    floor = QUOTE_WORDS // 3
    ends = (
        end
        for end in range(QUOTE_WORDS, floor, -1)
        if words[end - 1].endswith((",", ";", ":")) or words[end].lower() in _CLAUSE_LINKS
    )
    return next(ends, QUOTE_WORDS)
