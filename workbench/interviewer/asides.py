"""Sentences of an answer that are never evidence, and why: a protected disclosure, the candidate's own question
to the interviewer, another language, a tangent or the candidate's private life, a disclaimer or admission.

`evidence.sift` reads an answer sentence by sentence and sets these aside before anything is scored; the
classification of one sentence does not depend on the answer it is in (`set_aside_as`). The cue words are data
(`planning/data/asides.yaml`).
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from workbench.interviewer.guards import protected_disclosure
from workbench.interviewer.language import not_english
from workbench.interviewer.memo import per_session
from workbench.interviewer.regex_union import case_blind
from workbench.interviewer.repair_rules import rules
from workbench.interviewer.signals import count_words
from workbench.interviewer.spoken import SUBORDINATING, split_tail

DATA_FILE = Path(__file__).resolve().parent / "planning" / "data" / "asides.yaml"


def _cues() -> dict[str, str]:
    """The cue words of the data file (read once, at import), each as one pattern: a list there is the
    alternatives of one."""
    with DATA_FILE.open(encoding="utf-8") as handle:
        data: dict[str, str | list[str]] = yaml.safe_load(handle)
    return {key: value if isinstance(value, str) else "|".join(value) for key, value in data.items()}


_CUE = _cues()
# Admissions of not having done the thing asked about, as the candidate's own ("I've not used it", "never used it
# much"), then the other disclaimers
_NOT_DONE = _CUE["not_done"]
_DISCLAIMER = case_blind(
    rf"{_CUE['own_subject']}{_NOT_DONE}|{_CUE['subject_dropped']}{_NOT_DONE}(?!\s*(?:[.!?]|$))|{_CUE['disclaimer']}",
    re.IGNORECASE,
    by_branch=True,  # every sentence of every answer: 45 -> 8 us a recorded sentence
)
_TANGENT = case_blind(_CUE["tangent"], re.IGNORECASE)
# The candidate's private life told in a work answer: a tangent, wherever it stands in the sentence ...
_PRIVATE_LIFE = case_blind(_CUE["private_life"], re.IGNORECASE)
# ... unless it says how the candidate came to the work: in an answer on one's background that is the answer.
_CAME_TO_THE_WORK = case_blind(_CUE["came_to_the_work"], re.IGNORECASE)
# A question the candidate puts to the interviewer (about the job, the interview or their own answer: "is that
# true?", "I hope that makes sense?", "when would I hear back?", "is there parking?") is never evidence. A question
# the candidate asks about the case, of the patient, the fault or the record, is the work itself: "Is it pain,
# bleeding or early sepsis?", "Then I'd check the account: is he named as a joint holder?", "the brakes are brand
# new, what's going to be wrong with them?" (setting them aside took the strong answers' checks and the weak ones'
# excuses away alike). Told apart by whom it addresses: the second person (outside quoted speech), the first
# person in the question's own clause, talk about the answer, or a short question on a topic of the job
# (`repair_rules`: pay, hours, next steps ...).
_TO_THE_INTERVIEWER = case_blind(_CUE["to_the_interviewer"], re.IGNORECASE)
_FIRST_PERSON = case_blind(_CUE["first_person"], re.IGNORECASE)
_QUOTED_SPEECH = re.compile(r"\"[^\"]*(?:\"|$)|“[^”]*(?:”|$)")
# where the question itself starts in a sentence that opens with a statement: after its last ":", ";" or ","
_LAST_CLAUSE = re.compile(r"[^,;:]*$")
JOB_QUESTION_MAX_WORDS = 12  # "Is it permanent nights?"; a check of the case that names a time is longer


def asked_of_interviewer(sentence: str) -> bool:
    """Whether a sentence ending in "?" is the candidate's own question to the interviewer (or a request to
    clarify) rather than one asked about the case (`_TO_THE_INTERVIEWER`)."""
    said = _QUOTED_SPEECH.sub(" ", sentence).rstrip().rstrip("?")
    clause = _LAST_CLAUSE.search(said)
    own_clause = clause.group(0) if clause else said
    if _TO_THE_INTERVIEWER.found(said) or _FIRST_PERSON.found(own_clause):
        return True
    r = rules()
    if any(pattern.search(sentence) for pattern in r.clarify):
        return True
    short = len(sentence.split()) <= JOB_QUESTION_MAX_WORDS
    return short and any(pattern.search(sentence) for pattern in r.topics_prefilter.candidates(sentence))


FIGURE = re.compile(r"\d")
FIRST_PERSON_DEED = re.compile(_CUE["first_person_deed"])


def is_disclaimer(sentence: str) -> bool:
    if not _DISCLAIMER.found(sentence):
        return False
    return not (FIGURE.search(sentence) and FIRST_PERSON_DEED.search(sentence))


def private_life(sentence: str) -> bool:
    """The candidate's private life told as an aside (`_PRIVATE_LIFE`), not as how they came to the work."""
    return _PRIVATE_LIFE.found(sentence) and not _CAME_TO_THE_WORK.found(sentence)


DISCLOSURE, QUESTION, FOREIGN, TANGENT, DISCLAIMER = (
    "disclosure",
    "question",
    "foreign",
    "tangent",
    "disclaimer",
)


def asked_aloud(text: str, at_closing: bool = False) -> bool:
    """A question as speech-to-text writes it, with no question mark ("is there parking at the restaurant"): a
    short text in question word order that asks about the job (or anything, at the closing)."""
    r = rules()
    if count_words(text) > r.spoken_max_words:
        return _questions_in_a_row(text, at_closing)
    if not r.spoken.search(text):
        return False
    own = re.search(r.config["candidate_question"]["spoken_own"], text, re.IGNORECASE) is not None
    return at_closing or own or any(p.search(text) for p in r.topics_prefilter.candidates(text))


def _questions_in_a_row(text: str, at_closing: bool) -> bool:
    """Several spoken questions said in one breath, longer than one question is ("is the van for personal use or
    just work and is it a day rate every day even if it rains"): each of them a question (`asked_aloud`) and the
    last of them one about the job (`spoken_question`) and those before it in question word order, so an answer
    that ends on a question stays an answer ("um is the rural route like a long drive and do you get a break")."""
    split = asked_at_the_end(text)
    if split is None:
        return False
    before, _ = split
    r = rules()
    if count_words(before) > r.spoken_max_words:
        return _questions_in_a_row(before, at_closing)
    return r.spoken.search(before) is not None


# "what happens is the alarm goes off", "so what i do is", "what happens if it doesn't": a statement opened with a
# question word, not a question ("what happens next" still asks)
_TOLD_WITH_A_QUESTION_WORD = re.compile(_CUE["told_with_a_question_word"], re.IGNORECASE)
_SPOKEN_LEAD_IN = re.compile(_CUE["spoken_lead_in"], re.IGNORECASE)


def spoken_question(clause: str) -> bool:
    """A clause of a spoken answer that is the candidate's own question ("um how many residents would i have on a
    shift", "by the way do you know if the job comes with a car allowance"), never one told of the work."""
    said = clause.strip()
    if said.split(" ", 1)[0].lower() in SUBORDINATING:
        return False  # "which is the next step for me": a clause of the sentence before it
    asked = _SPOKEN_LEAD_IN.sub("", said)
    return asked_aloud(asked) and not _TOLD_WITH_A_QUESTION_WORD.match(asked)


def asked_at_the_end(sentence: str) -> tuple[str, str] | None:
    """A spoken sentence that ends on the candidate's own question ("... send a relief driver um is the job days or
    nights"): what it says before the question, and the question; None when it ends on none."""
    return split_tail(sentence, spoken_question)


def clause_aside_as(clause: str) -> str | None:
    """Why a clause of a spoken answer is never evidence (`set_aside_as`, or the candidate's own question asked
    aloud), None: it may be."""
    return set_aside_as(clause) or (QUESTION if spoken_question(clause) else None)


@per_session  # every later answer to the same question is judged with this one: its sentences are read once
def set_aside_as(sentence: str) -> str | None:
    """Why a sentence is never evidence, whatever answer it is in (None: it may be)."""
    if protected_disclosure(sentence):
        return DISCLOSURE
    if sentence.rstrip().endswith("?") and asked_of_interviewer(sentence):
        return QUESTION  # the candidate's own question or a request to clarify: never evidence
    if not_english(sentence):
        return FOREIGN
    if _TANGENT.found(sentence) or private_life(sentence):
        return TANGENT
    if is_disclaimer(sentence):
        return DISCLAIMER
    return None
