"""Small lexical helpers shared by answerers and metrics (documented in evals/METRICS.md)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from workbench.interviewer.competencies import normalise_skill

_TOKEN = re.compile(r"[a-z0-9][a-z0-9+#.\-]*[a-z0-9+#]|[a-z0-9]")

# Function words and interview boilerplate: they say nothing about the job.
STOPWORDS: frozenset[str] = frozenset(
    """
    a about above after again all also am an and any are as at be because been before being below between both
    but by can could did do does doing done during each either else ever few for from further get give go had
    has have having he her here hers him his how i if in into is it its itself just know let like made make may
    me might more most much must my myself need no nor not now of off on once one only or other our ours out
    over own please really same say see she should so some such tell than that the their them then there these
    they thing things think this those through to too under until up us use used using very want was way we
    well were what when where which while who whom why will with would you your yours yourself
    describe explain example experience time times walk share talk give recent project projects work worked
    working approach team role question questions interview happy great thanks thank sure good
    """.split()
)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def content_words(text: str) -> list[str]:
    """Tokens of `text` without stop words and very short tokens, in order, deduplicated."""
    seen: list[str] = []
    for token in tokens(text):
        if token not in STOPWORDS and len(token) > 2 and token not in seen:
            seen.append(token)
    return seen


def mentioned_skills(text: str, skills: Iterable[str]) -> list[str]:
    """The skills (normalised) whose every token appears in `text` as a whole word."""
    present = set(tokens(text))
    found: list[str] = []
    for skill in skills:
        name = normalise_skill(skill)
        parts = tokens(name)
        if parts and all(part in present for part in parts) and name not in found:
            found.append(name)
    return found


def normalised_question(text: str) -> str:
    return " ".join(tokens(text))


def jaccard(left: Iterable[str], right: Iterable[str]) -> float:
    a, b = set(left), set(right)
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)
