"""A job's title as ESCO's labels say it: role abbreviations written whole ("HR Advisor": human resources) and a
word of many trades read in the sense the job's text gives it ("Senior Stylist" of balayage: a hairdresser)."""

from __future__ import annotations

import re

from workbench.interviewer.planning import esco
from workbench.interviewer.planning.esco import plain_words
from workbench.interviewer.planning.label_setting import main_part
from workbench.interviewer.planning.lexicon import config
from workbench.models import JobDetails

# Role nouns that say nothing of the work (questions.yaml): a match that shares only one of them with the title is
# another job.
GENERIC_ROLE_NOUNS = frozenset(config()["questions"]["generic_role_nouns"])
MIN_COMPOUND_PART = 3  # letters of the modifier a title compounds with a role noun ("beat" of "Beatkeeper")
MIN_COMPOUND_ROLE = 5  # letters of that role noun: "keeper", "fitter", never "man" or "hand" ("groundsman")
MAX_WORDS_BETWEEN = 3  # words a label may put between the title's own ("overhead [transmission and distribution] linesperson")


def spelled_out(title: str) -> str:
    """The title with the role abbreviations ESCO spells out written whole ("HR Advisor": human resources)."""
    words: dict[str, str] = config()["questions"]["title_abbreviations"]
    # "Teaching Assistant (SEN)": an abbreviation in brackets after the role is its kind, as in "SEN Teaching
    # Assistant" (a bracketed aside is otherwise cut from the title's main part)
    kind = re.fullmatch(r"(.*?)\s*\(([A-Z]{2,5})\)\s*", title)
    if kind and kind.group(2).lower() in words:
        title = f"{kind.group(2)} {kind.group(1)}"

    def written_whole(match: re.Match[str]) -> str:
        said = match.group(0)
        whole = words.get(said.lower(), said) if said.isupper() else said
        following = re.match(r"[\s-]+([A-Za-z]+)", title[match.end() :])
        if whole != said and following and esco.ends_in_role(whole) and esco.ends_in_role(following.group(1)):
            return said  # "GP Receptionist" is a practice's receptionist, not a general practitioner
        return whole

    return re.sub(r"\b[A-Za-z]{2,5}\b", written_whole, title)


def licence_read(title: str) -> str:
    """The title with its driving licence categories read as data (`licence_codes`): the vehicle they license where
    the role names none ("LGV C+E Driver" is a heavy goods vehicle driver), else nothing ("CDL-A Truck Driver", "Minibus Driver
    (D1)"). Read as words, they were the labels of the instructors who teach them."""
    if not _DRIVING.search(title):
        return title  # ("Class 2" of a school, "C1" of a language level)
    questions = config()["questions"]
    vehicles = set(questions["licence_vehicles"])
    for licence in questions["licence_codes"]:
        code = re.compile(rf"(?<![A-Za-z0-9])(?:{licence['code']})(?![A-Za-z0-9+])")
        main = main_part(title)
        found = code.search(main)
        if found is not None and not {w.lower() for w in re.findall(r"[A-Za-z]+", main)} & vehicles:
            title = title[: found.start()] + licence["vehicle"].title() + title[found.end() :]
        # (a bracket, a comma or a dash left empty: "Refuse Driver ()", "School Bus Driver - , Split Shift")
        title = re.sub(r"\(\s*\)|\s-\s*$", "", code.sub("", title))
        title = re.sub(r"\s{2,}", " ", re.sub(r"(\s-)\s*,", r"\1", title)).strip()
    return title


_DRIVING = re.compile(r"driv|trunker|haulage|chauffeur|courier|\b(?:HGV|LGV|CDL|PCV)\b", re.IGNORECASE)


_AGENT_ENDINGS = ("er", "or", "ist", "man", "ant")


def first_of_two_roles(title: str) -> str:
    """The title with the second of two role nouns a slash joins at the end of its role dropped: a "Bartender/Server"
    is read as a bartender, a "Dental Nurse/Receptionist" as a dental nurse (read whole, "bartender server" and
    "dental nurse receptionist" are phrases no label says, and both matched nothing). The first role is the one the
    employer names the post by; a slash between kinds of a role ("Heating/Plumbing Engineer") is kept."""
    main = main_part(title)
    joined = re.search(r"\b([A-Za-z]+)/([A-Za-z]+)\s*$", main)
    # (the second a role noun too, or an agent noun no occupation ends in: "server")
    if joined is None or not esco.ends_in_role(joined.group(1)):
        return title
    if not (esco.ends_in_role(joined.group(2)) or joined.group(2).lower().endswith(_AGENT_ENDINGS)):
        return title
    return title[: joined.start(2) - 1] + title[len(main) :]


def without_level(title: str) -> str:
    """The title without a level of certification hyphenated onto its role ("EMT-Basic" is an EMT): read whole,
    "emt-basic" is a word no label says, and the title matched nothing; nor the school year taught."""
    levels = "|".join(map(re.escape, config()["questions"]["title_levels"]))
    title = re.sub(rf"(?<=[A-Za-z])-(?:{levels})\b(?!-)", "", title, flags=re.IGNORECASE)
    # a school year or key stage taught is no word of the role: "Year 3 Teacher" is a teacher (read whole, its
    # "year" made it an *early years teacher*); nor a pay band written before the role ("Band 5 Staff Nurse" read
    # "band" as a *band saw operator*'s and was a *nurse assistant*); "&" is the labels' "and" ("Painter &
    # Decorator" is ESCO's "painter and decorator")
    title = _LEADING_GRADE.sub("", _SCHOOL_YEAR.sub("", _key_stage_read(title))).strip() or title
    return re.sub(r"\s+&\s+", " and ", title)


# (a grade by its scale's own code is no word of the role either: "GS-7 Program Support Assistant" of a US federal
# post, "APS4 Service Officer" of an Australian one, "Grade IV Clerical Officer" of an Irish one, "Level 2 Cook")
# ("Higher Level" of a Higher Level Teaching Assistant is the post's grade, no level of education: read whole it made
# the post a *university teaching assistant*)
_LEADING_GRADE = re.compile(
    r"^(?:afc\s+)?(?:(?:higher|entry)[\s-]level|(?:band|grade|level|tier|scale)\s*(?:\d+[a-z]?|[ivx]{1,4})|gs[-\s]?\d{1,2}|aps\s*\d|el\s*\d|wg-?\d{1,2})"
    r"\s+(?=[A-Za-z])",
    re.IGNORECASE,
)
_KEY_STAGE = re.compile(r"\b(?:key\s+stage|ks)\s*(\d)\b", re.IGNORECASE)


def _key_stage_read(title: str) -> str:
    """A key stage says the school the post is in ("HLTA - KS2" works in a primary school, `key_stage_schools`):
    read as that school, it is the setting the title names; a stage no school is listed for is dropped."""
    schools = config()["questions"]["key_stage_schools"]
    return _KEY_STAGE.sub(
        lambda m: f"{schools[m.group(1)]} school" if m.group(1) in schools else m.group(0), title
    )


_SCHOOL_YEAR = re.compile(
    r"\b(?:year|key\s+stage|ks)\s*\d{1,2}(?:\s*(?:/|-|–|&|and)\s*\d{1,2})?\s*", re.IGNORECASE
)


def in_its_sense(job: JobDetails) -> str:
    """The title with a word of many trades read as the one the job's text names ("Senior Stylist" who must be
    "confident with colour and balayage" is a hairdresser, not a personal stylist of outfits; `title_senses`)."""
    title = job.title
    text = f"{job.description}\n{job.requirements}\n{' '.join(job.skills_required)}"
    for sense in config()["questions"]["title_senses"]:
        word = re.compile(rf"\b{sense['word']}\b", re.IGNORECASE)
        if word.search(title) and re.search(sense["when"], f"{title}\n{text}", re.IGNORECASE):
            title = word.sub(sense["means"], title)
    return title


def said_apart(job: JobDetails, best: tuple[esco.EscoEntry, float]) -> tuple[esco.EscoEntry, float] | None:
    """The best match when its labels say the title's words in their order with words between them, and the title's
    role noun names a trade, no generic role: "overhead transmission and distribution linesperson" (a label of
    *overhead line worker*) names an Overhead Linesperson, though no label says "overhead linesperson" as a phrase
    (a title its labels say as a phrase is read by `title_filing.named_by_title`)."""
    words = plain_words(main_part(job.title))
    own_name = plain_words(best[0].label)[:-1]
    if len(words) < 2 or words[-1] in GENERIC_ROLE_NOUNS or not set(own_name) & set(words[:-1]):
        return None  # (*ICT buyer*, whose labels say "procurement ... buyer", names no kind a Procurement Buyer says)
    labels = best[0].labels.lower()
    if re.search(r"(?<![a-z0-9])" + r"\s+".join(map(re.escape, words)) + r"s?(?![a-z0-9])", labels):
        return None
    gap = rf"((?:\s+[a-z0-9]+){{1,{MAX_WORDS_BETWEEN}}})\s+"
    apart = re.compile(r"(?<![a-z0-9])" + gap.join(map(re.escape, words)) + r"s?(?![a-z0-9])")
    # (within one label: the labels run together, and a role noun between the words ends one label and starts
    # another: "procurement assistant junior buyer" of *procurement support officer* is no "procurement buyer")
    heads = esco.common_role_heads()  # not "distribution": *overhead line worker* files "overhead
    # transmission and distribution linesperson"
    within_one = (
        found
        for found in apart.finditer(labels)
        if not any(esco.singular(w) in heads for between in found.groups() for w in between.split())
    )
    return best if next(within_one, None) is not None else None


def compounds_apart(title: str) -> str:
    """The title with a word no ESCO label says, written as one with a role noun ESCO's labels end in, said as
    two words: "Beatkeeper" is a *game keeper*'s kind of "beat keeper", "Riverkeeper" a "river keeper". Read
    whole, the word matched no label and the ad's "rearing" made it an *aquaculture rearing technician*."""
    vocabulary, heads = esco.label_vocabulary(), esco.role_heads()

    def apart(match: re.Match[str]) -> str:
        word = match.group(0)
        lowered = word.lower()
        if esco.singular(lowered) in vocabulary:
            return word
        # ("Stockperson" is the labels' "stockman", a Herdsperson their "herdsman": the same trade's name)
        for form in ("man", "woman"):
            if lowered.endswith("person") and lowered[: -len("person")] + form in vocabulary:
                return word[: -len("person")] + form
        for cut in range(MIN_COMPOUND_PART, len(lowered) - MIN_COMPOUND_ROLE + 1):
            if esco.singular(lowered[cut:]) in heads:
                return f"{word[:cut]} {word[cut:]}"
        return word

    return re.sub(r"[A-Za-z]{8,}", apart, title)


def initials_spelled(title: str) -> str:
    """The title whose role is written as initials and then spelled out, read by the words it spells ("PSW -
    Personal Support Worker, Long-Term Care", "HLTA - Higher Level Teaching Assistant, KS2"): the initials are no
    word a label says, and the spelled-out role was an aside. The title's own spelling is the data: no table."""
    found = _INITIALS_THEN_WORDS.match(title)
    if found is None:
        return title
    letters = found.group(1).lower()
    words = re.findall(r"[A-Za-z][A-Za-z'’]*", found.group(2))
    said = [w for w in words if w.lower() not in _JOINING]
    if len(said) < len(letters) or "".join(w[0].lower() for w in said[: len(letters)]) != letters:
        return title
    return found.group(2)  # the spelled-out role, and the aside that followed it


_INITIALS_THEN_WORDS = re.compile(r"^\s*([A-Z]{2,5})\s*[-–—:|]\s*(.+)$")
_JOINING = frozenset({"and", "of", "&"})
