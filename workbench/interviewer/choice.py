"""A request to clarify that offers a choice: "Do you mean a customer who is angry or one who is confused?",
"like with the animals or with the visitors?", "at my current job or in general?".

It is answered as a choice, before the question is put again: the option the question itself is about ("I mean
with the animals." to a question on animal care), or, when the question names neither or both, that either will
do ("Either is fine: pick the one you have a real example of."). An option is said back only when it is short and
safe to echo (`guards.is_safe_phrase`), the candidate's "my" as "your". Patterns and lines are data
(`planning/data/repair.yaml`, `clarification.choice`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from workbench.interviewer.guards import is_safe_phrase
from workbench.interviewer.repair_rules import rules
from workbench.interviewer.signals import count_words
from workbench.interviewer.stemming import stems

_OR = re.compile(r"\s*,?\s*\bor\b\s*", re.IGNORECASE)
# The candidate's own words said back to them ("my current job" -> "your current job").
_PRONOUNS = {"i": "you", "my": "your", "me": "you", "mine": "yours", "i'm": "you're", "i've": "you've"}


@dataclass(frozen=True, slots=True)
class _ChoiceRules:
    asked: re.Pattern[str]  # "do you mean X or Y?": the options follow the match's `options` group
    fragment: re.Pattern[str]  # "like with the animals or with the visitors?"
    max_words: int
    max_option_words: int
    lead: re.Pattern[str]  # words before the first option that are none of it ("like", "either")
    lines: dict[str, str]


@lru_cache(maxsize=1)
def _rules() -> _ChoiceRules:
    config: dict[str, Any] = rules().config["clarification"]["choice"]
    return _ChoiceRules(
        asked=re.compile(config["asked"], re.IGNORECASE),
        fragment=re.compile(config["fragment"], re.IGNORECASE),
        max_words=int(config["max_words"]),
        max_option_words=int(config["max_option_words"]),
        lead=re.compile(config["lead"], re.IGNORECASE),
        lines={key: str(config[key]) for key in ("one", "either")},
    )


def options_offered(text: str) -> tuple[str, str] | None:
    """The two options a short request to clarify offers, as said ("a customer who is angry", "one who is
    confused"), or None: no choice offered."""
    r = _rules()
    if count_words(text) > r.max_words:
        return None
    match = r.asked.search(text) or r.fragment.match(text)
    if match is None:
        return None
    parts = _OR.split(r.lead.sub("", match.group("options")).strip(" ?.!,"), maxsplit=1)
    if len(parts) != 2 or not all(part.strip() for part in parts):
        return None
    first, second = (part.strip(" ?.!,") for part in parts)
    return first, second


def choice_answer(options: tuple[str, str], question: str) -> str:
    """The answer to the choice: the option the question is about, or that either will do."""
    asked = stems(question)
    about = [option for option in options if stems(option) & asked]
    r = _rules()
    if len(about) == 1 and (said := _said_back(about[0])) is not None:
        return r.lines["one"].format(option=said)
    return r.lines["either"]


def _said_back(option: str) -> str | None:
    """The option as the interviewer says it back, or None: too long or not safe to echo."""
    if count_words(option) > _rules().max_option_words or not is_safe_phrase(option):
        return None
    return " ".join(_PRONOUNS.get(word.lower(), word) for word in option.split())
