"""Small lexical helpers shared by answerers and metrics (documented in evals/METRICS.md)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from workbench.interviewer.competencies import normalise_skill

_TOKEN = re.compile(r"[a-z0-9][a-z0-9+#.\-]*[a-z0-9+#]|[a-z0-9]")

# Function words and interview boilerplate: they say nothing about the job.
_STOPWORD_TEXT = """
a about above after again all also am an and any approach are as at be because been before being
below between both build but by can concrete could decide decided describe did difference do does
doing done during each either else ensure ever example experience explain few find fix for from
further get give go good great grow grows had handle happy has have having he her here hers him his
how i if in interview into is it its itself just keep know let like made make may me might moment
more most much must my myself need no nor not now of off on once one only or other our ours out over
own particular person picture please project projects question questions really recent role same say
see share she should situation so some someone something specific stay such sure talk team tell than
thank thanks that the their them then there these they thing things think this those through time
times to too typical under until up us use used using usually very walk want was way we well were
what when where which while who whom why will with work worked working would you your yours yourself
"""
STOPWORDS: frozenset[str] = frozenset(_STOPWORD_TEXT.split())


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
