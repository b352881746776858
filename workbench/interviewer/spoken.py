"""Spoken answers: speech to text gives words without punctuation, so a whole answer reads as one sentence.

A sentence is set aside whole when it discloses a protected characteristic or tells the candidate's private life
(`asides.set_aside_as`). In a punctuated answer that sentence is the aside; in an unpunctuated spoken answer it
is the whole answer, and one "with my kids" took every piece of job evidence with it. Such a sentence is read
clause by clause instead (split at the words that join spoken clauses), and only the clauses that disclose are
set aside: the runs of other clauses between them stand as sentences of their own.

Every other check made sentence by sentence reads such a sentence clause by clause too: a disclaimer ("um i'm not
sure i've really done smp myself"), a tangent ("anyway we had a guy once who brought a goat") or the candidate's
own question ("um how many residents would i have on a shift") is one clause of the answer, not the whole of it.
A clause is read with the word that joins it on ("anyway", "by the way"), which is often what tells its kind.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from workbench.interviewer.clauses import splitter, words

# A sentence this long with no comma, semicolon or colon in it is speech transcribed, not a written sentence.
SPOKEN_MIN_WORDS = 20
_PUNCTUATED = re.compile(r"[,;:]")
# the words that join spoken clauses (`planning/data/clauses.yaml`)
_JOIN = splitter("spoken")


def unpunctuated(sentence: str) -> bool:
    """Whether a sentence is a long run of transcribed speech (no clause punctuation at all)."""
    return len(sentence.split()) >= SPOKEN_MIN_WORDS and not _PUNCTUATED.search(sentence)


def clause_runs(sentence: str, aside: Callable[[str], bool]) -> list[tuple[str, bool]]:
    """The sentence cut into runs of clauses, each run marked whether its clauses are `aside`: consecutive clauses
    of the same kind stay together as they were said, joining words and all."""
    joins = {m.start(): m.end() for m in _JOIN.breaks(sentence)}
    cuts = [0, *joins, len(sentence)]
    clauses = [(cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1) if cuts[i] < cuts[i + 1]]
    runs: list[tuple[int, int, bool]] = []
    for start, end in clauses:
        flag = aside(sentence[start:end])
        if runs and runs[-1][2] == flag:
            runs[-1] = (runs[-1][0], end, flag)
        else:
            runs.append((start, end, flag))
    # a run of clauses that stand opens on its own words, not on the word that joined it to an aside before it
    said = [
        (sentence[joins.get(start, start) if not flag else start : end].strip(), flag)
        for start, end, flag in runs
    ]
    return [(text, flag) for text, flag in said if text]


_MARKED = re.compile(r"[.,;:!?]")
# the joining words after which a clause belongs to the one before it, never a question of its own
SUBORDINATING = words("spoken", "subordinating")


def split_tail(sentence: str, asks: Callable[[str], bool]) -> tuple[str, str] | None:
    """A spoken sentence cut before the longest of its tails that `asks` ("... and send a relief driver um is the
    job days or nights" -> ("... and send a relief driver", "is the job days or nights")), or None."""
    if _MARKED.search(sentence):
        return None  # written, or punctuated by the transcriber: its sentences say where a question starts
    for match in _JOIN.breaks(sentence):
        if match.group(0).strip().lower() in SUBORDINATING:
            continue  # "... your stores are bigger which is the next step for me": a clause of the sentence
        tail = sentence[match.end() :].strip()
        if tail and asks(tail):
            return sentence[: match.start()].strip(), tail
    return None
