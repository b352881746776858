"""The interview's agenda: the job's plan (the same core questions for every candidate) with this candidate's
resume probes in their places, and what the plan and the turns say about coverage.

Everything here reads `InterviewState.plan` and the resume probes kept in the state's scratch, so a resumed or
replayed session follows the same agenda.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.interviewer.api import TurnKind
from workbench.interviewer.bank import Question, normalise_text
from workbench.interviewer.clauses import splitter
from workbench.interviewer.clauses import words as clause_words
from workbench.interviewer.memo import per_session_by_identity
from workbench.interviewer.planning.esco import tokens
from workbench.interviewer.quoting import joins_clauses, quoted, says_something, spoken_opener
from workbench.interviewer.red_flags import says_as_flag_does
from workbench.interviewer.signals import sentences
from workbench.interviewer.unsafe_practice import quote_cues, unsafe_sentence
from workbench.models import PHASE_ORDER, InterviewPlan, InterviewState, Phase, PlannedQuestion

RESUME_PROBES = "resume_probes"
# How a library competency feeds the baseline's scored behavioural competencies (until scoring reads the plan).
FEEDS = {"problem_solving": "problem solving", "teamwork": "collaboration", "leadership": "leadership"}
FEEDS |= {"communication": "communication", "ownership": "ownership", "adaptability": "adaptability"}
RED_FLAG_OVERLAP = 0.75
MAX_QUOTE_WORDS = 16


@dataclass(frozen=True, slots=True)
class NextQuestion:
    """The question to put next, with the agenda item it belongs to."""

    text: str
    phase: Phase
    kind: TurnKind
    question_id: str
    topic: str
    competency_id: str = ""


def asked_texts(state: InterviewState) -> list[str]:
    return [normalise_text(turn.question) for turn in state.turns]


def is_new(state: InterviewState, text: str, asked: list[str] | None = None) -> bool:
    """Not asked before in this interview (`asked`: its `asked_texts`), not even inside a longer question."""
    normalised = normalise_text(text)
    earlier = asked if asked is not None else asked_texts(state)
    return bool(normalised) and all(normalised not in question for question in earlier)


def resume_probes_of(state: InterviewState) -> list[PlannedQuestion]:
    raw = state.scratch.get(RESUME_PROBES, [])
    return _probes(raw) if isinstance(raw, list) else []


# The scratch's probes are written once, at the start, and never changed in place: parsed once a session where
# the session's state stays in memory between turns (an interviewer worker's), ~28 us a turn otherwise.
@per_session_by_identity
def _probes(raw: list[object]) -> list[PlannedQuestion]:
    return [PlannedQuestion.model_validate(item) for item in raw]


@per_session_by_identity
def agenda(plan: InterviewPlan, probes: list[PlannedQuestion]) -> list[PlannedQuestion]:
    """Core questions in plan order, each resume probe first in its phase (technical, behavioural)."""
    ordered: list[PlannedQuestion] = []
    for phase in PHASE_ORDER:
        ordered += [p for p in probes if p.phase == phase]
        ordered += [q for q in plan.questions if q.phase == phase]
    return ordered


def agenda_of(state: InterviewState) -> list[PlannedQuestion]:
    return agenda(state.plan, resume_probes_of(state)) if state.plan else []


def planned(state: InterviewState, question_id: str) -> PlannedQuestion | None:
    """The plan's question (or this candidate's resume probe) with this id: its competency and rubric."""
    return next((q for q in agenda_of(state) if q.id == question_id), None)


def asked_ids(state: InterviewState) -> set[str]:
    return {turn.question_id for turn in state.turns if turn.question_id}


def pending_by_phase(state: InterviewState) -> dict[Phase, int]:
    asked = asked_ids(state)
    counts: dict[Phase, int] = {}
    for question in agenda_of(state):
        if question.id not in asked:
            counts[question.phase] = counts.get(question.phase, 0) + 1
    return counts


def next_planned(state: InterviewState, phase: Phase) -> PlannedQuestion | None:
    """The first unasked agenda question of `phase` or a later phase (earlier phases' leftovers are skipped)."""
    asked = asked_ids(state)
    start = PHASE_ORDER.index(phase)
    for question in agenda_of(state):
        if question.id not in asked and PHASE_ORDER.index(question.phase) >= start:
            return question
    return None


def bank_view(state: InterviewState, question: PlannedQuestion | None) -> Question | None:
    """The planned question in the bank's shape, for the baseline's answer features and scoring."""
    if question is None or state.plan is None:
        return None
    competency = next((c for c in state.plan.competencies if c.id == question.competency_id), None)
    skills: tuple[str, ...] = ()
    if competency is not None and competency.kind == "job_knowledge":
        skills = (" ".join(competency.name.lower().split()),)
    return Question(
        id=question.id,
        phase=question.phase,
        text=question.text,
        skills=skills,
        competency=FEEDS.get(question.competency_id),
        look_for=tuple(question.rubric.look_for),
    )


def _stems(text: str) -> set[str]:
    """Crude stems (the first five letters), so "silenced" meets "silencing"."""
    return {word[:5] for word in tokens(text)}


def red_flag_sentence(answer: str, red_flags: list[str]) -> str | None:
    """The candidate's sentence that states one of the rubric's red flags (most of the flag's words), or unsafe
    practice in words no rubric anticipated ("I usually skip the pressure test"), if any."""
    read: list[tuple[str, set[str]]] | None = None  # each sentence's stems, read once for all the flags
    for flag in red_flags:
        flag_words = _stems(flag)
        if len(flag_words) < 3:
            continue
        if read is None:
            read = [(sentence, _stems(sentence)) for sentence in sentences(answer)]
        for sentence, words in read:
            if len(flag_words & words) / len(flag_words) >= RED_FLAG_OVERLAP and says_as_flag_does(
                sentence, flag, flag_words, _stems
            ):
                return sentence
    return unsafe_sentence(answer)


def quotable(sentence: str) -> str | None:
    """A whole short sentence to quote back, or None: never a clause cut in the middle."""
    # a clause after a comma is quoted from its own start: 'You said "I don't always check the wristband"', not
    # '"and I don't always check the wristband"'
    # and from what it says, without the fillers it opens with ('"I just use the same knife"', not '"ok so
    # basically I just use the same knife"'); a quote of fillers alone names nothing
    # ("but to be honest on a low lift we dont bother clipping on": the opener after the link as well)
    text = _OPENER.sub("", _LEADING_LINK.sub("", _OPENER.sub("", sentence.strip().rstrip(".!?;:"))))
    if not text or len(text.split()) > MAX_QUOTE_WORDS or '"' in text or re.search(r"[,;:]\s*$", text):
        return None
    return text if says_something(text) else None


_QUOTE_PART = splitter("quote_part")  # `planning/data/clauses.yaml`
_LEADING_LINK = re.compile(r"^(?:(?:and|but|or|so|then|plus)\s+)+(?=\S)", re.IGNORECASE)


def quotable_part(sentence: str) -> str | None:
    """The sentence to quote back, or, when it is too long, its one clause (between commas) that states the
    unsafe practice: "You said 'I don't bother with the fume extraction for short welds'" names the point to
    revisit, where "one point in your answer" names nothing. Never a clause cut in the middle."""
    whole = quotable(sentence)
    if whole is not None:
        return whole
    clauses = [c.strip() for c in _QUOTE_PART.pieces(sentence.strip().rstrip(".!?"))]
    parts, joints = clauses[::2], clauses[1::2]
    for index, clause in enumerate(parts):
        if not unsafe_sentence(clause):
            continue
        # "I'll just give them antibiotics for a viral sore throat, it saves time and nobody gets hurt": a
        # justification names no practice of its own, so the clause before it is quoted with it when it fits
        opener = index and not _OPENER.sub("", f"{parts[index - 1]} ").strip()  # "yeah, we skip …": no "yeah"
        # a relative clause is no statement of its own to open a quote with ("which there usually is, and
        # sometimes I'd say there's another offer even if there isn't")
        opener = opener or (index and _RELATIVE.match(parts[index - 1]) is not None)
        with_before = (
            f"{parts[index - 1]}{joints[index - 1].rstrip()} {clause}" if index and not opener else None
        )
        # ... and when the two are too long together, the act of the clause before without its situation ("we
        # sometimes just swap in a different seeded one and keep the same label, because the customers never
        # notice"), or that act alone: the reason alone ('You said "because the customers never notice"') names
        # no practice
        act = _own_act(parts[index - 1]) if index and not opener else None
        with_act = f"{act}{joints[index - 1].rstrip()} {clause}" if act else None
        reason = _opens_with_reason(clause)
        for quote in (with_before, with_act, act if reason else None, None if reason else clause):
            if quote and (whole := quotable(quote)) is not None:
                return whole
    return _opening_clause(parts)


def flag_quote(said: str, sentences_: list[str]) -> str:
    """A red flag's quote (`said`, one of `sentences_` as `quoting.quoted` cites it) in the words that state the
    unsafe practice: a sentence too long to quote whole is cut after its first words, which in speech are often a
    sound step beside the shortcut ("every morning i do my walkaround check…" for "... but if im running late i
    skip the check"); its clause that states the practice is quoted instead, when one does."""
    if not said.endswith("\u2026"):
        return said
    sentence = next((s for s in sentences_ if quoted(s) == said), None)
    part = quotable_part(sentence) if sentence is not None else None
    return part if part is not None and unsafe_sentence(part) is not None else said


_RELATIVE = re.compile(rf"(?:{'|'.join(sorted(clause_words('quote_part', 'relatives')))})\b", re.IGNORECASE)


def _opens_with_reason(clause: str) -> bool:
    words = clause.lower().split()
    return bool(words) and words[0] in quote_cues()[0]


# The situation a statement opens with, up to the candidate's own act: "If the till is a few pounds out | I just
# cover it out of my own pocket ..."
# (or with a word of how often before it, from the data file: "but sometimes if its busy | we carry someone ...")
_SITUATION = re.compile(
    rf"^(?:(?:and|so|but|then)\s+)?(?:(?:{'|'.join(sorted(quote_cues()[1]))})\s+)?"
    r"(?:if|when|whenever|once|on|with|for)\b[^,;]*?\s(?=(?:i|we)(?:['’](?:d|ll))?\s)",
    re.IGNORECASE,
)


def _own_act(clause: str) -> str | None:
    """An unsafe clause too long to quote, as the candidate's act without the situation it opens with ("I just
    cover it out of my own pocket so it balances and nobody needs to know"): the act names the point to revisit,
    where "one point in your answer" names nothing."""
    situation = _SITUATION.match(clause)
    if situation is None:
        return None
    # the act starts at the first "I" or "we" that leaves a quote short enough: "If we run short of a seeded roll
    # | we sometimes just swap in a different one", not "we run short ..." (the situation's own "we")
    # (within the situation's own clause: "... i clip on | but on a low lift we dont bother" is two acts)
    first = len(_clause_pieces(clause)[0])
    starts = [situation.end(), *(m.start() for m in _ACTOR.finditer(clause, situation.end() + 1, first))]
    return next((act for start in starts if (act := quotable(clause[start:])) is not None), None)


_ACTOR = re.compile(r"(?<=\s)(?:i|we)(?:['’](?:d|ll))?\s", re.IGNORECASE)


_LINKS = frozenset({"so", "but", "because", "cos", "then"})


def _clause_pieces(text: str) -> list[str]:
    """A clause cut where another joins it: "I'll leave it running | and tell them ...", "I'll keep it secret | so
    they trust me"; not at an "and" between two nouns ("the fryer and the grill"), nor after an "and" ("…as I can
    and | then …")."""
    words = text.split()
    pieces: list[list[str]] = [[]]
    for index, word in enumerate(words):
        previous = words[index - 1].lower() if index else ""
        joint = word.lower() in _LINKS or (word.lower() in {"and", "or"} and joins_clauses(words, index))
        if joint and pieces[-1] and previous not in {"and", "or"}:
            pieces.append([])
        pieces[-1].append(word)
    return [" ".join(piece) for piece in pieces]


# A spoken opener that says nothing of the practice ("To be honest if a cow is lame I leave her till the vet comes"):
# left out of a quote that is too long with it
_OPENER = spoken_opener(extra=("look",))


def _opening_clause(parts: list[str]) -> str | None:
    """A long sentence without a short clause between commas to quote ("If the flue gas reading is a bit high I'll
    leave it running and tell them to get it looked at, no point turning it off"): the longest run of its
    clauses, up to a joining word, that states the unsafe practice and fits a quote; failing that (a red flag of
    the rubric, which no pattern words), the opening clause of the sentence when it fits: whole clauses, never
    one cut in the middle."""
    fallback: str | None = None
    # "Honestly, if a patient's sugars are high I just tell them to double their insulin, …": an opener set off
    # by its comma is no clause to quote ('You said "Honestly".')
    while parts and not _OPENER.sub("", f"{parts[0]} ").strip():
        parts = parts[1:]
    for index, part in enumerate(parts):
        pieces = _clause_pieces(_OPENER.sub("", part) if index == 0 else part)
        runs = [" ".join(pieces[: end + 1]) for end in range(len(pieces))]
        fitting = [run for run in runs if quotable(run) is not None]
        unsafe = [run for run in fitting if unsafe_sentence(run)]
        if unsafe and _needed(pieces, 0, len(unsafe[-1].split())):
            return quotable(unsafe[-1])
        acts = [act for run in runs if unsafe_sentence(run) and (act := _own_act(run)) is not None]
        if acts:
            return acts[0]
        # speech to text: "for the night audit i run the end of day and check the rooms are posted | and we
        # sometimes just skip the cash count when its quiet | because nothing ever changes" has no comma, and the
        # practice is said after the opening clause: the run of clauses that says it, wherever it starts
        later = _unsafe_run_within(pieces)
        if later is not None:
            return later
        if index == 0 and fitting:
            fallback = quotable(fitting[-1])
    # a clause that a pattern finds unsafe, too long to quote: no sound clause beside it is quoted in its place
    if fallback is not None and unsafe_sentence(fallback) is None and any(map(unsafe_sentence, parts)):
        return None
    return fallback


def _unsafe_run_within(pieces: list[str]) -> str | None:
    """The longest run of clauses after the first that states the unsafe practice and fits a quote, from the first
    clause such a run starts at."""
    for start in range(1, len(pieces)):
        runs = [" ".join(pieces[start : end + 1]) for end in range(start, len(pieces))]
        unsafe = [run for run in runs if quotable(run) is not None and unsafe_sentence(run)]
        if unsafe and _needed(pieces, start, len(unsafe[-1].split())):
            return quotable(unsafe[-1])
        # too long with its situation: the act alone ("but sometimes if its busy | we carry someone on the forks")
        acts = [act for run in runs if unsafe_sentence(run) and (act := _own_act(run)) is not None]
        if acts and unsafe_sentence(pieces[start]):
            return acts[0]
    return None


def _needed(pieces: list[str], start: int, words: int) -> bool:
    """Whether the run's first clause is part of the unsafe practice it states: "and if something is wrong i
    report it | but if im running late i skip the check" states it without its first clause, which is a sound
    step of the candidate's own, and is quoted from where the practice starts (not from a reason, which names no
    practice: "we skip it | cos nothing changes")."""
    run = " ".join(pieces[start:]).split()[:words]
    rest = " ".join(run[len(pieces[start].split()) :])
    # the rest up to its reason: "and just go home | cos nobody checks" states nothing without the clause before
    kept = _clause_pieces(rest)
    cut = next((index for index, piece in enumerate(kept) if _opens_with_reason(piece)), len(kept))
    rest = " ".join(kept[:cut])
    # ... nor is a rest too bare to quote on its own ("we just scrape the sauce off | and send it anyway": "send it
    # anyway" states the practice only with the clause it ends)
    return not rest or unsafe_sentence(rest) is None or quotable(rest) is None


def coverage(state: InterviewState) -> dict[str, dict[str, int]]:
    """Per plan competency: planned questions, questions asked, and answers given (repair replies excluded)."""
    if state.plan is None:
        return {}
    result = {c.id: {"planned": 0, "asked": 0, "answered": 0} for c in state.plan.competencies}
    for question in agenda_of(state):
        if question.competency_id in result:
            result[question.competency_id]["planned"] += 1
    asked: set[str] = set()
    for turn in state.turns:
        entry = result.get(turn.competency_id)
        if entry is None:
            continue
        if turn.question_id not in asked:
            asked.add(turn.question_id)
            entry["asked"] += 1
        if turn.answer is not None and turn.answer_kind == "answer":
            entry["answered"] += 1
    return result
