"""The people a trade's work is for or with ("patients", "residents", "pupils", "customers"), one list for every
reading that needs them (`people_of_the_work.json`): the guards' conditions said of the work, the care lines a
resume probe may quote, the people that tie no answer to one question and the person served a candidate tells
something."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

PEOPLE_FILE = Path(__file__).resolve().parent / "people_of_the_work.json"

Use = Literal["after_a_condition", "among", "before_a_condition", "care_lines", "served", "told"]


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(PEOPLE_FILE.read_text(encoding="utf-8"))
    return loaded


@lru_cache(maxsize=8)
def people(use: Use) -> tuple[str, ...]:
    """The words one use reads: the shared people with its own additions, without its exceptions (if any)."""
    data = _data()
    shared = [str(word) for word in data["people"]]
    also = [str(word) for word in data["also"][use]]
    left_out = {str(word) for word in data["without"].get(use, ())}
    return tuple(dict.fromkeys(word for word in shared + also if word not in left_out))


@lru_cache(maxsize=8)
def alternation(use: Use) -> str:
    """The use's words as a regex group. Longer words first, so that at one place the plural is tried before the
    singular (as "patients?" would) and a phrase before its first word."""
    words = people(use)
    if not all(word.replace(" ", "").isalpha() and word == word.lower() for word in words):
        raise ValueError(f"{PEOPLE_FILE.name}: a word of {use} is not plain lowercase letters")
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"
