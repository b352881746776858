"""The job's own words: requirement items read from the job record, ready to become questions.

A requirement line such as "3+ years' experience administering IV medications and titrating drips" becomes the
activity "administer IV medications and titrate drips"; "Strong knowledge of HACCP" becomes the topic "HACCP".
Words are only ever taken from the job's text: no alias map turns "mL/kg/hr" into "machine learning".
"""

from __future__ import annotations

import html
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


_PREPOSITION_COMMA = re.compile(r"\b(for|of|to|with|on|in|at|by|from),\s+", re.IGNORECASE)


def _drop_stray_comma(match: re.Match[str]) -> str:
    """ "prescriptions for, over the counter" is a typo in the source; "receive goods in, check them" is not."""
    following = match.string[match.end() :].split(" ", 1)[0].strip(",.")
    return match.group(0) if verb_base(following) is not None else f"{match.group(1)} "


def _tidy(item: str, max_words: int = MAX_WORDS) -> str:
    item = re.sub(r"\s+", " ", item).strip(" \t-*•.;:,")
    item = _PREPOSITION_COMMA.sub(_drop_stray_comma, item)
    lead, _, _ = _patterns()
    while True:
        shorter = lead.sub("", item, count=1).strip(" ,:")
        if shorter == item or not shorter:
            break
        item = shorter
    item = _TRAILING_NOUN.sub("", item)
    words = item.split()
    if len(words) > max_words:
        cut = _CUT_BEFORE.search(item)
        if cut and len(item[: cut.start()].split()) >= 2:
            item = item[: cut.start()]
    return item.strip(" ,.;:")


def _lower_first(text: str, raw: str = "") -> str:
    """The item as it reads inside a question: a capital kept only for names ("ADP", "iPad", "Excel")."""
    first, _, rest = text.partition(" ")
    keep = first.isupper() or any(ch.isupper() for ch in first[1:]) or any(ch.isdigit() for ch in first)
    # A name in title case ("Paediatric First Aid", "Sage Payroll") keeps every capital.
    keep = keep or (first[:1].isupper() and rest[:1].isupper())
    # A capitalised word that stood inside the original line ("Experience with Sage or ADP", "Strong Excel
    # skills") is a name: only the line's first word is capitalised for being first.
    keep = keep or (first[:1].isupper() and _capitalised_inside(first, raw))
    first = first if keep else first.lower()
    return f"{first} {rest}".strip()


def _capitalised_inside(word: str, raw: str) -> bool:
    """Whether `word` stands capitalised somewhere other than at the start of a line or sentence of `raw`."""
    for line in _items(raw):
        words = line.strip(" \t-*•").split()
        if any(w.strip(",.;:()") == word for w in words[1:]):
            return True
    return False


def _as_requirement(raw: str, source: str, context: str = "") -> Requirement | None:
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
    if base is not None and len(words) >= 2 and _reads_as_verb(base, words[0], words[1], words[2:3]):
        comma = "," if words[0].endswith(",") else ""
        return Requirement(
            " ".join([base + comma, *_coordinated_bases(words[0], words[1:])]).strip(), "act", terms, source
        )
    # "Sage Payroll" as a skill is a name when the job's text writes "in Sage" mid-sentence.
    return Requirement(_lower_first(text, f"{raw}\n{context}"), "topic", terms, source)


def _coordinated_bases(first: str, rest: list[str]) -> list[str]:
    """The verbs coordinated with the first one in their base form too: "installing and maintaining lighting
    circuits" -> "install and maintain lighting circuits"."""
    out = list(rest)
    previous = first
    for index, word in enumerate(out):
        bare = word.rstrip(",")
        joined = previous.lower() in {"and", "or"} or previous.endswith(",")
        if bare.lower() in {"and", "or"}:
            previous = word
            continue
        base = verb_base(bare) if joined and bare.endswith("ing") else None
        if base is None:
            break
        out[index] = base + word[len(bare) :]
        previous = word
    return out


_OBJECT_START = re.compile(
    r"^(?:the|a|an|all|any|our|your|their|new|daily|weekly|monthly|safe|and|with)$|.+(?:s|ed)$"
)


def _reads_as_verb(base: str, first: str, following: str, after: list[str] | None = None) -> bool:
    """ "plan differentiated lessons" is an activity; "stock rotation" is a topic, and so is "testing and
    inspection" (a gerund joined to a noun names a subject; "installing and maintaining wiring" is an activity)."""
    ambiguous: list[str] = _config()["verbs"]["ambiguous"]
    if following.lower() in {"and", "or"} and after:
        return verb_base(after[0].strip(",.")) is not None
    return (
        base not in ambiguous or first.lower().endswith("ing") or bool(_OBJECT_START.match(following.lower()))
    )


_BLOCK_TAG = re.compile(r"<\s*/?\s*(?:p|li|ul|ol|br|div|h[1-6]|tr|td|section|article)\b[^>]*>", re.IGNORECASE)
_ANY_TAG = re.compile(r"<\s*/?\s*[a-z][a-z0-9]*\b[^>]*>", re.IGNORECASE)


def plain_text(text: str) -> str:
    """A job pasted from a web page as HTML, as the lines a reader sees: block elements end lines, other tags
    go, entities are decoded ("<li>Keep HACCP logs</li>" -> "Keep HACCP logs")."""
    if not _ANY_TAG.search(text or ""):
        return text or ""
    lines = _ANY_TAG.sub("", _BLOCK_TAG.sub("\n", text))
    return html.unescape(lines)


def _items(text: str) -> list[str]:
    parts = [part for part in _ITEM_SPLIT.split(plain_text(text)) if part and part.strip()]
    return [part.strip() for part in parts]


def _similar(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    sa, sb = set(a), set(b)
    return bool(sa and sb) and len(sa & sb) / min(len(sa), len(sb)) >= 0.75


def requirements(job: JobDetails, focus_areas: list[str]) -> list[Requirement]:
    """The job's requirement items: focus areas first, then skills, then the requirement lines and the duties
    the description states, taken in turn (a job ad's duties are its job analysis as much as its
    requirements are); no near-duplicates."""
    found: list[Requirement] = []
    context = "\n".join([plain_text(job.description), plain_text(job.requirements)])
    stated = _one_duty_each([(item, "requirements") for item in _items(job.requirements)])
    duties = _one_duty_each([(item, "description") for item in _items(job.description)])
    sources = [
        *((area, "focus") for area in focus_areas),
        *((skill, "skills_required") for skill in job.skills_required),
        *_in_turn(stated, duties),
    ]
    for raw, source in sources:
        requirement = _as_requirement(raw, source, context)
        if requirement is None:
            continue
        if source == "description" and requirement.shape != "act":
            continue  # description prose is used only for the duties it states
        if any(_similar(requirement.terms, other.terms) for other in found):
            continue
        found.append(requirement)
    return found


def _in_turn(first: list[tuple[str, str]], second: list[tuple[str, str]]) -> list[tuple[str, str]]:
    merged: list[tuple[str, str]] = []
    for index in range(max(len(first), len(second))):
        merged += first[index : index + 1] + second[index : index + 1]
    return merged


def _one_duty_each(sources: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """ "Dispense and check prescriptions, provide advice to patients, supervise dispensing staff" is three
    duties, and so is "You will be responsible for picking and packing orders, loading vehicles and keeping
    the warehouse clean": a line that states duties is split where a later verb starts a new one."""
    out: list[tuple[str, str]] = []
    for raw, source in sources:
        words = _as_bases(_without_lead(raw).split())
        first = verb_base(words[0].strip(",.").lower()) if words else None
        if first is None or len(words) <= 3:
            out.append((raw, source))
            continue
        out.extend((duty, source) for duty in _split_duties(words) if duty)
    return out


def _without_lead(item: str) -> str:
    lead, _, _ = _patterns()
    item = re.sub(r"\s+", " ", item).strip(" \t-*•.;:,")
    while True:
        shorter = lead.sub("", item, count=1).strip(" ,:")
        if shorter == item or not shorter:
            return item
        item = shorter


def _as_bases(words: list[str]) -> list[str]:
    """Gerunds that open a line or follow a comma or "and" in their base form: "picking and packing orders,
    loading vehicles" -> "pick and pack orders, load vehicles"."""
    return [
        _base_of_gerund(w) if w.rstrip(",").endswith("ing") and (i == 0 or _joins(words[i - 1])) else w
        for i, w in enumerate(words)
    ]


def duty_requirements(definition: str, label: str = "") -> list[Requirement]:
    """Duties from an ESCO occupation definition ("They install and repair boilers." -> an activity).

    The first sentence names the occupation before its verb ("Bus drivers operate buses ..."): with the
    occupation's label known, the verb is the word after it, whether or not it is in the verb list (a word
    list cannot tell that "drivers" is a noun here, and "support" a verb). A sentence that joins several duties
    ("support animals ... and give advice to clients ...") gives one activity per duty."""
    found: list[Requirement] = []
    subject: re.Match[str] | None = None
    for number, sentence in enumerate(re.split(r"(?<=[.;])\s+", definition)):
        words = sentence.rstrip(".;").split()
        if number == 0:
            start = _after_subject(words, label)
            if start is None:
                continue
            words = _duty_from_charge(_past_aside(words, start))
            if not words or words[0].lower() in _NOT_DUTY_VERBS:
                continue  # "Shop managers are responsible for activities ...": a description, not a duty
        else:
            sentence_text = _DISCOURSE.sub("", " ".join(words))
            subject = _SUBJECT.match(sentence_text) or _LABEL_SUBJECT.match(
                _label_as_they(sentence_text, label)
            )
            words = sentence_text.split()[_subject_words(subject, sentence_text, label) :]
            if subject and words[:1] and words[0].lower() in {"are", "is"}:
                words = _duty_from_charge(
                    [words[0], *[w for w in words[1:3] if w.lower() != "also"], *words[3:]]
                )
        while words and words[0].lower() in {"also", "usually", "often", "typically", "may", "can"}:
            words = words[1:]
        if number and not _duty_verb(words, by_place=subject is not None):
            continue
        for duty in _split_duties(_before_description(words)) + _charged_after(words):
            requirement = _as_duty(duty)
            if requirement is not None and not any(_similar(requirement.terms, d.terms) for d in found):
                found.append(requirement)
    return found


_DISCOURSE = re.compile(
    r"^(?:moreover|furthermore|additionally|in addition|besides|also|finally|in particular),?\s+",
    re.IGNORECASE,
)
_SUBJECT = re.compile(r"^(?:they|he or she|she or he)\s+", re.IGNORECASE)
_LABEL_SUBJECT = re.compile(r"^they\s+", re.IGNORECASE)


def _label_as_they(sentence: str, label: str) -> str:
    """ "Healthcare assistants assist in ..." reads as "They assist in ..." when the label opens it."""
    words = sentence.split()
    start = _after_subject(words, label) if label else None
    if start is not None and start == len(label.split()):
        return " ".join(["They", *words[start:]])
    return sentence


def _subject_words(subject: re.Match[str] | None, sentence: str, label: str) -> int:
    """How many words the sentence's subject takes ("They": 1, "He or she": 3, the label: its length)."""
    if subject is None:
        return 0
    if _SUBJECT.match(sentence):
        return len(subject.group(0).split())
    return len(label.split())


_NOT_DUTY_VERBS = frozenset(
    {"are", "is", "be", "have", "has", "can", "may", "must", "work", "need", "should"}
)


def _before_description(words: list[str]) -> list[str]:
    """ "oversee the project daily and are responsible for delivering results": the duty before "and are"."""
    for index in range(1, len(words) - 1):
        if words[index].lower() == "and" and words[index + 1].lower() in {"are", "is"}:
            return words[:index]
    return words


def _charged_after(words: list[str]) -> list[str]:
    """The duty a trailing "and are responsible for delivering results" states: "deliver results"."""
    rest = words[len(_before_description(words)) + 1 :]
    charged = _duty_from_charge(rest) if rest else []
    return [" ".join(charged)] if charged else []


def _past_aside(words: list[str], start: int) -> list[str]:
    """The words after the subject, past an aside set off by commas ("Pharmacy technicians, under the
    supervision of a pharmacist, check incoming goods")."""
    if start and words[start - 1].endswith(","):
        for index in range(start, min(len(words), start + 10)):
            if words[index].endswith(","):
                return words[index + 1 :]
    return words[start:]


def _duty_verb(words: list[str], *, by_place: bool) -> bool:
    """Whether the sentence starts with a duty's verb: a known work verb, or any word in the verb's place
    after "They" ("They offer clinical information ...") that is not a copula or modal."""
    if not words:
        return False
    first = words[0].strip(",.").lower()
    if first in _NOT_DUTY_VERBS:
        return False
    return verb_base(first) is not None or (by_place and first.isalpha() and len(words) >= 2)


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
    converted = [
        _base_of_gerund(w) if w.rstrip(",").endswith("ing") and (i < 3 or _joins(rest[i - 1])) else w
        for i, w in enumerate(rest)
    ]
    return [verb_base(match.group(1)) or match.group(1), *converted]


def _joins(word: str) -> bool:
    return word.lower() in {"and", "or"} or word.endswith(",")


def _base_of_gerund(word: str) -> str:
    bare = word.rstrip(",")
    base = verb_base(bare)
    return base + word[len(bare) :] if base else word


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
        # "to move, locate, relocate, stack, and count merchandise": single verbs in a series share the object
        in_series = (
            _series_item(words, index - 1)
            or (previous.lower() in {"and", "or"} and index > 1 and _series_item(words, index - 2))
            or _only_verbs_so_far(duties[-1])
        )
        # "check them against delivery notes": a verb whose object is a pronoun goes on with the duty before it
        refers_back = following.lower().strip(",.") in {"them", "it", "these", "those", "this"}
        starts_duty = (
            index > 1
            and joins
            and has_object
            and not in_series
            and not refers_back
            and _starts_activity(word, following, after)
        )
        if starts_duty:
            if duties[-1] and duties[-1][-1].lower() in {"and", "or"}:
                duties[-1].pop()
            duties.append([])
        duties[-1].append(word)
    return [" ".join(d).strip(" ,") for d in duties if d]


def _only_verbs_so_far(duty: list[str]) -> bool:
    """ "maintain, tune and" before "repair musical instruments": single words in a comma series share the
    object that follows."""
    words = duty[:-1] if duty and duty[-1].lower() in {"and", "or"} else duty
    return len(words) >= 2 and all(word.endswith(",") for word in words[:-1]) and "," not in words[-1]


def _series_item(words: list[str], index: int) -> bool:
    """A lone word with a comma after "to" or after another such word ("to move, locate," ...)."""
    if index < 0 or not words[index].endswith(","):
        return False
    if index == 0:
        return True  # "bend, cut, and install pipes": the sentence opens with the series
    before, word = words[index - 1], words[index].rstrip(",").lower()
    if word.endswith("s") and verb_base(word) != word:
        return False  # "to patients," is a place, not a verb in a series
    return before.lower() == "to" or (before.endswith(",") and _series_item(words, index - 1))


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


MAX_DUTY_WORDS = (
    14  # an ESCO duty keeps its object whole ("oversee the preparation, cooking and service of food")
)
# Where a definition's duty runs on into how or why it is done: "... whilst keeping an eye on quality",
# "... by gathering information", "... and their families helping them to cope".
_CLAUSE_CUT = re.compile(
    r"\s(?:whilst|while|whereby|by|when|so that|so as|which|who|where|that|according to|in order to|using"
    r"|such as|including|as well as|within|on behalf of)\s"
    r"|(?<!\band)(?<!\bor)(?<![,\s])\s(?!during\b|bring\b)[a-z]{3,}ing\s(?=them|their|the|to)\b"
)


def _as_duty(text: str) -> Requirement | None:
    """An activity whose first word is a verb by its place in the sentence, known to the verb list or not;
    it ends where the sentence turns to how or why the duty is done, and a long one is cut at the last
    preposition that leaves it short enough to read as one task."""
    if text.split()[:2] and text.split()[0].lower() in {"are", "is", "be"}:
        return None  # "are responsible for ...": a description, not an activity
    tidy = _tidy(text, max_words=10 * MAX_DUTY_WORDS)  # no cut at the first comma: the cuts below choose
    clause = next((m for m in _CLAUSE_CUT.finditer(tidy) if len(tidy[: m.start()].split()) >= 3), None)
    if clause is not None:
        tidy = tidy[: clause.start()].rstrip(" ,")
    if len(tidy.split()) > MAX_DUTY_WORDS:
        cuts = [
            m.start()
            for m in _DUTY_CUT.finditer(tidy)
            if 4 <= len(tidy[: m.start()].split()) <= MAX_DUTY_WORDS
        ]
        if not cuts:
            return None  # a sentence of prose, not one task
        tidy = re.sub(r"(?:[\s,]+(?:and|or|of|the|a|an))+$", "", tidy[: cuts[-1]].rstrip(" ,"))
    _, skip, _ = _patterns()
    if not tidy or any(pattern.search(tidy) for pattern in skip) or len(tidy.split()) < 2:
        return None
    terms = tuple(dict.fromkeys(singular(t) for t in tokens(tidy)))
    first, *rest = tidy.split()
    base = (verb_base(first.strip(",.")) or first.lower().strip(",.")) + ("," if first.endswith(",") else "")
    if rest and rest[0].lower() == "their":
        rest[0] = "your"  # "assess their clients' needs": the occupation's clients are the candidate's
    return Requirement(" ".join([base, *rest]), "act", terms, "esco") if terms else None


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
