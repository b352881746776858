"""Parts of a requirement item that decide how it is read: brackets (never cut inside), a lead-in whose gerund and
preposition leave a noun phrase, a noun after a preposition, and whose "their own" a duty speaks of; and the parts
that are no part of its name: how a duty is done ("calmly") and what it achieves (", achieving 5 star ...")."""

from __future__ import annotations

import re

from workbench.interviewer.planning.adtext import without_lead
from workbench.interviewer.planning.duty_split import awaits_noun
from workbench.interviewer.planning.lexicon import config, verb_base
from workbench.interviewer.planning.verb_reading import reads_as_verb

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


# "Clinically check and accuracy-check prescriptions": a duty led by how it is done is still a duty. Words that
# end in -ly yet say how often or are no adverb ("Monthly reporting", "Supply chain") are kept (`not_manner` in
# verbs.yaml).
_MANNER = re.compile(r"^([a-z]{3,}ly)\s+(?=\S+\s)", re.IGNORECASE)


# "Handle passenger disruption calmly": how a duty is done, said after it, is no part of its name either ("while
# handling passenger disruption calmly, the weather changes" read as if the calm were the duty)
# ("Deal with poor behaviour politely but firmly": both manners go, not the last alone)
_TRAILING_MANNER = re.compile(r"(?<=\w)\s+(?:[a-z]{4,}ly,?\s+(?:but|and|yet|or|&)\s+)?([a-z]{4,}ly)\s*$")
# ... but after an infinitive the adverb is what the people helped do ("support adults to live independently"),
# and without it the duty ends on "to live"
_INFINITIVE_END = re.compile(r"\bto\s+[a-z]+$", re.IGNORECASE)


def without_manner(text: str) -> str:
    """A duty without how it is done, said before it ("Clinically check ...") or after it ("... calmly")."""
    trailing = _TRAILING_MANNER.search(text)
    kept = {*config()["verbs"]["not_manner"], *config()["verbs"]["kept_manner"]}
    if (
        trailing
        and trailing.group(1) not in kept
        and verb_base(text.split()[0])
        and not _INFINITIVE_END.search(text[: trailing.start()])
    ):
        text = text[: trailing.start()]
    manner = _MANNER.match(text)
    if manner is None or manner.group(1).lower() in config()["verbs"]["not_manner"]:
        return text
    rest = text[manner.end() :]
    first, _, after = rest.partition(" ")
    base = verb_base(first.strip(",."))
    if base is None or not reads_as_verb(base, first, after.split()[0], after.split()[1:2]):
        return text
    return rest


_RESULT_CLAUSE = re.compile(r",\s+([a-z]+ing)\b")


def without_result_clause(text: str) -> str:
    """ "Manage quality and snagging, achieving 5 star customer satisfaction": after a duty in the base form, a
    participle after a comma says what the duty achieves, and is no part of its name (in a line of gerunds,
    "Managing the site team, chairing weekly meetings", it is the next duty, split off before this)."""
    first = text.split(" ", 1)[0].rstrip(",").lower()
    clause = next((m for m in _RESULT_CLAUSE.finditer(text) if not in_brackets(text, m.start())), None)
    if (
        first.endswith("ing")
        or verb_base(first) != first
        or clause is None
        or verb_base(clause.group(1)) is None
        or awaits_noun(text[: clause.start()].split())  # "Create a safe, stimulating environment"
    ):
        return text
    return text[: clause.start()] if len(text[: clause.start()].split()) >= 2 else text
