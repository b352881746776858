"""The planning data files, loaded once: occupation families, the behavioural competency library, red flags.

Classifying a job's family decides which behavioural competencies it is interviewed on, the words of its
situational questions and, for the software family alone, whether the curated software banks may be used.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field

from workbench.interviewer.planning.label_setting import main_part
from workbench.interviewer.planning.lexicon import config, verb_base
from workbench.interviewer.planning.situation_fit import situation_fits_duty
from workbench.interviewer.planning.titles import GENERIC_ROLE_NOUNS
from workbench.models import JobDetails, RubricAnchors

DATA = Path(__file__).resolve().parent / "data"
SOFTWARE = "software"
GENERAL = "general"
TITLE_WEIGHT, OCCUPATION_WEIGHT, TEXT_WEIGHT = 3.0, 2.0, 1.0
MIN_FAMILY_SCORE = 3.0  # below this the job is `general`: one title hit, or a label hit and some text


class Scoped(BaseModel):
    """An entry of a family that fits only some of its jobs: those whose title, requirements or skills match
    `when` (a hotel receptionist is in the hospitality family, but allergens after an order are a kitchen's);
    a situational twist may also fit only some of a job's duties, those whose words match `about` (a midwife's
    medication order can look wrong; her newborn examinations have no order to question), or only the duties
    whose words do not match `unless` (a shipped change breaking things fits a developer's services, not a data
    analyst's findings or a designer's research)."""

    model_config = ConfigDict(extra="forbid")
    text: str
    when: str = ""
    about: str = ""
    unless: str = ""
    # the job's title alone: an entry for some jobs' titles only, or for all but some ("Product Designer" is in
    # the software family, yet a shipped change breaking things is no situation of its work)
    titles: str = ""
    not_titles: str = ""
    # the job's text must not match: a school's entry that a nursery's own one replaces ("a pupil", "a child")
    not_when: str = ""

    def fits(self, job_text: str, title: str = "") -> bool:
        if self.titles and re.search(self.titles, title, re.IGNORECASE) is None:
            return False
        if self.not_titles and re.search(self.not_titles, title, re.IGNORECASE) is not None:
            return False
        if self.not_when and re.search(self.not_when, job_text, re.IGNORECASE) is not None:
            return False
        return not self.when or re.search(self.when, job_text, re.IGNORECASE) is not None


Entry = str | Scoped
_PATIENT_WORD = re.compile(r"\bpatients?\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Twist:
    """A situational twist and the duties it fits (`about`, a regex; empty: any duty) and does not (`unless`)."""

    text: str
    about: str = ""
    unless: str = ""

    def fits(self, item: str) -> bool:
        if self.unless and re.search(self.unless, item, re.IGNORECASE) is not None:
            return False
        if _DURING_ITEM.search(self.text) and not reads_as_activity(item):
            return False
        if not situation_fits_duty(self.text, item):
            return (
                False  # "a swimmer keeps ignoring you" on "first aid": the duty has no person there to ignore
            )
        return not self.about or re.search(self.about, item, re.IGNORECASE) is not None


_DURING_ITEM = re.compile(
    r"\b(?:during|partway through|midway through|in the middle of|still on|the result of)\s+\{item\}"
    r"|\{item\}\s+(?:still\s+)?(?:has|have) to be done"
)


def reads_as_activity(item: str) -> bool:
    """Whether "during {item}" (or "{item} still has to be done") reads: a gerund ("checking an animal's health") or an activity's noun ("a home
    visit", "hygiene inspections"), not a field of knowledge ("bloodborne pathogens", "fine dining")."""
    parts = [p for p in re.split(r",|\band\b|\bor\b|&", item.lower()) if p.strip()]
    if len(parts) > 1:
        # each of a coordination must read: "during hygiene and infection control" reads as "during hygiene"
        return all(reads_as_activity(part) for part in parts)
    words = re.findall(r"[a-z][a-z'-]*", item.lower())
    if not words:
        return False
    verbs = config()["verbs"]
    first = words[0]
    if first.endswith("ing") and len(first) > 4 and first not in set(verbs["not_gerunds"]):
        return True
    nouns = set(verbs["activity_nouns"])
    last = words[-1]
    return last in nouns or last.rstrip("s") in nouns or (last.endswith("es") and last[:-2] in nouns)


@dataclass(frozen=True, slots=True)
class FittedFamily:
    """A family's situational twists, look-for points, red flags and behavioural competencies that fit one job."""

    setting: str
    served: tuple[str, str]
    complications: tuple[Twist, ...]
    act_complications: tuple[Twist, ...]
    look_for: tuple[str, ...]
    red_flags: tuple[str, ...]
    behavioural: tuple[str, ...]
    topics: tuple[str, ...]
    cared_for: str = "patient"
    # the situations of a duty of noticing, {item} what is noticed ("decay", "suspicious behaviour")
    noticing: tuple[Twist, ...] = ()


class Family(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: list[str] = Field(default_factory=list)
    text: list[str] = Field(default_factory=list)
    isco: list[str] = Field(default_factory=list)
    setting: str | list[Entry]  # the first entry that fits
    served: tuple[str, str] = ("customer", "customers")
    # whom some of the family's jobs serve instead ("swimmer/swimmers" for a pool's lifeguards): the first that fits
    served_by: list[Scoped] = Field(default_factory=list)
    complications: list[Entry]
    act_complications: list[Entry]
    behavioural: list[Entry]
    look_for: list[Entry]
    red_flags: list[Entry]
    topics: list[Entry] = Field(default_factory=list)
    cared_for: list[Entry] = Field(default_factory=list)
    noticing: list[Entry] = Field(default_factory=list)

    def fitted(self, job: JobDetails) -> FittedFamily:
        """The entries that fit `job`: every plain one, and each scoped one whose `when` its text matches."""
        job_text = "\n".join([job.title, job.requirements, " ".join(job.skills_required)])
        if not job.requirements.strip() and not job.skills_required:
            # an ad pasted whole into the description ("About you" and all) says what the job is only there
            job_text = "\n".join([job.title, job.description])

        scoped = next(
            (entry.text.split("/") for entry in self.served_by if entry.fits(job_text, job.title)), None
        )
        served = (scoped[0], scoped[1]) if scoped and len(scoped) == 2 else self.served
        # the family's own word for whom it serves, said in its situations, is the job's ("a guest tells you about
        # a severe allergy" is a pupil for a school's cook)
        said = _served_in(self.served, served)

        def twists(entries: list[Entry], words: Callable[[str], str] = said) -> tuple[Twist, ...]:
            return tuple(
                Twist(words(e)) if isinstance(e, str) else Twist(words(e.text), e.about, e.unless)
                for e in entries
                if isinstance(e, str) or e.fits(job_text, job.title)
            )

        def fitting(entries: list[Entry]) -> tuple[str, ...]:
            # (the rubric's points are the scorer's words, kept as the family says them)
            return tuple(twist.text for twist in twists(entries, str))

        setting = self.setting if isinstance(self.setting, str) else next(iter(fitting(self.setting)))
        return FittedFamily(
            setting,
            served,
            twists(self.complications),
            twists(self.act_complications),
            fitting(self.look_for),
            fitting(self.red_flags),
            fitting(self.behavioural),
            fitting(self.topics),
            next(iter(fitting(self.cared_for)), None) or self._cared_for_in_ad(job),
            twists(self.noticing),
        )

    def _cared_for_in_ad(self, job: JobDetails) -> str:
        """Whom the care is for, from the whole ad when its requirements do not say: a care home's ad names its
        "residents" in the duties and the company ("Support residents with personal care", "Willow Court Care
        Home"), and a resident is not asked about as "a patient". The ad's word wins only over the patients it
        names, since a hospital's blurb may mention the residents of its town."""
        ad = "\n".join([job.title, job.company, job.description, job.requirements])
        patients = len(_PATIENT_WORD.findall(ad))
        for entry in self.cared_for:
            if isinstance(entry, str) or not entry.when or not entry.fits(ad, job.title):
                continue
            # the people named themselves, not a setting ("a pharmacy with a care home service" cares for patients)
            named = re.findall(rf"\b{re.escape(entry.text)}s?\b", ad, re.IGNORECASE)
            if len(named) > patients:
                return entry.text
        return "patient"


def _served_in(default: tuple[str, str], served: tuple[str, str]) -> Callable[[str], str]:
    """The family's word for whom it serves ("guest", "guests") in a text, said as the job's ("pupil")."""
    if served == default or default == ("customer", "customers"):
        return lambda text: text  # (the library's "customer" is said in the job's words where it is asked)
    word = re.compile(rf"\b(an? )?({re.escape(default[1])}|{re.escape(default[0])})\b")

    def replace(match: re.Match[str]) -> str:
        said = served[1] if match.group(2) == default[1] else served[0]
        if match.group(1) is None:
            return said
        return ("an " if said[0] in "aeiou" else "a ") + said

    return lambda text: word.sub(replace, text)


class LibraryQuestion(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str
    level: str = ""


class LibraryCompetency(BaseModel):
    model_config = ConfigDict(extra="forbid")
    needs: str = ""
    name: str
    named_as: list[str] = []
    description: str
    questions: list[LibraryQuestion]
    anchors: RubricAnchors
    look_for: list[str]
    red_flags: list[str]


@dataclass(frozen=True, slots=True)
class TermFlags:
    """Red flags known for a job term; `families` (empty: any) are the families whose work the term means
    ("queries" are SQL in software and a customer's questions in an office)."""

    pattern: re.Pattern[str]
    flags: tuple[str, ...]
    families: frozenset[str] = frozenset()


def _load(name: str) -> dict[str, Any]:
    with (DATA / name).open(encoding="utf-8") as handle:
        data: dict[str, Any] = yaml.safe_load(handle)
    return data


@lru_cache(maxsize=1)
def families() -> dict[str, Family]:
    return {name: Family.model_validate(body) for name, body in _load("families.yaml")["families"].items()}


@dataclass(frozen=True, slots=True)
class ItemKind:
    """What a duty or requirement is (a rule to follow, kit to look after), with the situations that fit it."""

    about: re.Pattern[str]
    lead: str
    complications: tuple[str, ...]
    act_complications: tuple[str, ...]

    def names(self, item: str) -> str:
        """The item as a situation says it: a topic that is no activity after the kind's lead."""
        # "applying the Housing Act" is an activity; "wiring regulations" and "housing law" are topics
        first, _, rest = item.partition(" ")
        activity = (
            first.endswith("ing")
            and verb_base(first) is not None
            and rest.split(" ", 1)[0].lower() not in config()["verbs"]["noun_heads"]
        )
        return item if not self.lead or activity else f"{self.lead} {item}"


@lru_cache(maxsize=1)
def item_kinds() -> tuple[ItemKind, ...]:
    return tuple(
        ItemKind(
            re.compile(body["about"], re.IGNORECASE),
            body["lead"],
            tuple(body["complications"]),
            tuple(body["act_complications"]),
        )
        for body in _load("families.yaml")["item_kinds"].values()
    )


_ASIDE = re.compile(r",?\s+(?:including|such as|e\.g\.|for example)\b.*$", re.IGNORECASE)


def item_kind(item: str) -> ItemKind | None:
    """The kind of the item's own head: "training and drills, including breathing apparatus" is no kit."""
    head = _ASIDE.sub("", item)
    return next((kind for kind in item_kinds() if kind.about.search(head)), None)


@lru_cache(maxsize=1)
def competency_library() -> dict[str, LibraryCompetency]:
    raw = _load("competencies.yaml")["competencies"]
    return {key: LibraryCompetency.model_validate(body) for key, body in raw.items()}


@lru_cache(maxsize=1)
def _people_management() -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    spec = _load("competencies.yaml")["people_management"]
    title, duties = (tuple(re.compile(p, re.IGNORECASE) for p in spec[key]) for key in ("title", "duties"))
    return title, duties


def manages_people(job: JobDetails) -> bool:
    """Whether the job leads or supervises people: by its title, or a duty in its text."""
    title, duties = _people_management()
    text = _ad_body(job)
    return any(p.search(job.title) for p in title) or any(p.search(text) for p in duties)


def _ad_body(job: JobDetails) -> str:
    """What the ad says of the work beyond its title: description, requirements and skills, a line each."""
    return "\n".join([job.description, job.requirements, " ".join(job.skills_required)])


@lru_cache(maxsize=1)
def _named_as() -> dict[str, tuple[re.Pattern[str], ...]]:
    return {
        key: tuple(re.compile(p, re.IGNORECASE) for p in entry.named_as)
        for key, entry in competency_library().items()
        if entry.named_as
    }


def named_in_ad(job: JobDetails) -> list[str]:
    """The library's behaviours the ad itself asks for ("Behaviours: Working Together, Delivering at Pace", "a
    team player with attention to detail"), in the order the ad names them: the employer's own job analysis."""
    text = _ad_body(job)
    found: list[tuple[int, str]] = []
    for key, patterns in _named_as().items():
        starts = [m.start() for p in patterns if (m := p.search(text))]
        if starts:
            found.append((min(starts), key))
    return [key for _, key in sorted(found)]


def behaviour_named_by(text: str, job: JobDetails) -> str | None:
    """The library behaviour a requirement of the ad is wholly about, and that fits the job ("lead a team of 60
    staff" is *leadership*): asked with its anchored question, not as job knowledge beside it. A requirement that
    names work of its own besides ("kitchen leadership", "supervise a team of 15 pickers and packers") stays the
    job's own subject."""
    library = competency_library()
    return next(
        (
            key
            for key, patterns in _named_as().items()
            if any(_wholly_about(p, text) for p in patterns) and fits_job(library[key], job)
        ),
        None,
    )


@lru_cache(maxsize=1)
def _headcount_words() -> frozenset[str]:
    """The words that say how many a team is, not what work it does (data/competencies.yaml)."""
    return frozenset(_load("competencies.yaml")["headcount_words"])


def _wholly_about(pattern: re.Pattern[str], text: str) -> bool:
    if not pattern.search(text):
        return False
    rest = re.findall(r"[a-z]+", pattern.sub(" ", text).lower())
    return all(word in _headcount_words() for word in rest)


def fits_job(competency: LibraryCompetency, job: JobDetails) -> bool:
    """A competency with a precondition (`needs`) is asked only of jobs that meet it."""
    return competency.needs != "people_management" or manages_people(job)


@lru_cache(maxsize=1)
def term_flags() -> tuple[TermFlags, ...]:
    return tuple(
        TermFlags(
            re.compile(entry["match"], re.IGNORECASE),
            tuple(entry["flags"]),
            frozenset(entry.get("families", [])),
        )
        for entry in _load("red_flags.yaml")["terms"]
    )


@lru_cache(maxsize=1)
def _compiled() -> dict[str, tuple[list[re.Pattern[str]], list[re.Pattern[str]], list[re.Pattern[str]]]]:
    def compile_all(patterns: list[str]) -> list[re.Pattern[str]]:
        return [re.compile(p, re.IGNORECASE) for p in patterns]

    return {
        name: (compile_all(f.title), compile_all(f.text), compile_all(f.isco))
        for name, f in families().items()
    }


def family_scores(job: JobDetails, occupation_label: str = "", occupation_text: str = "") -> dict[str, float]:
    """Evidence for each family: title hits weigh most, then the matched ESCO occupation, then the job text."""
    text = " ".join([job.description, job.requirements, " ".join(job.skills_required)])
    title_weights = _title_weights(job.title, TITLE_WEIGHT)
    label_weights = _title_weights(occupation_label, OCCUPATION_WEIGHT)
    scores: dict[str, float] = {}
    for name, (title, body, isco) in _compiled().items():
        score = title_weights[name] * sum(1 for p in title if p.search(job.title))
        score += label_weights[name] * sum(
            1 for p in title if occupation_label and p.search(occupation_label)
        )
        score += TEXT_WEIGHT * min(4, sum(1 for p in body if p.search(text)))
        score += 0.5 * min(2, sum(1 for p in isco if occupation_text and p.search(occupation_text)))
        scores[name] = score
    return scores


def _title_weights(title: str, weight: float) -> dict[str, float]:
    """What a hit of each family's title patterns on a title (or an occupation's name) weighs: a family that
    names only what the role works on ("Kitchen" of a Kitchen Fitter), when another names the role noun itself,
    weighs half. A generic role noun (administrator, technician) names no trade: there the field says the role."""
    head = _head_span(title)
    if title[head[0] : head[1]].lower().rstrip("s") in GENERIC_ROLE_NOUNS:
        return dict.fromkeys(
            _compiled(), weight
        )  # an administrator's field names the role ("Payroll Administrator")
    compiled = _compiled()
    naming_role = {
        name for name, (patterns, _, _) in compiled.items() if any(_covers(p, title, head) for p in patterns)
    }
    return {name: weight if not naming_role or name in naming_role else weight / 2 for name in compiled}


def _head_span(title: str) -> tuple[int, int]:
    """Where the title's role noun, the last word of its main part, stands ("Fitter" of "Kitchen Fitter - Reading")."""
    words = list(re.finditer(r"[A-Za-z][\w'-]*", main_part(title)))
    return words[-1].span() if words else (-1, -1)


def _covers(pattern: re.Pattern[str], title: str, head: tuple[int, int]) -> bool:
    return any(m.start() <= head[0] and m.end() >= head[1] for m in pattern.finditer(title))


def classify(
    job: JobDetails, occupation_label: str = "", occupation_text: str = "", isco_family: str | None = None
) -> str:
    """The family the job's words say; when they say none clearly, the one ISCO's hierarchy puts the occupation's
    unit group in (`isco_family`: a Refuse Collector, a Chimney Sweep, a Meter Reader, whose titles no family's
    patterns name), and only then the general family."""
    scores = family_scores(job, occupation_label, occupation_text)
    best = max(sorted(scores), key=lambda name: scores[name])
    return best if scores[best] >= MIN_FAMILY_SCORE else isco_family or GENERAL


def red_flags_for(text: str, family: str) -> list[str]:
    found: list[str] = []
    for entry in term_flags():
        if entry.families and family not in entry.families:
            continue
        if entry.pattern.search(text):
            found.extend(flag for flag in entry.flags if flag not in found)
    return found
