"""The article a job ad leaves out ("Balance cash drawer at the end of every shift"), put back when the duty is
said to a candidate: "Suppose you're about to balance the cash drawer ...", not "about to balance cash drawer"."""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.interviewer.planning.lexicon import config

MAX_OBJECT_WORDS = 3


@lru_cache(maxsize=1)
def _nouns() -> tuple[frozenset[str], frozenset[str]]:
    verbs = config()["verbs"]
    return frozenset(verbs["countable_objects"]), frozenset(verbs["mass_objects"])


@lru_cache(maxsize=1)
def _object_bounds() -> tuple[frozenset[str], frozenset[str]]:
    """The words an object ends before (its place, time or purpose: "cash drawer | at the end of every shift"), and
    the determiners that already make it whole."""
    verbs = config()["verbs"]
    return frozenset(verbs["object_ends"]), frozenset(verbs["object_determiners"])


def with_article(act: str) -> str:
    """ "balance cash drawer at the end of every shift" -> "balance the cash drawer at the end of every shift"; any
    other duty as it is (a plural, a mass noun, a name, a number or a determiner already reads whole)."""
    ends, determiners = _object_bounds()
    words = act.split()
    if len(words) > 2 and words[1].lower() in config()["verbs"]["particles"]:
        # "clean down the van", "set up till": the article goes after the verb's particle, not before it
        verb, *rest = with_article(" ".join([words[0], *words[2:]])).split(" ", 1)
        return " ".join([verb, words[1], *rest])
    if len(words) < 2 or words[1].lower() in determiners:
        return act
    span: list[str] = []
    for word in words[1:]:
        if word.lower().strip(",.;:") in ends or (span and span[-1].endswith((",", ";", ":"))):
            break
        span.append(word)
    after = words[len(span) + 1].lower() if len(span) + 1 < len(words) else ""
    if (span and span[-1].endswith(",")) or after in {"and", "or", "&"}:
        return (
            act  # "safe, friendly service", "floor and wall tiles": a series shares its noun, left as written
        )
    if not 1 <= len(span) <= MAX_OBJECT_WORDS or any(not re.fullmatch(r"[a-zé'-]+[,.;:]?", w) for w in span):
        return act  # a name ("Opera PMS"), a number ("12 staff") or a long phrase: left as the ad says it
    head = span[-1].strip(",.;:")
    countable, mass = _nouns()
    thing = head in countable or " ".join(w.strip(",.;:") for w in span[-2:]) in countable
    shaped = head.endswith(("er", "or")) and head not in mass and not head.endswith(("our", "ier"))
    if not (thing or shaped) or head.endswith("ing"):
        return act
    return " ".join([words[0], "the", *words[1:]])
