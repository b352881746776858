"""Names written as they are spelled when the interviewer says them back: "you did the stock sheets in excel and
the orders on salesforce" echoes as "…in Excel and the orders on Salesforce", and an ad's "Excel stock sheets"
keeps its capital inside a question. The names are data (`product_names.json`); a name that is also an everyday
word ("excel at", "a word", "the outlook") is one only after a word that introduces a tool ("in excel")."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from workbench.interviewer.regex_union import CaseBlind, case_blind, literal_trie

NAMES_FILE = Path(__file__).resolve().parent / "product_names.json"


@dataclass(frozen=True, slots=True)
class Names:
    always: dict[str, str]  # lower case -> spelling
    after_tool_word: dict[str, str]
    tool_words: frozenset[str]
    pattern: CaseBlind  # any name, whole words, longest first


@lru_cache(maxsize=1)
def names() -> Names:
    data = json.loads(NAMES_FILE.read_text(encoding="utf-8"))
    always = {name.lower(): name for name in data["always"]}
    after = {name.lower(): name for name in data["after_tool_word"]}
    every = sorted({*always, *after}, key=len, reverse=True)
    # As a trie (the longest name first, as the alternation longest first), matched case-sensitive on lowercased
    # ASCII (`CaseBlind`): ~11 -> 2 us an echo. The names are lower case, so no two of the trie's branches at one
    # place match the same character, whatever its case.
    names_at = (
        literal_trie(every)
        if all(n.isascii() and n.islower() for n in every)
        else "|".join(map(re.escape, every))
    )
    pattern = case_blind(r"(?<![\w.])(" + names_at + r")(?![\w])")
    return Names(always, after, frozenset(data["tool_words"]), pattern)


_WORD_BEFORE = re.compile(r"([A-Za-z]+)[\s]*$")
_JOINER = re.compile(r"\s*(?:,|and|or|&|/)\s*", re.IGNORECASE)


def is_name(word: str) -> bool:
    """Whether `word` ("Excel", "salesforce") is a name of the list, whatever its case."""
    lowered = word.lower()
    return lowered in names().always or lowered in names().after_tool_word


def with_names_spelled(text: str) -> str:
    """`text` with each name it writes in lower case spelled as the name is ("excel" -> "Excel" after "in";
    "salesforce" -> "Salesforce"). A word already written with a capital is left as it is."""
    known = names()
    out: list[str] = []
    last = 0
    previous_name_end = -1  # where the last name spelled ended
    for start, _, end in known.pattern.group_spans(text, 1):  # (the name is the whole match)
        word = text[start:end]
        lowered = word.lower()
        spelled = known.always.get(lowered)
        if spelled is None:
            between = text[previous_name_end:start] if previous_name_end >= 0 else ""
            joined = bool(_JOINER.fullmatch(between))  # "in Excel and word": a list of names
            preceding = _WORD_BEFORE.search(text[:start])
            if joined or (preceding is not None and preceding.group(1).lower() in known.tool_words):
                spelled = known.after_tool_word[lowered]
        if spelled is None or word != lowered:
            continue  # an everyday word here, or already written with its capitals
        out.append(text[last:start])
        out.append(spelled)
        last = end
        previous_name_end = end
    out.append(text[last:])
    return "".join(out)
