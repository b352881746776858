"""Whether the questions fit a job outside software (definitions in evals/METRICS.md).

Computed over the interviews for non-software jobs only, from the questions as asked: software questions
(a lexicon, `evals/resources/software_terms.json`), the share of job-knowledge questions that use the job's
own words (with a control: the same measure against another job's words), and how often one opening template
starts them. Job-knowledge questions are the core questions of the technical phase. A software question is
one with a software word or one taken (nearly word for word) from the software-industry question banks.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from evals.metrics.trace import InterviewTrace, TraceTurn
from evals.text import content_words, jaccard, normalised_question, tokens
from workbench.models import Phase

SOFTWARE_TERMS_PATH = Path(__file__).resolve().parents[1] / "resources" / "software_terms.json"
BANK_DIR = Path(__file__).resolve().parents[2] / "workbench" / "interviewer" / "bank"
BANK_MATCH_JACCARD = 0.6
OPENING_TOKENS = 4
CORE_KINDS = ("core", "main")
# Words of a job ad that say nothing about the work itself.
GENERIC_JOB_WORDS = frozenset(
    [
        "least",
        "years",
        "year",
        "strong",
        "clear",
        "able",
        "good",
        "excellent",
        "including",
        "within",
        "across",
        "working",
        "experienced",
        "experience",
        "skills",
        "skill",
        "confident",
        "committed",
        "willing",
        "full",
        "plus",
        "similar",
        "such",
        "high",
        "level",
        "levels",
        "new",
        "role",
        "team",
        "teams",
        "people",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "will",
        "join",
        "company",
        "care",
    ]
)


@lru_cache(maxsize=1)
def software_patterns() -> tuple[re.Pattern[str], ...]:
    terms = json.loads(SOFTWARE_TERMS_PATH.read_text(encoding="utf-8"))["terms"]
    return tuple(re.compile(rf"(?<![\w-]){re.escape(term)}(?![\w-])", re.IGNORECASE) for term in terms)


@lru_cache(maxsize=1)
def software_bank_questions() -> tuple[tuple[str, frozenset[str]], ...]:
    """Every question and follow-up of the software-industry banks (workbench/interviewer/bank/technical_*):
    none of them fits a job outside software."""
    found: list[tuple[str, frozenset[str]]] = []
    for path in sorted(BANK_DIR.glob("technical_*.json")):
        for item in json.loads(path.read_text(encoding="utf-8")).get("questions", []):
            for text in [item.get("text", ""), *item.get("follow_ups", [])]:
                if text:
                    found.append((normalised_question(text), frozenset(content_words(text))))
    return tuple(found)


def is_software_question(question: str) -> bool:
    """Software words (the lexicon), or a question of the software banks (same words, or nearly)."""
    if any(pattern.search(question) for pattern in software_patterns()):
        return True
    text, words = normalised_question(question), frozenset(content_words(question))
    return any(
        bank_text in text or (len(bank_words) >= 3 and jaccard(words, bank_words) >= BANK_MATCH_JACCARD)
        for bank_text, bank_words in software_bank_questions()
    )


def job_knowledge_questions(trace: InterviewTrace) -> list[TraceTurn]:
    return [t for t in trace.turns if t.kind in CORE_KINDS and t.phase is Phase.TECHNICAL]


def asked_questions(trace: InterviewTrace) -> list[TraceTurn]:
    return [t for t in trace.turns if t.kind != "closing"]


def software_questions(trace: InterviewTrace) -> float:
    return float(sum(is_software_question(t.question) for t in asked_questions(trace)))


def stem(word: str) -> str:
    """A light stem so that "infusion" meets "infusions" and "boiler" meets "boilers"."""
    for suffix in ("ing", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def stems(text: str) -> set[str]:
    return {stem(word) for word in content_words(text)}


def job_vocabulary(trace: InterviewTrace) -> frozenset[str]:
    """The job's own words (stemmed): content words of its requirements, skills and description that are not
    in its title and are not the generic words of any job ad."""
    job = trace.job
    words = stems(" ".join([job.requirements, job.description, *job.skills_required]))
    return frozenset(words - stems(job.title) - {stem(w) for w in GENERIC_JOB_WORDS})


def uses_terms(question: str, vocabulary: frozenset[str]) -> bool:
    return bool(stems(question) & vocabulary)


def job_terms_share(trace: InterviewTrace, vocabulary: frozenset[str] | None = None) -> float | None:
    """Share of the job-knowledge questions using at least one of the job's own words (or `vocabulary`)."""
    questions = job_knowledge_questions(trace)
    if not questions:
        return None
    words = job_vocabulary(trace) if vocabulary is None else vocabulary
    return float(np.mean([uses_terms(t.question, words) for t in questions]))


def job_terms_control(traces: Sequence[InterviewTrace]) -> float | None:
    """The same share measured with another job's words (minus this job's): what chance overlap gives."""
    jobs = {trace.job.id: trace for trace in traces}
    ids = sorted(jobs)
    if len(ids) < 2:
        return None
    shares = []
    for trace in traces:
        other = jobs[ids[(ids.index(trace.job.id) + 1) % len(ids)]]
        share = job_terms_share(trace, job_vocabulary(other) - job_vocabulary(trace))
        if share is not None:
            shares.append(share)
    return float(np.mean(shares)) if shares else None


def opening(question: str, vocabulary: frozenset[str]) -> str:
    """The template a question starts with: its first words, with the job's own words masked."""
    words = [("_" if stem(word) in vocabulary else word) for word in tokens(question)]
    return " ".join(words[:OPENING_TOKENS])


def max_opening_share(traces: Sequence[InterviewTrace]) -> float | None:
    """The largest share of distinct job-knowledge questions (per job) that start with one template."""
    openings: list[str] = []
    for job_id in sorted({trace.job.id for trace in traces}):
        mine = [trace for trace in traces if trace.job.id == job_id]
        vocabulary = job_vocabulary(mine[0])
        distinct = {
            normalised_question(t.question): t.question
            for trace in mine
            for t in job_knowledge_questions(trace)
        }
        openings.extend(opening(question, vocabulary) for question in distinct.values())
    if not openings:
        return None
    return Counter(openings).most_common(1)[0][1] / len(openings)


def software_question_share(traces: Sequence[InterviewTrace]) -> float | None:
    """Share of questions the lexicon flags, over software jobs: the detector's positive control."""
    asked = [t for trace in traces for t in asked_questions(trace)]
    return float(np.mean([is_software_question(t.question) for t in asked])) if asked else None


def occupation_metrics(traces: Sequence[InterviewTrace]) -> dict[str, float]:
    """Over interviews for non-software jobs: software questions, job terms (and control), opening share."""
    if not traces:
        return {}
    metrics: dict[str, float | None] = {
        "software_questions_non_software": float(sum(software_questions(t) for t in traces)),
        "job_terms_share": _mean([job_terms_share(t) for t in traces]),
        "job_terms_share_control": job_terms_control(traces),
        "max_opening_share": max_opening_share(traces),
        "non_software_interviews": float(len(traces)),
    }
    return {name: value for name, value in metrics.items() if value is not None}


def _mean(values: Sequence[float | None]) -> float | None:
    defined = [v for v in values if v is not None]
    return float(np.mean(defined)) if defined else None
