"""Resume probes: one or two planned questions per candidate that cite a concrete item of their resume.

An item is a whole line or sentence of the resume (an achievement with a figure, a certification, a role at an
employer), quoted whole, never cut mid-clause; items too long to quote whole are skipped. The resume is
untrusted: instruction-like sentences are removed first and an item touching a protected characteristic is
never quoted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from wordfreq import zipf_frequency

from workbench.interviewer.guards import guard_question, instruction_like, is_safe_phrase, neutralise
from workbench.interviewer.plan_view import known_red_flags
from workbench.interviewer.planning import esco
from workbench.interviewer.planning.care_duty import care_duty, own_time_away
from workbench.interviewer.planning.esco import singular, tokens
from workbench.interviewer.planning.lexicon import verb_base
from workbench.interviewer.planning.paragraphs import deeds_of, unwrapped
from workbench.interviewer.planning.resume_roles import (
    MAX_ROLE_WORDS,
    ROLE_DATES,
    names_a_doer,
    resume_data,
    role_parts,
)
from workbench.interviewer.specificity import general_words
from workbench.models import (
    Competency,
    InterviewPlan,
    JobDetails,
    Phase,
    PlannedQuestion,
    Rubric,
    RubricAnchors,
)

MAX_QUOTE_WORDS = 22
MIN_QUOTE_WORDS = 3
_LINE_SPLIT = re.compile(r"\n+|(?<=[.!?])\s+(?=[A-Z]|(?:19|20)\d\d\b)")  # a sentence, or a dated entry
_HOLDER = re.compile(
    r"^(?:I|I've|I have)\s+(?:also\s+)?(?:hold|have|got)\s+(?:(?:a|an|my)\s+)?", re.IGNORECASE
)
_BULLET = re.compile(r"^[\s\-*•·▪●◦‣>]+")
_FIGURE = re.compile(r"\d")
_ACTION = re.compile(
    r"^(?:i\s+)?(?:led|built|designed|managed|ran|reduced|cut|increased|improved|launched|delivered|introduced|"
    r"created|implemented|trained|mentored|supervised|installed|completed|opened|achieved|grew|developed|"
    r"redesigned|migrated|cared|coordinated|organised|organized|taught|raised|saved|won|handled|set up|started|"
    # irregular past tenses that open a resume line ("Held a caseload of 18 children", "Drove 7.5t vehicles")
    r"held|kept|drove|took|made|wrote|sold|brought|oversaw|gave|found|dealt|spoke|met|flew|fed|swept|"
    r"co-ran|co-led|co-wrote)\b",
    re.IGNORECASE,
)
# An action the candidate took, anywhere in the line: "Rewired a care home", "At Spark I rewired ...".
_DEED = re.compile(
    # (five letters with "-ed": "Moved", "Fixed", "Added", "Owned"; a word that only ends in "d" is longer:
    # "Wound care", "Crowd management" are no deeds)
    r"^([A-Z][a-z]{2,}ed|[A-Z][a-z]{4,}d)\b(?=\s+[a-z0-9])"
    r"|\bI\s+(?:(?!(?:am|was|have|had|feel|felt|believe|enjoy|enjoyed|love|loved|liked|wanted)\b)([a-z]{4,}ed)"
    r"|led|built|ran|cut|set up|won|grew|taught|made|wrote|brought|took|drove|fought|kept|began|rebuilt|rewrote)\b",
)
# Words in the past tense that describe the candidate rather than something they did.
_NOT_DEEDS = frozenset(
    [
        "qualified",
        "experienced",
        "skilled",
        "motivated",
        "dedicated",
        "detailed",
        "talented",
        "certified",
        "registered",
        "licensed",
        "accomplished",
        "seasoned",
        "trusted",
        "respected",
        "committed",
        "focused",
        "organised",
        "organized",
        "interested",
        "based",  # "Based in Leeds"
        "aged",
        "rated",
    ]
)


def _undated_role(line: str) -> bool:
    """A line of a title and an employer with no dates, parted by a dash, a bar or a comma, whose title names a
    doer ("Relief Milker - Hollow Farm", "Greggs - Team Member"): a role held, as a resume pasted without dates
    says it."""
    told = role_parts(line)
    if told is None or len(_ROLE_PARTED.split(line)) != 2:
        return False  # ("Steady, patient, and good at noticing ...": a comma parts no undated role)
    title = told[0].split(maxsplit=1)[-1] if told[0].split()[0] in {"a", "an"} else told[0]
    return names_a_doer(title) or esco.ends_in_role(title)


_ROLE_PARTED = re.compile(r"\s[-–—|]\s")


def _acted(clause: str) -> bool:
    """A clause that tells a deed: "ran the department's PCE audit", "prepared trial bundles", "Installing,
    testing and commissioning boilers"."""
    clause = clause.strip()
    return (
        bool(_ACTION.search(clause)) or _did_something(clause[:1].upper() + clause[1:]) or _gerund_led(clause)
    )


# A line that opens with work verbs in "-ing", alone or listed ("Installing, testing and commissioning boilers",
# "Servicing and repairing combi boilers"): a resume's way of saying what was done; not a course still under way
# ("Working towards NVQ Level 3", "Studying for ...", "Seeking a new role")
_GERUND_LIST = re.compile(
    r"^([A-Z][a-z-]+ing)\b(?:,?\s+(?:and\s+|or\s+|&\s+)?[a-z-]+ing\b)*,?\s+(?!towards?\b|for\b)[a-z0-9]"
)


def _gerund_led(clause: str) -> bool:
    """A line that opens with work verbs in "-ing" and goes on in lower case: "Installing, testing and
    commissioning boilers" (not a title: "Teaching Assistant", "Dispensing Assistant course")."""
    match = _GERUND_LIST.match(clause)
    if match is None or match.group(1).lower() in resume_data()["not_work_gerunds"]:
        return False
    listed = (
        " " in match.group(0)[len(match.group(1)) : -1].strip()
    )  # "Installing, testing and commissioning"
    following = clause[match.end() - 1 :].split()[0].lower()
    # one verb acts on things or people ("Installing boilers", "Managing a team of 6"); "Climbing arborist for
    # eight years" is a title said in lower case
    acts_on = following in _DETERMINERS or following.endswith("s") or following[:1].isdigit()
    return (listed or acts_on) and verb_base(match.group(1)) is not None


_DETERMINERS = frozenset(
    {"a", "an", "the", "my", "our", "their", "all", "every", "each", "new", "large", "small"}
)


def _opens_a_deed(part: str) -> bool:
    """Whether a part of a paragraph's sentence opens a deed of its own (`paragraphs.deeds_of`): a verb in the
    past tense, or "I" and a verb, that acts on something ("managed the medication round", "I kept the falls
    log"); not a participle that goes on describing the noun before it ("connected to a REST API", "posted at the
    door"), nor a relative clause ("which I presented"), nor a deed told of "it" or "them" that the part before
    names ("trained the student nurses on it")."""
    words = part.split()
    if len(words) < MIN_DEED_WORDS or words[0].lower() in _RELATIVE or _BACK_REFERENCE.search(part):
        return False
    if words[1].lower() in _PREPOSITIONS:
        return False
    return bool(_ACTION.search(part)) or _did_something(part[:1].upper() + part[1:])


MIN_DEED_WORDS = 5  # "checked off at handover" says too little on its own
_RELATIVE = frozenset({"which", "who", "that", "whose", "whom", "where", "when"})
_PREPOSITIONS = frozenset(
    {"to", "at", "by", "in", "on", "for", "with", "from", "into", "as", "under", "over"}
)
_BACK_REFERENCE = re.compile(
    r"\b(?:it|them|this|these|those|there|he|she|his|her|they|their)\b", re.IGNORECASE
)


def _did_something(line: str) -> bool:
    """A verb in the past tense opens the line or follows "I", and it is a verb: its stem is an English word
    ("Installed" -> "install", "Carried" -> "carry"), so a name ("Mohammed", "Fred") is not a deed."""
    match = _DEED.search(line)
    if match is None:
        return False
    word = (match.group(1) or match.group(2) or "").lower()
    if not word:
        return True  # an irregular verb after "I"
    if word in _NOT_DEEDS:
        return False
    stems = (word[:-3] + "y", word[:-2], word[:-1]) if word.endswith("ied") else (word[:-2], word[:-1])
    if len(word) > 5 and word[-3] == word[-4]:
        stems = (*stems, word[:-3])  # "Stripped", "Mopped", "Planned": the consonant doubled before "-ed"
    return any(zipf_frequency(stem, "en") >= 2.0 for stem in stems)


_CLAUSE = re.compile(r",?\s+and\s+(?=I\s)|;\s+")
_LISTED = re.compile(r"\s*;\s+")
# a role at an employer: "Nurse at St Mary's", "Nurse, St Mary's (2019-2024)", "2019-2024 Nurse, St Mary's"
_ROLE_AT = re.compile(
    r"\b(?:at|with|for)\s+[A-Z][\w&'.-]+|[,|–—-]\s*[A-Z][\w&'.-]+.*\(?\b(?:19|20)\d\d\b"
    r"|^(?:19|20)\d\d\b[^,]{0,50}?\s[A-Z][\w&'.-]*[^,]{0,30},\s*[A-Z][\w&'.-]+"
)


_SECTION_HEADING = re.compile(
    r"^(?:(?P<credential>certificates?|certifications?|qualifications?|licen[cs]es?|tickets?|training|courses?"
    r"|accreditations?)|skills|key skills|awards?|memberships?|languages?|interests)\s*[:–—-]\s+(?=\S)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class ResumeItem:
    text: str
    kind: str  # achievement | certification | role | education


def _clean(line: str) -> str:
    line = _BULLET.sub("", line).strip()
    line = re.sub(r"\s+", " ", line)
    return line.rstrip(" .;,")


COPIED_SHARE = 0.75  # a line this much in the ad's words, and this long, was copied from it
COPIED_MIN_WORDS = 6


def job_ad_text(job: JobDetails) -> str:
    return " ".join([job.title, job.description, job.requirements, job.company, *job.skills_required])


def _restates_the_ad(line: str, job: JobAd) -> bool:
    """A line that says nothing of the candidate's own work beyond the job ad: no figure and no word the ad lacks
    but words any job uses ("Helped the team with testing when needed"), the job's title with at most one word
    more ("Registered Veterinary Nurse | Leeds"; "QA Engineer, Westgate Partners (2024 - present)" names an
    employer), or a requirement copied into the resume."""
    words = [singular(token) for token in tokens(line)]
    beyond = {word for word in words if word not in job.words}
    if not _FIGURE.search(line) and beyond <= general_words():
        return True
    if job.title and job.title in line.lower() and len(beyond) < 2:  # an employer has a name, a city one word
        # ("Home carer, Bluebird Care (2019-2023)", "Warehouse Operative | Amazon | 2020-2023": a role held at an
        # employer, dated or named in words the ad may share, is the candidate's own)
        told = role_parts(line)
        return told is None or not (ROLE_DATES.search(line) or len(told[1].split()) > 1)
    copied = sum(word in job.words for word in words)
    return len(words) >= COPIED_MIN_WORDS and copied >= COPIED_SHARE * len(words)


@dataclass(frozen=True, slots=True)
class JobAd:
    title: str  # lower case
    words: frozenset[str]

    @classmethod
    def of(cls, job_text: str, title: str = "") -> JobAd:
        return cls(title.strip().lower(), frozenset(singular(token) for token in tokens(job_text)))


def resume_items(resume_text: str, job: JobAd | None = None, owner: str = "") -> list[ResumeItem]:
    """Quotable items, most telling first: achievements with a figure, then certifications, then roles. A line
    that only restates the job ad (`_restates_the_ad`) is no item: a probe citing it asks nothing about the
    candidate's own work. `owner`: the candidate's name, which no item quotes back to them."""
    job = job or JobAd("", frozenset())
    found: dict[str, ResumeItem] = {}
    for raw in _quotable_pieces(resume_text[:20_000], owner):
        line, _ = neutralise(_clean(raw))  # instruction-like sentences are dropped, line by line
        # a title in double quotes ('Led "Programming in Java" (220 students)') is quoted in single ones, so the
        # probe's own quotes stay unbroken
        line = re.sub(r'["“”]', "'", line.rstrip(" .;,"))
        # "Certificates: COSHH awareness (2023), Manual handling": the heading is no part of the item, and it
        # says what the item is
        heading = _SECTION_HEADING.match(line)
        line = line[heading.end() :] if heading else line
        words = line.split()
        if not MIN_QUOTE_WORDS <= len(words) <= MAX_QUOTE_WORDS or "@" in line:
            continue
        if own_time_away(line) or not (
            is_safe_phrase(line) or (care_duty(line) and not instruction_like(line))
        ):
            continue  # (care work for others is quoted: "Supported 12 clients with ... medication prompts")
        if _restates_the_ad(line, job) or re.search(str(resume_data()["conditions"]), line):
            continue  # (a licence with its points, a DBS check: conditions held, not work done)
        # "CT competent (head, chest); ran the department's PCE audit 2024": a clause may open with the deed
        acted = _did_something(line) or any(_acted(clause) for clause in _CLAUSE.split(line))
        if _FIGURE.search(line) and acted:
            kind = "achievement"
        elif _education().search(line) and not acted and not _staff_at_place_of_study().search(line):
            kind = "education"
        elif _certificate().search(line) or (heading and heading.group("credential")):
            kind = "certification"
        elif acted:
            kind = "achievement"
        elif _ROLE_AT.search(line) or (
            role_parts(line) is not None and (ROLE_DATES.search(line) or _undated_role(line))
        ):
            # ("2015-2019 | Asda | Picker": a dated title and employer in any order; "Relief Milker - Hollow Farm",
            # "Bluebird Vets - Receptionist": undated, a doer's title beside a name)
            kind = "role"
        elif _FIGURE.search(line) and re.search(str(resume_data()["achievement_figures"]), line):
            kind = "achievement"  # "130+ drops a day, 99.2% first-time delivery rate": results, no verb
        else:
            continue
        if kind == "certification":  # "I hold reach and counterbalance licences": quoted as what is held
            line = _HOLDER.sub("", line, count=1) or line
        found.setdefault(line.lower(), ResumeItem(line, kind))
    order = {"achievement": 0, "certification": 1, "role": 2, "education": 3}
    items = list(found.values())
    with_figure = [i for i in items if i.kind == "achievement" and _FIGURE.search(i.text)]
    rest = sorted((i for i in items if i not in with_figure), key=lambda i: order[i.kind])
    return [*with_figure, *rest]


def _quotable_pieces(resume_text: str, owner: str = "") -> list[str]:
    """Lines and sentences; one too long to quote whole is taken clause by clause where a new clause starts
    ("..., and I now lead a team of three"), so a whole clause is still quoted, never a cut one."""
    pieces: list[str] = []
    lines = [line for line in resume_text.splitlines() if line.strip()]
    if len(lines) > 3 and len(lines[0].split()) <= 5:
        resume_text = resume_text.split(lines[0], 1)[1]  # the first line of a resume is its owner's name
    for raw in _LINE_SPLIT.split(unwrapped(resume_text)):
        raw = _without_named_owner(_without_owner(raw), owner)
        fields = [field.strip() for field in raw.split("|") if field.strip()]
        deeds = [field for field in fields if _acted(field)]
        if len(fields) > 2 and deeds:
            # a table row ("2019-2024 | XPO Logistics | Shift Supervisor | managed 20 staff, ran toolbox talks"):
            # the role in its cells, and what was done there an item of its own
            pieces += [" | ".join(field for field in fields if field not in deeds), *deeds]
            continue
        listed = [part for part in _LISTED.split(raw) if part.strip()]
        if len(listed) > 1 and not any(_acted(part) for part in listed):
            # "NVQ Level 3 Health and Social Care; Phlebotomy Training Service certificate (2020)": two items, each
            # quoted on its own (a line of deeds is one account and stays whole)
            pieces += listed
            continue
        if len(raw.split()) <= MAX_QUOTE_WORDS:
            pieces.append(raw)
        else:
            for part in (part for part in _CLAUSE.split(raw) if part.strip()):
                pieces += [part] if len(part.split()) <= MAX_QUOTE_WORDS else deeds_of(part, _opens_a_deed)
    return pieces


# (the name may end in a comma: "Priya Sharma, BA (Hons) Social Work, University of Leicester, 2021")
_OWNER = re.compile(r"^\s*(?:[A-Z][a-z'’-]+\s+){1,2}[A-Z][a-z'’-]+,?\s+(?=\S)")


def _without_owner(piece: str) -> str:
    """ "Tom Ashworth BSc Chemistry (2:1), University of Leeds": the owner's name before their degree is not
    quoted back to them; nor before the role they held ("Kyle Brennan, Courier (self-employed) 2022-2024": no
    "You worked as a kyle brennan at Courier")."""
    owner = _OWNER.match(piece)
    if owner is None:
        return piece
    if _education().match(piece, owner.end()) is None and not _owner_before_role(piece, owner):
        return piece
    return piece[owner.end() :]


_NAME_SEPARATOR = re.compile(r"\s*(?:[,|:.;]|[-–—]+)\s*")


def _without_named_owner(piece: str, owner: str) -> str:
    """ "Tomasz Nowak — Occupational Therapist, HCPC registered 2023", "Farhan Malik, ADI since 2019": a resume's
    heading line opens with its owner's name (known from the candidate's record), which a probe never quotes
    back to them ("I see \"Tomasz Nowak — Occupational Therapist ...\" on your resume"). The name is matched by
    its first word and the capitalised words after it ("Alex J. Doe" for "Alex Doe")."""
    names = owner.split()
    if not names:
        return piece
    first = re.escape(names[0])
    heading = re.match(rf"\s*{first}(?:\s+[A-Z][\w'’.-]*){{0,3}}(?=[\s,|:;.–—-])", piece, re.IGNORECASE)
    if heading is None:
        return piece
    rest = piece[heading.end() :]
    separator = _NAME_SEPARATOR.match(rest)
    return rest[separator.end() :] if separator is not None and separator.group(0).strip() else piece


def _owner_before_role(piece: str, owner: re.Match[str]) -> bool:
    """Whether a name and a comma come before a role said alone: no word of the name names a role, and the
    words after it, up to a bracket, a date or the end, end in a role's noun (an employer follows a role; no
    role follows an employer)."""
    if not owner.group(0).rstrip().endswith(","):
        return False
    heads = esco.role_heads()
    if any(singular(word) in heads for word in tokens(owner.group(0))):
        return False  # "Senior Care Assistant, ..." is the role itself
    rest = re.split(r"[(,|;:]|\s[-–—]\s|\b(?:19|20)\d\d\b", piece[owner.end() :], maxsplit=1)[0]
    words = tokens(rest)
    if names_a_doer(owner.group(0).rstrip(" ,")) and not names_a_doer(rest.strip()):
        return False  # "Night Colleague, Tesco Extra, 2021-2024": the role first, then its employer
    return 0 < len(words) <= MAX_ROLE_WORDS and singular(words[-1]) in heads


@lru_cache(maxsize=1)
def _staff_at_place_of_study() -> re.Pattern[str]:
    return re.compile(str(resume_data()["staff_at_place_of_study"]))


@lru_cache(maxsize=1)
def _certificate() -> re.Pattern[str]:
    return re.compile(str(resume_data()["certificate"]))


@lru_cache(maxsize=1)
def _education() -> re.Pattern[str]:
    return re.compile(str(resume_data()["education"]))


def _template(kind: str) -> str:
    return str(resume_data()["templates"][kind])


_ABBREVIATION_THEN_STOP = re.compile(r"\.\.(?=\s|$)")

_RUBRIC = Rubric(
    anchors=RubricAnchors(
        one="Cannot explain the item or their own part in it; the account does not match the resume.",
        three="Describes the item in general terms with some of their own part, little on how or the outcome.",
        five="Explains their own part concretely: what they did, how, and the outcome, consistent with the resume.",
    ),
    look_for=["their own part", "how they did it", "the outcome"],
)


def _closest_competency(item: ResumeItem, competencies: list[Competency]) -> str:
    words = {singular(t) for t in tokens(item.text)}
    knowledge = [c for c in competencies if c.kind == "job_knowledge"]
    best = max(knowledge, key=lambda c: len(words & set(c.terms)), default=None)
    if best is not None and words & set(best.terms):
        return best.id
    if item.kind == "role":
        # "What was the most demanding part of that role, and how did you handle it?" is answered with what was
        # hard and what the candidate did about it: problem solving where the plan measures it, not motivation
        # (an unsafe statement in that story was filed under "Motivation and fit")
        ids = [c.id for c in competencies]
        for wanted in ("problem_solving", "resilience", "motivation"):
            if wanted in ids:
                return wanted
    return knowledge[0].id if knowledge else (competencies[0].id if competencies else "")


def resume_probes(
    plan: InterviewPlan,
    resume_text: str,
    job: JobDetails | None = None,
    count: int = 2,
    owner: str = "",
) -> list[PlannedQuestion]:
    """Up to `count` probes on different kinds of item: the first opens the technical phase, the second the
    behavioural phase (first in their phases, so time pressure never skips them). `job`: its ad, which a
    resume line must go beyond to be an item; `owner`: the candidate's name, never quoted back to them."""
    ad = JobAd.of(job_ad_text(job), job.title) if job is not None else None
    items = resume_items(resume_text, ad, owner)
    chosen: list[ResumeItem] = []
    for item in items:
        if len(chosen) == count:
            break
        if not chosen or item.kind != chosen[0].kind or len(items) <= count:
            chosen.append(item)
    if len(chosen) < count:
        chosen += [i for i in items if i not in chosen][: count - len(chosen)]
    phases = (Phase.TECHNICAL, Phase.BEHAVIORAL)
    probes = []
    for number, item in enumerate(chosen):
        text = _template(item.kind).format(item=item.text)
        rephrasing = f'Tell me more about "{item.text}": what did you do there yourself?'
        told = role_parts(item.text) if item.kind == "role" else None
        if told is not None:
            # "Swift Haul Inc." ends the sentence with its own full stop: "at Swift Haul Inc.. What was ..."
            text = _ABBREVIATION_THEN_STOP.sub(
                ".", _template("role_told").format(title=told[0], employer=told[1])
            )
            rephrasing = _template("role_told_rephrasing").format(employer=told[1])
        # the line read by `care_duty` as care work for others is masked, and only it: the rest is checked
        quoted = (item.text, *(told or ())) if care_duty(item.text) else ()
        if guard_question(text, fallback="", job_terms=quoted) != text:
            continue
        competency_id = _closest_competency(item, plan.competencies)
        probes.append(
            PlannedQuestion(
                id=f"resume-{number + 1}",
                kind="resume_probe",
                phase=phases[number % len(phases)],
                competency_id=competency_id,
                form="behavioural",
                text=text,
                rephrasings=[rephrasing],
                minutes=3.0,
                rubric=_RUBRIC.model_copy(
                    update={"red_flags": known_red_flags(plan.questions, competency_id)}
                ),
                source=f"resume:{item.kind}",
                resume_item=item.text,
            )
        )
    return probes
