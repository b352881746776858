"""Verbs coordinated in a duty ("installing and maintaining lighting circuits", "Sweeps, mops, scrubs and waxes
floors") and a line whose comma parts open with verbs ("Room patients, take vitals, perform EKGs"): read in their
base form, or as no object at all ("writing and editing")."""

from __future__ import annotations

import re

from workbench.interviewer.planning.duty_split import PARTICLES
from workbench.interviewer.planning.lexicon import verb_base
from workbench.interviewer.planning.verb_reading import as_bases, joins


def only_coordinated_verbs(words: list[str]) -> bool:
    """ "writing and editing", "cleaning, ironing": verbs joined by "and", "or" or commas, with nothing after them;
    a verb's particle is part of it ("setting out" is a site engineer's subject, not "How do you set out?")."""
    for index, word in enumerate(words):
        if word.lower() in {"and", "or"}:
            continue
        if index > 0 and word.lower().strip(",.") in PARTICLES and verb_base(words[index - 1].strip(",.")):
            continue
        if verb_base(word.strip(",.")) is None:
            return False
        following = words[index + 1].lower() if index + 1 < len(words) else ""
        if following and not joins(word) and following not in {"and", "or"} and following not in PARTICLES:
            return False
    return True


def coordinated_bases(first: str, rest: list[str]) -> list[str]:
    """The verbs coordinated with the first one in their base form too: "installing and maintaining lighting
    circuits" -> "install and maintain lighting circuits"."""
    out = list(rest)
    previous = first
    # "Sweeps, mops, scrubs and waxes floors": after a verb in the third person, so are the verbs of its series
    third_person = _third_person(first.rstrip(","))
    # "Rearing poults and releasing them into pens": after a gerund, a later gerund with its own object is in
    # the base form too ("rear poults and release them", not "rear poults and releasing them")
    gerunds = first.rstrip(",").lower().endswith("ing") and verb_base(first.rstrip(",")) is not None
    in_series = True
    for index, word in enumerate(out):
        bare = word.rstrip(",")
        joined = previous.lower() in {"and", "or"} or previous.endswith(",")
        # (a gerund after a comma may be a preposition: "preparing meals, including breakfast")
        said_with_and = previous.lower() in {"and", "or"}
        previous = word
        if bare.lower() in {"and", "or"}:
            continue
        inflected = bare.endswith("ing") or (third_person and _third_person(bare))
        base = verb_base(bare) if in_series and joined and inflected else None
        if base is None and in_series and joined and word.endswith(",") and verb_base(bare) == bare.lower():
            base = bare  # "bathe, dry, clipping ...": a verb already in its base form goes on with the series
        if (
            base is None
            and not in_series
            and joined
            and (_third_person(bare) or (gerunds and said_with_and and bare.endswith("ing")))
        ):
            # "Cleans restrooms and restocks supplies": a later verb of the same person, with its own object
            following = out[index + 1].lower() if index + 1 < len(out) else ""
            # (an object may be a code or an acronym: "runs NCIC/FCIC checks", "logs 24/7 calls")
            base = verb_base(bare) if following[:1].isalnum() and following not in _NOT_AN_OBJECT else None
        if base is None:
            if not (third_person or gerunds):
                break
            in_series = False
            continue
        out[index] = base + word[len(bare) :]
    return out


_NOT_AN_OBJECT = frozenset(
    {"and", "or", "on", "in", "at", "to", "for", "with", "of", "from", "by", "as", "when"}
)


def _third_person(word: str) -> bool:
    base = verb_base(word)
    return base is not None and word.lower().endswith("s") and base != word.lower()


MIN_VERBS_IN_SERIES = (
    2  # later parts of a line opening with a verb, past which the line is a series of duties
)


def verb_series(words: list[str]) -> bool:
    """ "Room patients, take vitals and histories, perform EKGs, give injections as ordered": a line whose later
    comma parts open with verbs lists duties, though its own first verb is one no list knows ("room")."""
    text = " ".join(words)
    parts = [part.split() for part in re.split(r",\s*(?:and\s+)?", text)[1:]]
    return sum(1 for part in parts if part and verb_base(part[0]) == part[0].lower()) >= MIN_VERBS_IN_SERIES


def line_in_bases(words: list[str]) -> list[str]:
    """A line's verbs in their base form (`as_bases`); in a line in the third person its later verbs are in it
    too ("Monitors status of units, runs NCIC checks"), and in their base form the split sees where the next duty
    starts."""
    if not words or not _third_person(words[0].rstrip(",")):
        return as_bases(words)
    first = words[0].rstrip(",")
    return [str(verb_base(first)) + words[0][len(first) :], *coordinated_bases(words[0], words[1:])]


MIN_SIBLINGS = 2  # other items of a list it takes to say that the list names work rather than does it


def plural_noun_openers(items: list[str]) -> set[str]:
    """The items of a list of duties whose first word, a verb's third person by its form, is a plural noun: no
    other item opens with a verb ("Repairs management", beside "Rent arrears recovery" and "Tenancy sign-ups and
    estate inspections", names the management of repairs; it was asked "When you repair management, ..."). In a
    list of duties done ("Manages rotas", "Handles payroll") the verb stays one."""
    opening = {item: (item.split() or [""])[0].strip(",.;:") for item in items}
    verbs = {item for item, word in opening.items() if verb_base(word) is not None}
    return {
        item
        for item in verbs
        if _third_person(opening[item].lower()) and len(items) - 1 >= MIN_SIBLINGS and not verbs - {item}
    }
