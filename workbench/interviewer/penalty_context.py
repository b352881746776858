"""The words around a per-sentence penalty: whether a cliché is the cliché.

A penalty word weighs a whole sentence of a short answer, so a misreading costs a strong answer a level or two.
"At the end of the day" is puffery as the cliché ("at the end of the day it's all about the customer"), not as the
time a check is made ("logged at the start, not at the end of the day"). The words the reading rests on are data
(`rubric_terms.json`: "time_idioms").
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from workbench.interviewer.regex_union import CaseBlind, case_blind

_TERMS_PATH = Path(__file__).resolve().parent / "rubric_terms.json"
_SENTENCE = re.compile(r"[^.!?]+[.!?]*")
# The clauses a time idiom may stand in; a comma before "I" or "we" does not end one ("at the end of the day, I
# sign the sheet").
_CLAUSE = re.compile(
    r"[;:.!?()]+|,(?!\s*(?:i|we)\b)|\s+(?:and then|then|and|but|so|because)\s+", re.IGNORECASE
)


@lru_cache(maxsize=1)
def _terms() -> dict[str, object]:
    data: dict[str, object] = json.loads(_TERMS_PATH.read_text(encoding="utf-8"))
    return data


@lru_cache(maxsize=1)
def _time_readings() -> tuple[CaseBlind, re.Pattern[str], CaseBlind, CaseBlind]:
    idioms: dict[str, list[str]] = _terms()["time_idioms"]  # type: ignore[assignment]
    habit_verbs: list[str] = _terms()["habit_verbs"]  # type: ignore[assignment]

    def alternatives(phrases: list[str]) -> str:
        return "|".join(sorted(map(re.escape, phrases), key=len, reverse=True))

    # bounded as the puffery phrases are (`specificity._lists`), so each match here is one of theirs
    phrase = case_blind(rf"(?<![\w'])(?:{alternatives(idioms['phrases'])})(?![\w'])", re.IGNORECASE)
    contrast = re.compile(rf"\b(?:{alternatives(idioms['contrasts'])})\s+(?:[a-z']+\s+)?$", re.IGNORECASE)
    other_time = case_blind(rf"\b(?:{alternatives(idioms['other_times'])})\b", re.IGNORECASE)
    deed = case_blind(rf"\b(?:{alternatives(habit_verbs)})(?:s|es|ed|d|ing|ged|ging)?\b", re.IGNORECASE)
    return phrase, contrast, other_time, deed


def literal_time_idioms(text: str) -> int:
    """How many puffery phrases that are also a time of day ("at the end of the day") are read as the time:
    under a contrast ("not at the end of the day"), beside another time in the sentence ("at the start of the
    day and again at the end of the day"), or in the clause of a deed of the work ("we count the float at the end
    of the day"). The caller takes them off its puffery count."""
    phrase, contrast, other_time, deed = _time_readings()
    if not phrase.found(text):
        return 0
    literal = 0
    for sentence in _SENTENCE.findall(text):
        for match in phrase.pattern.finditer(sentence):
            before = sentence[max(0, match.start() - 30) : match.start()]
            clause = _clause_of(sentence, match.start(), match.end())
            literal += bool(
                contrast.search(before)
                or other_time.found(sentence[: match.start()] + " " + sentence[match.end() :])
                or deed.found(clause)
            )
    return literal


def _clause_of(sentence: str, start: int, end: int) -> str:
    """The clause of `sentence` that holds `start`..`end`, without those characters."""
    bounds = [(found.start(), found.end()) for found in _CLAUSE.finditer(sentence)]
    opens = max((stop for begin, stop in bounds if stop <= start), default=0)
    closes = min((begin for begin, stop in bounds if begin >= end), default=len(sentence))
    return sentence[opens:start] + " " + sentence[end:closes]
