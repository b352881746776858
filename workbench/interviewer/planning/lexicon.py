"""The planner's lexicon: the work verbs that open a duty, their gerunds, and the question configuration (lead-ins,
what is no job knowledge), read from `data/verbs.yaml` and `data/questions.yaml`."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).resolve().parent / "data"
VERBS_FILE = DATA / "verbs.yaml"
_THIRD_PERSON = re.compile(r"^([a-z]+?)(?:es|s)$")


@lru_cache(maxsize=1)
def config() -> dict[str, Any]:
    with (DATA / "questions.yaml").open(encoding="utf-8") as handle:
        questions: dict[str, Any] = yaml.safe_load(handle)
    with VERBS_FILE.open(encoding="utf-8") as handle:
        verbs: dict[str, Any] = yaml.safe_load(handle)
    return {"questions": questions, "verbs": verbs}


@lru_cache(maxsize=1)
def patterns() -> tuple[re.Pattern[str], list[re.Pattern[str]], frozenset[str]]:
    loaded = config()
    lead = re.compile(r"^(?:" + "|".join(loaded["questions"]["lead_ins"]) + r")(?![\w'])\s*", re.IGNORECASE)
    skip = [re.compile(p, re.IGNORECASE) for p in loaded["questions"]["not_questions"]]
    return lead, skip, frozenset(loaded["verbs"]["verbs"])


@lru_cache(maxsize=1)
def roles_asked_for() -> tuple[re.Pattern[str], ...]:
    """A kind of role asked for as such ("Experience in a transport planning role"), read in an item that opens
    with no work verb ("Sort incoming post" is a duty)."""
    return tuple(re.compile(p, re.IGNORECASE) for p in config()["questions"]["roles_asked_for"])


@lru_cache(maxsize=1)
def credentials() -> tuple[re.Pattern[str], ...]:
    """Licences and qualifications asked for: no job knowledge to question, wherever they stand in a line."""
    return tuple(re.compile(p, re.IGNORECASE) for p in config()["questions"]["credentials"])


@lru_cache(maxsize=1)
def backgrounds() -> tuple[re.Pattern[str], ...]:
    """A background asked for as such ("Experience in a craft bakery"), read in the line as written."""
    return tuple(re.compile(p, re.IGNORECASE) for p in config()["questions"]["backgrounds"])


@lru_cache(maxsize=1)
def asks_for() -> re.Pattern[str]:
    """A sentence of prose that asks for something of the candidate ("Must be confident with colour and balayage"):
    what it names is a requirement, as a line under a requirements heading would be."""
    return re.compile(str(config()["questions"]["asks_for"]), re.IGNORECASE)


@lru_cache(maxsize=1)
def generic_topic_words() -> frozenset[str]:
    """Words a family's topic shares with many job items ("safety", "controls"): they tell nothing of it."""
    return frozenset(config()["questions"]["generic_topic_words"])


def questions_config() -> dict[str, Any]:
    questions: dict[str, Any] = config()["questions"]
    return questions


def verb_base(word: str) -> str | None:
    """The base form when `word` is a known work verb ("administers" -> "administer"), else None."""
    _, _, verbs = patterns()
    lowered = word.lower()
    if lowered in verbs:
        return lowered
    if lowered.endswith("ing"):
        # ("bathing" is "bathe" where both "bath" and "bathe" are verbs)
        for stem in (lowered[:-3] + "e", lowered[:-3], lowered[:-4]):
            if stem in verbs:
                return stem
    match = _THIRD_PERSON.match(lowered)
    if match:
        for stem in (lowered[:-1], lowered[:-2], lowered[:-3] + "y" if lowered.endswith("ies") else ""):
            if stem in verbs:
                return stem
    head, hyphen, tail = lowered.rpartition("-")
    if hyphen and head.isalpha() and tail:  # "accuracy-check", "double-checks", "cross-checking"
        if hyphened_adjective(lowered):
            return None  # "customer-facing", "well-organised", "detail-oriented": adjectives, no verbs
        base = verb_base(tail)
        return f"{head}-{base}" if base is not None else None
    return None


def hyphened_adjective(word: str) -> bool:
    """A word joined by a hyphen that describes a person or a role ("customer-facing", "well-organised",
    "detail-oriented", "self-motivated", "hands-on", "fast-paced"): its head or its tail says so
    (`hyphened_adjectives` in verbs.yaml)."""
    parts = word.lower().strip(",.;:").split("-")
    if len(parts) < 2 or not all(parts):
        return False
    known = config()["verbs"]["hyphened_adjectives"]
    return parts[0] in known["heads"] or parts[-1] in known["tails"]


def gerund(verb: str) -> str:
    irregular: dict[str, str] = config()["verbs"]["gerunds"]
    if verb in irregular:
        return irregular[verb]
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    if _SHORT_CLOSED.match(verb):
        return verb + verb[-1] + "ing"  # "scan" -> "scanning", "sit" -> "sitting"
    return verb + "ing"


# A verb of one syllable ending in one vowel and one consonant doubles that consonant before -ing (not w, x, y:
# "towing", "fixing", "paying")
_SHORT_CLOSED = re.compile(r"^[^aeiouy]*[aeiou][bdfgklmnprstvz]$")
