"""A duty of noticing ("recognise decay", "identify suspicious items and behaviour and report them", "spot
contamination in cultures") and what it notices ("decay", "suspicious items and behaviour").

Its situational question puts what is noticed in the situation (the family's `noticing` situations in
data/families.yaml: "partway through a job you see what looks like decay, and the customer wants the work finished
today"): a situation of the family that does not say it ("a machine breaks down partway through the job") asks
about nothing of the duty.
"""

from __future__ import annotations

import re

from workbench.interviewer.planning.lexicon import config, verb_base

# "recognise when a tree needs a specialist inspection": what is noticed is a sign that it does
_CLAUSE_NOTICED = re.compile(r"^(?:when|that|if)\s+(?=\S)", re.IGNORECASE)
# "identify how ...", "recognise what ...": no thing noticed that a situation could show
_NO_THING = re.compile(r"^(?:how|what|where|why|whether|who|which|to)\b", re.IGNORECASE)
_JOINER = re.compile(r"^(?:and|or|&|,)$")
_PREPOSITIONS_OF_A_VERB = frozenset({"to", "on", "with", "for", "upon"})


def noticing_verbs() -> frozenset[str]:
    return frozenset(config()["verbs"]["noticing"])


def _not_a_sign(thing: str) -> bool:
    """ "identify customer needs", "spot sales opportunities": what is looked for is no sign of something wrong, and
    a situation of noticing ("you find customer needs in work already approved") does not read with it; nor
    are people alone ("refer customers to bankers for products")."""
    head = _POST_MODIFIER.split(thing, maxsplit=1)[0]  # "sales opportunities for the business"
    words = {word.strip(",.;:()").lower() for word in head.split()}
    verbs = config()["verbs"]
    if words & set(verbs["noticed_not_signs"]):
        return True
    named = words - set(verbs["people_sought_words"])
    return bool(named) and named <= set(verbs["people_plurals"])  # "customers", not "vulnerable customers"


_POST_MODIFIER = re.compile(r"\s(?:of|for|in|on|with|to|at|from|across|among|within)\s", re.IGNORECASE)


def noticed(duty: str) -> str | None:
    """What a duty of noticing notices: the words after its verbs ("recognise and report"), up to a later verb
    that starts a duty of its own ("... and report them to the nurse in charge"); None for any other duty."""
    words = duty.split()
    if not words or words[0].lower().strip(",") not in noticing_verbs():
        return None
    index = 1
    # "identify, assess and report risks", "spot and report": the verbs in a series before the thing noticed
    while index + 1 < len(words) and (_JOINER.match(words[index]) or words[index - 1].endswith(",")):
        following = words[index + 1] if _JOINER.match(words[index]) else words[index]
        if verb_base(following.strip(",").lower()) is None:
            break
        index += 2 if _JOINER.match(words[index]) else 1
    rest = words[index:]
    if index > 1 and rest[:1] and rest[0].lower() in _PREPOSITIONS_OF_A_VERB:
        rest = rest[1:]  # "identify and respond to safeguarding concerns": the "to" is the last verb's
    for cut in range(1, len(rest) - 1):
        # "suspicious items and behaviour and report them": a later verb after "and" is a duty of its own
        if rest[cut].lower() in {"and", "then"} and _starts_a_duty(rest[cut + 1 :]):
            rest = rest[:cut]
            break
    thing = " ".join(rest).strip(" ,.;:")
    if not thing or _NO_THING.match(thing):
        return None
    clause = _CLAUSE_NOTICED.match(thing)
    if clause:
        return f"signs that {thing[clause.end() :]}"
    return None if _not_a_sign(thing) else thing


def _starts_a_duty(words: list[str]) -> bool:
    """ "report them", "quarantine nonconforming parts", "escalate appropriately": a work verb after "and" starts a
    duty of its own ("and structural defects", "and behaviour" go on naming what is noticed)."""
    return verb_base(words[0].strip(",.").lower()) is not None
