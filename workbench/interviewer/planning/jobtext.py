"""The job's own words: requirement items read from the job record, ready to become questions.

A requirement line such as "3+ years' experience administering IV medications and titrating drips" becomes the
activity "administer IV medications and titrate drips"; "Strong knowledge of HACCP" becomes the topic "HACCP".
Words are only ever taken from the job's text: no alias map turns "mL/kg/hr" into "machine learning".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml

from workbench.interviewer.planning.esco import singular, tokens
from workbench.models import JobDetails

DATA = Path(__file__).resolve().parent / "data"
Shape = Literal["act", "topic"]
MAX_WORDS = 10
_ITEM_SPLIT = re.compile(r"\n+|(?<=[.;!?])\s+|\s*[•·▪●◦‣]\s*|(?:^|\n)\s*[-*]\s+")
_CUT_BEFORE = re.compile(
    r"\s+(?:such as|including|e\.g\.|for example|like|using|to ensure|so that|while|in order to)\b|\s*[(,:–—]"
)
# The verb of an activity read in the third person ("Administers medication") or as a gerund.
_THIRD_PERSON = re.compile(r"^([a-z]+?)(?:es|s)$")
_TRAILING_NOUN = re.compile(r"\s+(?:experience|skills?|knowledge|expertise)$", re.IGNORECASE)
VERBS_FILE = DATA / "verbs.yaml"


@dataclass(frozen=True, slots=True)
class Requirement:
    """One piece of job knowledge to question, in the job's own words."""

    text: str  # as it reads in a question: "administer IV medications" or "mechanical ventilation"
    shape: Shape
    terms: tuple[str, ...]  # content words (for relevance and de-duplication)
    source: str  # `skills_required`, `requirements`, `description` or `focus`


@lru_cache(maxsize=1)
def _config() -> dict[str, Any]:
    with (DATA / "questions.yaml").open(encoding="utf-8") as handle:
        questions: dict[str, Any] = yaml.safe_load(handle)
    with VERBS_FILE.open(encoding="utf-8") as handle:
        verbs: dict[str, Any] = yaml.safe_load(handle)
    return {"questions": questions, "verbs": verbs}


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], list[re.Pattern[str]], frozenset[str]]:
    config = _config()
    lead = re.compile(r"^(?:" + "|".join(config["questions"]["lead_ins"]) + r")(?![\w'])\s*", re.IGNORECASE)
    skip = [re.compile(p, re.IGNORECASE) for p in config["questions"]["not_questions"]]
    return lead, skip, frozenset(config["verbs"]["verbs"])


def questions_config() -> dict[str, Any]:
    questions: dict[str, Any] = _config()["questions"]
    return questions


def verb_base(word: str) -> str | None:
    """The base form when `word` is a known work verb ("administers" -> "administer"), else None."""
    _, _, verbs = _patterns()
    lowered = word.lower()
    if lowered in verbs:
        return lowered
    if lowered.endswith("ing"):
        for stem in (lowered[:-3], lowered[:-3] + "e", lowered[:-4]):
            if stem in verbs:
                return stem
    match = _THIRD_PERSON.match(lowered)
    if match:
        for stem in (lowered[:-1], lowered[:-2], lowered[:-3] + "y" if lowered.endswith("ies") else ""):
            if stem in verbs:
                return stem
    return None


def gerund(verb: str) -> str:
    irregular: dict[str, str] = _config()["verbs"]["gerunds"]
    if verb in irregular:
        return irregular[verb]
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    return verb + "ing"


def _tidy(item: str) -> str:
    item = re.sub(r"\s+", " ", item).strip(" \t-*•.;:,")
    lead, _, _ = _patterns()
    while True:
        shorter = lead.sub("", item, count=1).strip(" ,:")
        if shorter == item or not shorter:
            break
        item = shorter
    item = _TRAILING_NOUN.sub("", item)
    words = item.split()
    if len(words) > MAX_WORDS:
        cut = _CUT_BEFORE.search(item)
        if cut and len(item[: cut.start()].split()) >= 2:
            item = item[: cut.start()]
    return item.strip(" ,.;:")


def _lower_first(text: str, raw: str = "") -> str:
    """The item as it reads inside a question: a capital kept only for names ("ADP", "iPad", "Excel")."""
    first, _, rest = text.partition(" ")
    keep = first.isupper() or any(ch.isupper() for ch in first[1:]) or any(ch.isdigit() for ch in first)
    # A capitalised word that stood inside the original line ("Experience with Sage or ADP", "Strong Excel
    # skills") is a name: only the line's first word is capitalised for being first.
    keep = keep or (first[:1].isupper() and _capitalised_inside(first, raw))
    first = first if keep else first.lower()
    return f"{first} {rest}".strip()


def _capitalised_inside(word: str, raw: str) -> bool:
    words = raw.strip(" \t-*•").split()
    return any(w.strip(",.;:()") == word for w in words[1:])


def _as_requirement(raw: str, source: str) -> Requirement | None:
    text = _tidy(raw)
    _, skip, _ = _patterns()
    if not text or any(pattern.search(text) for pattern in skip):
        return None
    words = text.split()
    if len(words) > MAX_WORDS + 4:
        return None  # a sentence of prose, not a requirement
    terms = tuple(dict.fromkeys(singular(t) for t in tokens(text)))
    if not terms:
        return None
    base = verb_base(words[0].strip(",."))
    if base is not None and len(words) >= 2 and _reads_as_verb(base, words[0], words[1]):
        comma = "," if words[0].endswith(",") else ""
        return Requirement(" ".join([base + comma, *words[1:]]).strip(), "act", terms, source)
    return Requirement(_lower_first(text, raw), "topic", terms, source)


_OBJECT_START = re.compile(
    r"^(?:the|a|an|all|any|our|your|their|new|daily|weekly|monthly|safe|and|with)$|.+(?:s|ed)$"
)


def _reads_as_verb(base: str, first: str, following: str) -> bool:
    """ "plan differentiated lessons" is an activity; "stock rotation" is a topic."""
    ambiguous: list[str] = _config()["verbs"]["ambiguous"]
    return (
        base not in ambiguous or first.lower().endswith("ing") or bool(_OBJECT_START.match(following.lower()))
    )


def _items(text: str) -> list[str]:
    parts = [part for part in _ITEM_SPLIT.split(text or "") if part and part.strip()]
    return [part.strip() for part in parts]


def _similar(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    sa, sb = set(a), set(b)
    return bool(sa and sb) and len(sa & sb) / min(len(sa), len(sb)) >= 0.75


def requirements(job: JobDetails, focus_areas: list[str]) -> list[Requirement]:
    """The job's requirement items, focus areas first, then skills, requirements and duties; no near-duplicates."""
    found: list[Requirement] = []
    sources = [
        *((area, "focus") for area in focus_areas),
        *((skill, "skills_required") for skill in job.skills_required),
        *((item, "requirements") for item in _items(job.requirements)),
        *((item, "description") for item in _items(job.description)),
    ]
    for raw, source in sources:
        requirement = _as_requirement(raw, source)
        if requirement is None:
            continue
        if source == "description" and requirement.shape != "act":
            continue  # description prose is used only for the duties it states
        if any(_similar(requirement.terms, other.terms) for other in found):
            continue
        found.append(requirement)
    return found


def duty_requirements(definition: str, label: str = "") -> list[Requirement]:
    """Duties from an ESCO occupation definition ("They install and repair boilers." -> an activity).

    The first sentence names the occupation before its verb ("Bus drivers operate buses ..."): with the
    occupation's label known, the verb is the word after it, whether or not it is in the verb list (a word
    list cannot tell that "drivers" is a noun here, and "support" a verb). A sentence that joins several duties
    ("support animals ... and give advice to clients ...") gives one activity per duty."""
    found: list[Requirement] = []
    for number, sentence in enumerate(re.split(r"(?<=[.;])\s+", definition)):
        words = sentence.rstrip(".;").split()
        if number == 0:
            start = _after_subject(words, label)
            if start is None:
                continue
            words = _duty_from_charge(words[start:])
            if not words:
                continue  # "Shop managers are responsible for activities ...": a description, not a duty
        else:
            words = re.sub(
                r"^(?:they|he or she|she or he)\s+", "", " ".join(words), flags=re.IGNORECASE
            ).split()
        while words and words[0].lower() in {"also", "usually", "often", "typically", "may", "can"}:
            words = words[1:]
        if number and (not words or verb_base(words[0].strip(",.")) is None):
            continue
        for duty in _split_duties(words):
            requirement = _as_duty(duty)
            if requirement is not None and not any(_similar(requirement.terms, d.terms) for d in found):
                found.append(requirement)
    return found


_CHARGE = re.compile(r"^(?:are|is) (?:in charge of|responsible for|tasked with) ([a-z]+ing)\b", re.IGNORECASE)


def _duty_from_charge(words: list[str]) -> list[str]:
    """ "are in charge of promoting and restoring health" -> "promote and restore health"; another "are ..."
    sentence describes the occupation rather than a duty (empty)."""
    if not words or words[0].lower() not in {"are", "is"}:
        return words
    text = " ".join(words)
    match = _CHARGE.match(text)
    if match is None or verb_base(match.group(1)) is None:
        return []
    rest = text[match.end() :].split()
    converted = [verb_base(w) or w if i < 3 and w.endswith("ing") else w for i, w in enumerate(rest)]
    return [verb_base(match.group(1)) or match.group(1), *converted]


def _split_duties(words: list[str]) -> list[str]:
    """ "support animals in care and give advice to clients" -> two duties, split before a later verb that
    follows "and" or a comma."""
    duties: list[list[str]] = [[]]
    for index, word in enumerate(words):
        previous = words[index - 1] if index else ""
        joins = previous.lower() in {"and", "or"} or previous.endswith(",")
        has_object = any(
            not _is_base_verb(w) and w.lower().strip(",") not in {"and", "or"} for w in duties[-1]
        )
        following, after = ([*words[index + 1 : index + 3], "", ""])[:2]
        starts_duty = index > 1 and joins and has_object and _starts_activity(word, following, after)
        if starts_duty:
            if duties[-1] and duties[-1][-1].lower() in {"and", "or"}:
                duties[-1].pop()
            duties.append([])
        duties[-1].append(word)
    return [" ".join(d).strip(" ,") for d in duties if d]


def _is_base_verb(word: str) -> bool:
    """A work verb in its base form. The definitions' subjects are plural, so their verbs are base forms:
    "coaches" or "checks" after "and" are nouns there, not new duties."""
    bare = word.strip(",.").lower()
    return verb_base(bare) == bare


def _starts_activity(word: str, following: str, after: str = "") -> bool:
    """A base-form verb with an object after it ("and give advice", not "and service of food"), or the first
    of coordinated verbs ("receive and balance cash")."""
    if not _is_base_verb(word) or not following or following.lower() == "of":
        return False
    if following.lower() in {"and", "or"}:
        return _is_base_verb(after)
    bare = word.strip(",.").lower()
    return _reads_as_verb(bare, bare, following.strip(",."))


def _after_subject(words: list[str], label: str) -> int | None:
    """Where the first sentence's verb starts: after the label's words, else at the first known verb."""
    label_words = label.lower().split()
    if label_words and len(words) > len(label_words):
        said = [
            w.lower().strip(",.").removesuffix("'s").removesuffix("’s") for w in words[: len(label_words)]
        ]
        if all(singular(a) == singular(b) for a, b in zip(label_words, said, strict=True)):
            return len(label_words)
    return next((i for i, w in enumerate(words[:6]) if i and verb_base(w.strip(",.")) is not None), None)


_DUTY_CUT = re.compile(r"\s(?:in|on|for|with|to|of|at|by|from|within|across|under)\s")


def _as_duty(text: str) -> Requirement | None:
    """An activity whose first word is a verb by its place in the sentence, known to the verb list or not;
    a long one is cut before a preposition so that it reads as one task."""
    if text.split()[:2] and text.split()[0].lower() in {"are", "is", "be"}:
        return None  # "are responsible for ...": a description, not an activity
    tidy = _tidy(text)
    while len(tidy.split()) > MAX_WORDS:
        cuts = [m.start() for m in _DUTY_CUT.finditer(tidy) if len(tidy[: m.start()].split()) >= 4]
        if not cuts:
            if len(tidy.split()) > MAX_WORDS + 4:
                return None  # a sentence of prose, not one task
            break
        tidy = tidy[: cuts[0]]
    _, skip, _ = _patterns()
    if not tidy or any(pattern.search(tidy) for pattern in skip) or len(tidy.split()) < 2:
        return None
    terms = tuple(dict.fromkeys(singular(t) for t in tokens(tidy)))
    first = tidy.split()[0]
    base = (verb_base(first.strip(",.")) or first.lower().strip(",.")) + ("," if first.endswith(",") else "")
    return Requirement(" ".join([base, *tidy.split()[1:]]), "act", terms, "esco") if terms else None


def acting(activity: str) -> str:
    """The activity as a gerund phrase, coordinated verbs included: "manage, collect and develop resources" ->
    "managing, collecting and developing resources"."""
    words = activity.split()
    out = [gerund(words[0].rstrip(",")) + words[0][len(words[0].rstrip(",")) :]] if words else []
    index = 1
    joined = words[0].endswith(",") if words else False
    while index < len(words):
        word = words[index]
        bare = word.rstrip(",")
        if bare in {"and", "or"}:
            out.append(word)
            joined = True
        elif joined and verb_base(bare) is not None:
            out.append(gerund(verb_base(bare) or bare) + word[len(bare) :])
            joined = word.endswith(",")
        else:
            break
        index += 1
    # Only the first duty of "operate buses or coaches, take fares, and look after passengers" reads as one
    # gerund phrase: the object ends where a later verb starts after a comma or "and".
    rest = words[index:]
    for position in range(1, len(rest)):
        joins = rest[position - 1].lower() in {"and", "or"} or rest[position - 1].endswith(",")
        following, after = ([*rest[position + 1 : position + 3], "", ""])[:2]
        if joins and _starts_activity(rest[position], following, after):
            rest = rest[:position]
            while rest and (rest[-1].lower() in {"and", "or"}):
                rest = rest[:-1]
            break
    return " ".join([*out, *rest]).rstrip(",")
