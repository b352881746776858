"""The words of a text as the evidence checks compare them: tokens, content-word stems and a sentence's normal
form (so that a sentence repeated with other punctuation or case is known again)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from workbench.interviewer.memo import per_turn

CONTENT_WORD = re.compile(r"[a-z][a-z0-9+#]{2,}")
_TOKEN = re.compile(r"[a-z][a-z0-9+#]{1,}|\d+(?:\.\d+)?")
# Function words and the words every interview question uses ("tell me about a time you…"): they say nothing
# about whether an answer is on topic.
_STOPWORDS = frozenset(
    json.loads((Path(__file__).resolve().parent / "stopwords.json").read_text(encoding="utf-8"))["words"]
)
STOPWORDS = _STOPWORDS  # for the other readers of an answer's words


@per_turn
def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


_SUFFIXES = ("ies", "es", "s", "ing", "ed", "ly", "er", "ers", "ment", "ments", "ion", "ions", "ness")
_SUFFIX = re.compile(rf"(?:{'|'.join(_SUFFIXES)})$")


def _by_last_letter(suffixes: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """`_SUFFIX.sub` removes the longest suffix that ends the word; grouped by their last letter, longest
    first, the suffixes find the same one without a regex call (an answer's words are stemmed every turn)."""
    grouped: dict[str, list[str]] = {}
    for suffix in sorted(suffixes, key=len, reverse=True):
        grouped.setdefault(suffix[-1], []).append(suffix)
    return {last: tuple(group) for last, group in grouped.items()}


_SUFFIXES_BY_LAST = _by_last_letter(_SUFFIXES)


_QUALITY_NOUN = ("ence", "ance")


def stem(word: str) -> str:
    """Crude stem: a common suffix off, then the first five letters ("profiling" and "profiler" meet,
    and so do "type" and "types"). A long quality noun loses its "-ence"/"-ance" first, so that "patience"
    does not meet "patients" (while "maintenance" still meets "maintain")."""
    if len(word) > 8 and word.endswith("s") and word[:-1].endswith(_QUALITY_NOUN):
        word = word[:-1]  # "variances" as "variance"
    if len(word) > 7 and word.endswith(_QUALITY_NOUN):
        return word[:-4][:5]
    if len(word) > 4:
        if "\n" in word:  # `$` also matches before a final newline: the regex's own reading
            word = _SUFFIX.sub("", word) or word
        else:
            for suffix in _SUFFIXES_BY_LAST.get(word[-1], ()):
                if word.endswith(suffix):
                    word = word[: -len(suffix)] or word
                    break
    return word[:5]


@per_turn
def stems(text: str) -> set[str]:
    """Crude stems of the content words of `text`."""
    return {stem(word) for word in CONTENT_WORD.findall(text.lower()) if word not in _STOPWORDS}


@per_turn
def normalise_sentence(text: str) -> str:
    return " ".join(tokens(text))
