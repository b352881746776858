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

from workbench.interviewer.evidence import stem
from workbench.interviewer.planning.esco import singular, tokens
from workbench.models import JobDetails

DATA = Path(__file__).resolve().parent / "data"
Shape = Literal["act", "topic"]
MAX_WORDS = 10
_SHORT_TOPIC = 6  # the most words of a duty a bullet names as a noun phrase
# A sentence ends at ". ", but not at an abbreviation's full stop ("a property management system (e.g. Opera)").
_ABBREVIATION_END = "".join(
    rf"(?<!{abbreviation})"
    for abbreviation in (r"e\.g\.", r"i\.e\.", r"etc\.", r"incl\.", r"approx\.", r"vs\.")
)
_ITEM_SPLIT = re.compile(
    rf"\n+|(?<=[.;!?]){_ABBREVIATION_END}\s+|\s*[•·▪●◦‣]\s*|(?:^|\n)\s*[-*]\s+", re.IGNORECASE
)
# An example in brackets is for the reader of the ad, not part of what a question names: "using a property
# management system (e.g. Opera)" asks about the system.
_EXAMPLE_ASIDE = re.compile(
    r"\s*\((?:e\.?g\.?|i\.?e\.?|such as|for example|for instance|like|incl\.?|including)\b[^)]*\)"
    r"|\s*\((?:advanced|intermediate|essential|desirable|preferred|ideally|a plus|an advantage)\)",
    re.IGNORECASE,
)
# How much an item is wanted is not what it is: "Team Teach training (desirable)" reads "Team Teach training
# desirable" (dropped as a wish, `not_questions`); "student record systems (SITS desirable)" loses the aside.
_WANTED = r"(?:desirable|essential|preferred|advantageous|an advantage|a plus|optional|not essential)"
_WANTED_ALONE = re.compile(rf"\s*\(\s*({_WANTED})\s*\)", re.IGNORECASE)
_WANTED_ASIDE = re.compile(rf"\s*\([^()]*\b{_WANTED}\b[^()]*\)", re.IGNORECASE)
# Where a duty is done rather than what it is: "Support home births as part of the on-call rota".
_PART_OF = re.compile(r"(?<=\w)\s+as (?:a )?part of\b.*$", re.IGNORECASE)
# "Observability: metrics, logs, traces and SLOs": a heading and what it heads (`questions.yaml` `headings`).
# ("IT skills - Excel, routing software": a spaced dash after a few words heads a list as a colon does)
_HEADING = re.compile(r"^([^:,;]{2,40}?)(?::|\s+[-–—]\s+(?=[^,;]+,))\s*(\S.*)$")
_LISTS = re.compile(r",|\band\b|\bor\b")
_CUT_BEFORE = re.compile(
    r"\s+(?:such as|including|e\.g\.|for example|like|using|to ensure|so that|while|in order to)\b|\s*[(,:–—]"
)
# The verb of an activity read in the third person ("Administers medication") or as a gerund.
_THIRD_PERSON = re.compile(r"^([a-z]+?)(?:es|s)$")
# "credit control experience, B2B" names credit control: the noun and a short qualifier after it go
_TRAILING_NOUN = re.compile(
    r"\s+(?:experience|skills?|knowledge|expertise|training|essential)(?:,\s*[^,]{1,20})?$", re.IGNORECASE
)
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
def patterns() -> tuple[re.Pattern[str], list[re.Pattern[str]], frozenset[str]]:
    config = _config()
    lead = re.compile(r"^(?:" + "|".join(config["questions"]["lead_ins"]) + r")(?![\w'])\s*", re.IGNORECASE)
    skip = [re.compile(p, re.IGNORECASE) for p in config["questions"]["not_questions"]]
    return lead, skip, frozenset(config["verbs"]["verbs"])


@lru_cache(maxsize=1)
def credentials() -> tuple[re.Pattern[str], ...]:
    """Licences and qualifications asked for: no job knowledge to question, wherever they stand in a line."""
    return tuple(re.compile(p, re.IGNORECASE) for p in _config()["questions"]["credentials"])


def questions_config() -> dict[str, Any]:
    questions: dict[str, Any] = _config()["questions"]
    return questions


def verb_base(word: str) -> str | None:
    """The base form when `word` is a known work verb ("administers" -> "administer"), else None."""
    _, _, verbs = patterns()
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


def tidy_item(item: str, max_words: int = MAX_WORDS) -> str:
    item = _WANTED_ASIDE.sub("", _WANTED_ALONE.sub(r" \1", re.sub(r"\s+", " ", item)))
    item = _without_heading(_PART_OF.sub("", _EXAMPLE_ASIDE.sub("", item)).strip(" \t-*•.;:,"))
    item = _parallel_without_preposition(item, _without_lead(_PREPOSITION_COMMA.sub(_drop_stray_comma, item)))
    item = _TRAILING_NOUN.sub("", item)
    words = item.split()
    if len(words) > max_words:
        cut = _CUT_BEFORE.search(item)
        if cut and len(item[: cut.start()].split()) >= 2:
            item = item[: cut.start()]
    if len(item.split()) > max_words:
        # "Provide antenatal and postnatal care to women and families in clinics and in their homes": where
        # the work is done goes first, so the duty itself stays whole
        places = [
            m.start() for m in _PLACE_CUT.finditer(item) if 4 <= len(item[: m.start()].split()) <= max_words
        ]
        item = item[: places[-1]] if places else item
    return item.strip(" ,.;:")


_PLACE_CUT = re.compile(r"\s+(?:in|at|on|across|within|throughout)\s+")


def _without_heading(item: str) -> str:
    """ "Location: Leeds" is no requirement (""); "Systems: SAP, Excel and scanners" is about its list;
    "Observability: metrics, logs, traces and SLOs" is about observability."""
    heading = _HEADING.match(item)
    if not heading or len(heading.group(1).split()) > 4:
        return item
    head, rest = heading.group(1).strip().lower(), heading.group(2)
    kinds: dict[str, list[str]] = questions_config()["headings"]
    if head in kinds["administrative"]:
        return ""
    if head in kinds["category"]:
        return rest
    return heading.group(1) if _LISTS.search(rest) else item


_PLACE_PREPOSITIONS = frozenset({"in", "on", "at", "within", "across"})


def _parallel_without_preposition(before: str, after: str) -> str:
    """ "Experience on a hotel front desk or in customer service" without its lead-in reads "hotel front desk
    or customer service": the preposition the lead-in took goes from the coordinated part too."""
    dropped = [w for w in before[: len(before) - len(after)].split() if w.lower() not in {"a", "an", "the"}]
    if not dropped or dropped[-1].lower() not in _PLACE_PREPOSITIONS or not before.endswith(after):
        return after
    return re.sub(r"\b(and|or) (?:in|on|at|within|across) ", r"\1 ", after)


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
    text = tidy_item(raw)
    _, skip, _ = patterns()
    if not text or any(pattern.search(text) for pattern in skip):
        return None
    if any(pattern.search(_without_lead(raw)) for pattern in credentials()):
        return None  # "Valid Class 1 (C+E) licence with no more than 6 points", cut before its licence
    words = text.split()
    if len(words) > MAX_WORDS + 4:
        return None  # a sentence of prose, not a requirement
    terms = tuple(dict.fromkeys(singular(t) for t in tokens(text)))
    if not terms:
        return None
    base = verb_base(words[0].strip(",."))
    # "writing and editing" (skills) names a subject: an activity needs an object after its verbs
    has_object = not _only_coordinated_verbs(words)
    if base is not None and has_object and _reads_as_verb(base, words[0], words[1], words[2:3]):
        comma = "," if words[0].endswith(",") else ""
        act = " ".join([base + comma, *_coordinated_bases(words[0], words[1:])]).strip()
        return Requirement(act, "act", tuple(dict.fromkeys(singular(t) for t in tokens(act))), source)
    # "Standard costing and stock valuation, working with operations": how the work is done is no part of its name
    participle = _TRAILING_PARTICIPLE.search(text)
    if participle and len(text[: participle.start()].split()) >= 2:
        text = text[: participle.start()]
        terms = tuple(dict.fromkeys(singular(t) for t in tokens(text)))
    # "Sage Payroll" as a skill is a name when the job's text writes "in Sage" mid-sentence.
    topic = _lower_first(text, f"{raw}\n{context}")
    if _LEGISLATION.search(topic) and topic[:1].isupper():
        topic = f"applying the {topic}"  # "good practice in applying the Housing Act", not "in Housing Act"
    return Requirement(topic, "topic", terms, source)


# A law or statutory code named in the ad ("Knowledge of the Mental Capacity Act and DoLS"): what a person
# does with it is apply it.
_LEGISLATION = re.compile(r"\b(?:Act|Acts|Regulations|Code of Practice)\b(?:\s+\d{4})?")


_TRAILING_PARTICIPLE = re.compile(r",\s+[a-z]+ing\s+(?:closely\s+)?(?:with|alongside|across|for|to)\b")


def _only_coordinated_verbs(words: list[str]) -> bool:
    """ "writing and editing", "cleaning, ironing": verbs joined by "and", "or" or commas, with nothing after them."""
    for index, word in enumerate(words):
        if word.lower() in {"and", "or"}:
            continue
        if verb_base(word.strip(",.")) is None:
            return False
        if index + 1 < len(words) and not joins(word) and words[index + 1].lower() not in {"and", "or"}:
            return False
    return True


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


_NOUN_AFTER_GERUND = frozenset(
    {"given", "provided", "offered", "available", "is", "are", "will", "can", "opportunities"}
)
_OBJECT_START = re.compile(
    r"^(?:the|a|an|all|any|our|your|their|new|daily|weekly|monthly|safe|and|with|people|children|women|men|staff)$"
    r"|.+(?:s|ed)$"
)


def _reads_as_verb(base: str, first: str, following: str, after: list[str] | None = None) -> bool:
    """ "plan differentiated lessons" is an activity; "stock rotation" is a topic, and so is "testing and
    inspection" (a gerund joined to a noun names a subject; "installing and maintaining wiring" is an activity)."""
    ambiguous: list[str] = _config()["verbs"]["ambiguous"]
    if first.lower().endswith("ing") and following.lower().strip(",.") in _config()["verbs"]["noun_heads"]:
        return False  # "safeguarding procedures": a subject, not "safeguard procedures"
    if first.lower().endswith("ing") and following.lower().strip(",.") in _NOUN_AFTER_GERUND:
        return False  # "Training given on COSHH", "Training is provided": the gerund is the subject
    if following.lower() in {"on", "with", "across"}:
        return True  # "report on content performance", "deal with complaints"
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


HEAD_TERMS = 3  # the verb and object, or the noun phrase, that name a requirement; the rest is its setting


def similar(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Near-duplicate requirements, compared by stem: "dispense prescriptions accurately in a busy pharmacy"
    (a duty of the description) is "accurate dispensing and final accuracy checking of prescriptions" (a
    requirement). Either most words are shared, or the first words that name one are all words of the other."""
    sa, sb = {stem(t) for t in a}, {stem(t) for t in b}
    if not (sa and sb):
        return False
    heads = ({stem(t) for t in terms[:HEAD_TERMS]} for terms in (a, b) if len(terms) >= HEAD_TERMS)
    return len(sa & sb) / min(len(sa), len(sb)) >= 0.75 or any(h <= sa and h <= sb for h in heads)


def requirements(job: JobDetails, focus_areas: list[str]) -> list[Requirement]:
    """The job's requirement items: focus areas first, then skills, then the requirement lines and the duties
    the description states, taken in turn (a job ad's duties are its job analysis as much as its
    requirements are); no near-duplicates."""
    found: list[Requirement] = []
    context = "\n".join([plain_text(job.description), plain_text(job.requirements)])
    asked, stated_duties = _by_section(plain_text(job.description))
    stated = _one_duty_each([(item, "requirements") for item in [*_items(job.requirements), *asked]])
    duties = _one_duty_each(
        [(_without_title_subject(item, job.title), source) for item, source in stated_duties]
    )
    sources = [
        *((area, "focus") for area in focus_areas),
        *((skill, "skills_required") for skill in job.skills_required),
        *_in_turn(stated, duties),
    ]
    for raw, source in sources:
        requirement = _as_requirement(raw, source, context)
        if requirement is None:
            continue
        if source == "description" and requirement.shape != "act" and not names_work(requirement.text):
            continue  # description prose is used only for the duties it states
        if source == "duties" and requirement.shape != "act" and not _names_a_duty(requirement.text):
            continue  # a bullet under "Key responsibilities:" may name a duty ("Month-end close")
        if any(similar(requirement.terms, other.terms) for other in found):
            continue
        found.append(requirement)
    return found


_CLAUSE_WORDS = frozenset({"we", "you", "i", "they", "our", "your", "are", "is", "am", "be", "will", "to"})


def names_work(topic: str) -> bool:
    """A noun phrase that names a piece of work ("annual servicing and breakdown repair of domestic boilers",
    "management of the rota"), as a job ad's list of responsibilities often words its duties: one of its first
    words is a work verb's gerund or an action noun (verbs.yaml)."""
    action_nouns = set(_config()["verbs"]["action_nouns"])
    words = [word.strip(",.;:()") for word in topic.lower().split()]
    for index, word in enumerate(words[:3]):
        if word in _CLAUSE_WORDS:
            return False  # "we are looking for a reliable operative": a clause about the ad, not a duty
        if word in action_nouns or (word.endswith("ing") and verb_base(word) is not None):
            # "training given on COSHH" is a clause about the ad too
            return not set(words[index + 1 : index + 2]) & _NOUN_AFTER_GERUND
    return False


_TITLE_ASIDE = re.compile(r"\s*[(\[][^)\]]*[)\]]")


def _without_title_subject(item: str, title: str) -> str:
    """ "Probation Officers manage people on probation, assess the risk they pose" states the job's duties
    with the job as their subject: the duties start at the verb after the title."""
    title_words = _TITLE_ASIDE.sub("", title).lower().split()
    words = item.split()
    start = 1 if words[:1] and words[0].lower() in {"the", "our", "a", "an", "all"} else 0
    said = [w.lower().strip(",") for w in words[start : start + len(title_words)]]
    if not title_words or len(said) < len(title_words) or len(words) <= start + len(title_words) + 1:
        return item
    owner = [singular(w.removesuffix("'s").removesuffix("’s")) for w in said]
    if owner != [singular(w) for w in title_words]:
        return item
    rest = words[start + len(title_words) :]
    if rest[0].lower() in {"will", "must", "should", "can"}:
        rest = rest[1:]
    return " ".join(rest) if rest and verb_base(rest[0].strip(",")) is not None else item


def _names_a_duty(text: str) -> bool:
    """A short noun phrase ("Standard costing and stock valuation"), not one that opens with a verb read as a noun
    ("Support recruitment and onboarding" reads neither as a duty nor as a subject)."""
    first = text.split(" ", 1)[0]
    return verb_base(first) != first.lower() and (len(text.split()) <= _SHORT_TOPIC or names_work(text))


def section_of(line: str) -> str | None:
    """The kind of section a heading line opens ("About you:" -> `requirements`, "<h3>Key responsibilities</h3>"
    -> `duties`, "What we offer" -> `other`), or None when the line is no heading."""
    bare = line.strip(" \t-*•#").lower().replace("’", "'").replace("'ll", " will")
    if len(bare.split()) > 6 or (line.rstrip().endswith(":") is False and bare.endswith((".", ","))):
        return None
    bare = re.sub(r"[^a-z& ]+", " ", bare)
    bare = re.sub(r"\s+", " ", bare).strip()
    sections: dict[str, list[str]] = questions_config()["sections"]
    for kind, headings in sections.items():
        if bare in headings:
            return kind
    return None


def _by_section(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    """A pasted ad's description split by its headings: the lines under "About you:", "Requirements" or "What
    you'll need" state what is asked of the candidate (read as the requirements are), those under "What we offer"
    or "About us" are no job knowledge, and the rest are read for the duties they state; a line under a heading
    of duties (source `duties`) may name its duty as a noun phrase ("Month-end close")."""
    asked: list[str] = []
    duties: list[tuple[str, str]] = []
    section = ""
    for line in text.splitlines():
        kind = section_of(line)
        if kind is not None:
            section = kind
            continue
        heading = _HEADING.match(line.strip(" \t-*•"))
        if heading and section_of(heading.group(1) + ":") == "requirements":
            asked.extend(_items(heading.group(2)))  # "Requirements: CIPD Level 5; employment law"
        elif section == "requirements":
            asked.extend(_items(line))
        elif section != "other":
            duties.extend((item, "duties" if section else "description") for item in _items(line))
    return asked, duties


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
    listed = [(part, source) for line, source in sources for part in _listed_duties(line)]
    for raw, source in listed:
        opening = _without_lead(_without_heading(raw.strip(" \t-*•"))).split()
        words = _as_bases(opening)
        first = verb_base(words[0].strip(",.").lower()) if words else None
        if first is None or len(words) <= 3:
            out.append((raw, source))
            continue
        # "Processing supplier invoices, setting up new suppliers": a line of gerunds states activities, and
        # each duty keeps its gerund so that a verb that is also a noun ("process", "set") still reads as one
        as_gerunds = opening[0].lower().endswith("ing")
        out.extend((_as_gerund(duty) if as_gerunds else duty, source) for duty in split_duties(words) if duty)
    return out


def _as_gerund(duty: str) -> str:
    first = duty.split(" ", 1)[0].rstrip(",")
    return acting(duty) if verb_base(first) == first.lower() else duty


def _listed_duties(item: str) -> list[str]:
    """ "Duties include chairside assistance, decontamination of instruments, preparing the surgery and
    maintaining patient records" lists its duties as a series: each part is one (split at the commas, and at
    an "and" that a verb follows)."""
    match = re.match(questions_config()["duty_list"], item.strip(" \t-*•"), re.IGNORECASE)
    if match is None:
        return [item]
    rest = item.strip(" \t-*•")[match.end() :].strip(" :")
    parts = [p.strip() for p in re.split(r",\s*(?:and\s+|or\s+)?", rest) if p.strip()]
    if len(parts) < 2:
        return [item]
    split: list[str] = []
    for part in parts:
        pieces = re.split(r"\s+and\s+(?=(\w+)\b)", part)
        # re.split keeps the captured verb: ["reception cover", "maintaining", "maintaining patient records"]
        chunks = [pieces[0]]
        for verb, piece in zip(pieces[1::2], pieces[2::2], strict=True):
            if verb_base(verb) is not None:
                chunks.append(piece)
            else:
                chunks[-1] = f"{chunks[-1]} and {piece}"
        split.extend(chunks)
    return split


def _without_lead(item: str) -> str:
    """The item without the lead-ins of a job ad ("You will be responsible for", "Strong knowledge of")."""
    lead, _, _ = patterns()
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
        base_of_gerund(w) if w.rstrip(",").endswith("ing") and (i == 0 or _joined_verb(words, i)) else w
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


def split_duties(words: list[str]) -> list[str]:
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
            or (previous.lower() in {"and", "or"} and _coordinated_verb(words, index - 2, duties[-1]))
        )
        # "check them against delivery notes": a verb whose object is a pronoun goes on with the duty before it
        refers_back = following.lower().strip(",.") in _PRONOUNS
        # "... heating systems or build into machinery": after "or", a verb with no object of its own is the
        # other way to do the duty before it, not a duty
        alternative = previous.lower() == "or" and following.lower() in _PREPOSITIONS_AFTER_VERB
        # "analyse stock levels, service levels and forecast accuracy": a word before the same noun as the item
        # before it is a noun of the list ("service"), not a new duty
        parallel = following.lower().strip(",.") == previous.lower().strip(",.") != ""
        starts_duty = (
            index > 1
            and not parallel
            and joins
            and has_object
            and not in_series
            and not refers_back
            and not alternative
            and _starts_activity(word, following, after)
        )
        if starts_duty:
            if duties[-1] and duties[-1][-1].lower() in {"and", "or"}:
                duties[-1].pop()
            duties.append([])
        duties[-1].append(word)
    return [" ".join(d).strip(" ,") for d in duties if d]


_PRONOUNS = frozenset({"them", "it", "these", "those", "this", "they", "he", "she"})
_PARTICLES = frozenset({"out", "up", "off", "down", "back", "over"})
_PREPOSITIONS_AFTER_VERB = frozenset({"into", "onto", "in", "on", "at", "with", "from", "within"})


def _coordinated_verb(words: list[str], index: int, duty: list[str]) -> bool:
    """The word at `index`, before "and", opens the duty and is a verb still waiting for its object, which it
    shares with the next verb ("report and submit requests", "set up and operate machines"). (After "to" the
    pair is left to split as before: "monitor the store to prevent and detect shoplifting" would otherwise lose
    its second duty with the purpose clause.)"""
    start = index - 1 if index >= 1 and words[index].lower() in _PARTICLES else index
    if start < 0 or words[start].endswith(","):
        return False
    return len(duty) == index - start + 2  # the verb, its particle if any, "and"


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
    # "respond calmly to crisis situations and de-escalate": a verb with no object of its own ends the phrase
    if len(rest) >= 2 and rest[-2].lower() in {"and", "or"} and _is_base_verb(rest[-1]):
        rest = [*rest[:-1], gerund(rest[-1].lower())]
    return " ".join([*out, *rest]).rstrip(",")
