"""The job's own words: requirement items read from the job record, ready to become questions.

A requirement line such as "3+ years' experience administering IV medications and titrating drips" becomes the
activity "administer IV medications and titrate drips"; "Strong knowledge of HACCP" becomes the topic "HACCP".
Words are only ever taken from the job's text: no alias map turns "mL/kg/hr" into "machine learning".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from workbench.interviewer.planning.ad_context import context_line, without_place
from workbench.interviewer.planning.adtext import (
    HEADING,
    as_statement,
    by_section,
    headline,
    in_turn,
    listed_duties,
    mixed_work_list,
    names_the_trade,
    of_the_company,
    plain_text,
    without_examples,
    without_glosses,
    without_lead,
    without_list_heading,
)
from workbench.interviewer.planning.articles import with_article
from workbench.interviewer.planning.casing import as_the_job_spells, lower_first
from workbench.interviewer.planning.duty_split import awaits_noun, in_adjective_series, split_duties
from workbench.interviewer.planning.esco import singular, tokens
from workbench.interviewer.planning.frequency import without_frequency
from workbench.interviewer.planning.gerund_phrase import as_gerund, gerunds_only
from workbench.interviewer.planning.item_parts import (
    ENDS_ON_PREPOSITION,
    LEADING_PREPOSITION,
    THEIR_OWN,
    as_yours,
    closed_brackets,
    in_brackets,
    object_of_its_lead,
    without_manner,
    without_result_clause,
)
from workbench.interviewer.planning.lexicon import (
    asks_for,
    backgrounds,
    credentials,
    hyphened_adjective,
    patterns,
    questions_config,
    roles_asked_for,
    verb_base,
)
from workbench.interviewer.planning.listed_work import names_a_duty, names_work, work_listed
from workbench.interviewer.planning.similarity import similar
from workbench.interviewer.planning.verb_reading import (
    names_a_kind_of_work,
    reads_as_verb,
    verb_before_its_manner,
    verb_before_its_object,
)
from workbench.interviewer.planning.verb_series import (
    coordinated_bases,
    line_in_bases,
    only_coordinated_verbs,
    plural_noun_openers,
    verb_series,
)
from workbench.models import JobDetails

Shape = Literal["act", "topic"]
MAX_WORDS = 10
# An example in brackets is for the reader of the ad, not part of what a question names: "using a property
# management system (e.g. Opera)" asks about the system.
_EXAMPLE_ASIDE = re.compile(
    r"\s*\((?:e\.?g\.?|i\.?e\.?|such as|for example|for instance|like|incl\.?|including|ideally|preferably)\b[^)]*\)"
    r"|\s*\((?:advanced|intermediate|essential|desirable|preferred|ideally|a plus|an advantage)\)",
    re.IGNORECASE,
)
# How much an item is wanted is not what it is: "Team Teach training (desirable)" reads "Team Teach training
# desirable" (dropped as a wish, `not_questions`); "student record systems (SITS desirable)" loses the aside.
_WANTED = r"(?:desirable|essential|preferred|advantageous|an advantage|a plus|optional|not essential)"
_WANTED_ALONE = re.compile(rf"\s*\(\s*({_WANTED})\s*\)", re.IGNORECASE)
_WANTED_ASIDE = re.compile(rf"\s*\([^()]*\b{_WANTED}\b[^()]*\)", re.IGNORECASE)
# Where a duty is done rather than what it is: "Support home births as part of the on-call rota".
# ("..., and work as part of a friendly team": working in a team is no duty of its own, and no verb of the list)
_PART_OF = re.compile(r"(?<=\w)(?:,?\s+and\s+work)?\s+as (?:a )?part of\b.*$", re.IGNORECASE)
_LISTS = re.compile(r",|\band\b|\bor\b")
_CUT_BEFORE = re.compile(
    r"\s+(?:such as|including|e\.g\.|for example|like|using|to ensure|so that|while|in order to)\b|\s*[(:–—]"
    r"|\s*,(?!(?<=\d,)\d{3}(?!\d))"  # not the comma of a number: "for approx 1,200 employees"
)
# The verb of an activity read in the third person ("Administers medication") or as a gerund.
# "credit control experience, B2B" names credit control: the noun and a short qualifier after it go
# (and how much it is wanted after it, once or twice: "boning experience essential", "traditional upholstery skills
# a must" were asked as "a recent piece of work that involved boning experience")
_TRAILING_NOUN = re.compile(
    r"(?:\s+(?:experience|skills?|knowledge|expertise|training|essential|(?:is\s+)?a must))+(?:,\s*[^,]{1,20})?"
    r"(?=\s*(?:\([^()]*\))?$)",
    re.IGNORECASE,
)


def _without_trailing_noun(item: str) -> str:
    """ "HACCP knowledge" -> "HACCP"; "route knowledge" stays whole: "route" alone names no subject."""
    stripped = _TRAILING_NOUN.sub("", item)
    if stripped != item and stripped.strip().lower() in questions_config()["bare_modifiers"]:
        return item
    # "Administer medication following training": the noun is the object of a preposition, no trailing noun
    return item if ENDS_ON_PREPOSITION.search(stripped) else stripped


@dataclass(frozen=True, slots=True)
class Requirement:
    """One piece of job knowledge to question, in the job's own words."""

    text: str  # as it reads in a question: "administer IV medications" or "mechanical ventilation"
    shape: Shape
    terms: tuple[str, ...]  # content words (for relevance and de-duplication)
    source: str  # `skills_required`, `requirements`, `description` or `focus`


_PREPOSITION_COMMA = re.compile(r"\b(for|of|to|with|on|in|at|by|from),\s+", re.IGNORECASE)


def _drop_stray_comma(match: re.Match[str]) -> str:
    """ "prescriptions for, over the counter" is a typo in the source; "receive goods in, check them" is not."""
    following = match.string[match.end() :].split(" ", 1)[0].strip(",.")
    return match.group(0) if verb_base(following) is not None else f"{match.group(1)} "


def tidy_item(item: str, max_words: int = MAX_WORDS) -> str:
    item = _WANTED_ASIDE.sub("", _WANTED_ALONE.sub(r" \1", re.sub(r"\s+", " ", item)))
    item = without_place(without_frequency(item))  # "Fit kitchens in and around Wakefield"
    item = _WISH_TAIL.sub("", item)
    item = _EXPERIENCE_TAIL.sub("", item) if len(_EXPERIENCE_TAIL.split(item)[0].split()) >= 2 else item
    item = _without_heading(_PART_OF.sub("", _EXAMPLE_ASIDE.sub("", item)).strip(" \t-*•.;:,"))
    item = _parallel_without_preposition(item, without_lead(_PREPOSITION_COMMA.sub(_drop_stray_comma, item)))
    item = _without_trailing_noun(item)
    words = item.split()
    if len(words) > max_words:
        item = _MID_PHRASE_ASIDE.sub("", item)
        # not where an adjective awaits its noun: "Provide a friendly, helpful service to passengers, ..."
        cut = next(
            (
                m
                for m in _CUT_BEFORE.finditer(item)
                if not in_brackets(item, m.start())
                and not awaits_noun(item[: m.start()].split())
                and not in_adjective_series(item[: m.start()], item[m.start() :])
            ),
            None,
        )
        if cut and len(item[: cut.start()].split()) >= 2:
            # "Run group work on topics such as healthy relationships, ...": a generic noun that waited for its
            # examples goes with them ("run group work", not "run group work on topics")
            examples = re.match(r"\s*(?:such as|including|e\.g\.|for example|like)\b", cut.group(0), re.I)
            item = _GENERIC_TAIL.sub("", item[: cut.start()]) if examples else item[: cut.start()]
    if len(item.split()) > max_words:
        # "Provide antenatal and postnatal care to women and families in clinics and in their homes": where
        # the work is done goes first, so the duty itself stays whole
        # (not after a participle, which the place belongs to: "offenders released on parole")
        places = [
            m.start()
            for m in _PLACE_CUT.finditer(item)
            if not in_brackets(item, m.start())
            and 4 <= len(item[: m.start()].split()) <= max_words
            and not _PARTICIPLE_END.search(item[: m.start()])
        ]
        item = item[: places[-1]] if places else item
    # "Managing a brigade of 6 including rotas and" (its last item split off as a duty of its own)
    item = re.sub(r"(?:[\s,]+(?:and|or))+$", "", item.strip(" ,.;:"), flags=re.IGNORECASE)
    return closed_brackets(item.strip(" ,.;:"))


_GENERIC_TAIL = re.compile(
    r"(?<=\w\w)\s+(?:on|about|around|covering|across|in|with|for)\s+(?:various\s+|different\s+|key\s+|a range of\s+|a variety of\s+)?"
    r"(?:topics|issues|areas|subjects|themes|things|matters|tasks|activities)\s*$",
    re.IGNORECASE,
)
_PLACE_CUT = re.compile(r"\s+(?:in|at|on|across|within|throughout)\s+")
_PARTICIPLE_END = re.compile(r"\b[a-z]{3,}ed$")
# An aside in brackets before the noun it qualifies ("capillary (finger/heel) collections on patients of all ages")
# goes, rather than the long duty being cut at the bracket ("perform venipuncture and capillary")
_MID_PHRASE_ASIDE = re.compile(
    r"\s*\([^()]{1,40}\)(?=\s+(?!(?:on|in|at|for|to|with|per|by|from|of|and|or|as|under|within|when|if)\b)[a-z])"
)


def _without_heading(item: str) -> str:
    """ "Location: Leeds" is no requirement (""); "Systems: SAP, Excel and scanners" is about its list;
    "Observability: metrics, logs, traces and SLOs" is about observability."""
    heading = HEADING.match(item)
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


def _as_requirement(
    asked: str, source: str, context: str = "", *, noun_first: bool = False
) -> Requirement | None:
    """What an item of an ad asks for: an act ("balance the cash drawer") or a topic ("stock valuation"); None for
    a credential, a background, a role or prose, none a question can ask about."""
    raw = as_statement(asked)
    if raw is None:
        return None
    text = tidy_item(raw)
    if _none_to_ask_about(raw, text):
        return None
    text = closed_brackets(without_frequency(without_manner(without_result_clause(text))))
    words = text.split()
    if len(words) > MAX_WORDS + 4:
        # "Notice changes in a resident's health or mood and report them to the nurse in charge": a duty made long
        # by what is then done with its object is that duty, not prose
        words = _PRONOUN_TAIL.sub("", text).split() if verb_base(words[0].strip(",.")) else words
        text = " ".join(words)
    if len(words) > MAX_WORDS + 4:
        return None  # a sentence of prose, not a requirement
    terms = tuple(dict.fromkeys(singular(t) for t in tokens(text)))
    if not terms:
        return None
    # "Building Safety Act 2022", "Control of Substances Hazardous to Health Regulations": a law by its name,
    # whose first word only looks like a verb, is applied, not done ("build Safety Act 2022")
    if _A_LAW_BY_NAME.match(text):
        return Requirement(f"applying the {text.rstrip(' .;,')}", "topic", terms, source)
    act = _as_act(raw, words, source, noun_first)
    if act is not None:
        return act
    if any(pattern.search(text) for pattern in roles_asked_for()):
        return None  # "Experience in a transport planning role"
    return _as_topic(raw, text, terms, source, context)


def _none_to_ask_about(raw: str, text: str) -> bool:
    """Whether an item (`raw`, tidied as `text`) is none to ask about: nothing left, a line to skip, a credential
    or a background."""
    _, skip, _ = patterns()
    if not text or any(pattern.search(text) for pattern in skip):
        return True
    as_written = raw.strip(" \t-*•")
    if any(pattern.search(without_lead(raw)) or pattern.search(as_written) for pattern in credentials()):
        # "Valid Class 1 (C+E) licence with no more than 6 points", cut before its licence; "Must be 21 years of
        # age", whose lead-in ("21 years of") would leave "age"
        return True
    # "Experience in a craft bakery", "Sales or recruitment experience"
    return any(pattern.search(as_written) for pattern in backgrounds()) or _only_traits(text)


def _only_traits(text: str) -> bool:
    """ "Highly organised and detail-oriented", "Customer-facing and well-organised": a person described, no work."""
    said = [word.strip(",.;:()").lower() for word in text.split()]
    traits = set(questions_config()["trait_words"])
    return bool(said) and all(word in traits or hyphened_adjective(word) for word in said if word)


def _as_act(raw: str, words: list[str], source: str, noun_first: bool) -> Requirement | None:
    """The item as an act the candidate does, led by its verb ("balance the cash drawer"); None if it is none."""
    # ("Working to design briefs and deadlines": after a gerund's preposition, a noun phrase, no duty to design)
    base = (
        None
        if object_of_its_lead(raw) or noun_first
        else verb_base(words[0].strip(",.")) or verb_before_its_object(words) or verb_before_its_manner(words)
    )
    # "writing and editing" (skills) names a subject: an activity needs an object after its verbs
    # "Challenge 25" (a policy's name: a capital and a number) is no duty to challenge
    has_object = not only_coordinated_verbs(words) and not _named_by_number(words)
    if names_a_kind_of_work(words):
        return None  # "Skimming, rendering and dry lining": work named, a topic
    if base is None or not has_object or not reads_as_verb(base, words[0], words[1], words[2:5]):
        return None
    comma = "," if words[0].endswith(",") else ""
    act = " ".join([base + comma, *coordinated_bases(words[0], words[1:])]).strip()
    act = _OUR.sub("the", act)  # the ad's "own our social channels" asked of a candidate: "the" channels
    act = with_article(act)  # "balance cash drawer": "balance the cash drawer"
    terms = tuple(dict.fromkeys(singular(t) for t in tokens(THEIR_OWN.sub(r"\1", act))))
    return Requirement(as_yours(act), "act", terms, source)


def _as_topic(raw: str, text: str, terms: tuple[str, ...], source: str, context: str) -> Requirement:
    """The item as a topic, written as the job's text spells it ("Sage Payroll")."""
    # "Standard costing and stock valuation, working with operations": how the work is done is no part of its name
    participle = _TRAILING_PARTICIPLE.search(text)
    if (
        participle
        and not in_brackets(text, participle.start())
        and len(text[: participle.start()].split()) >= 2
    ):
        text = text[: participle.start()]
        terms = tuple(dict.fromkeys(singular(t) for t in tokens(text)))
    # "Sage Payroll" as a skill is a name when the job's text writes "in Sage" mid-sentence.
    text = LEADING_PREPOSITION.sub("", text)  # "Experience working from design briefs": the briefs
    topic = as_the_job_spells(lower_first(text, f"{raw}\n{context}"), context)
    if _LEGISLATION.search(topic) and topic[:1].isupper():
        topic = f"applying the {topic}"  # "good practice in applying the Housing Act", not "in Housing Act"
    return Requirement(topic, "topic", terms, source)


_OUR = re.compile(r"\bour\b")


# "... and report them to the nurse in charge", "... then log it": a later verb on the duty's own object
_PRONOUN_TAIL = re.compile(
    r"\s+(?:and|then|and then)\s+[a-z]+\s+(?:them|it|this|these|those)\b.*$", re.IGNORECASE
)
_A_LAW_BY_NAME = re.compile(
    r"^(?:the\s+)?[A-Z][\w\x27’-]*(?:\s+(?:(?:of|and|at|to|for|on|&)\s+)?[A-Z][\w\x27’()-]*)*"
    r"\s+(?:Act|Acts|Regulations|Code of Practice)\b(?:\s+\d{4})?(?:\s*\([^)]*\))?[\s.;,]*$"
)


# A law or statutory code named in the ad ("Knowledge of the Mental Capacity Act and DoLS"): what a person
# does with it is apply it.
_LEGISLATION = re.compile(
    r"\b(?:Act|Acts|Regulations|Code of Practice|Rule ?[Bb]ook|Highway Code)\b(?:\s+\d{4})?"
)


_TRAILING_PARTICIPLE = re.compile(r",\s+[a-z]+ing\s+(?:closely\s+)?(?:with|alongside|across|for|to)\b")


def _named_by_number(words: list[str]) -> bool:
    return len(words) == 2 and words[0][:1].isupper() and words[1].strip(",.").isdigit()


def requirements(job: JobDetails, focus_areas: list[str]) -> list[Requirement]:
    """The job's requirement items: focus areas first, then skills, then the requirement lines and the duties
    the description states, taken in turn (a job ad's duties are its job analysis as much as its
    requirements are); no near-duplicates."""
    found: list[Requirement] = []
    description, wanted = (
        without_glosses(plain_text(job.description)),
        without_glosses(plain_text(job.requirements)),
    )
    context = "\n".join([description, wanted])
    asked, stated_duties = by_section(description)
    listed, listed_duties = by_section(wanted, start="requirements")
    stated_duties = [*stated_duties, *listed_duties]
    stated_duties = [duty for item, source in stated_duties for duty in work_listed(item, source, job.title)]
    stated = _one_duty_each([(item, "requirements") for item in [*listed, *asked]])
    duties = _one_duty_each(
        [(_without_title_subject(item, job.title), source) for item, source in stated_duties]
    )
    sources = [
        *((area, "focus") for area in focus_areas),
        *((skill, "skills_required") for skill in job.skills_required),
        *in_turn(stated, duties),
    ]
    nouns_first = plural_noun_openers([raw for raw, source in sources if source == "duties"])
    for raw, source in sources:
        requirement = _as_requirement(
            raw, source, context, noun_first=source == "duties" and raw in nouns_first
        )
        if requirement is None:
            continue
        if requirement.shape != "act" and _names_the_job(requirement.text, job.title):
            continue  # "we're looking for a Head Chef to lead the kitchen": the ad speaking of the job itself
        if requirement.shape == "act" and headline(raw, job.title):
            continue  # "Cook for North Sea supply vessel, 28/28 rotation" for a Ship's Cook: the ad's headline
        if requirement.shape != "act" and context_line(raw):
            continue  # "Domestic plastering jobs.", "Leeds and surrounding areas": the ad setting its scene
        if of_the_company(raw, job.company):
            continue  # "Brightpath builds scheduling software for ...": the ad's about-us, not a duty
        prose = source == "description" and requirement.shape != "act"
        if prose and not names_work(requirement.text) and not asks_for().match(raw):
            continue  # description prose is used only for the duties it states, and what it asks for
        if source == "duties" and requirement.shape != "act" and not names_a_duty(requirement.text):
            continue  # a bullet under "Key responsibilities:" may name a duty ("Month-end close")
        if any(similar(requirement.terms, other.terms) for other in found):
            continue
        found.append(requirement)
    return found


def _names_the_job(topic: str, title: str) -> bool:
    """A topic that names the job's own title ("360 recruitment consultant for our industrial desk", "Artisan
    bakery looking for a Baker to join our early team", "Previous head chef experience") is the ad speaking of
    the job or of having done it, not a piece of its knowledge. Each of a title's alternatives counts ("Estate
    Agent / Sales Negotiator")."""
    names = [name.strip() for name in re.split(r"\s*[/|]\s*|\s+or\s+", _TITLE_ASIDE.sub("", title))]
    # ("Glazier - Domestic & Commercial": the job is named before its setting)
    names += [name.strip() for name in _TITLE_SETTING.split(_TITLE_ASIDE.sub("", title))[:1]]
    if names_the_trade(topic, title):
        return True
    return any(
        re.search(rf"\b{re.escape(name)}s?\b(?!-)", topic, re.IGNORECASE) for name in names if len(name) >= 3
    )


_TITLE_ASIDE = re.compile(r"\s*[(\[][^)\]]*[)\]]")
_TITLE_SETTING = re.compile(r"\s+[-–—]\s+|,\s*")


_UNDER_SUPERVISION = re.compile(
    r"^\s*under (?:the )?(?:general |direct |close |minimal |limited )?(?:supervision|direction)\b[^,]{0,40},\s*",
    re.IGNORECASE,
)
# "Commercial property underwriting experience in the London or regional market": where the experience was had
# is no part of what is asked about
_EXPERIENCE_TAIL = re.compile(r"\s+experience\s+(?:in|within|across|at|of|from)\b.*$", re.IGNORECASE)
# "B2C marketing, ideally fashion or sportswear": the wish after the comma is no part of what is asked about
# "Sage 200 or similar", "Xero or equivalent software": the tool named is the subject, the alternative a courtesy
_WISH_TAIL = re.compile(
    r",\s*(?:ideally|preferably|especially|particularly)\b[^,;]*$"
    r"|(?<=\w\w)\s+or\s+(?:similar|equivalent)(?:\s+(?:systems?|software|packages?|tools?|platforms?|programs?))?[\s.;:]*$",
    re.IGNORECASE,
)


def _without_title_subject(item: str, title: str) -> str:
    """ "Probation Officers manage people on probation, assess the risk they pose" states the job's duties
    with the job as their subject: the duties start at the verb after the title."""
    title_words = _TITLE_ASIDE.sub("", title).lower().split()
    item = _UNDER_SUPERVISION.sub("", item)  # "Under general supervision, Court Clerks attend court sessions"
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


def _one_duty_each(sources: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """ "Dispense and check prescriptions, provide advice to patients, supervise dispensing staff" is three
    duties, and so is "You will be responsible for picking and packing orders, loading vehicles and keeping
    the warehouse clean": a line that states duties is split where a later verb starts a new one."""
    out: list[tuple[str, str]] = []
    listed = [
        piece
        for line, source in sources
        for part in listed_duties(without_list_heading(line))
        for piece in ([(work, "duties") for work in mixed_work_list(part)] or [(part, source)])
    ]
    for listed_raw, source in listed:
        raw = without_examples(listed_raw)
        opening = without_manner(without_lead(_without_heading(raw.strip(" \t-*•")))).split()
        words = line_in_bases(opening)
        first = verb_base(words[0].strip(",.").lower()) if words else None
        named_law = _A_LAW_BY_NAME.match(" ".join(opening)) is not None  # "Building Safety Act 2022"
        # ("Working to design briefs and deadlines": the lead-in's object, no line of duties)
        if (
            (first is None and not verb_series(words))
            or len(words) <= 3
            or named_law
            or object_of_its_lead(raw)
            or names_a_kind_of_work(opening)  # "Skimming, rendering and dry lining" stays as it is said
        ):
            out.append((raw, source))
            continue
        # "Processing supplier invoices, setting up new suppliers": a line of gerunds states activities, and
        # each duty keeps its gerund so that a verb that is also a noun ("process", "set") still reads as one
        as_gerunds = opening[0].lower().endswith("ing")
        said = {word.lower().strip(",.;:") for word in opening}
        duties = [duty for duty in split_duties(words) if duty]
        if as_gerunds:
            duties = gerunds_only(duties, said)
        out.extend((as_gerund(duty, said) if as_gerunds else duty, source) for duty in duties)
    return out
