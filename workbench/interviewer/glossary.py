"""What a term of the question means, in the job ad's own words: a candidate who asks "what do you mean by ADLs?"
hears what the ad says they are ("bathing, dressing, toileting, feeding"), not only the question again.

Only what the ad itself says is used: a spelled-out acronym ("Control of Substances Hazardous to Health
(COSHH)", "COSHH (Control of …)"), a list after the term ("ADLs: bathing, dressing, …", "PPE such as gloves and
aprons"). Nothing is invented: a term the ad does not explain is left to the rephrased question.
"""

from __future__ import annotations

import re

from workbench.interviewer.planning.adtext import plain_text
from workbench.interviewer.repair import PERSONAL, WHAT_IS_TERM, term_said
from workbench.models import JobDetails

MAX_MEANING_CHARS = 90
MAX_CLAUSE_WORDS = 20
# an ad's sentences and list items; within a long one, its comma-separated duties ("Support funeral directors with
# the care of the deceased, act as bearer and drive the hearse, ...")
_SENTENCE_BREAK = re.compile(r"[.;:\n\u2022]+")
_CLAUSE_BREAK = re.compile(r",\s+(?:and\s+|or\s+)?|\s+\u2013\s+|\s+-\s+")
_SMALL_WORDS = frozenset({"of", "and", "the", "for", "to", "in", "on", "at", "&", "a", "an", "with"})
# what a bracket after a term says that is no meaning of it ("Level 3 (essential)", "BLS (AHA)")
_NO_MEANING = re.compile(
    r"^(?:essential|desirable|preferred|required|or equivalent|or similar|or above|an? advantage|ideally|"
    r"mandatory|minimum|min|\d[\d\s.,/+-]*\w{0,5})$",
    re.IGNORECASE,
)


def meaning_in_ad(term: str, job: JobDetails) -> str | None:
    """What the ad says `term` is, or None when it does not say."""
    term = term.strip(" \"'\u2018\u2019\u201c\u201d")
    if len(term) < 2:
        return None
    ad = plain_text("\n".join([job.description, job.requirements]))
    name = rf"(?<![\w-]){re.escape(term)}(?:s|'s)?(?![\w-])"
    for find in (_spelled_out_after, _spelled_out_before, _listed_after):
        meaning = find(name, term, ad)
        if meaning:
            return meaning
    return None


def _spelled_out_after(name: str, term: str, ad: str) -> str | None:
    """ "COSHH (Control of Substances Hazardous to Health)", "ADLs (bathing, dressing and feeding)"."""
    for match in re.finditer(rf"{name}\s*\(([^()\n]{{3,{MAX_MEANING_CHARS}}})\)", ad, re.IGNORECASE):
        inside = match.group(1).strip(" .;,")
        # (one word is another name, not a meaning: "BLS (AHA)", "a DBS (enhanced)")
        if len(inside.split()) > 1 and not _NO_MEANING.match(inside):
            return re.sub(r"^(?:e\.g\.?|i\.e\.?|such as|including)\s*", "", inside, flags=re.IGNORECASE)
    return None


def _spelled_out_before(name: str, term: str, ad: str) -> str | None:
    """ "Control of Substances Hazardous to Health (COSHH)": the words before the bracket whose initials spell the
    acronym (small words between them do not count)."""
    if not re.fullmatch(r"[A-Z][A-Z0-9&]{1,9}s?", term):
        return None
    letters = term.rstrip("s").replace("&", "").lower()
    for match in re.finditer(rf"([^()\n]{{3,{MAX_MEANING_CHARS}}}?)\s*\(\s*{name}\s*\)", ad):
        words = match.group(1).split()
        for start in range(len(words) - 1, -1, -1):
            if words[start].lower() not in _SMALL_WORDS and _spells(letters, words[start:]):
                return " ".join(words[start:]).strip(" ,;:")
            if sum(w.lower() not in _SMALL_WORDS for w in words[start:]) > len(letters):
                break
    return None


def _spells(letters: str, words: list[str]) -> bool:
    """The words' initials spell `letters`, each small word's initial counted or not (COSHH: Control Of
    Substances Hazardous to Health; MCA: Mental Capacity Act)."""
    if not words:
        return not letters
    first, rest = words[0], words[1:]
    if letters and first[0].lower() == letters[0] and _spells(letters[1:], rest):
        return True
    return first.lower() in _SMALL_WORDS and _spells(letters, rest)


def _listed_after(name: str, term: str, ad: str) -> str | None:
    """ "ADLs: bathing, dressing, toileting, feeding", "PPE such as gloves, aprons and masks"."""
    pattern = rf"{name}\s*(?::|\u2013|\u2014|\s-\s|,?\s+(?:such as|including|e\.g\.?|i\.e\.?|like)\s)\s*([^.\n;()]{{5,{MAX_MEANING_CHARS}}})"
    match = re.search(pattern, ad, re.IGNORECASE)
    if match is None:
        return None
    listed = match.group(1).strip(" ,;:")
    return listed if "," in listed or " and " in listed or " or " in listed else None


# as non-native speakers ask it: "what means RAMS?", "what is mean CVR?"
_WHAT_MEANS = re.compile(
    r"\bwhat\s+(?:is\s+)?means?\s+(?!to\b)([\w&/-]+(?:\s+[\w&/-]+){0,3}?)\s*\?", re.IGNORECASE
)


def asked_term(text: str) -> str | None:
    """The term a request to clarify asks about, as said ("what do you mean by ADLs?" -> "ADLs"), or None."""
    term = term_said(text) or ""
    if not term:
        what = WHAT_IS_TERM.match(text) or _WHAT_MEANS.search(text)
        term = what.group(1) if what else ""
    term = re.sub(
        r"^mean(?:ing)?\s+(?:of\s+)?", "", term.strip(), flags=re.IGNORECASE
    )  # "what is mean COSHH?"
    return term if term and not PERSONAL.search(term) else None


def ad_clause(term: str, job: JobDetails) -> str | None:
    """The clause of the job ad that names `term`, as the ad says it ("clear the ice for resurfacing" for
    "resurfacing"), or None: a term the ad does not name, or names only in a clause too long to say back."""
    term = term.strip(" \"'\u2018\u2019\u201c\u201d")
    if len(term) < 2:
        return None
    name = re.compile(rf"(?<![\w-]){re.escape(term)}(?:s|'s)?(?![\w-])", re.IGNORECASE)
    ad = plain_text("\n".join([job.description, job.requirements]))
    for sentence in _SENTENCE_BREAK.split(ad):
        if not name.search(sentence):
            continue
        # the whole sentence when short enough to say back, else the part of it that names the term
        for clause in [sentence, *_CLAUSE_BREAK.split(sentence)]:
            clause = clause.strip(" ,")
            if name.search(clause) and len(clause.split()) <= MAX_CLAUSE_WORDS:
                return clause
    return None
