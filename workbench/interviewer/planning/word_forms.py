"""A title read by ESCO's labels when they say its role in another form of its words, or say its role with a kind of
their own before it: "corrections officer" (*prison officer*) for a Correctional Officer, "car and van delivery
driver" for a Pharmacy Delivery Driver."""

from __future__ import annotations

import re

from workbench.interviewer.planning import esco
from workbench.interviewer.planning.esco import plain_words
from workbench.interviewer.planning.label_setting import (
    main_part,
    names_setting_unsaid_by,
    said_by_job,
    says_as_its_own,
    setting_words,
    words,
)
from workbench.interviewer.planning.lexicon import config

SAME_FORM = (
    7  # letters a title's word and a label's word share as forms of one word ("correctional", "corrections")
)
FORM_SHARE = 0.3  # how close (share of the best BM25 score) an occupation saying it in another form must be


def own_name_ends_in(entry: esco.EscoEntry, role: str, job_words: set[str]) -> bool:
    """Whether the occupation's own name ends in the title's role (its last two words) and says no setting the job
    does not: a Pharmacy Delivery Driver is the *car and van delivery driver*, whose "car and van" says which
    vehicles, not another job, though an ad for a van may never say "car". A role any trade has says no trade: a
    Warehouse Team Leader is no *fruit production team leader*. Nor one that says a kind of work the job does not
    ("moving" of *moving truck driver* for a CDL-A Truck Driver who hauls freight over the road)."""
    name, said = plain_words(entry.label), role.split()
    questions = config()["questions"]
    unspecific = set(questions["leading_roles"]) | set(questions["generic_role_nouns"])
    return (
        len(said) == 2
        and name[-2:] == said
        and esco.singular(said[-1]) not in unspecific
        and not names_setting_unsaid_by(entry, job_words)
        and not any(word.endswith("ing") and not said_by_job({word}, job_words) for word in name[:-2])
    )


def named_in_another_form(
    title: str, ranked: list[tuple[esco.EscoEntry, float]], job_words: set[str]
) -> tuple[esco.EscoEntry, float] | None:
    """The close occupation one of whose labels says the title's phrase with a word in another form ("corrections
    officer" for a Correctional Officer), as a role of its own: not after a setting the job never speaks of
    ("juvenile corrections officer"), and naming no such setting itself. A label that says the title as it is
    was read before (`title_filing.named_by_title`)."""
    said = plain_words(main_part(title))
    modifiers, head = said[:-1], said[-1:]
    if not modifiers or not any(len(word) > SAME_FORM for word in modifiers):
        return None
    # a modifier in another form ("correctional", "corrections"); the role noun as the title says it ("engineer",
    # never "engineering": *process engineering technician* is no Technical Support Engineer)
    forms = [
        re.escape(w[:SAME_FORM]) + "[a-z]*" if len(w) > SAME_FORM else re.escape(w) + "s?" for w in modifiers
    ]
    pattern = re.compile(
        r"(?<![a-z0-9])(?:([a-z]+) )?(" + " ".join(forms) + r") " + re.escape(head[0]) + r"s?(?![a-z0-9])"
    )
    places = setting_words()
    leading = set(config()["questions"]["leading_roles"])
    best = ranked[0][1] if ranked else 0.0
    for entry, score in ranked:
        if score < FORM_SHARE * best or names_setting_unsaid_by(entry, job_words):
            continue
        if (words(entry.label) - words(title)) & leading:
            continue  # a role that leads the title's ("correctional services manager")
        for found in pattern.finditer(entry.labels.lower()):
            before = found.group(1)
            if [esco.singular(w) for w in found.group(2).split()] == [esco.singular(w) for w in modifiers]:
                continue  # the title's own words ("ceramic products designer" for a Product Designer)
            unsaid_place = before is not None and esco.singular(before) in places and before not in job_words
            if not unsaid_place:
                return entry, score
    return None


# The nouns a label puts after a kind of work to say who does it: "groundskeeping worker", "credit control agent".
_DOERS = (
    r"(?:workers?|agents?|assistants?|operatives?|officers?|staff|attendants?|clerks?|employees?|persons?)"
)


def named_as_its_work(
    title: str, ranked: list[tuple[esco.EscoEntry, float]], job_words: set[str]
) -> tuple[esco.EscoEntry, float] | None:
    """The close occupation one of whose labels says the title's role as its work done by a worker, agent or the
    like, as a role of its own: "groundskeeping worker" (*groundsman/groundswoman*) for a
    Groundskeeper, "credit control agent" (*debt collector*) for a Credit Controller, "domiciliary care worker"
    (*care home worker*) for a Domiciliary Carer. Not one whose own name leads the title's role or names a
    setting the job never speaks of."""
    pattern = _work_pattern(title)
    if pattern is None:
        return None
    best = ranked[0][1] if ranked else 0.0
    return next(
        (
            (entry, score)
            for entry, score in ranked
            if score >= FORM_SHARE * best and says_title_as_work(title, entry, job_words, pattern)
        ),
        None,
    )


def says_title_as_work(
    title: str, entry: esco.EscoEntry, job_words: set[str], pattern: re.Pattern[str] | None = None
) -> bool:
    """Whether one of the occupation's labels says the title's role as its work done by a worker, agent or the
    like (`named_as_its_work`), as a role of its own."""
    pattern = pattern or _work_pattern(title)
    if pattern is None or names_setting_unsaid_by(entry, job_words):
        return False
    if (words(entry.label) - words(title)) & set(config()["questions"]["leading_roles"]):
        return False  # "domiciliary care supervisor" (*community care case worker*) for a Domiciliary Carer
    phrase = " ".join(plain_words(main_part(title)))
    places, heads = setting_words(), esco.role_heads()
    for found in pattern.finditer(entry.labels.lower()):
        before = found.group(1)
        if before is None or before in job_words:
            return True
        if found.end() <= len(entry.label):  # its own name ("ICT help desk agent")
            return esco.singular(before) not in places
        # after the role noun ending the label before it ("debt collector credit control agent"), not after a kind
        # the job never says ("extruder machine setting operative" for an injection moulding Machine Setter)
        if esco.singular(before) in heads and says_as_its_own(pattern, entry, phrase, job_words):
            return True
    return False


def _work_pattern(title: str) -> re.Pattern[str] | None:
    """The title's role said as its work and who does it: "Credit Controller", "credit control(ling) agent"."""
    said = plain_words(main_part(title))
    head = said[-1] if said else ""
    # (the role noun alone says too little: a Teacher is no "teaching assistant")
    if len(said) < 2 or len(head) < 5 or not head.endswith(("er", "or")):
        return None
    stem = head[:-2]
    stems = {stem, stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem}  # "controll": "control"
    if head.endswith("er"):
        stems.add(head[:-1])  # "carer": "care"
    work = "(?:" + "|".join(re.escape(s) for s in sorted(stems)) + ")(?:ing)?"
    # the title's words before its role, written apart or run together with the work ("groundskeeping")
    before = r"\s+".join(map(re.escape, said[:-1]))
    phrase = (before + r"\s*" if before else "") + work + r"\s+" + _DOERS
    return re.compile(r"(?<![a-z0-9])(?:([a-z]+) )?" + phrase + r"(?![a-z0-9])")


def names_title_around(entry: esco.EscoEntry, title: str, job_words: set[str]) -> bool:
    """Whether the occupation's own name says the title's words in their order with one word of kind between them
    and no setting the job does not say (*road construction worker* for a Road Worker): a kind the title leaves
    open is no other job, as *road marker* is (the title's "road" with a role noun of its own)."""
    said = plain_words(main_part(title))
    name = plain_words(entry.label)
    if len(said) < 2 or name[:1] != said[:1] or name[-1:] != said[-1:] or len(name) != len(said) + 1:
        return False
    return not names_setting_unsaid_by(entry, job_words)
