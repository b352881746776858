"""How specific an answer is, read the way an interviewer reads it against an anchored scale.

A strong answer names the things, steps and checks of the work ("chlorhexidine", "roll forward from the last
month it agreed", "tightness test"); a weak one talks around them in everyday or promotional words ("really
important", "robust", "I always follow the policy"), however long it is. Without a model of every trade, the
offline reading of "names the things of the work" is word rarity: a content word that is uncommon in general
English (Zipf frequency below `SPECIFIC_ZIPF` in `wordfreq`'s English lists, which ship inside the package) and
is not a buzzword, not an adverb and not one of the question's own words is a *specific term*. A *point* is a
clause that carries one. Counts saturate, so repeating or padding adds nothing, and the shares fall when filler
is added.

Puffery (praise of the topic or oneself in place of content) and complacency (waving the problem away, or
assurance in its place) are phrase lists in `rubric_terms.json`: they are what the 1-anchor of most rubrics describes, for any job.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from wordfreq import zipf_frequency

from workbench.interviewer.evidence import stem
from workbench.interviewer.penalty_context import literal_time_idioms
from workbench.interviewer.planning.library import competency_library
from workbench.interviewer.regex_union import CaseBlind, case_blind, literal_trie

TERMS_PATH = Path(__file__).resolve().parent / "rubric_terms.json"
STOPWORDS_PATH = Path(__file__).resolve().parent / "stopwords.json"
# Zipf 4 is about one occurrence in 100,000 words: "lactate", "accruals", "tundish", "idempotent" fall below,
# "check", "team", "patient" and "important" above.
SPECIFIC_ZIPF = 4.0
_CONTENT_WORD = re.compile(r"[a-z][a-z'-]*[a-z]")
_CLAUSE = re.compile(r"[,;:.!?()]+|\s+(?:and then|then|and|but|so|because|or)\s+")


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], CaseBlind, CaseBlind, frozenset[str], frozenset[str]]:
    data = json.loads(TERMS_PATH.read_text(encoding="utf-8"))
    stop = json.loads(STOPWORDS_PATH.read_text(encoding="utf-8"))["words"]

    def phrases(name: str) -> CaseBlind:
        listed: list[str] = data[name]
        alternatives = "|".join(sorted(map(re.escape, listed), key=len, reverse=True))
        if all(phrase.isascii() and phrase.islower() for phrase in listed):
            # the same phrases found as a trie, longest first (no two of its branches at one place match the same
            # character, whatever its case): about half the scan (4.3 -> 1.9 us an answer for the puffery)
            alternatives = literal_trie(listed)
        return case_blind(r"(?<![\w'])(?:" + alternatives + r")(?![\w'])", re.IGNORECASE)

    general = {*data["buzzwords"], *data["general_work_words"], *_library_words()}
    expanded = frozenset(form for word in general for form in base_forms(word))
    buzzwords = frozenset(data["buzzwords"])
    return buzzwords, phrases("puffery"), phrases("complacency"), frozenset(stop), expanded


@lru_cache(maxsize=1)
def habit() -> CaseBlind:
    """ "I always check …": "always" owning one of the work's checks or records (`habit_verbs`) as a routine."""
    verbs = json.loads(TERMS_PATH.read_text(encoding="utf-8"))["habit_verbs"]
    alternatives = "|".join(sorted((re.escape(v) for v in verbs), key=len, reverse=True))
    return case_blind(
        rf"\b(?:i|we)(?:'d|\s+would|'ll|\s+will|\s+do)?\s+always\s+(?:{alternatives})(?:s|es|ed|d)?\b",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def assurance() -> CaseBlind:
    """Assurance in place of a check (`rubric_terms.json`'s "assurance"): the work called easy, one's volume of
    experience or confidence given as the warrant, a worry or a step waved away as fuss. It is complacency in
    other words ("I've pulled hundreds that way; you don't need to go feeling about inside"), counted with it."""
    patterns: list[str] = json.loads(TERMS_PATH.read_text(encoding="utf-8"))["assurance"]
    return case_blind("|".join(f"(?:{pattern})" for pattern in patterns), re.IGNORECASE)


def general_words() -> frozenset[str]:
    """Words any job uses ("team", "helped", "support", "experience"), in their inflected forms too."""
    return _lists()[4]


def _library_words() -> set[str]:
    """The words of the behavioural competency library's questions and anchors: written to fit every job, so
    none of them is specific to one ("escalates", "prioritised", "colleague")."""
    texts = [
        text
        for entry in competency_library().values()
        for text in (
            *(question.text for question in entry.questions),
            *entry.anchors.model_dump().values(),
            *entry.look_for,
        )
    ]
    text = " ".join(texts)
    return {word.strip("'-") for word in _CONTENT_WORD.findall(text.lower())}


# Inflections stripped to find a word's base form: an inflected form is rarer than its base ("sorted" 3.8 against
# "sort" 5.0, "customer's" 3.1 against "customer" 4.6), and read alone it made everyday words look specific.
_INFLECTIONS = (
    (re.compile(r"'s?$"), ("",)),
    (re.compile(r"ies$"), ("y",)),
    (re.compile(r"ied$"), ("y",)),
    (re.compile(r"(?<=[a-z])e?s$"), ("", "e")),
    (re.compile(r"(?<=[a-z]{2})(?:ed|ing)$"), ("", "e")),
    (re.compile(r"(?<=[a-z]{2})([b-df-hj-np-tv-z])\1(?:ed|ing)$"), ("\\1",)),
)


def base_forms(word: str) -> set[str]:
    """The word and the forms it may be inflected from ("ringing" -> "ring", "stopped" -> "stop"); a wrong
    guess is harmless, since only the commonest real word among them counts."""
    forms = {word}
    for pattern, endings in _INFLECTIONS:
        if pattern.search(word):
            forms.update(pattern.sub(ending, word) for ending in endings)
    return {form for form in forms if len(form) >= 2}


def _spellings(word: str) -> set[str]:
    return {word, re.sub(r"is(e|ed|es|ing|ation)$", r"iz\1", word), re.sub(r"our$", "or", word)}


@lru_cache(maxsize=65536)
def commonness(word: str) -> float:
    """Zipf frequency of a word in general English (0 unknown … 7 "the"), the commoner of its British and
    American spellings so that "prioritise" is as common as "prioritize"."""
    return max(zipf_frequency(variant, "en") for variant in _spellings(word))


@lru_cache(maxsize=65536)
def base_commonness(word: str) -> float:
    """`commonness` of the commonest of the word's base forms: "drains" is as common as "drain"."""
    return max(commonness(form) for form in base_forms(word))


def _is_specific(word: str, buzzwords: frozenset[str], stop: frozenset[str]) -> bool:
    if len(word) < 3 or word in stop or word in buzzwords or word.endswith("ly"):
        return False
    return commonness(word) < SPECIFIC_ZIPF


def is_work_term(word: str) -> bool:
    """The strict reading of a specific term, for the cap on answers in general terms: uncommon in every base
    form ("sorted", "customer's" are not) and not a general work word or a word of the behavioural library
    ("supervisor", "escalated", "prioritise"). The rubric features keep the plain reading they are fitted on."""
    buzzwords, _, _, stop, general = _lists()
    return (
        _is_specific(word, buzzwords, stop)
        and general.isdisjoint(base_forms(word))
        and base_commonness(word) < SPECIFIC_ZIPF
    )


@lru_cache(maxsize=1024)
def asked_stems(question: str) -> frozenset[str]:
    """The stems of the question's words (a plan's question, or the interviewer's own follow-up: never the
    candidate's words), worked out once for every answer to it."""
    return frozenset(stem(word) for word in _CONTENT_WORD.findall(question.lower()))


def work_terms(text: str, question: str = "") -> frozenset[str]:
    """The strict specific terms of `text` (`is_work_term`) that the question did not already name, as stems."""
    asked = asked_stems(question)
    words = (word.strip("'-") for word in _CONTENT_WORD.findall(text.lower()))
    return frozenset(stem(word) for word in words if is_work_term(word)) - asked


@dataclass(frozen=True, slots=True)
class Specificity:
    """What an answer names that is specific to the work, and how much of it is padding."""

    terms: frozenset[str]  # distinct specific terms (stems) the question did not already name
    content_words: int  # distinct content words
    points: int  # clauses that carry a specific term
    clauses: int
    puffery: int
    complacency: int

    @property
    def term_share(self) -> float:
        return len(self.terms) / self.content_words if self.content_words else 0.0

    @property
    def point_share(self) -> float:
        return self.points / self.clauses if self.clauses else 0.0


def read_specificity(text: str, question: str) -> Specificity:
    buzzwords, puffery, complacency, stop, _ = _lists()
    asked = asked_stems(question)
    content: set[str] = set()
    terms: set[str] = set()
    points = clauses = 0
    for clause in _CLAUSE.split(text):
        words = [w.strip("'-") for w in _CONTENT_WORD.findall(clause.lower())]
        if not words:
            continue
        clauses += 1
        found = {stem(w) for w in words if _is_specific(w, buzzwords, stop)} - asked
        content.update(w for w in words if w not in stop)
        terms |= found
        points += bool(found)
    return Specificity(
        terms=frozenset(terms),
        content_words=len(content),
        points=points,
        clauses=clauses,
        puffery=puffery.count(text) - literal_time_idioms(text),  # "not at the end of the day" is a time
        complacency=complacency.count(text) + assurance().count(text),
    )


def warm_up() -> None:
    """Load the word lists once (about 0.3 s), before the first answer is judged rather than during it."""
    read_specificity("A warm-up answer naming chlorhexidine.", "")
