"""A role line of a resume told as the title held and the employer ("Senior Care Assistant, Sunrise Homes,
2019-2023" -> "a senior care assistant", "Sunrise Homes"), and the data file the resume probes read."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from workbench.interviewer.names import is_name
from workbench.interviewer.planning import esco
from workbench.interviewer.planning.esco import singular

DATA_FILE = Path(__file__).resolve().parent / "data" / "resume.yaml"


@lru_cache(maxsize=1)
def resume_data() -> dict[str, Any]:
    with DATA_FILE.open(encoding="utf-8") as handle:
        data: dict[str, Any] = yaml.safe_load(handle)
    return data


# the dates of a role ("2019-2023", "(Mar 2020 - present)", "2021 to date"): no part of its title or employer
ROLE_DATES = re.compile(
    r"\(?\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?(?:19|20)\d\d\b"
    r"(?:\s*(?:-|–|—|to|until)\s*(?:(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?"
    r"(?:19|20)\d\d\b|present\b|date\b|now\b|current\b))?\)?:?",
    re.IGNORECASE,
)
_BRACKETED = re.compile(r"\([^)]*\)")
_ROLE_SEPARATOR = re.compile(r"\s*(?:,|\||\s[-–—]\s)\s*")
_ROLE_AT_WORD = re.compile(r"\s+(?:at|@)\s+")
MAX_ROLE_WORDS = 6


def role_parts(line: str) -> tuple[str, str] | None:
    """A role line as the title held ("a senior care assistant") and the employer ("Sunrise Homes"), or None
    when the line does not read as one: "Senior Care Assistant, Sunrise Homes, 2019-2023" and "2019 - 2023
    Phlebotomist at Frimley Health" alike. A town after the employer is left out."""
    # "(Outpatients)": a detail, not its name; a bracket is left out whole before the dates are, since
    # "(seasonal, Jun 2024 - Sep 2024)" would lose its closing bracket with its dates and stay open
    undated = ROLE_DATES.sub(" ", _BRACKETED.sub(" ", line))
    undated = " ".join(undated.split()).strip(" ,|–—-")
    # "Dog Groomer, Pets at Home Groom Room": an "at" inside an employer's name splits nothing once a comma, a
    # bar or a dash has parted the title from the employer
    parts = [part for part in _ROLE_SEPARATOR.split(undated) if part.strip()]
    if len(parts) < 2:
        parts = [part for part in _ROLE_AT_WORD.split(undated) if part.strip()]
        if len(parts) >= 2 and _standing_at_post(parts[0].strip(), parts[1].strip()):
            return None
    if len(parts) < 2:
        return None
    title, employer = parts[0].strip(), parts[1].strip()
    if re.match(str(resume_data()["not_posts"]), (title.split() or [""])[-1]):
        return None  # "Sat job, Bloom florist": no post said
    doer_second = names_a_doer(employer) and singular(employer.split()[-1].lower()) in esco.label_vocabulary()
    title_said = names_a_doer(title) or re.fullmatch(r"[A-Z]{2,5}", title.split()[-1]) is not None
    if not title_said and (doer_second or (not esco.ends_in_role(title) and esco.ends_in_role(employer))):
        # "XPO Logistics | Shift Supervisor", "Bluebird Care - Home Carer": the employer first ("Home carer,
        # Bluebird Care" names its doer first, though "care" ends some roles; "Senior Enterprise AE, Sentinel
        # Cyber" its title's letters)
        title, employer = employer, title
    if not _reads_as_title(title):
        return None  # "RTITB Counterbalance, Reach", "Next, Cheltenham", "Tom Price Butchers, Hereford"
    if not (title[:1].isalpha() and employer[:1].isupper()) or any(ch.isdigit() for ch in title + employer):
        return None
    if len(title.split()) > MAX_ROLE_WORDS or len(employer.split()) > MAX_ROLE_WORDS:
        return None
    if re.match(str(resume_data()["no_employer"]), employer):
        return None  # "Various contractors": no one to have worked at
    return _as_held(title), employer


def _standing_at_post(title: str, after: str) -> bool:
    """ "Volunteer at Brownies leader": a standing (`standing_titles`) and, after its "at", words that end in a
    role's noun (a Brownies leader): the post held, with no employer named."""
    standing = re.match(str(resume_data()["standing_titles"]), title) is not None
    return standing and (names_a_doer(after) or esco.ends_in_role(after))


def _reads_as_title(title: str) -> bool:
    """Whether words name a post someone holds: they end in a role's noun, said once ("Shift Supervisor", not the
    business "Tom Price Butchers"), in a word of ESCO's occupation labels ("Paramedic") or in a word that names
    a doer (`resume.yaml` title_ending: "Joiner", "Greenkeeper", "HVAC Tech"), or they are a title's letters
    ("HCA", "ADI") or "Head of ..."; not a licence's truck ("RTITB Counterbalance") nor a shop ("Next")."""
    words = title.split()
    last = words[-1] if words else ""
    if last.lower().endswith("s") and singular(last.lower()) != last.lower() and esco.ends_in_role(title):
        return False  # a role's noun said of many names a business
    if esco.ends_in_role(title) or re.search(r"\s(?:of|de)\s", f" {title.lower()} "):
        return True  # "Head of Year", "Chef de Partie"
    if re.fullmatch(r"[A-Z]{2,5}", last) or singular(last.lower()) in esco.label_vocabulary():
        return True  # "HCA"; "Paramedic", "Waitress": words ESCO names roles with
    return re.search(str(resume_data()["title_ending"]), last) is not None


def names_a_doer(words: str) -> bool:
    """Whether words end in a word that names a doer by its form or as a resume says a role (`title_ending` in
    resume.yaml: "Carer", "Receptionist", "Custodian", "Team Member", "Night Colleague"), not a business's
    word ("Care", "Logistics", "Schools")."""
    last = (words.split() or [""])[-1]
    return not last.lower().endswith("s") and re.search(str(resume_data()["title_ending"]), last) is not None


def _as_held(title: str) -> str:
    """ "Senior Care Assistant" -> "a senior care assistant"; "Head of Year" keeps its capitals and takes no
    article, and letters ("HCA", "NHS") and names keep theirs."""
    if " of " in f" {title.lower()} ":
        return title
    words = [
        w if w.isupper() or any(c.isupper() for c in w[1:]) or is_name(w) else w.lower()
        for w in title.split()
    ]
    first = words[0]
    # letters are said letter by letter: "an HCA", "an RGN", "a GP"
    article = "an" if (first[:1] in "AEFHILMNORSX" if first.isupper() else first[:1] in "aeiou") else "a"
    return f"{article} {' '.join(words)}"
