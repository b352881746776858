"""Whether a sentence is in English: the interview is held in English, and the baseline can judge nothing else.

A sentence of four words or more counts as another language when at least a third of its words are common
function words of another European language (`foreign_words.json`) and hardly any are English ones. A terse
list of terms ("PLC S7-300, ABB drives, Profibus, WinCC") has neither, so it stays English; so does
non-native English, whose function words are English.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from workbench.interviewer.memo import per_turn

WORDS_FILE = Path(__file__).resolve().parent / "foreign_words.json"
MIN_WORDS = 4
FOREIGN_SHARE = 0.3
ENGLISH_SHARE = 0.15
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    data = json.loads(WORDS_FILE.read_text(encoding="utf-8"))
    return frozenset(data["english"]), frozenset(data["foreign"])


@per_turn  # one turn asks it of the same sentences for the answer's signals and for its evidence
def not_english(sentence: str) -> bool:
    # (lowercased first on ASCII, where that keeps every letter a letter: the same words in one call)
    words = (
        _WORD.findall(sentence.lower())
        if sentence.isascii()
        else [w.lower() for w in _WORD.findall(sentence)]
    )
    if len(words) < MIN_WORDS:
        return False
    english, foreign = _lists()
    # Counted in C (`map`), and the English words only for a sentence that has the foreign share: most have not.
    foreign_share = sum(map(foreign.__contains__, words)) / len(words)
    if foreign_share < FOREIGN_SHARE:
        return False
    return sum(map(english.__contains__, words)) / len(words) < ENGLISH_SHARE


def mostly_not_english(sentences: list[str]) -> bool:
    """Most of the answer's words are in sentences of another language."""
    total = sum(len(s.split()) for s in sentences)
    foreign = sum(len(s.split()) for s in sentences if not_english(s))
    return total > 0 and foreign / total > 0.5
