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
    return " ".join(words[:QUOTE_WORDS]) + ("…" if len(words) > QUOTE_WORDS else "")
