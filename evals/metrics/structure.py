"""Metrics of a structured interview and of conversation repair (definitions in evals/METRICS.md).

Every figure is computed from what was said (questions, answers, the interviewer's replies) and from the
simulated candidate's ground truth, never from the interviewer's own claims: a turn the interviewer calls a
`resume_probe` counts only if its question cites the resume, a `clarification` only if it restates the
question that was not understood, and an answer to a candidate's question only if it carries the job record's
facts. Each function returns None when it does not apply, so aggregation skips it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations

import numpy as np

from evals.metrics.interviewer import names_skill_indirectly
from evals.metrics.trace import InterviewTrace, TraceTurn
from evals.text import content_words, jaccard, mentioned_skills, normalised_question, tokens
from workbench.interviewer.competencies import BEHAVIORAL_COMPETENCIES
from workbench.models import Phase

CORE_KINDS = ("core", "main")
NO_EVIDENCE_INTENTS = frozenset({"off_topic", "disclaimer", "clarification_request", "candidate_question"})
# Saying where the answer will come from is an honest answer to "what are the next steps?" too.
NEXT_STEP_WORDS = re.compile(
    r"\bnext (step|stage|round)s?\b|\bhiring (team|manager)\b|\b(be|get) in touch\b|\bhear (back|from)\b"
    r"|\bfollow(ing)? up\b|\brecruiter\b|\bwithin \w+ (days?|weeks?)\b",
    re.IGNORECASE,
)
ROUTED_WORDS = re.compile(
    r"\bhiring (team|manager)\b|\brecruiter\b|\bfollow up\b|\bfind out\b", re.IGNORECASE
)
MIN_REPHRASE_OVERLAP = 0.15
MAX_EMPTY_WORDS = 2


def core_sequence(trace: InterviewTrace) -> list[str]:
    return [normalised_question(t.question) for t in trace.turns if t.kind in CORE_KINDS]


def plan_consistency(traces: Sequence[InterviewTrace]) -> float | None:
    """Share of pairs of interviews for the same job whose core questions agree, in order.

    An interview cut short (time, an empty candidate) asks fewer: the shorter sequence must be a prefix of
    the longer one. Pairs where either asked no core question are skipped.
    """
    by_job: dict[str, list[list[str]]] = defaultdict(list)
    for trace in traces:
        sequence = core_sequence(trace)
        if sequence:
            by_job[trace.job.id].append(sequence)
    agreements = [
        float(a[: min(len(a), len(b))] == b[: min(len(a), len(b))])
        for sequences in by_job.values()
        for a, b in combinations(sequences, 2)
    ]
    return float(np.mean(agreements)) if agreements else None


def resume_items(resume: str, job_text: str) -> list[frozenset[str]]:
    """The resume's concrete items: per line, its content words that are not the job's own words. The first
    line (the candidate's name) is not an item: greeting someone by name cites nothing."""
    job_words = set(content_words(job_text))
    items = []
    for line in [line for line in resume.splitlines() if line.strip()][1:]:
        words = frozenset(word for word in content_words(line) if word not in job_words)
        if len(words) >= 2:
            items.append(words)
    return items


# A capitalised word inside a sentence: a name ("You worked as a care worker at Sunrise. What was …")
_NAME_INSIDE = re.compile(r"(?<=[a-z,;:] )[A-Z][a-z]{2,}\b")


def cites_resume(question: str, items: Sequence[frozenset[str]]) -> bool:
    """True if the question carries two words of one resume item that the job text does not contain, or one of
    its names (a role said back as "You worked as a care worker at Sunrise" names its employer alone)."""
    words = set(content_words(question))
    names = {name.lower() for name in _NAME_INSIDE.findall(question)}
    return any(len(words & item) >= 2 or bool(names & item) for item in items)


def _job_text(trace: InterviewTrace) -> str:
    job = trace.job
    return " ".join([job.title, job.description, job.requirements, job.company, *job.skills_required])


def resume_probe_rate(trace: InterviewTrace) -> float | None:
    """1.0 if some question of the interview cites the candidate's resume, 0.0 if none does; None without one."""
    if not trace.resume_text.strip():
        return None
    items = resume_items(trace.resume_text, _job_text(trace))
    return float(any(cites_resume(t.question, items) for t in trace.turns))


def resume_probe_control(traces: Sequence[InterviewTrace]) -> float | None:
    """Chance citations: the same check against another interview's resume, counting only what that resume
    says and this one does not (questions 'citing' a resume the interviewer never saw)."""
    rates = []
    for position, trace in enumerate(traces):
        other = traces[(position + 1) % len(traces)].resume_text
        if not trace.resume_text.strip() or not other.strip() or other == trace.resume_text:
            continue
        items = resume_items(other, f"{_job_text(trace)}\n{trace.resume_text}")
        rates.append(float(any(cites_resume(t.question, items) for t in trace.turns)))
    return float(np.mean(rates)) if rates else None


def _next_turn(trace: InterviewTrace, turn: TraceTurn) -> TraceTurn | None:
    later = [t for t in trace.turns if t.index > turn.index]
    return later[0] if later else None


def is_restatement(original: str, candidate: str, other_questions: Sequence[str] = ()) -> bool:
    """The same question in other words: not verbatim, shares content with it, and is not another planned one."""
    before, after = content_words(original), content_words(candidate)
    if normalised_question(original) == normalised_question(candidate) or not after:
        return False
    if any(
        normalised_question(candidate) == normalised_question(q) for q in other_questions if q != original
    ):
        return False
    shared = set(before) & set(after)
    return jaccard(before, after) >= MIN_REPHRASE_OVERLAP or len(shared) >= 2


def clarification_handled(trace: InterviewTrace) -> float | None:
    """Among the candidate's requests to clarify, the share answered by the same question in other words."""
    judged = []
    for turn in trace.turns:
        if turn.answer_intent != "clarification_request":
            continue
        following = _next_turn(trace, turn)
        if following is None:
            continue
        judged.append(is_restatement(turn.question, following.question, trace.plan_questions))
    return float(np.mean(judged)) if judged else None


def salary_figures(salary_range: str) -> set[str]:
    return {re.sub(r"[,.]", "", group) for group in re.findall(r"\d[\d,.]*", salary_range)}


def answers_candidate_question(trace: InterviewTrace, turn: TraceTurn) -> bool:
    """The interviewer's reply carries the job record's answer, or honestly routes it to the hiring team."""
    reply = turn.reply or ""
    if turn.asks_about == "salary":
        wanted = salary_figures(trace.job.salary_range)
        said = {re.sub(r"[,.]", "", group) for group in re.findall(r"\d[\d,.]*", reply)}
        if wanted:
            return bool(wanted & said)
        return bool(ROUTED_WORDS.search(reply))
    return bool(NEXT_STEP_WORDS.search(reply))


def candidate_questions_answered(trace: InterviewTrace) -> float | None:
    judged = [
        answers_candidate_question(trace, turn)
        for turn in trace.turns
        if turn.answer_intent == "candidate_question" and turn.reply is not None
    ]
    return float(np.mean(judged)) if judged else None


def carries_no_evidence(turn: TraceTurn) -> bool:
    """Off-topic text, a disclaimer, a repair, or a reply of at most two words (ground truth and text)."""
    return turn.answer_intent in NO_EVIDENCE_INTENTS or len((turn.answer or "").split()) <= MAX_EMPTY_WORDS


def no_evidence_scored_right(trace: InterviewTrace) -> float | None:
    """For a candidate whose replies to the job and behavioural questions are never evidence (off topic,
    disclaimers, one-word replies): 1.0 if no competency got 3 or more and the overall is null or at most 2.
    Applies only to interviews where every such reply carries no evidence."""
    replies = [
        t
        for t in trace.turns
        if t.answer_intent is not None and t.phase in (Phase.TECHNICAL, Phase.BEHAVIORAL)
    ]
    if not replies or not all(carries_no_evidence(t) for t in replies):
        return None
    top = max(trace.predicted_scores.values(), default=None)
    overall_ok = trace.predicted_overall is None or trace.predicted_overall <= 2
    return float((top is None or top < 3) and overall_ok)


def _quote_key(quote: str) -> str:
    return " ".join(tokens(quote.rstrip("…."))[:8])


def evidence_relevance(trace: InterviewTrace) -> float | None:
    """Share of cited evidence that is the candidate's own words, from a real answer (not a disclaimer,
    off-topic text, or a request to clarify) to a question asked for that competency."""
    if not trace.evidence:
        return None
    verdicts = []
    for competency, quote in trace.evidence.items():
        key = _quote_key(quote)
        sources = [t for t in trace.turns if t.answer and key and key in " ".join(tokens(t.answer))]
        relevant = any(
            t.answer_intent not in NO_EVIDENCE_INTENTS and _asked_for(trace, t, competency) for t in sources
        )
        verdicts.append(relevant)
    return float(np.mean(verdicts))


def _asked_for(trace: InterviewTrace, turn: TraceTurn, competency: str) -> bool:
    """Was the turn's question asked for this competency? By the plan's mapping when the turn names one,
    else by its words: it names the skill (or a glossary term of it). Behavioural competencies (communication,
    problem solving, collaboration) are shown by any real answer of the behavioural phase or the opening;
    communication, rated over the whole interview (`pooled_quote.INTERVIEW_WIDE`), by any real answer."""
    if competency == "communication":
        return True
    if turn.competency_id:
        return _same_competency(trace, turn.competency_id, competency)
    if competency in BEHAVIORAL_COMPETENCIES:
        return turn.phase in (Phase.BEHAVIORAL, Phase.INTRODUCTION)
    return bool(mentioned_skills(turn.question, [competency])) or names_skill_indirectly(
        turn.question, [competency]
    )


def _same_competency(trace: InterviewTrace, competency_id: str, name: str) -> bool:
    """The question's competency (a plan id) is the scored one (a name): through the plan, else by words."""
    if competency_id in trace.plan_competencies:
        return trace.plan_competencies[competency_id] == name
    return tokens(competency_id.replace("-", " ")) == tokens(name.replace("-", " "))


def evidence_reuse(trace: InterviewTrace) -> float | None:
    """The most competencies one quote was cited for (1 is right: a quote backs at most one competency)."""
    keys = [_quote_key(quote) for quote in trace.evidence.values() if _quote_key(quote)]
    if not keys:
        return None
    return float(max(keys.count(key) for key in set(keys)))


def overall_null_after(trace: InterviewTrace, answers: int) -> float | None:
    """For an interview ended after exactly `answers` answers: 1.0 if the overall is null (too little evidence)."""
    answered = [t for t in trace.turns if t.answer]
    if len(answered) != answers:
        return None
    return float(trace.predicted_overall is None)


def overall_null_after_two_answers(trace: InterviewTrace) -> float | None:
    return overall_null_after(trace, 2)


def overall_null_without_answers(trace: InterviewTrace) -> float | None:
    return overall_null_after(trace, 0)


STRUCTURE_METRICS = {
    "resume_probe_rate": resume_probe_rate,
    "clarification_handled": clarification_handled,
    "candidate_questions_answered": candidate_questions_answered,
    "no_evidence_scored_right": no_evidence_scored_right,
    "evidence_relevance": evidence_relevance,
    "evidence_reuse_max": evidence_reuse,
}
