"""Unsafe practice that needs a trade's knowledge, read by its structure in any job (issue #8, conv29).

A fire exit blocked "only for an hour", eleven hours' driving in a day, acid mixed with bleach, a gas bottle in the
metal skip, a ladder's foot on a brick, a cell door opened alone, dirty instruments autoclaved, a dog that ate
chocolate told it's "probably fine": each is a structure (a way out obstructed and left, a limit exceeded, reacting
chemicals mixed, a hazard in the general waste, access kit on packing, a two-person task alone, a sequence's later
step on items not ready, a safety judgement by guess) written with the hazards, safeguards, limits and chemicals of
`planning/data/unsafe_structures.yaml`. `unsafe_practice` reads the patterns built here as its own `affirmed`
statements, so its negation, warning and attribution rules hold for them too.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from pathlib import Path

import yaml

from workbench.interviewer.number_words import NUMBER_WORDS

DATA_FILE = Path(__file__).resolve().parent / "planning" / "data" / "unsafe_structures.yaml"
_SLOT = re.compile(r"\{(over:)?([a-z_]+)\}")


@lru_cache(maxsize=1)
def _data() -> dict[str, object]:
    with DATA_FILE.open(encoding="utf-8") as handle:
        loaded: dict[str, object] = yaml.safe_load(handle)
    return loaded


def _above(limit: float) -> str:
    """Any whole number above the limit up to a day's 24, in figures or words ("eleven", "11")."""
    numbers = range(math.floor(limit) + 1, 25)
    spelled = [
        NUMBER_WORDS[n] if n < len(NUMBER_WORDS) else f"twenty[- ]{NUMBER_WORDS[n - 20]}" for n in numbers
    ]
    return "|".join([*(str(n) for n in numbers), *spelled])


def structure_patterns() -> list[tuple[str, str, str | None]]:
    """The data file's `patterns` with their `unless` (with `judged_wrong`) and `needs` (or None), each `{slot}` spelled out as its words'
    alternation, `{over:limit}` as the numbers above that limit."""
    data = _data()
    words: dict[str, list[str]] = data["words"]  # type: ignore[assignment]
    limits: dict[str, float] = data["limits"]  # type: ignore[assignment]

    def spell(match: re.Match[str]) -> str:
        if match.group(1):
            return _above(limits[match.group(2)])
        return "|".join(f"(?:{word})" for word in words[match.group(2)])

    entries: list[str | dict[str, str]] = data["patterns"]  # type: ignore[assignment]
    spelled: list[tuple[str, str, str | None]] = []
    for entry in entries:
        fields = {"pattern": entry} if isinstance(entry, str) else entry
        unless, needs = (fields.get(key) for key in ("unless", "needs"))
        unless = str(data["judged_wrong"]) if unless is None else f"{unless}|{data['judged_wrong']}"
        spelled.append(
            (
                _SLOT.sub(spell, fields["pattern"]),
                _SLOT.sub(spell, unless),
                None if needs is None else _SLOT.sub(spell, needs),
            )
        )
    return spelled


@lru_cache(maxsize=1)
def _endorsement() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = _data()
    return (
        re.compile(str(data["endorsement"]), re.IGNORECASE),
        re.compile(str(data["others_doing"]), re.IGNORECASE),
    )


def endorsed_practice(sentence: str) -> str | None:
    """Another's practice the candidate takes up ("I've seen people skip the washer, I'd do that too"), said again
    with the candidate for its subject ("I skip the washer"), for the statements to read as the candidate's own."""
    endorsement, others_doing = _endorsement()
    taken_up = endorsement.search(sentence)
    if taken_up is None:
        return None
    done_by_others = others_doing.search(sentence, 0, taken_up.start())
    if done_by_others is None:
        return None
    return "I " + sentence[done_by_others.end() : taken_up.start()]
