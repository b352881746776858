"""Word error rate, for judging transcription quality in tests, benchmarks and evals."""

from __future__ import annotations

import re
from collections.abc import Sequence

# Whisper writes contractions where a script may spell words out (and vice versa); neither is an error.
_CONTRACTIONS = {
    "i'm": "i am",
    "you're": "you are",
    "we're": "we are",
    "they're": "they are",
    "it's": "it is",
    "that's": "that is",
    "i've": "i have",
    "we've": "we have",
    "i'd": "i would",
    "i'll": "i will",
    "don't": "do not",
    "didn't": "did not",
    "can't": "cannot",
    "won't": "will not",
    "isn't": "is not",
    "wasn't": "was not",
}


def normalize_words(text: str) -> list[str]:
    """Lower-case words without punctuation; hyphenated words split; common contractions expanded."""
    lowered = text.lower().replace("’", "'").replace("-", " ")
    words: list[str] = []
    for raw in re.findall(r"[a-z0-9']+", lowered):
        word = raw.strip("'")
        if word:
            words.extend(_CONTRACTIONS.get(word, word).split())
    return words


def edit_distance(reference: Sequence[str], hypothesis: Sequence[str]) -> int:
    """Levenshtein distance over words (substitutions, insertions and deletions all cost 1)."""
    previous = list(range(len(hypothesis) + 1))
    for i, ref_word in enumerate(reference, start=1):
        current = [i]
        for j, hyp_word in enumerate(hypothesis, start=1):
            substitution = previous[j - 1] + (ref_word != hyp_word)
            current.append(min(previous[j] + 1, current[j - 1] + 1, substitution))
        previous = current
    return previous[-1]


def word_error_rate(references: Sequence[str], hypotheses: Sequence[str]) -> float:
    """Corpus WER: total word edits over total reference words (so long sentences weigh more)."""
    if len(references) != len(hypotheses):
        raise ValueError("need one hypothesis per reference")
    edits = words = 0
    for reference, hypothesis in zip(references, hypotheses, strict=True):
        ref_words = normalize_words(reference)
        edits += edit_distance(ref_words, normalize_words(hypothesis))
        words += len(ref_words)
    if words == 0:
        raise ValueError("references contain no words")
    return edits / words
