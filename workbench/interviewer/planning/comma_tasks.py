"""A duty that runs several tasks on with commas, read one task each.

ESCO's definitions join tasks with commas ("recruit staff, prepare job advertisements", "mix dry plaster powder
with water, then smear the resulting paste onto a wall"), but a comma also lists verbs that share one object
("bend, cut, shape, and attach sheet metal") and nouns ("pumps, spares, and vacuum dewatering systems"). What
tells them apart is the verb after the comma and the word after that verb: an article or a particle ("and put
the tiles", "and set up panels") opens a task of its own; a word that points back ("label them") keeps the
verb with the task before it.
"""

from __future__ import annotations

import re

from workbench.interviewer.planning.lexicon import verb_base

# a comma (", and", ", then") before a verb in its base form that has an object of its own
_COMMA_BEFORE_VERB = re.compile(r",\s+(and\s+|then\s+)?([a-z]+)\s+([a-z']+)")
_REFERRING = frozenset({"them", "it", "these", "those", "this"})
_ARTICLES = frozenset({"the", "a", "an", "their", "its", "any", "all", "every", "each"})
_PARTICLES = frozenset({"up", "out", "off", "down", "back"})
_NOT_VERBS = frozenset(
    {
        "on",
        "in",
        "at",
        "to",
        "for",
        "with",
        "from",
        "by",
        "of",
        "into",
        "onto",
        "over",
        "under",
        "through",
        "like",
        "as",
        "including",
        "and",
        "or",
        "but",
        "both",
        "either",
        "such",
    }
)


def one_task_each(duty: str) -> list[str]:
    """A duty that runs several on with commas, one task each: "recruit staff, prepare job advertisements",
    "mix dry plaster powder with water, then smear the resulting paste onto a wall", "prepare the surface, and
    put the tiles in place". A verb whose object points back ("receive goods, label them") goes on with the
    task before it. Not a list: verbs in a series share the object after them ("bend, cut, shape, and attach
    sheet metal"), and the last item after ", and" of a list is a noun ("pumps, spares, and vacuum dewatering
    systems"), as is an item of a list that an "and" ends ("theory, market experience, and research")."""
    for match in _COMMA_BEFORE_VERB.finditer(duty):
        joined_by, verb, following = (match.group(1) or "").strip(), match.group(2), match.group(3)
        before, after = duty[: match.start()], duty[match.start(2) :]
        if verb in _NOT_VERBS or _verb_series(before.split()):
            continue
        if following in _REFERRING:
            return one_task_each(f"{before} and {after}") if not joined_by else [duty]
        if joined_by == "and":  # a verb with an article or a particle after it, not a list's last noun
            starts = following in _ARTICLES | _PARTICLES and "," not in before
        elif joined_by == "then":
            starts = True
        else:  # a bare comma: a known verb, and no "and" after it that ends a list of nouns
            starts = verb_base(verb) == verb and following != "or" and not _ends_a_list(after)
        if starts:
            return [before, *one_task_each(after)]
    return [duty]


_TWO_VERBS = re.compile(r"^([a-z]+),\s+([a-z]+)\s+(?!and\b|or\b)")


def series_joined(duty: str) -> str:
    """Two verbs sharing an object, said with a comma alone ("observe, detect irregularities"), read with "and"
    ("observe and detect irregularities"); a series that has its "and" stays as it is."""
    match = _TWO_VERBS.match(duty)
    if match is None or re.search(r"\band\b", duty[: match.end() + 20].split(",")[-1]):
        return duty
    first, second = match.group(1), match.group(2)
    if verb_base(first) != first or verb_base(second) != second:
        return duty
    return f"{first} and {duty[match.start(2) :]}"


def _verb_series(words: list[str]) -> bool:
    """ "bend, cut, shape": verbs listed with commas, no object yet ("hire staff" has one)."""
    return all(verb_base(w.strip(",")) for w in words) and all(w.endswith(",") for w in words[:-1])


def _ends_a_list(text: str) -> bool:
    """Whether an "and" in the text ends a list of nouns ("market experience, and research to pick"), not a
    task of its own ("and set up interview panels", "and label the pallets")."""
    ends = list(re.finditer(r"\band\s+([a-z]+)\s+([a-z']+)", text))
    if not ends:
        return bool(re.search(r"\band\b", text))
    verb, following = ends[-1].group(1), ends[-1].group(2)
    return not (verb_base(verb) == verb and following in _ARTICLES | _PARTICLES)
