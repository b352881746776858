"""Whether a word of a job ad's line reads as a verb or a noun there: "plan differentiated lessons" is an activity
and "stock rotation" a topic; "picking and packing orders" said in base forms; a verb the verb list does not know
read from the word after it. The predicates duty_split.py cuts a line into duties with, and gerund_phrase.py and
jobtext.py read duties with."""

from __future__ import annotations

import re

from workbench.interviewer.planning.lexicon import config, verb_base

NOUN_AFTER_GERUND = frozenset(
    {"given", "provided", "offered", "available", "is", "are", "will", "can", "opportunities"}
)


OBJECT_START = re.compile(
    r"^(?:the|a|an|all|any|each|every|our|your|their|new|old|fresh|dirty|daily|weekly|monthly|safe|and|with|people|children|women|men|staff)$"
    # a plural or an -ed adjective, but not a singular in -s ("tender analysis", "stock status", "process")
    r"|.+(?<![siu])s$|.+ed$"
    # an owner's ("prisoners' rehabilitation", "the pupil's plan")
    r"|.+s['’]$|.+['’]s$"
    # a quantity ("process 300+ vendor invoices per week", "lead 2-hour walking tours")
    r"|\d[\d,.]*(?:\+|-[a-z]+)?$"
)


_DETERMINERS_AFTER_A_VERB = frozenset(
    {"the", "a", "an", "all", "any", "each", "every", "our", "your", "their", "its"}
)


def verb_before_its_object(words: list[str]) -> str | None:
    """The first word as a verb the verb list does not know, when a determiner follows it: at the start of a duty
    only a verb stands before "the" ("Light the ovens at 5am", "Frank the outgoing mail"), but for the words that
    may (`not_verbs_before_a_determiner`: "In the", "All our") and words in the form of an adverb, a gerund, a
    past participle or a number."""
    if len(words) < 3 or words[1].lower() not in _DETERMINERS_AFTER_A_VERB:
        return _verb_beside_a_verb(words)
    first = words[0].lower()
    if not first.isalpha() or len(first) < 3 or first.endswith(("ly", "ing", "ed")):
        return None
    return None if first in config()["questions"]["not_verbs_before_a_determiner"] else first


def verb_before_its_manner(words: list[str]) -> str | None:
    """The first word as a verb when it is no work verb alone (`verbs_before_manner`: "work") but a kept manner
    follows it: "Work safely at height from MEWPs", "Working safely near live traffic" name the hazard's work."""
    if len(words) < 3 or words[1].lower().strip(",.") not in config()["verbs"]["kept_manner"]:
        return None
    first = words[0].lower().strip(",.")
    stem = first[:-3] if first.endswith("ing") else first
    return stem if stem in config()["verbs"]["verbs_before_manner"] else None


def _verb_beside_a_verb(words: list[str]) -> str | None:
    """The first word as a verb the verb list does not know, when its plural object is joined to a known verb and
    that verb's object: "Splint fractures and dress wounds" is two duties, not a topic named "splint fractures and
    dress wounds" (a plural, a gerund or a participle first is a noun phrase's: "Repairs and dress codes")."""
    first = words[0].lower()
    if not first.isalpha() or len(first) < 3 or first.endswith(("ly", "ing", "ed", "s")):
        return None
    if first in config()["questions"]["not_verbs_before_a_determiner"]:
        return None
    lowered = [word.lower() for word in words]
    for joint in (2, 3):  # the object's last word: "fractures", "minor wounds"
        obj = lowered[joint - 1] if joint - 1 < len(lowered) else ""
        rest = lowered[joint:]
        if rest[:1] and rest[0] in {"and", "or", "&"}:
            rest = rest[1:]
        elif not obj.endswith(","):
            continue
        if len(rest) < 2:
            return None
        plural = re.fullmatch(r"[a-z]+(?<![siu])s,?", obj) is not None
        verb = rest[0].strip(",")
        return first if plural and verb_base(verb) == verb else None
    return None


def reads_as_verb(base: str, first: str, following: str, after: list[str] | None = None) -> bool:
    """ "plan differentiated lessons" is an activity; "stock rotation" is a topic, and so is "testing and
    inspection" (a gerund joined to a noun names a subject; "installing and maintaining wiring" is an activity)."""
    ambiguous: list[str] = config()["verbs"]["ambiguous"]
    if first.lower().endswith("ing") and following.lower().strip(",.") in config()["verbs"]["noun_heads"]:
        return False  # "safeguarding procedures": a subject, not "safeguard procedures"
    if first.lower().endswith("ing") and following.lower().strip(",.") in NOUN_AFTER_GERUND:
        return False  # "Training given on COSHH", "Training is provided": the gerund is the subject
    if first.lower().endswith("ing") and following.startswith("("):
        return False  # "safeguarding (Keeping Children Safe in Education)": a subject and its aside
    if following.lower() == "of" and not first.lower().endswith("ing"):
        return base in config()["verbs"]["verbs_with_of"]  # "use of dual controls" names a subject
    if following.lower() in {"on", "with", "across"}:
        return True  # "report on content performance", "deal with complaints"
    if following.lower() in config()["verbs"]["particles_before_object"] and _object_follows(after or []):
        return (
            True  # "plant up hanging baskets", "knock in posts": a verb with its particle, not "plant hire"
        )
    if following.lower() in config()["verbs"]["participle_adjectives"] and after:
        return (
            True  # "sort incoming post": a participle that describes the object, not a compound ("sort code")
        )
    if following.lower() == "to" and after and after[0].lower() in DETERMINERS:
        return True  # "report to the client": a verb and whom it is done for, not "access to systems"
    if first.endswith(",") and verb_base(following.strip(",.")) is not None:
        return True  # "plan, teach and assess engaging lessons": verbs in a series
    if not first.lower().endswith("ing") and noun_compound(base, following):
        return False
    if (
        f"{first.lower().strip(',.')} {following.lower().strip(',.;:')}"
        in config()["verbs"]["noun_compounds"]
    ):
        return False  # "balance sheet", "cash flow": a noun, not a duty to balance
    if following.lower() in {"and", "or"} and after:
        return verb_base(after[0].strip(",.")) is not None
    if _modifiers_of_a_plural(base, following, after or []):
        return True  # "fit base and wall units": two modifiers of one plural object, not "fit base" the noun
    if (
        following.lower().endswith(("ing", *ACTION_NOUN_ENDINGS[:5]))
        and after
        and re.match(r".+(?<![siu])s$", after[0].lower().rstrip(",;"))
    ):
        # "lead walking tours", "run training sessions", "report maintenance issues": a gerund or a noun of
        # action names the kind of the plural object
        return True
    return (
        # ("Register births, deaths, stillbirths": a plural object that opens a series keeps its comma)
        base not in ambiguous
        or first.lower().endswith("ing")
        or bool(OBJECT_START.match(following.lower().rstrip(",;:")))
        # ("empty trash and recycling", "change linen"): a mass noun a verb takes with no determiner
        or following.lower().rstrip(",;:") in config()["verbs"]["bare_objects"]
        or _modifier_of_a_plural(following, after or [])
    )


def _modifier_of_a_plural(following: str, after: list[str]) -> bool:
    """ "test fire alarms", "fit watch batteries", "label blood packs": a verb that is also a noun before a noun
    that names the kind of a plural object, not a compound naming a subject ("care plan reviews", "stock control
    systems" end in a task or a subject noun, "support worker rotas" opens with a person's: they stay topics)."""
    verbs = config()["verbs"]
    head = after[0].lower().rstrip(",;:.") if after else ""
    return (
        following.isalpha()
        and following.islower()
        and not following.endswith(ACTION_NOUN_ENDINGS)
        # (a person's noun names whose the object is: "support worker rotas", "service user files")
        and not following.endswith(("er", "or"))
        and verb_base(following) is None
        and re.fullmatch(r"[a-z]+(?<![siu])s", head) is not None
        and head not in verbs["task_nouns"]
        and head not in verbs["noun_heads"]
    )


def _object_follows(after: list[str]) -> bool:
    """An object (or a second verb sharing it) after a verb's particle: "up hanging baskets", "in posts", "up and
    protect furniture"."""
    word = after[0].lower().rstrip(",;:") if after else ""
    return bool(word) and (word.endswith("ing") or bool(OBJECT_START.match(word)))


def _modifiers_of_a_plural(base: str, following: str, after: list[str]) -> bool:
    """A verb that is also a noun before "X and Y Zs" ("fit base and wall units", "clean floor and wall tiles"),
    where X names no action ("stock rotation and date checks" names two tasks)."""
    words = [w.lower().strip(",.") for w in after[:3]]
    return (
        base in config()["verbs"]["ambiguous"]
        and len(words) == 3
        and words[0] in {"and", "or"}
        and following.isalpha()
        and not following.lower().endswith(ACTION_NOUN_ENDINGS)
        and bool(re.match(r".+(?<![siu])s$", words[2]))
        and not after[1].endswith(",")
    )


def noun_compound(base: str, following: str) -> bool:
    """ "stock takes", "test drives": a verb that is also a noun, before a plural that names a task
    (`task_nouns`), names a task itself ("stock shelves", "match invoices" are a verb and its object)."""
    ambiguous: list[str] = config()["verbs"]["ambiguous"]
    return base in ambiguous and following.lower().strip(",.") in config()["verbs"]["task_nouns"]


def as_bases(words: list[str]) -> list[str]:
    """Gerunds that open a line or follow a comma or "and" in their base form: "picking and packing orders,
    loading vehicles" -> "pick and pack orders, load vehicles"."""
    # A later gerund is a verb only in a line of gerunds: "Liaise with NHBC and building control" and "Review
    # RAMS, temporary works and lifting plans" name building control and lifting plans, no duties to build or lift.
    in_gerunds = bool(words) and words[0].rstrip(",").lower().endswith("ing")
    return [
        base_of_gerund(w)
        if w.rstrip(",").endswith("ing") and (i == 0 or (in_gerunds and _joined_verb(words, i)))
        else w
        for i, w in enumerate(words)
    ]


def _joined_verb(words: list[str], index: int) -> bool:
    """A gerund after "and" or a comma is a verb when an object follows it or it ends a series of verbs
    ("receiving, checking and storing"); one that ends a list of nouns ("managing stock, date checks and
    ordering") names a task, and "and order" would read as a command."""
    if not joins(words[index - 1]):
        return False
    if index < len(words) - 2 and words[index + 1].lower() in {"and", "or"}:
        # "..., ordering and stock rotation": a gerund joined to a noun names a task ("receiving and checking
        # goods" joins two verbs)
        return words[index + 2].rstrip(",").lower().endswith("ing")
    if index < len(words) - 1:
        return True
    before = (
        words[index - 2] if words[index - 1].lower() in {"and", "or"} and index >= 2 else words[index - 1]
    )
    return before.rstrip(",").lower().endswith("ing")


def joins(word: str) -> bool:
    return word.lower() in {"and", "or"} or word.endswith(",")


def base_of_gerund(word: str) -> str:
    bare = word.rstrip(",")
    base = verb_base(bare)
    return base + word[len(bare) :] if base else word


DETERMINERS = frozenset({"a", "an", "the", "our", "your", "their", "its", "every", "each"})


ACTION_NOUN_ENDINGS = ("tion", "sion", "ment", "ance", "ence", "ing", "ity", "al")


def is_base_verb(word: str) -> bool:
    """A work verb in its base form. The definitions' subjects are plural, so their verbs are base forms:
    "coaches" or "checks" after "and" are nouns there, not new duties."""
    bare = word.strip(",.").lower()
    return verb_base(bare) == bare


def starts_activity(word: str, following: str, after: str = "") -> bool:
    """A base-form verb with an object after it ("and give advice", not "and service of food"), or the first
    of coordinated verbs ("receive and balance cash")."""
    if not is_base_verb(word) or not following or following.lower() == "of":
        return False
    if following.lower() in {"and", "or"}:
        return is_base_verb(after)
    bare = word.strip(",.").lower()
    # "deposits, withdrawals, check cashing, and loan payments": a noun before a noun in -ing (one of a verb that is
    # also a noun, "cashing", is a noun there too)
    following_base = verb_base(following.strip(",."))
    ambiguous: list[str] = config()["verbs"]["ambiguous"]
    if (
        following.strip(",.").lower().endswith("ing")
        and (following_base is None or following_base in ambiguous)
        # ("book training rooms": a gerund before a plural names the kind of the object)
        and not re.fullmatch(r"[a-z]+(?<![siu])s", after.lower().rstrip(",;"))
        # (and so before a material: "hang lining paper", "lay decking timber")
        and after.lower().rstrip(",;.") not in config()["verbs"]["mass_objects"]
    ):
        return False
    return reads_as_verb(bare, bare, following.strip(",."), [after] if after else None)


def names_a_kind_of_work(words: list[str]) -> bool:
    """A series of gerunds that names a trade's kind of work among them ("Skimming, rendering and dry lining"):
    "dry lining" is a noun (`kinds_of_work`), so the series names work, no activities ("skim, render and dry
    lining", which a question then said as "drying lining")."""
    bare = [word.lower().strip(",.;:") for word in words]
    compounds = config()["verbs"]["kinds_of_work"]
    # (coordinated with the verbs before it: "install dry lining" is a verb and its object)
    return any(
        f"{first} {second}" in compounds
        and verb_base(first) is not None
        and (before in {"and", "or", "&"} or said.endswith(","))
        for before, said, first, second in zip(bare, words, bare[1:], bare[2:], strict=False)
    )
