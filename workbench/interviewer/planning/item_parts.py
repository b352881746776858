"""Parts of a requirement item that decide how it is read: brackets (never cut inside), a lead-in whose gerund and
preposition leave a noun phrase, a noun after a preposition, and whose "their own" a duty speaks of."""

from __future__ import annotations

import re

from workbench.interviewer.planning.adtext import without_lead
from workbench.interviewer.planning.lexicon import config

# ("Administer medication following training": a noun after it is the preposition's object, no trailing
# "training" that says how much a skill is wanted)
ENDS_ON_PREPOSITION = re.compile(
    r"\b(?:following|after|before|during|with|without|through|via|under|in|on|at|for|of|to|by|from|into)\s*$",
    re.IGNORECASE,
)


def in_brackets(text: str, position: int) -> bool:
    """Whether `position` falls inside brackets that open before it and are not yet closed: an item is never cut
    there ("maintain grounds (mowing" cut at the comma of its bracketed list)."""
    before = text[:position]
    return before.count("(") > before.count(")")


def closed_brackets(text: str) -> str:
    """The text without a bracket left open at its end (a cut made elsewhere fell inside it): "... (mowing" goes."""
    while text.count("(") > text.count(")"):
        text = text[: text.rindex("(")].rstrip(" ,;:-")
    return text


GERUND_AND_PREPOSITION = re.compile(r"\b[a-z]{3,}ing\s+(?:to|from|with|towards|under)\s*$", re.IGNORECASE)
# a topic left opening on such a preposition once its lead-in went ("from design briefs")
LEADING_PREPOSITION = re.compile(r"^(?:from|to|towards|under)\s+(?=\S+\s+\S)", re.IGNORECASE)


def object_of_its_lead(raw: str) -> bool:
    """Whether the lead-in the item loses ends on a gerund and its preposition ("Working to", "Experience working
    from"): what follows is the preposition's object, a noun phrase ("design briefs and deadlines")."""
    whole = re.sub(r"\s+", " ", raw).strip(" \t-*•.;:,")
    rest = without_lead(whole)
    return whole.endswith(rest) and bool(GERUND_AND_PREPOSITION.search(whole[: len(whole) - len(rest)]))


THEIR_OWN = re.compile(r"\btheir (scope|remit|competence|authority|own)\b")


def as_yours(act: str) -> str:
    """ "authorise results within their scope": the post holder's, so yours; but after the people the duty
    serves, theirs ("support adults with learning disabilities in their own homes")."""
    found = THEIR_OWN.search(act)
    people = set(config()["verbs"]["people_plurals"])
    if found is None or any(word.strip(",.").lower() in people for word in act[: found.start()].split()):
        return act
    return THEIR_OWN.sub(r"your \1", act)
