"""Unsafe or careless practice a candidate states, in any occupation, in words no rubric anticipated.

Rubric red flags name the wrong practice a source knows for a job term; an offline interviewer cannot know every
occupation's. What every occupation shares is how corner-cutting is said: skipping a check ("I usually skip the
pressure test"), doing it only sometimes ("when we remember"), trusting looks ("if the joints look good it's
fine"), acting without a required step ("we sign it off without checking"). The patterns live in
`planning/data/unsafe_practice.yaml`. A statement found here is treated as a red flag: probed, never praised, and
it caps the score of the answer that holds it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from workbench.interviewer.clauses import splitter
from workbench.interviewer.memo import per_session, per_turn
from workbench.interviewer.reasons_and_deceit import misleads_or_defers
from workbench.interviewer.regex_union import LiteralPrefilter, case_blind
from workbench.interviewer.set_aside import sets_aside
from workbench.interviewer.shortcut_reason import shortcut_for_ease
from workbench.interviewer.signals import sentences
from workbench.interviewer.unsafe_structures import endorsed_practice, structure_patterns

DATA_FILE = Path(__file__).resolve().parent / "planning" / "data" / "unsafe_practice.yaml"
_NEGATION = re.compile(
    r"\b(?:not|never|no(?!-shows?\b|\s+(?:problem|worries)\b)|without|don'?t|doesn'?t|didn'?t|wouldn'?t|won'?t|isn'?t|wasn'?t|shouldn'?t"
    r"|mustn'?t|can'?t|cannot)\b|n't\b",  # ("marked as a no-show" negates nothing)
    re.IGNORECASE,
)
# Reported speech (a tool's words are no one's practice: "if the software says it passes I issue it" is the
# candidate's own)
_REPORTED_SPEECH = r"told (?:me|us)|(?<!software )(?<!system )(?<!computer )(?<!model )(?<!program )(?<!it )(?:said|says|claimed)"
# Said of others or reported, not as one's own practice: "a colleague skipped it", "people who skip it", "a new
# starter told me everyone does it" (before the statement: "I would ... maybe speak to someone" after it does
# not make it another's, nor does a person the statement itself names: "we put my colleague on the forks").
_OTHERS = re.compile(
    r"\b(?:colleague|someone|somebody|people|others|(?:sub-?)?contractors?|previous|predecessor|they had|he|she"
    rf"|{_REPORTED_SPEECH})\b",
    re.IGNORECASE,
)
# Reported speech before the statement: "a new starter told me we skip it" is another's practice, whoever's subject.
_REPORTED = re.compile(rf"\b(?:{_REPORTED_SPEECH})\b", re.IGNORECASE)
# Another's words as the situation, then the candidate's own act: "If a guest says they lost their key I just give
# them a new one without checking ID" (reported speech is the situation here, not the practice: "a new starter told
# me we skip it", with no "if" or "when" before it, stays another's).
_SITUATION_THEN_OWN = re.compile(
    r"\b(?:if|when|whenever|once)\b[^.!?]*?\b(?:says?|said|tells?|told|claims?|reckons?|asks?|asking|rings?|calls?)\b"
    r"[^.!?]*?\b(?:i|we)\b",
    re.IGNORECASE,
)
# Someone as the situation, then the candidate acting in it before the statement: "If someone has sudden hearing
# loss in one ear I just fit the aid and see how they get on, no need to bother ENT" (the "someone" is the
# patient; the shortcut, said without a subject, is the candidate's own; "If someone gave me a confession in the van
# I'd just write it up later from memory": "I'd" is the candidate acting too).
# The generic "you" of speech is the candidate too: "If someone's in trouble you just jump in, no need to blow the
# whistle" (not the filler "you know", "you see").
_SITUATION_THEN_OWN_ACT = re.compile(
    r"\b(?:if|when|whenever|once)\b[^.!?]*?\b(?:i|we|you)(?:['’](?:d|ll))?\s+(?:just\s+|would\s+|will\s+|usually\s+|then\s+)*"
    r"(?!(?:think|thought|guess|was|am|were|heard|saw|noticed|found|felt|feel|asked|told|said|know|see|mean)\b)"
    r"[a-z]{2,}\b",
    re.IGNORECASE,
)
# A statement whose own subject is the candidate ("I wouldn't bother asking for ID") is theirs, whoever the
# sentence's situation names first ("If somebody comes to collect a CD for their mum, ...").
_OWN = re.compile(r"(?:i|we)\b", re.IGNORECASE)
# Said as a warning or a lesson, anywhere in the sentence: "skipping it was a mistake", and the answer to "what
# mistakes would you warn them about?": "Mistakes: jumping in without telling anyone", "I'd warn them about ...".
# (Not the noun "warning": "If the low air warning sounds I ignore it" is the shortcut itself.)
_WARNING = case_blind(
    r"\b(?:mistakes?|wrong|shouldn'?t|must not|never again|learned|lesson|warn(?:ed)?|pitfalls?"
    r"|watch out for)\b"
    # a lesson said in so many words: "I drove eleven hours once and I know now that was over the limit"
    r"|\b(?:i\s+know\s+now|now\s+i\s+know|i\s+reali[sz]e\s+now|i\s+later\s+reali[sz]ed)\b"
    # a lesson said after it: "..., and that's how errors happen"
    r"|\bthat(?:'s| is)\s+how\s+(?:\w+\s+){0,2}?(?:errors?|accidents?|mistakes?|incidents?|injur\w+|people get hurt|things go wrong)\b"
)
# ... but "wrong" in the situation a shortcut answers is no warning: "If the drawing's wrong I just change it on
# the job and carry on", "if a unit's cut wrong I just make it fit with extra packers" (a participle between: "is
# fitted wrong", "was measured wrong", "comes out wrong")
_WRONG_SITUATION = case_blind(
    r"\b(?:if|when|whenever)\s+[^,.;!?]{0,40}?(?:\bis|\bare|'s|\bwas|\bwere|\blooks?|\bseems?|\bgoes|\bgo|\bcomes?"
    r"|\bturns?)\s+(?:out\s+|(?:[a-z]+ed|cut|set|put|made|done|built|sent|spelt|read)\s+)?wrong\b"
)
# The step was done first: "we silenced the alarm after assessing the patient" is correct practice.
_CHECKED_FIRST = case_blind(
    r"\b(?:after|once)\s+(?:i|we)?\s*(?:had\s+)?(?:checking|checked|assessing|assessed|confirming|confirmed|verifying"
    r"|verified|reviewing|reviewed|isolating|isolated)\b"
)


@dataclass(frozen=True, slots=True)
class _Patterns:
    flag: str
    # The data file's `affirmed` and `negated` patterns: both count only when nothing outside the match negates
    # the sentence (a `negated` pattern carries its own negation, which `_outside` leaves out).
    statements: tuple[re.Pattern[str], ...]
    # Its `unnegated` patterns: a shortcut and its acceptance said together, whatever else the sentence says.
    accepted: tuple[re.Pattern[str], ...]
    # Which statements could match a sentence at all: most sentences hold none of their literal words.
    prefilter: LiteralPrefilter
    # The data file's `protective_acts`: a step left out of one of these is no shortcut.
    protective: re.Pattern[str]
    # Its `written_later` statements (a record written up after the event), and what makes one unsafe: the record
    # is one made at the time, or the write-up takes a step's place.
    written_later: frozenset[re.Pattern[str]]
    at_the_time: re.Pattern[str]
    # Its `safeguard_stances` (a safeguard called optional or gone without for years), and what makes one no
    # stance of the candidate's: another's belief before it, a contrast after it that keeps the safeguard.
    stances: frozenset[re.Pattern[str]]
    stance_others: re.Pattern[str]
    stance_contrast: re.Pattern[str]
    optional_scope: re.Pattern[str]
    optional_convenience: re.Pattern[str]
    # `unsafe_structures`' patterns, each with what puts it right when found anywhere in the sentence (or None)
    unless: dict[re.Pattern[str], re.Pattern[str]]
    # ... and what must be said before one for it to count (the hazard it is about)
    needs: dict[re.Pattern[str], re.Pattern[str]]


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    with DATA_FILE.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    later = data["written_later"]
    written_later = tuple(re.compile(p, re.IGNORECASE) for p in later["statements"])
    stances = tuple(re.compile(p, re.IGNORECASE) for p in _safeguard_stances(data))
    compiled = [
        (
            re.compile(p, re.IGNORECASE),
            re.compile(u, re.IGNORECASE),
            None if n is None else re.compile(n, re.IGNORECASE),
        )
        for p, u, n in structure_patterns()
    ]
    structures = tuple(pattern for pattern, _, _ in compiled)
    statements = (
        *(re.compile(p, re.IGNORECASE) for p in [*data["affirmed"], *data["negated"]]),
        *structures,
        *written_later,
        *stances,
    )
    accepted = tuple(re.compile(p, re.IGNORECASE) for p in data["unnegated"])
    return _Patterns(
        flag=str(data["flag"]),
        statements=statements,
        accepted=accepted,
        prefilter=LiteralPrefilter((*statements, *accepted)),
        protective=re.compile("|".join(f"(?:{p})" for p in data["protective_acts"]), re.IGNORECASE),
        written_later=frozenset(written_later),
        at_the_time=re.compile(f"{later['made_at_the_time']}|{later['in_place_of_a_step']}", re.IGNORECASE),
        stances=frozenset(stances),
        stance_others=re.compile(data["safeguard_stance_others"], re.IGNORECASE),
        stance_contrast=re.compile(data["safeguard_stance_contrast"], re.IGNORECASE),
        optional_scope=re.compile(data["safeguard_optional_scope"], re.IGNORECASE),
        optional_convenience=re.compile(data["safeguard_optional_convenience"], re.IGNORECASE),
        unless={p: u for p, u, _ in compiled},
        needs={p: n for p, _, n in compiled if n is not None},
    )


def _safeguard_stances(data: dict[str, list[str]]) -> list[str]:
    """The `safeguard_stances` patterns with their `{safeguard}` spelled out (the alternation of `safeguards`)."""
    safeguard = "|".join(f"(?:{noun})" for noun in data["safeguards"])
    return [stance.replace("{safeguard}", safeguard) for stance in data["safeguard_stances"]]


def unsafe_flag() -> str:
    """The red flag recorded when an answer states unsafe practice."""
    return _patterns().flag


@per_turn
def unsafe_sentence(answer: str) -> str | None:
    """The first sentence of the answer that states unsafe or careless practice as the candidate's own, if any."""
    return next((sentence for sentence in sentences(answer) if states_unsafe_practice(sentence)), None)


# A turn reads the answer, its evidence and its question's answers so far: the same sentences. A follow-up's turn
# reads the earlier answers to its question again (their group is judged whole): kept for the session, ~20 us a
# sentence is not spent again (the second answer of the load bench's interview, one of the start's burst).
@per_session
def states_unsafe_practice(sentence: str) -> bool:
    """Whether the sentence states unsafe or careless practice as the candidate's own: a shortcut, a duty set
    aside by the candidate's reason for it (`set_aside`), the person served misled or a check left to a senior's
    word (`reasons_and_deceit`), or a step cut for speed or ease (`shortcut_reason`)."""
    sentence = _SPOKEN_CONTRACTION.sub(_with_apostrophe, sentence)
    endorsed = endorsed_practice(sentence)
    return (
        _states_shortcut(sentence)
        or (endorsed is not None and _states_shortcut(endorsed))
        or sets_aside(sentence)
        or misleads_or_defers(sentence)
        or shortcut_for_ease(sentence) is not None
    )


def _states_shortcut(sentence: str) -> bool:
    # The statements first: about one sentence in a hundred holds one, and then the sentence is read for a
    # warning or a check done first (a pattern that does not match decides nothing, whatever the sentence says).
    matched = [
        (pattern, match)
        for pattern in _patterns().prefilter.candidates(sentence)
        if (match := pattern.search(sentence)) is not None
    ]
    if not matched or _WARNING.found(_WRONG_SITUATION.sub(" ", sentence)) or _CHECKED_FIRST.found(sentence):
        return False
    accepted = _patterns().accepted
    for pattern, match in matched:
        if pattern in accepted:
            return True
        if (
            _put_right_or_no_hazard(sentence, pattern, match)
            or _NEGATION.search(_outside(sentence, match))
            or _left_out_of_protection(sentence, match)
            or _written_up_in_good_time(sentence, pattern)
            or _stance_of_another_or_kept(sentence, pattern, match)
        ):
            continue
        before = sentence[: match.start()]
        if pattern in _patterns().stances:
            # a stance is the speaker's own unless its own clause names someone else: in "Hooks are for people who
            # can't nail, and membrane under slate is optional" the people are the first clause's
            before = before[max((m.end() for m in _STANCE_CLAUSE.finditer(before)), default=0) :]
        own_act = _SITUATION_THEN_OWN_ACT.search(before) is not None
        if _SITUATION_THEN_OWN.search(sentence[: match.end()]) or (
            not _REPORTED.search(before)
            and (_OWN.match(match.group(0)) or own_act or not _OTHERS.search(before))
        ):
            return True
    return False


def _put_right_or_no_hazard(sentence: str, pattern: re.Pattern[str], match: re.Match[str]) -> bool:
    """A structure's statement put right in the same sentence (`unless`), or said with no hazard named before it."""
    found = _patterns()
    put_right, needs = found.unless.get(pattern), found.needs.get(pattern)
    return bool(
        (put_right is not None and put_right.search(sentence))
        or (needs is not None and needs.search(sentence, 0, match.start()) is None)
    )


def _written_up_in_good_time(sentence: str, pattern: re.Pattern[str]) -> bool:
    """A write-up after the event of a record no one makes at the time ("I take notes on the site visit and write it
    up afterwards"): ordinary practice, unless the write-up takes a step's place."""
    found = _patterns()
    return pattern in found.written_later and found.at_the_time.search(sentence) is None


_STANCE_CLAUSE = re.compile(r"[,;:]\s")


def _stance_of_another_or_kept(sentence: str, pattern: re.Pattern[str], match: re.Match[str]) -> bool:
    """A safeguard called optional that someone else believes ("some riggers think safety bonds are optional"), or
    one kept by a contrast after it ("hi-vis is optional inside the workshop, but on site it's always on")."""
    found = _patterns()
    return pattern in found.stances and bool(
        found.stance_others.search(sentence, 0, match.end())
        or found.stance_contrast.search(sentence[match.end() :])
        or _optional_where_the_hazard_is_not(sentence, match)
    )


def _optional_where_the_hazard_is_not(sentence: str, match: re.Match[str]) -> bool:
    """A safeguard called optional for a scope that is neither small work nor the speaker's own: "gloves are optional
    for serving bread", not "the backup rope is optional on a short drop"."""
    found = _patterns()
    if not match.group(0).lower().endswith("optional"):
        return False
    scope = found.optional_scope.match(sentence, match.end())
    return scope is not None and found.optional_convenience.search(scope.group(0)) is None


_WITHOUT = re.compile(r"\bwithout\b", re.IGNORECASE)
# The act a "without" qualifies starts after the clause's last "and" or "then": "I isolate it and start work without
# testing" leaves the test out of starting work, not out of the isolation.
_ACT_BREAK = re.compile(r"[,;:]|\s(?:and|then|but|so|because)\s", re.IGNORECASE)


def _left_out_of_protection(sentence: str, match: re.Match[str]) -> bool:
    """A step said left out ("without checking for a pulse") of an act that is itself protective, done at once by
    design ("back on the chest immediately", "hit the emergency stop", "turn the gas off"): correct practice."""
    without = _WITHOUT.search(sentence, match.start(), match.end())
    if without is None:
        return False
    before = sentence[: without.start()]
    breaks = [m.end() for m in _ACT_BREAK.finditer(before)]
    act = before[breaks[-1] if breaks else 0 :]
    return _patterns().protective.search(act) is not None


# Speech-to-text writes contractions without their apostrophe ("i dont bother asking for id", "theyre a regular"):
# the patterns read them as written ones. Only forms that are no other word ("wont" and "cant" are rare words, "well",
# "were", "its" and "id" common ones).
# Case-blind patterns (`regex_union.CaseBlind`) read the lowercased sentence where that finds the same: this one,
# the warning, the wrong situation and the check done first are read for every sentence that may state a shortcut.
_SPOKEN_CONTRACTION = case_blind(
    r"\b(do|did|does|is|are|was|were|would|should|could|have|has|had|must)nt\b|\b(wo|ca)nt\b|\b(i)(m|ve)\b"
    r"|\b(they|you)(re|ve)\b|\b(that|there|what)(s)\b"
)


def _with_apostrophe(match: re.Match[str]) -> str:
    groups = match.groups()
    negative = groups[0] or groups[1]
    if negative:
        return f"{negative}n't"
    stem, ending = next((groups[i], groups[i + 1]) for i in (2, 4, 6) if groups[i])
    return f"{stem}'{ending}"


@lru_cache(maxsize=1)
def quote_cues() -> tuple[frozenset[str], frozenset[str]]:
    """The data file's `reason_links` ("because", "cos") and `situation_adverbs` ("sometimes", "usually")."""
    with DATA_FILE.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    return frozenset(data["reason_links"]), frozenset(data["situation_adverbs"])


# A clause ends at a comma or semicolon, or before "but", "so" or a reason's link ("because", spoken "cos"): "... I
# just keep driving and fix the log later, dispatch doesn't care" negates another clause, not the shortcut, and in
# "on a low lift we dont bother clipping on cos the gaffer never checks" the "never" is the reason's.
_CLAUSE_BREAK = splitter("unsafe_statement", tuple(sorted(quote_cues()[0]))).pattern  # `clauses.yaml`


# ... and a condition, said without its comma, ends where the candidate's own act begins: in "If the owner can't
# afford the surgery I just do it without the pre-op bloods" the "can't" is the situation's.
_CONDITION_THEN_ACT = re.compile(
    r"\b(?:if|when|whenever|unless)\b[^,;:.!?]*?\s(?=(?:i|we)(?:'d|'ll)?\s+(?:just|would|will|usually|normally"
    r"|then|still|always|probably|simply)\b)",
    re.IGNORECASE,
)


def _outside(sentence: str, match: re.Match[str]) -> str:
    """The rest of the clause that holds the matched span (a pattern may hold its own negation: "we didn't need a
    test"), where a negation would take the statement back ("I never skip it")."""
    before = sentence[: match.start()]
    after = sentence[match.end() :]
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(before)]
    starts += [m.end() for m in _CONDITION_THEN_ACT.finditer(sentence) if m.end() <= match.start()]
    starts.sort()
    end = _CLAUSE_BREAK.search(after)
    clause_before = before[starts[-1] if starts else 0 :]
    if _OWN.match(match.group(0)) and _CONDITION.match(clause_before):
        clause_before = ""  # "If I can't read it I guess ...": the negation is the condition's, not the act's
    return clause_before + " " + after[: end.start() if end else len(after)]


# A clause that opens with its condition, before the candidate's own act ("If the register doesn't balance I ...")
_CONDITION = re.compile(r"\s*(?:and\s+|so\s+|but\s+|then\s+)?(?:if|when|whenever|once)\b", re.IGNORECASE)
