"""Spoken answers: speech to text gives words without punctuation, so a whole answer reads as one sentence.

A sentence is set aside whole when it discloses a protected characteristic or tells the candidate's private life
(`asides.set_aside_as`). In a punctuated answer that sentence is the aside; in an unpunctuated spoken answer it
is the whole answer, and one "with my kids" took every piece of job evidence with it. Such a sentence is read
clause by clause instead (split at the words that join spoken clauses), and only the clauses that disclose are
set aside: the runs of other clauses between them stand as sentences of their own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# A sentence this long with no comma, semicolon or colon in it is speech transcribed, not a written sentence.
SPOKEN_MIN_WORDS = 20
_PUNCTUATED = re.compile(r"[,;:]")
_JOIN = re.compile(
    r"\s+(?:and|but|so|because|cos|cause|then|when|whenever|while|whilst|although|though|which|where|after"
    r"|before|since|until|or|um|uh|erm|anyway|plus|also)\s+",
    re.IGNORECASE,
)


def unpunctuated(sentence: str) -> bool:
    """Whether a sentence is a long run of transcribed speech (no clause punctuation at all)."""
    return len(sentence.split()) >= SPOKEN_MIN_WORDS and not _PUNCTUATED.search(sentence)


def clause_runs(sentence: str, aside: Callable[[str], bool]) -> list[tuple[str, bool]]:
    """The sentence cut into runs of clauses, each run marked whether its clauses are `aside`: consecutive clauses
    of the same kind stay together as they were said, joining words and all."""
    cuts = [0, *(i for m in _JOIN.finditer(sentence) for i in (m.start(), m.end())), len(sentence)]
    clauses = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]
    runs: list[tuple[int, int, bool]] = []
    for start, end in clauses:
        flag = aside(sentence[start:end])
        if runs and runs[-1][2] == flag:
            runs[-1] = (runs[-1][0], end, flag)
        else:
            runs.append((start, end, flag))
    return [(sentence[start:end].strip(), flag) for start, end, flag in runs if sentence[start:end].strip()]
