"""Behaviour transforms: how a persona's way of speaking changes an authored answer.

Each transform is deterministic given the `random.Random` it is handed, so the generator's output is stable.
Transforms change wording only; what a candidate knows (and so their scores) is decided elsewhere.
"""

from __future__ import annotations

import random
import re

from material import talk

QUOTE_WORDS = 16
RAMBLE_LINKS: list[str] = talk("ramble_links")
RAMBLE_TAILS: list[str] = talk("ramble_tails")

_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")
# Sentence openers that can be lower-cased when a rambler runs two sentences together.
_LOWERABLE = {
    "The",
    "We",
    "It",
    "Then",
    "That",
    "After",
    "Our",
    "So",
    "On",
    "For",
    "Last",
    "My",
    "This",
    "When",
    "Once",
    "Everything",
    "Each",
    "Every",
    "Two",
    "Instead",
    "Within",
    "Since",
    "Most",
    "Usually",
    "Mostly",
    "In",
    "At",
    "A",
    "An",
    "He",
    "She",
    "They",
    "There",
    "Both",
    "First",
    "Later",
    "Nothing",
    "Support",
    "Finance",
    "Activation",
    "Complaints",
    "Crashes",
    "Interaction",
    "Tickets",
}
_TENSE_SLIPS = {
    "went": "go",
    "added": "add",
    "fixed": "fix",
    "found": "find",
    "wrote": "write",
    "built": "build",
    "used": "use",
    "took": "take",
    "showed": "show",
    "had": "have",
    "moved": "move",
    "asked": "ask",
}


def sentences(text: str) -> list[str]:
    return [part for part in _SENTENCE_BREAK.split(text.strip()) if part]


def very_short(text: str) -> str:
    """One short line: the first sentence, cut at its first clause when it is long."""
    first = sentences(text)[0]
    words = first.split()
    if len(words) > 14:
        clause = first.split(",")[0]
        first = clause if len(clause.split()) >= 4 else " ".join(words[:12])
    return first.rstrip(".,;:") + "."


def second_short(text: str) -> str | None:
    """What a terse candidate adds when pressed: the next piece of what they know, or None if nothing new."""
    parts = sentences(text)
    if len(parts) > 1:
        return very_short(parts[1])
    head, _, rest = parts[0].partition(", ")
    if not rest or very_short(parts[0]) != very_short(head):
        return None
    return very_short(rest[0].upper() + rest[1:])


def non_native(text: str, rng: random.Random) -> str:
    """Article drops, tense slips and a calque or two: meaning stays clear."""
    out = _drop_some(text, re.compile(r"\bthe (?=[a-z])"), rng, keep_one_in=2)
    out = _drop_some(out, re.compile(r"\ba (?=[a-z])"), rng, keep_one_in=2)
    slips = [verb for verb in _TENSE_SLIPS if re.search(rf"\b{verb}\b", out)]
    for verb in rng.sample(slips, k=min(2, len(slips))):
        out = re.sub(rf"\b{verb}\b", _TENSE_SLIPS[verb], out, count=1)
    out = re.sub(r"\bfor (\w+) years\b", r"since \1 years", out, count=1)
    return out.replace("I've", "I have").replace("information", "informations")


def _drop_some(text: str, pattern: re.Pattern[str], rng: random.Random, keep_one_in: int) -> str:
    def maybe_drop(match: re.Match[str]) -> str:
        return match.group(0) if rng.randrange(keep_one_in) else ""

    return pattern.sub(maybe_drop, text)


def ramble(text: str, rng: random.Random) -> str:
    """Run sentences together with fillers and trail off with a long tail."""
    parts = sentences(text)
    joined = parts[0]
    for part in parts[1:]:
        head = part.split()[0]
        if head in _LOWERABLE and rng.random() < 0.7:
            joined = joined.rstrip(".") + rng.choice(RAMBLE_LINKS) + part[0].lower() + part[1:]
        elif head == "I" and rng.random() < 0.7:
            joined = joined.rstrip(".") + rng.choice(RAMBLE_LINKS) + part
        else:
            joined = f"{joined} {part}"
    return joined + rng.choice(RAMBLE_TAILS)


def add_tangent(text: str, tangent: str) -> str:
    return f"{text} {tangent}"


def tangent_only(tangent: str) -> str:
    return f"{tangent} Anyway, I'm sure I'd figure that part out when I get there."


def inject(text: str, injection: str) -> str:
    """Embed an instruction aimed at an AI assessor after the first sentence of the answer."""
    parts = sentences(text)
    return " ".join([parts[0], injection, *parts[1:]])


def quote(text: str) -> str:
    """The candidate's own words for a rationale or feedback: the first clause of the first sentence.

    Long clauses are cut at a word boundary and end with an ellipsis (which is not part of the transcript).
    """
    first = sentences(text)[0]
    clause = re.split(r"[,;:]\s", first)[0].rstrip(".!?")
    if len(clause.split()) < 5:  # too short to say anything: quote the sentence instead
        clause = first.rstrip(".!?")
    words = clause.split()
    if len(words) <= QUOTE_WORDS:
        return clause
    return " ".join(words[:QUOTE_WORDS]).rstrip(",.;:") + "…"
