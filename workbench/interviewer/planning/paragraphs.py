"""A resume written as paragraphs, read as a list of items: its wrapped lines joined back into sentences, and a
sentence too long to quote whole cut where one deed gives way to the next (each piece a whole clause)."""

from __future__ import annotations

import re
from collections.abc import Callable

# A paragraph's line broken where the page ran out, not where an item ends: it ends on a word that needs the next
# ("…kept the\nfalls log…"), or it is prose (a sentence ends inside it or the next line: "…in care for six years. At
# Riverside Care I supported twelve\nresidents…") that goes on into the next line.
_NEEDS_NEXT = (
    "the",
    "a",
    "an",
    "of",
    "at",
    "in",
    "on",
    "to",
    "for",
    "by",
    "with",
    "and",
    "or",
    "from",
    "where",
)
_WRAPPED = re.compile(
    "(?:" + "|".join(rf"(?<=\s{word})" for word in _NEEDS_NEXT) + r")\n(?=[ \t]*\S)", re.IGNORECASE
)
PROSE_LINE_WORDS = 6  # a name or a heading above a paragraph is shorter
PARAGRAPH_WORDS = 15
_PROSE = re.compile(r"[a-z0-9)][.!?]\s+[A-Z]")


def unwrapped(text: str) -> str:
    """The resume with a wrapped paragraph's lines joined back into its sentences (bullets and one-line items
    stay apart: they hold no sentence's end inside the line)."""
    text = _WRAPPED.sub(" ", text)
    lines = text.split("\n")
    joined = [lines[0]] if lines else []
    for line in lines[1:]:
        previous = joined[-1]
        prose = _PROSE.search(previous) or _PROSE.search(line)
        ends = previous.rstrip().endswith((".", "!", "?", ":", ";"))
        # a list's next item opens with its own capital; a paragraph goes on in lower case, or past a line as long
        # as a page is wide ("…I worked nights at Oak\nLodge, where…")
        goes_on = line.lstrip()[:1].islower() or len(previous.split()) >= PARAGRAPH_WORDS
        if prose and goes_on and len(previous.split()) >= PROSE_LINE_WORDS and not ends:
            joined[-1] = f"{previous.rstrip()} {line.lstrip()}"
        else:
            joined.append(line)
    return "\n".join(joined)


# Where a paragraph's sentence may pass from one deed to the next: "At Riverside I supported twelve residents,
# managed the medication round and trained four new carers", "..., where I kept the falls log"
_DEED_JOINT = re.compile(r"(,\s+(?:and\s+)?(?:where\s+)?|\s+and\s+|\s+where\s+)")


def deeds_of(sentence: str, acted: Callable[[str], bool]) -> list[str]:
    """A paragraph-style sentence too long to quote whole, as its deeds: cut where the next part opens with a deed
    of its own (`acted`), so every piece is a whole clause; "trained carers in moving and handling" stays whole,
    "handling" being no deed."""
    parts = _DEED_JOINT.split(sentence)
    deeds = [parts[0]]
    for joint, part in zip(parts[1::2], parts[2::2], strict=True):
        if acted(part):
            deeds.append(part)
        else:
            deeds[-1] += joint + part
    return [deed.strip() for deed in deeds if deed.strip()]
