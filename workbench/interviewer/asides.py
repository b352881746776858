"""Sentences of an answer that are never evidence, and why: a protected disclosure, the candidate's own question
to the interviewer, another language, a tangent or the candidate's private life, a disclaimer or admission.

`evidence.sift` reads an answer sentence by sentence and sets these aside before anything is scored; the
classification of one sentence does not depend on the answer it is in (`set_aside_as`).
"""

from __future__ import annotations

import re

from workbench.interviewer.guards import protected_disclosure
from workbench.interviewer.language import not_english
from workbench.interviewer.memo import per_session
from workbench.interviewer.regex_union import case_blind
from workbench.interviewer.repair_rules import rules
from workbench.interviewer.signals import count_words
from workbench.interviewer.spoken import SUBORDINATING, split_tail

# Admissions of not having done the thing asked about. "I had never used Kafka, so I read the docs and cut lag
# by 40%" keeps its evidence: a sentence with a figure and a first-person action is not a mere disclaimer.
# "Not used" is an admission only as the candidate's own: "I've not used it", "never used it much" (the subject
# dropped), not the passive of the work itself ("Not used." of a failed autoclave, "what they haven't done").
_NOT_DONE = (
    r"(?:haven'?t|have not|never|not)\s+(?:actually\s+|really\s+|personally\s+|yet\s+|ever\s+)?"
    r"(?:used|worked (?:with|on)|tried|built|done|run|led|had to|written|designed|managed|owned|touched|been)\b"
)
_OWN_SUBJECT = (
    r"\b(?:i|we)(?:'ve|'d|\s+have|\s+had)?\s+(?:honestly\s+|actually\s+|personally\s+|really\s+|just\s+)?"
)
_SUBJECT_DROPPED = r"^\W*(?:(?:honestly|to be honest|truthfully|sadly|no|nope|well|so|um|uh),?\s+)*"
_DISCLAIMER = case_blind(
    rf"{_OWN_SUBJECT}{_NOT_DONE}|{_SUBJECT_DROPPED}{_NOT_DONE}(?!\s*(?:[.!?]|$))"
    r"|\b(?:only|mostly|mainly|just)\s+(?:read|heard|used it|used them|done it|played)\b[^.!?]{0,40}"
    r"(?:about|for (?:smaller|small|simple|personal|side|toy)|a little|a bit|in (?:school|class|a course))"
    r"|\bfor (?:smaller|small|simple|personal|side|toy) (?:things|stuff|projects|scripts|tasks)\b"
    r"|\bno (?:real |hands-on |practical |direct |professional )?experience\b|\blimited experience\b"
    r"|\bnot (?:really )?(?:my area|something i(?:'ve| have) done|familiar)\b|\bnot sure about (?:this|that)\b"
    r"|\bi (?:don'?t|do not) (?:really |actually )?know\b|\bno idea\b|\bcan'?t (?:really )?remember\b"
    r"|\bdon'?t remember\b|\bnothing (?:really )?comes to mind\b|\b(?:a|the) quick learner\b"
    r"|\bcould (?:pick|figure) (?:it|that) (?:up|out)\b|\bfigure (?:it|that) out when\b"
    r"|\b(?:have|need) to look (?:it|that|them) up\b|\blook (?:it|that) up again\b"
    r"|\bsomeone else\b[^.!?]{0,40}\b(?:handled|did|does|handles|took care)\b"
    r"|\b(?:the team|they|others) (?:sorted|handled|took care of) it\b|\bsame as (?:i said|before)\b"
    # "I don't really have anything for that one", "Not that I can remember"
    r"|\b(?:i|we) (?:don'?t|do not) (?:really |actually )?have (?:anything|an? (?:example|answer|story)|one|much)\b"
    r"|\bnot that i (?:can )?(?:remember|recall|think of)\b"
    # a goodbye or "no questions" given as the reply: no answer at all
    r"|^\W*(?:(?:ok(?:ay)?|right|no|nope|thanks?(?: you)?(?: so much)?|cheers)[,.!]?\s+)*(?:bye|goodbye|bye[- ]bye"
    r"|see you|no (?:more )?questions|that'?s (?:all|it|everything))"
    r"(?:[,.!]?\s*(?:thanks?(?: you)?(?: so much)?|cheers|from me|for now))*[.!]?\s*$",
    re.IGNORECASE,
    by_branch=True,  # every sentence of every answer: 45 -> 8 us a recorded sentence
)
_TANGENT = case_blind(
    r"^\W*(?:by the way|anyway|funny|side note|on a side note|unrelated|off topic|speaking of"
    r"|that reminds me|random(?:ly)?|fun fact|actually,? my|oh,? and)\b",
    re.IGNORECASE,
)
# The candidate's private life told in a work answer ("my own cat Biscuit will only eat one flavour of pouch", "we
# broke down on holiday in France once", "my wife says I should've been a tour guide", "I also coach my nephew's
# football team"): a tangent, wherever it
# stands in the sentence. "Cover for staff on holiday" and a patient's family are the work's own.
_PRIVATE_LIFE = case_blind(
    r"\bmy (?:own )?(?:cats?|dogs?|pets?|kids|children|son|daughter|wife|husband|partner|boyfriend|girlfriend|mum|mom"
    r"|mother|dad|father|nan|nana|gran|granny|grandma|grandad|grandmother|grandfather|brother|sister|family"
    r"|nephew|niece|cousin|uncle|aunt|auntie|grandson|granddaughter|grandkids|grandchildren|fianc[eé]e?|neighbou?rs?)\b"
    r"|\b(?:i|we)\b[^.!?]{0,30}\bon (?:holiday|vacation)\b|\bon (?:my|our) (?:holiday|vacation|days? off)\b",
    re.IGNORECASE,
)
# ... unless it says how the candidate came to the work ("My mum was a nurse, which is why I went into nursing"): in
# an answer on one's background that is the answer, not an aside.
_CAME_TO_THE_WORK = case_blind(
    r"\b(?:why|how) I (?:went|got|came|ended up) (?:in(?:to)?|to)\b|\bgot me (?:in)?to\b|\bmade me want\b"
    r"|\binspired me\b|\bgrew up\b",
    re.IGNORECASE,
)
# A question the candidate puts to the interviewer (about the job, the interview or their own answer: "is that
# true?", "I hope that makes sense?", "when would I hear back?", "is there parking?") is never evidence. A question
# the candidate asks about the case, of the patient, the fault or the record, is the work itself: "Is it pain,
# bleeding or early sepsis?", "Then I'd check the account: is he named as a joint holder?", "the brakes are brand
# new, what's going to be wrong with them?" (setting them aside took the strong answers' checks and the weak ones'
# excuses away alike). Told apart by whom it addresses: the second person (outside quoted speech), the first
# person in the question's own clause, talk about the answer, or a short question on a topic of the job
# (`repair_rules`: pay, hours, next steps ...).
_TO_THE_INTERVIEWER = case_blind(
    r"\b(?:you|your|yours|yourself|u|ya)\b|\b(?:this|that|my) answer\b|\bthe question\b|\bmakes? sense\b"
    r"|\bis (?:that|this|it) (?:true|right|correct|okay|ok|alright|all right|fair|normal|allowed|the case)\b",
    re.IGNORECASE,
)
_FIRST_PERSON = case_blind(r"\b(?:i|i'm|i'd|i'll|i've|me|my|we|we're|we'd|we'll|us|our)\b", re.IGNORECASE)
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
FIRST_PERSON_DEED = re.compile(
    r"\bI\s+(?:then\s+|also\s+|just\s+)?[a-z]{3,}ed\b|\bI\s+(?:then\s+|also\s+|just\s+)?(?:re)?(?:built|led|wrote|ran|cut|made"
    r"|set up|found|read|said|told|took|gave|got|went|kept|put|sent|spoke|chose|brought|taught|held|stood|met|paid"
    r"|drove|rang|caught|fought|sought|swept|shut|split|spent|lent|left|dealt|meant|sat|saw|did)\b"
)


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
    if count_words(text) > r.spoken_max_words or not r.spoken.search(text):
        return False
    own = re.search(r.config["candidate_question"]["spoken_own"], text, re.IGNORECASE) is not None
    return at_closing or own or any(p.search(text) for p in r.topics_prefilter.candidates(text))


# "what happens is the alarm goes off", "so what i do is", "what happens if it doesn't": a statement opened with a
# question word, not a question ("what happens next" still asks)
_TOLD_WITH_A_QUESTION_WORD = re.compile(
    r"^\W*(?:(?:what|how|when|where|who)\b[^?]*?\b(?:is|was)\s+(?:that|i|we|you|the|it|they)\b"
    r"|what happens (?!next\b|now\b|after (?:this|that|today|the interview)\b))",
    re.IGNORECASE,
)


def spoken_question(clause: str) -> bool:
    """A clause of a spoken answer that is the candidate's own question ("um how many residents would i have on a
    shift", "by the way do you know if the job comes with a car allowance"), never one told of the work."""
    said = clause.strip()
    if said.split(" ", 1)[0].lower() in SUBORDINATING:
        return False  # "which is the next step for me": a clause of the sentence before it
    asked = re.sub(r"^\W*(?:by the way|anyway|also|and|so|um+|uh+|erm)\s+", "", said, flags=re.IGNORECASE)
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
