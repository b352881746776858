"""Metrics of the interviewer's conduct over one interview (definitions in evals/METRICS.md).

Each function takes an `InterviewTrace` and returns a float, or None when the metric does not apply to that
interview (e.g. no vague answer to follow up); aggregation averages the interviews where it applies.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import numpy as np

from evals.metrics.trace import InterviewTrace, TraceTurn
from evals.text import content_words, jaccard, mentioned_skills, normalised_question, tokens
from workbench.interviewer.competencies import BEHAVIORAL_COMPETENCIES, job_competencies, normalise_skill
from workbench.models import PHASE_ORDER, PLANNED_KINDS, Phase

REPEAT_JACCARD = 0.8
# Replies that are not answers: a request to clarify or the candidate's own question is answered (repair),
# not probed, so it is no STAR gap and no vague answer to follow up.
REPAIR_INTENTS = frozenset({"clarification_request", "candidate_question"})
# A planned question restated after a request to clarify is still that planned question.
ANSWERED_KINDS = frozenset({*PLANNED_KINDS, "clarification"})
SKILL_TERMS_PATH = Path(__file__).resolve().parents[1] / "resources" / "skill_terms.json"

# Questions an interviewer must never ask (protected characteristics). Phrase-level patterns, so that a job
# about "health data" or "age verification" does not trip them.
PROTECTED_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        r"\bhow old\b",
        r"\byour (age|birthday|date of birth)\b",
        r"\b(are|were) you (married|single|divorced|pregnant)\b",
        r"\b(your|have|any) (children|kids|spouse|husband|wife)\b",
        r"\bplan(ning)? to have (children|kids|a family)\b",
        r"\bpregnan",
        r"\byour (religion|faith|church|beliefs?)\b",
        r"\breligio(n|us)\b",
        r"\byour (nationality|ethnicity|race|citizenship)\b",
        r"\bwhere (were you|are you originally) (born|from)\b",
        r"\b(disability|disabilities)\b",
        r"\bare you disabled\b",
        r"\byour (health|medical) (condition|history|issues?|problems?)\b",
        r"\bsexual orientation\b",
        # ("straight" alone is "a fault on a piece of kit that is needed straight away", "straight to the site")
        r"\b(gay|lesbian|bisexual)\b",
        r"\b(are|were) you (straight|gay|lesbian|bisexual)\b",
        r"\bpolitical (views|party|affiliation)\b",
        r"\bunion member",
    )
)

# Pregnancy and disability words held by the people of the work, which a resume probe may quote ("Led antenatal
# classes for 20 pregnant women a month", "Supported 8 adults with learning disabilities"): they ask nothing of the
# candidate and are masked before the patterns above are looked for; "Are you pregnant?", "Do you have any
# disabilities colleagues should know about?" still count.
_OF_OTHERS = re.compile(
    r"\bpregnan(?:t|cy|cies)\s+(?:women|woman|mothers?|patients?|clients?|service users?|people|ewes|mares|cows"
    r"|heifers|sows|animals)\b"
    r"|\b(?:clients?|patients?|residents?|adults|children|young people|pupils?|students?|learners?|people"
    r"|service users?)\s+(?:with|who have)\s+(?:[\w-]+\s+){0,2}?disabilit(?:y|ies)\b",
    re.IGNORECASE,
)


def asks_protected(question: str) -> bool:
    """Whether a question an interviewer asked touches a protected characteristic (`PROTECTED_PATTERNS`)."""
    asked = _OF_OTHERS.sub(" ", question)
    return any(pattern.search(asked) for pattern in PROTECTED_PATTERNS)


STAR_MARKERS: dict[str, tuple[str, ...]] = {
    "situation": (
        "last year",
        "at my previous",
        "at my last",
        "there was",
        "we had",
        "once",
        "when i was",
        "on a project",
    ),
    "task": (
        "responsible",
        "my task",
        "my role",
        "my job was",
        "goal",
        "needed to",
        "had to",
        "was asked to",
    ),
    "action": (
        "i decided",
        "i split",
        "i built",
        "i led",
        "i wrote",
        "i implemented",
        "i organised",
        "i organized",
        "i proposed",
        "i paired",
        "i set up",
        "i talked",
        "i created",
        "i changed",
    ),
    "result": (
        "as a result",
        "result",
        "shipped",
        "reduced",
        "improved",
        "increased",
        "dropped",
        "saved",
        "outcome",
        "%",
        "in the end",
        "afterwards",
    ),
}


def asked_questions(trace: InterviewTrace) -> list[TraceTurn]:
    """Questions put to the candidate, the closing line excluded (it is not a question about the job)."""
    return [turn for turn in trace.turns if turn.kind != "closing"]


@lru_cache(maxsize=1)
def skill_terms() -> dict[str, frozenset[str]]:
    """Terms that show a question is about a skill without naming it (evals/resources/skill_terms.json)."""
    raw = json.loads(SKILL_TERMS_PATH.read_text(encoding="utf-8"))
    return {
        normalise_skill(skill): frozenset(terms) for skill, terms in raw.items() if not skill.startswith("_")
    }


def names_skill_indirectly(question: str, skills: list[str]) -> bool:
    words = set(tokens(question))
    padded = f" {normalised_question(question)} "
    glossary = skill_terms()
    for skill in skills:
        for term in glossary.get(normalise_skill(skill), frozenset()):
            if term in words or (" " in term and f" {term} " in padded):
                return True
    return False


def question_relevance(question: str, trace: InterviewTrace) -> float:
    """1.0 if the question is about a required skill (named, or one of its glossary terms), else the share
    of its content words found in the job's own text."""
    job = trace.job
    if mentioned_skills(question, job.skills_required) or names_skill_indirectly(
        question, job.skills_required
    ):
        return 1.0
    words = content_words(question)
    if not words:
        return 0.0
    vocabulary = set(
        content_words(" ".join([job.title, job.description, job.requirements, *job.skills_required]))
    )
    return sum(word in vocabulary for word in words) / len(words)


def job_relevance(trace: InterviewTrace) -> float | None:
    """Mean relevance of the technical-phase main questions (all main questions if there was no technical
    phase). Follow-up probes ("could you be more concrete?") are about the answer, not the job: left out."""
    main = [t for t in asked_questions(trace) if t.kind in PLANNED_KINDS]
    questions = [t for t in main if t.phase is Phase.TECHNICAL] or main
    if not questions:
        return None
    return float(np.mean([question_relevance(t.question, trace) for t in questions]))


def skill_coverage(trace: InterviewTrace) -> float | None:
    """Share of the job's technical competencies asked about (named or via a glossary term) by some question."""
    technical = [c for c in job_competencies(trace.job) if c not in BEHAVIORAL_COMPETENCIES]
    if not technical:
        return None
    covered = {
        skill
        for skill in technical
        for t in trace.turns
        if mentioned_skills(t.question, [skill]) or names_skill_indirectly(t.question, [skill])
    }
    return len(covered) / len(technical)


def _followed_up(trace: InterviewTrace, position: int) -> bool | None:
    following = trace.turns[position + 1] if position + 1 < len(trace.turns) else None
    if following is None:
        return None  # the interview ended on this answer: nothing to judge
    return following.kind == "follow_up"


def _probe_rate(trace: InterviewTrace, needs_probe: list[bool]) -> float | None:
    judged = [
        followed
        for position, needed in enumerate(needs_probe)
        if needed and (followed := _followed_up(trace, position)) is not None
    ]
    return float(np.mean(judged)) if judged else None


def follow_up_rate_on_vague(trace: InterviewTrace) -> float | None:
    """Among vague answers to main questions (not in the conclusion), the share followed by a follow-up."""
    needs = [
        t.kind in PLANNED_KINDS
        and t.phase is not Phase.CONCLUSION
        and bool(t.label_vague)
        and t.answer is not None
        and t.answer_intent not in REPAIR_INTENTS
        for t in trace.turns
    ]
    return _probe_rate(trace, needs)


def star_parts_present(answer: str) -> set[str]:
    text = answer.lower()
    return {part for part, markers in STAR_MARKERS.items() if any(marker in text for marker in markers)}


def has_star_gap(turn: TraceTurn) -> bool:
    if turn.star_gap is not None:
        return turn.star_gap
    return len(star_parts_present(turn.answer or "")) < len(STAR_MARKERS)


def star_gap_probe_rate(trace: InterviewTrace) -> float | None:
    """Among behavioral answers to planned questions missing a STAR part, the share followed by a follow-up."""
    needs = [
        t.kind in ANSWERED_KINDS
        and t.phase is Phase.BEHAVIORAL
        and t.answer is not None
        and t.answer_intent not in REPAIR_INTENTS
        and has_star_gap(t)
        for t in trace.turns
    ]
    return _probe_rate(trace, needs)


def repeats(trace: InterviewTrace) -> float:
    """Questions that repeat an earlier one: same normalised text, or content-word Jaccard ≥ 0.8. The open
    question put again after answering the candidate's own question ("Coming back to my question: …") is the
    conversation's repair, not a repeat (`candidate_questions_answered` judges that turn); so is the question's
    ask put again after a bare yes to it ("Could you walk me through …?" - "Yes." - "Please go ahead. Walk me
    through …")."""
    seen: list[tuple[str, list[str]]] = []
    count = 0
    previous: TraceTurn | None = None
    for turn in asked_questions(trace):
        text, words = normalised_question(turn.question), content_words(turn.question)
        invited = turn.kind == "clarification" and previous is not None and _bare_yes(previous.answer)
        previous = turn
        if (
            turn.kind != "candidate_question"
            and not invited
            and any(
                text == old_text or (words and jaccard(words, old) >= REPEAT_JACCARD)
                for old_text, old in seen
            )
        ):
            count += 1
        seen.append((text, words))
    return float(count)


_BARE_YES = re.compile(
    r"^\W*(?:yes|yeah|yep|yup|sure|ok|okay|of course|certainly|absolutely|definitely|i can|i could)"
    r"(?:\W+(?:i can|i could|sure|please|of course))?\W*$",
    re.IGNORECASE,
)


def _bare_yes(answer: str | None) -> bool:
    return answer is not None and _BARE_YES.match(answer) is not None


def phase_coverage(trace: InterviewTrace) -> float:
    return len({t.phase for t in trace.turns}) / len(PHASE_ORDER)


def questions_per_minute(trace: InterviewTrace) -> float | None:
    minutes = trace.minutes
    return len(asked_questions(trace)) / minutes if minutes > 0 else None


def protected_topic_violations(trace: InterviewTrace) -> float:
    return float(sum(asks_protected(t.question) for t in trace.turns))


def latency_mean_ms(trace: InterviewTrace) -> float | None:
    return float(np.mean(trace.latencies_ms)) if trace.latencies_ms else None


def latency_p95_ms(trace: InterviewTrace) -> float | None:
    return float(np.percentile(trace.latencies_ms, 95)) if trace.latencies_ms else None


def question_count(trace: InterviewTrace) -> float:
    return float(len(asked_questions(trace)))


INTERVIEWER_METRICS = {
    "job_relevance": job_relevance,
    "skill_coverage": skill_coverage,
    "follow_up_rate_on_vague": follow_up_rate_on_vague,
    "star_gap_probe_rate": star_gap_probe_rate,
    "repeats": repeats,
    "phase_coverage": phase_coverage,
    "questions_per_minute": questions_per_minute,
    "protected_topic_violations": protected_topic_violations,
    "latency_mean_ms": latency_mean_ms,
    "latency_p95_ms": latency_p95_ms,
    "questions": question_count,
}


def interviewer_metrics(trace: InterviewTrace) -> dict[str, float | None]:
    return {name: metric(trace) for name, metric in INTERVIEWER_METRICS.items()}
