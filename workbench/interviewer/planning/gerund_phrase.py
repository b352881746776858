"""A duty said as a gerund phrase for the question templates: "manage, collect and develop resources" ->
"managing, collecting and developing resources". The duty's words come from duty_split.py, whose reading of where a
verb starts a new duty this module shares."""

from __future__ import annotations

from workbench.interviewer.planning.duty_split import (
    PARTICLES,
    PRONOUNS,
    are_paired,
    ends_noun_list,
    lone_adjective,
)
from workbench.interviewer.planning.lexicon import config, gerund, verb_base
from workbench.interviewer.planning.verb_reading import is_base_verb, noun_compound, starts_activity


def _ends_series(words: list[str], index: int) -> bool:
    """ "assess, treat and convey patients": after two verbs in a comma series, the word after its "and" is the
    series' last verb, known to the verb list or not; so is one between two verbs ("clean, tidy and restock")."""
    if not (words[index].isalpha() and words[index].islower()):
        return False
    between = (
        words[index - 1].endswith(",")
        and index + 2 < len(words)
        and words[index + 1].lower() in {"and", "or"}
        and verb_base(words[index + 2].rstrip(",")) is not None
    )
    return between or (
        index >= 3
        and words[index - 1].lower() in {"and", "or"}
        and words[index - 3].endswith(",")
        and verb_base(words[index - 2].rstrip(",")) is not None
    )


def _before_particle(words: list[str], index: int) -> bool:
    """A lower-case word before a particle is a verb ("drop off", "prove out"), known to the verb list or not."""
    following = words[index + 1].lower().strip(",.") if index + 1 < len(words) else ""
    return words[index].isalpha() and words[index].islower() and following in PARTICLES


def acting(activity: str, verbs_said: set[str] | None = None) -> str:
    """The activity as a gerund phrase, coordinated verbs included: "manage, collect and develop resources" ->
    "managing, collecting and developing resources"."""
    words = activity.split()
    out, index = _leading_verbs(words)
    # Only the first duty of "operate buses or coaches, take fares, and look after passengers" reads as one
    # gerund phrase: the object ends where a later verb starts after a comma or "and".
    rest = _first_duty(words[index:], verbs_said)
    rest = _with_bare_last_verb(rest)
    rest = _last_verb_and_object(rest)
    return " ".join([*out, *rest]).rstrip(",")


def _leading_verbs(words: list[str]) -> tuple[list[str], int]:
    """The duty's leading verbs as gerunds, with the words that join them ("managing, collecting and developing"
    of "manage, collect and develop resources"), and the index of the first word past them."""
    out = [gerund(words[0].rstrip(",")) + words[0][len(words[0].rstrip(",")) :]] if words else []
    index = 1
    joined = words[0].endswith(",") if words else False
    while index < len(words):
        word = words[index]
        bare = word.rstrip(",")
        if bare in {"and", "or"}:
            out.append(word)
            joined = True
        elif (
            bare.lower() in PARTICLES
            and out[-1].rstrip(",") not in {"and", "or"}
            and not out[-1].endswith(",")
        ):
            out.append(
                word
            )  # "set up and operate CNC lathes": the particle goes with its verb ("setting up and ...")
            joined = word.endswith(",")
        elif joined and (
            verb_base(bare) is not None or _ends_series(words, index) or _before_particle(words, index)
        ):
            out.append(_as_gerund(bare) + word[len(bare) :])
            joined = word.endswith(",")
        else:
            break
        index += 1
    return out, index


def _first_duty(rest: list[str], verbs_said: set[str] | None) -> list[str]:
    """The words after the leading verbs up to where a later duty starts (its own verb after a comma or "and"),
    verbs that go on with the same duty put in the same form."""
    for position in range(1, len(rest)):
        joins = rest[position - 1].lower() in {"and", "or"} or rest[position - 1].endswith(",")
        following, after = ([*rest[position + 1 : position + 3], "", ""])[:2]
        if joins and is_base_verb(rest[position]) and following.lower().strip(",.") in PRONOUNS:
            # "recognising changes and reporting them early": a verb on what the duty already named goes on
            # with it, in the same form
            rest[position] = gerund(rest[position].lower())
            continue
        if (
            rest[position - 1].lower() in {"and", "or"}
            and rest[position].isalpha()
            and rest[position].islower()
            and following.lower().strip(",.") in PARTICLES
        ):
            # "edit programs at the machine and prove out first-off parts", "pick up and drop off passengers": a
            # word before a particle is a verb, and one joined to the duty is part of it, in the same form
            rest[position] = gerund(rest[position].lower())
            continue
        bare = rest[position].lower().strip(",")
        if verbs_said is not None and joins and is_base_verb(bare) and gerund(bare) in verbs_said:
            # "Processing supplier invoices, setting up new suppliers": in a line of gerunds a verb the line
            # wrote as one is one in the phrase too, never "processing supplier invoices, set up new suppliers"
            rest[position] = gerund(bare) + rest[position][len(rest[position].rstrip(",")) :]
            continue
        paired = position > 1 and are_paired(rest[position - 2], rest[position - 1], rest[position])
        # "individual and store sales targets", "patients, visitors and staff on the ward": a second modifier
        # or the last noun of a list; in a line of gerunds only a verb the line wrote as one starts a duty
        # ("Maintaining feeders, drinkers and release pens": no "releasing")
        of_the_object = lone_adjective(rest[:position]) or ends_noun_list(rest, position)
        unsaid = verbs_said is not None and gerund(rest[position].lower().strip(",")) not in verbs_said
        if (
            joins
            and not paired
            and not of_the_object
            and not unsaid
            and starts_activity(rest[position], following, after)
        ):
            rest = rest[:position]
            while rest and (rest[-1].lower() in {"and", "or"}):
                rest = rest[:-1]
            break
    return rest


def _with_bare_last_verb(rest: list[str]) -> list[str]:
    """ "respond calmly to crisis situations and de-escalate": a verb with no object of its own ends the phrase
    ("keep exam rooms stocked and clean": after a participle or an adjective it is an adjective too)."""
    if (
        len(rest) >= 2
        and rest[-2].lower() in {"and", "or"}
        and is_base_verb(rest[-1])
        and not _a_state(rest[:-2])
        and rest[-1].lower() not in config()["verbs"]["ambiguous"]  # "provide advice and support": a noun
    ):
        rest = [*rest[:-1], gerund(rest[-1].lower())]
    return rest


def _last_verb_and_object(rest: list[str]) -> list[str]:
    """ "rotate stock and record waste accurately": a verb that is also a noun ("record", "control"), joined by
    "and" to the duty's object and ending it with a bare object of its own, is a second verb in the same form
    ("rotating stock and recording waste", never "rotating stock and record waste"); a plural after it is the
    head of a noun ("check stock and order levels")."""
    words = [w.lower().strip(",.") for w in rest]
    joined = [i + 1 for i, w in enumerate(words[:-2]) if w == "and" and i > 0]
    if (
        joined
        and is_base_verb(words[joined[-1]])
        and words[joined[-1]] not in config()["verbs"]["ambiguous"]
        and rest[joined[-1]].islower()
        and not are_paired(words[joined[-1] - 2], "and", words[joined[-1]])
    ):
        # "deliver exceptional service and build lasting client relationships": a verb that is no noun, left in
        # the phrase (its object opened with a gerund), is a second duty said in the same form ("JCT Design and
        # Build contracts" names a kind of contract)
        return _gerund_at(rest, words, joined[-1])
    if words and words[-1].endswith("ly") and len(words) > 3:
        words = words[:-1]  # "... accurately": the adverb is the whole phrase's
    if len(words) < 4 or words[-3] != "and" or not all(w.isalpha() for w in words[-3:]):
        return rest
    verb, noun = words[-2], words[-1]
    if (
        not is_base_verb(verb)
        or noun.endswith(("s", "ing"))
        or noun_compound(verb, noun)
        or f"{verb} {noun}" in config()["verbs"]["noun_compounds"]
        or are_paired(words[-4], "and", verb)
    ):
        return rest
    return _gerund_at(rest, words, len(words) - 2)


def _gerund_at(rest: list[str], words: list[str], position: int) -> list[str]:
    """`rest` with its word at `position` in the gerund, its trailing punctuation kept."""
    word = words[position]
    return [*rest[:position], gerund(word) + rest[position][len(word) :], *rest[position + 1 :]]


def _as_gerund(word: str) -> str:
    """A verb of a series as a gerund: one no list knows that is already a gerund stays as written ("climbing,
    pruning and dismantling trees", never "dismantlinging")."""
    base = verb_base(word)
    if base is None and word.lower().endswith("ing"):
        return word.lower()
    return gerund(base or word.lower())


def _a_state(words: list[str]) -> bool:
    """Whether the words end on how a thing is left ("stocked", "tidy"), not on a thing acted on."""
    last = words[-1].strip(",.").lower() if words else ""
    adjectives = set(config()["verbs"]["noun_adjectives"])
    return last in adjectives or (last.endswith("ed") and verb_base(last[:-2]) is not None)


def gerunds_only(duties: list[str], said: set[str]) -> list[str]:
    """In a line of gerunds a new duty opens with a gerund: "Building relationships with local GP surgeries and
    care homes" is one duty, not a second "care homes" (the split read the noun "care" as a verb)."""
    kept: list[str] = []
    for duty in duties:
        first = duty.split(" ", 1)[0].rstrip(",").lower()
        if kept and acting(first).split(" ", 1)[0] not in said:
            kept[-1] = f"{kept[-1]} and {duty}"
        else:
            kept.append(duty)
    return kept


def as_gerund(duty: str, said: set[str]) -> str:
    """The duty as the line said it, a gerund phrase: only a verb the line wrote as a gerund is one ("Procuring
    subcontract packages, tender analysis and placing orders" lists "tender analysis", not "tendering analysis")."""
    words = duty.split()
    first = words[0].rstrip(",")
    if verb_base(first) != first.lower() or noun_compound(first.lower(), (words[1:2] or [""])[0]):
        return duty  # "stock takes and waste" names a task: no "stocking takes"
    gerund = acting(duty, said)
    return gerund if gerund.split(" ", 1)[0].lower().rstrip(",") in said else duty
