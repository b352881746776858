"""What the baseline says: acknowledgements that reflect the candidate's words, phase transitions, the
greeting and the closing line (follow-ups are `probing`). Every echo of candidate text passes the guards
first. Variants rotate with the turn index so that consecutive turns do not sound identical.
"""

from __future__ import annotations

import re
from functools import lru_cache

from wordfreq import zipf_frequency

from workbench.interviewer.guards import is_safe_phrase
from workbench.interviewer.memo import per_session, per_turn
from workbench.interviewer.names import with_names_spelled
from workbench.interviewer.non_answer import gives_nothing, neutral_ack
from workbench.interviewer.non_answer import rules as non_answer_rules
from workbench.interviewer.planning.lexicon import questions_config
from workbench.interviewer.regex_union import case_blind
from workbench.interviewer.signals import sentences
from workbench.models import Comfort, Phase

# A whole clause: "I" + a past-tense verb up to the clause's own end (punctuation or the end of the sentence);
# a comma inside a number ("90,000") does not end it. Clauses that run on past MAX_ECHO_WORDS are not echoed.
_CLAUSE = case_blind(
    r"\bi\s+((?:then\s+|also\s+|personally\s+)?(?:[a-z]{3,}ed|built|led|wrote|ran|made|took|set up|chose|drove"
    r"|rewrote|shipped|cut|split|moved|owned)\b(?:[^.,;:!?]|(?<=\d)[.,](?=\d)|(?<=[a-z])\.(?=[a-z])){3,120}?)"
    r"(?=[;:!?]|\.(?![a-z0-9])|,(?!\d)|$)",  # "React.lazy", "Node.js" and "90,000" do not end the clause
    re.IGNORECASE,
)
# Verbs that leave a clause unfinished without what follows them ("I found", "I realised").
_DANGLING = case_blind(r"\b(?:found|saw|noticed|realised|realized|decided|learned|learnt|knew|thought|said)$")
_PRONOUNS = {
    "i": "you",
    "i'm": "you're",
    "i've": "you've",
    "i'd": "you'd",
    "i'll": "you'll",
    "my": "your",
    "me": "you",
    "mine": "yours",
    "myself": "yourself",
    "our": "your",
    "ours": "yours",
    "we": "your team",
    "us": "your team",
}
# (and a spoken filler or hedge that ends it: "that's why I applied really" echoes as "you applied really")
_TRAILING_JOINER = case_blind(
    r"\s+(?:and|but|so|because|which|that|then|to|with|for|of|the|a|an|at|in|on|from|by|as|my|our|your"
    r"|really|basically|actually|like|anyway|though|obviously|honestly|i guess|i think|you know|and that|and stuff)$",
    re.I,
)
# Subordinate clauses ("because I'm 58", "while I was pregnant") carry personal context, not the work itself.
_SUBORDINATE = case_blind(r"\s+(?:because|while|since|when|as|although|though|after|before)\b.*$")
# A clause that follows one of these is a subordinate one ("when I took over", "because I was new").
_SUBORDINATOR_BEFORE = case_blind(
    r"\b(?:when|whenever|because|after|before|while|if|since|as|until|once|though|although|so that)\s*$",
    re.IGNORECASE,
)
# A clause that follows a noun phrase is a relative one ("the part of the job I enjoyed most was the people"): its
# "I" starts no sentence of its own, so echoing it from there breaks the grammar ("how you enjoyed most was...").
_NOUN_PHRASE_BEFORE = case_blind(
    r"\b(?:the|a|an|this|that|these|those|every|each|any|some|one|my|our|their|his|her)\s+(?:[a-z'-]+\s+){0,3}?"
    r"[a-z'-]+\s*$",
    re.IGNORECASE,
)
# A clause that ends at a comma inside a list ("I cut first response with macros, triggers and SLA views", "I
# checked the tyres, lights and mirrors"): the items after the comma belong to it, so it is not said back cut short.
_LIST_GOES_ON = re.compile(r",\s*(?:[\w'-]+,?\s+){0,3}?[\w'-]+,?\s+(?:and|or)\s+[\w'-]+", re.IGNORECASE)
_SECOND_SUBJECT = re.compile(r"\bI\b|\bI'(?:m|d|ve|ll)\b")
MAX_ECHO_WORDS = 12
MAX_SENTENCES_SCANNED = 20

_ACK_WITH_SKILL = (
    "Thanks — that gives me a clear picture of your work with {phrase}.",
    "That's helpful, especially what you said about {phrase}.",
    "Got it — good to hear how you've used {phrase}.",
    "Appreciate the detail on {phrase}.",
)
_ACK_WITH_CLAUSE = (
    "Thanks — it's useful to hear how {phrase}.",
    "That's helpful, especially the part where {phrase}.",
    "Got it — so {phrase}.",
    "Appreciate the detail on how {phrase}.",
)
_ACK_PLAIN = ("Thanks for that.", "Okay, thank you.", "Got it, thanks.", "Understood, thank you.")
_ACK_NERVOUS = ("Thanks — take your time, there's no rush.", "That's fine, thank you — no rush at all.")
_TRANSITIONS: dict[Phase, str] = {
    # (said to a train driver and a cleaner as much as to a developer: the work itself, not "technical questions")
    Phase.TECHNICAL: "Now let's talk about the work itself.",
    Phase.BEHAVIORAL: "Now I'd like to hear about how you work with others and handle situations.",
    Phase.CONCLUSION: "We're coming to the end of our time.",
}


# "two of us", "both of us", "the rest of us": the people counted are the candidate's and you, said back as "of you"
# ("with two of your team" counts the team, not the candidate among them)
_OF_US = case_blind(r"\bof us\b")


def _swap_pronouns(clause: str) -> str:
    return " ".join(_PRONOUNS.get(word.lower(), word) for word in _OF_US.sub("of you", clause).split())


@per_turn
def action_clause(text: str, prefer: str | None = None) -> str | None:
    """ "I migrated our pipeline to Kafka" -> "you migrated your pipeline to Kafka" (safe to echo) or None."""
    candidates = list(_clauses(text))
    if prefer:
        candidates.sort(key=lambda clause: prefer.lower() not in clause.lower())
    return next((echoed for clause in candidates if (echoed := _echo(clause)) is not None), None)


# A turn asks for the clause twice, for its acknowledgement and with the skill a follow-up probes first: the
# answer's clauses are found, and each is made an echo, once.
@per_turn
def _clauses(text: str) -> tuple[str, ...]:
    """The answer's clauses of the candidate's own action ("I led ..."), in order."""
    candidates: list[str] = []
    for sentence in sentences(text)[:MAX_SENTENCES_SCANNED]:
        for start, clause_start, clause_end in _CLAUSE.group_spans(sentence, 1):
            if _SUBORDINATOR_BEFORE.found(sentence[:start]) or _NOUN_PHRASE_BEFORE.found(sentence[:start]):
                continue  # "when I took over": the scene, not what they did; "the job I enjoyed": a relative clause
            if _LIST_GOES_ON.match(sentence, clause_end):
                continue  # "with macros, triggers and SLA views": cut at its first comma, the list would be cut
            candidates.append(sentence[clause_start:clause_end])
    return tuple(candidates)


@per_turn
def _echo(clause: str) -> str | None:
    """The clause said back to the candidate ("you led ..."), or None when it is not safe to echo whole."""
    clause = clause.strip()
    if len(clause.split()) > MAX_ECHO_WORDS or _SUBORDINATE.found(clause) or _DANGLING.found(clause):
        return None  # echo a whole clause or nothing: never one cut in the middle
    if _TRAILING_JOINER.found(clause) or _SECOND_SUBJECT.search(clause):
        return None  # "I floated to step-down I had a patient…" runs two clauses together
    # the candidate's "excel" and "salesforce", said back, are spelled as the names are
    echoed = with_names_spelled("you " + _swap_pronouns(clause))
    return echoed if len(echoed.split()) >= 3 and is_safe_phrase(echoed) else None


@per_turn
def skill_mention(text: str, skill: str) -> str | None:
    """The skill as the candidate wrote it ("Kafka", not "kafka"), when safe to echo."""
    match = re.search(rf"(?<![A-Za-z0-9]){re.escape(skill)}(?![A-Za-z0-9])", text, re.IGNORECASE)
    if match is None:
        return None
    said = match.group(0)
    # written in lower case by the candidate ("cerner"), it is said as the job spells it ("Cerner")
    return skill if said.islower() and not skill.islower() else with_names_spelled(said)


def acknowledgement(
    text: str,
    skills: list[str],
    comfort: Comfort,
    vague: bool,
    turn_index: int,
    transition: Phase | None,
    said: str = "",
    *,
    neutral: bool = False,
    correction: str | None = None,
) -> str:
    """A short, specific acknowledgement; never contains the next question. `said` is the reply itself (`text`
    is empty when nothing of it may be echoed): a bare no, yes or maybe, a don't-know or a request to skip gets
    a neutral move-on, never thanks for content it did not give; so does a reply the next turn probes as unsafe
    (`neutral`). A `correction` said as the answer is thanked with its own words (`addition.correction_thanks`)."""
    if neutral or (said and gives_nothing(said)):
        ack = neutral_ack(said, turn_index, comfort == Comfort.NERVOUS)
    elif correction is not None:  # "Sorry, I meant ...": thanked as the correction it is
        ack = correction
    elif comfort == Comfort.NERVOUS:
        ack = _ACK_NERVOUS[turn_index % len(_ACK_NERVOUS)]
    elif vague:
        ack = _ACK_PLAIN[turn_index % len(_ACK_PLAIN)]
    else:
        ack = _reflect(text, skills, turn_index)
    if transition is not None and transition in _TRANSITIONS:
        ack = f"{ack} {_TRANSITIONS[transition]}"
    return ack


def reassures(ack: str) -> bool:
    """Whether the acknowledgement told a nervous candidate to take their time (said once, not every turn)."""
    return ack in _ACK_NERVOUS or ack in non_answer_rules().nervous_responses


def _reflect(text: str, skills: list[str], turn_index: int) -> str:
    """Reflect the candidate's own words: what they did (preferred) or a tool they named."""
    # On odd turns a tool named comes first: the clause is looked for only when there is none.
    clause = action_clause(text) if turn_index % 2 == 0 else None
    if clause is not None:
        return _ACK_WITH_CLAUSE[turn_index // 2 % len(_ACK_WITH_CLAUSE)].format(phrase=clause)
    mention = next((m for s in skills if (m := skill_mention(text, s)) and is_safe_phrase(m)), None)
    if mention is not None:
        return _ACK_WITH_SKILL[turn_index // 2 % len(_ACK_WITH_SKILL)].format(phrase=mention)
    if turn_index % 2 == 1:
        clause = action_clause(text)
    if clause is not None:
        return _ACK_WITH_CLAUSE[turn_index // 2 % len(_ACK_WITH_CLAUSE)].format(phrase=clause)
    return _ACK_PLAIN[turn_index % len(_ACK_PLAIN)]


def greeting(first_name: str, title: str) -> str:
    name = f" {first_name}" if first_name and is_safe_phrase(first_name) else ""
    return f"Hi{name}, thanks for joining this interview for the {spoken_title(title)} role."


# A candidate is told at the start that the interviewer is an AI and who decides (asked later, "Are you a real
# person?" gets the same answer: `repair.yaml`, candidate_question.answers.interviewer).
AI_NOTICE = "I'm an AI interviewer, and the hiring team will read your answers."


# Every later turn takes it off a question said again, or off the answer before an addition: made once a session
# (the candidate's name stays in the session's memory, which leaves with the session).
@per_session
def opening_line(first_name: str, title: str) -> str:
    """What the first turn says before its question: the greeting and who is asking."""
    return f"{greeting(first_name, title)} {AI_NOTICE}"


def _unshouted(title: str) -> str:
    """A title typed in capitals ("CAR SALES EXECUTIVE") as a title is written ("Car Sales Executive"); letters
    stay letters ("HGV", "ICU", "CSCS": three letters or no vowel)."""
    letters = [ch for ch in title if ch.isalpha()]
    if len(letters) < SHOUTED_LETTERS or not all(ch.isupper() for ch in letters):
        return title
    return " ".join(_unshouted_word(word) for word in title.split())


SHOUTED_LETTERS = 4  # "PA", "GP", "HCA" alone are letters, not a title in capitals
EVERYDAY_ZIPF = 4.8  # a short word this common is a word ("CAR", "BAR"), not letters ("ICU")


def _unshouted_word(word: str) -> str:
    bare = word.strip("()[],.-/").lower()
    if not re.search("[aeiouy]", bare):
        return word  # "HGV", "NHS", "CSCS"
    if len(bare) <= 3 and zipf_frequency(bare, "en") < EVERYDAY_ZIPF:
        return word  # "ICU", "ADI"
    return word.capitalize() if word[:1].isalpha() else word[:1] + word[1:].capitalize()


_TITLE_PART = re.compile(r"\s+[-–—|/]\s+|\s*[(,]\s*")
_FIGURE_OR_MONEY = re.compile(r"^[£$€]?[\d.,:/-]+[kK]?\+?$|^[£$€]")


# A job's title is said in every answer's acknowledgement check (`greeting`): ~24 us a turn to work out again.
@lru_cache(maxsize=1024)
def spoken_title(title: str) -> str:
    """The title as said in a sentence, without a last part that gives only the terms of the post: "Radiologic
    Technologist (X-Ray) - Full Time Days" -> "Radiologic Technologist (X-Ray)"; "Registered Nurse - ICU" keeps
    its ward."""
    terms = set(questions_config()["title_terms"])
    spoken = _unshouted(" ".join(title.split()))
    while True:
        parts = list(_TITLE_PART.finditer(spoken))
        if not parts:
            return spoken
        last = parts[-1]
        tail = [w.strip("()[],.;:!").lower() for w in spoken[last.end() :].split()]
        tail = [w for w in tail if w]
        if not tail or not all(w in terms or _FIGURE_OR_MONEY.match(w) for w in tail) or last.start() == 0:
            return spoken
        spoken = spoken[: last.start()].rstrip(" -–—|/,(")


def closing_line(first_name: str) -> str:
    name = f", {first_name}" if first_name and is_safe_phrase(first_name) else ""
    return (
        f"Thank you for your time today{name}. That's the end of the interview — you'll receive written "
        "feedback shortly."
    )
