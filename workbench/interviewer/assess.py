"""The baseline's assessment of one answer: skills evidenced, STAR parts, vagueness, 1–5 per competency.

Scores come from content only — coverage of what a good answer mentions (`look_for`), specificity (numbers,
named tools, first-person actions, reasoning), structure and length — never from comfort cues. The text scored
is the neutralised answer: an injected "rate me 5/5" sentence is gone before anything is counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from workbench.interviewer.api import AnswerAssessment, CompetencyScore
from workbench.interviewer.bank import Question, QuestionBank
from workbench.interviewer.calibration import Calibration, active_calibration
from workbench.interviewer.competencies import BEHAVIORAL_COMPETENCIES
from workbench.interviewer.select import COMPETENCY_FEEDS
from workbench.interviewer.signals import AnswerSignals, comfort_of, is_vague, read_signals, sentences
from workbench.models import Phase

_STEM_WORD = re.compile(r"[a-z][a-z0-9+#]{2,}")
_STOPWORDS = frozenset(
    [
        "the",
        "and",
        "for",
        "with",
        "you",
        "your",
        "that",
        "this",
        "what",
        "how",
        "did",
        "was",
        "were",
        "are",
        "have",
        "has",
        "had",
        "not",
        "but",
        "from",
        "they",
        "them",
        "then",
        "than",
        "into",
        "out",
        "about",
        "would",
        "could",
        "should",
        "when",
        "where",
        "which",
        "who",
        "why",
        "its",
        "it's",
        "our",
        "their",
        "there",
        "these",
        "those",
        "just",
        "also",
        "very",
        "really",
        "some",
        "any",
        "all",
        "can",
        "will",
        "one",
        "two",
        "use",
        "used",
        "using",
    ]
)
_REASONING = re.compile(
    r"\b(?:because|so that|trade-?offs?|instead of|rather than|root cause|measured|benchmark\w*|profil\w+"
    r"|hypothes\w+|compared|prioriti[sz]\w+|decided|the reason|which meant|in order to|first\b.{0,80}\bthen)\b",
    re.IGNORECASE,
)
_TEAMWORK = re.compile(
    r"\b(?:team|teammates?|colleagues?|stakeholders?|together|paired|pairing|aligned|mentor\w*|manager"
    r"|cross-functional|designers?|product manager|engineers|customers?|clients?|feedback)\b",
    re.IGNORECASE,
)
# The candidate says they lack hands-on experience: naming the tool then is no evidence of using it.
_NO_EXPERIENCE = re.compile(
    r"\b(?:haven'?t|have not|never|not)\s+(?:actually\s+|really\s+)?(?:used|worked with|tried)\b"
    r"|\bonly (?:read|heard) (?:a little )?about\b|\bno (?:real |hands-on )?experience\b",
    re.IGNORECASE,
)
# Cheap specificity markers of one sentence: digits and first-person verbs.
_SPECIFIC_MARKER = re.compile(r"\d+|\bI\s+\w+ed\b")
QUOTE_WORDS = 24
VAGUE_CAP = 2  # a vague answer is weak evidence, however many keywords it strings together


def stems(text: str) -> set[str]:
    """Crude stems (first five letters) of the content words: "profiling" and "profiler" meet."""
    return {word[:5] for word in _STEM_WORD.findall(text.lower()) if word not in _STOPWORDS}


@lru_cache(maxsize=4096)
def _look_for_stems(items: tuple[str, ...]) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(stems(item)) for item in items if stems(item))


def look_for_coverage(look_for: tuple[str, ...], answer_stems: set[str]) -> float:
    """Fraction of the expected points the answer touches (half of a point's words suffice)."""
    items = _look_for_stems(look_for)
    if not items:
        return 0.0
    hit = sum(1 for item in items if len(item & answer_stems) * 2 >= len(item))
    return hit / len(items)


@dataclass(frozen=True, slots=True)
class AnswerFeatures:
    signals: AnswerSignals
    skills: list[str]
    coverage: float
    reasoning: int
    teamwork: int
    vague: bool
    no_experience: bool = False  # disclaims hands-on experience and gives nothing specific


def read_features(bank: QuestionBank, question: Question | None, text: str) -> AnswerFeatures:
    signals = read_signals(text)
    skills = bank.skills_in(text)
    coverage = look_for_coverage(question.look_for, stems(text)) if question else 0.0
    concrete = len(skills) + (1 if coverage >= 0.25 else 0)
    return AnswerFeatures(
        signals=signals,
        skills=skills,
        coverage=coverage,
        reasoning=len(_REASONING.findall(text)),
        teamwork=len(_TEAMWORK.findall(text)),
        vague=is_vague(signals, concrete),
        # "I had never used Kafka, so I read the docs and cut lag by 40%" is a strong answer: only a disclaimer
        # with nothing specific beside it bounds the score.
        no_experience=signals.specifics == 0 and bool(_NO_EXPERIENCE.search(text)),
    )


def _length_score(words: int) -> float:
    for limit, value in ((15, 0.1), (40, 0.4), (80, 0.8), (320, 1.0)):
        if words < limit:
            return value
    return 0.8


def answer_quality(features: AnswerFeatures, behavioral: bool) -> float:
    """0..1 from content; the weights favour what was said over how long it was."""
    signals = features.signals
    specificity = min(
        1.0,
        (
            signals.numbers
            + signals.first_person_actions
            + 0.7 * len(features.skills)
            + 0.5 * features.reasoning
        )
        / 5.0,
    )
    structure = sum(signals.star.values()) / 4.0 if behavioral else min(1.0, features.reasoning / 2.0)
    return (
        0.35 * features.coverage + 0.3 * specificity + 0.15 * _length_score(signals.words) + 0.2 * structure
    )


def to_score(quality: float, features: AnswerFeatures, calibration: Calibration | None = None) -> int:
    """The 1–5 score of a competency quality, through the fitted cut points; content rules cap it after."""
    if features.signals.non_answer or features.signals.gibberish:
        return 1
    score = (calibration or active_calibration()).score(quality)
    return min(score, VAGUE_CAP) if features.vague or features.no_experience else score


def best_quote(text: str, keywords: set[str], skills: tuple[str, ...] = ()) -> str:
    """The candidate's most informative sentence (verbatim, shortened), to cite as evidence."""
    best, best_score = "", -1.0
    for sentence in sentences(text):
        lowered = sentence.lower()
        score = len(stems(sentence) & keywords) + 3.0 * sum(1 for s in skills if s in lowered)
        score += 0.5 * len(_SPECIFIC_MARKER.findall(sentence)) + min(len(sentence), 200) / 200
        if score > best_score:
            best, best_score = sentence, score
    words = best.split()
    return " ".join(words[:QUOTE_WORDS]) + ("…" if len(words) > QUOTE_WORDS else "")


def competencies_for(
    question: Question | None,
    phase: Phase,
    competencies: tuple[str, ...],
    features: AnswerFeatures,
) -> list[str]:
    """Which of the job's competencies this answer gives evidence on."""
    if phase == Phase.CONCLUSION:
        return []
    technical = [c for c in competencies if c not in BEHAVIORAL_COMPETENCIES]
    asked_skills = set(question.skills) if question else set()
    chosen = [
        c for c in technical if c in asked_skills or (phase != Phase.INTRODUCTION and c in features.skills)
    ]
    chosen.append("communication")
    if phase == Phase.TECHNICAL or (
        question and COMPETENCY_FEEDS.get(question.competency or "") == "problem solving"
    ):
        chosen.append("problem solving")
    feeds = COMPETENCY_FEEDS.get(question.competency or "", "") if question else ""
    if feeds == "collaboration" or (phase == Phase.BEHAVIORAL and features.teamwork >= 2):
        chosen.append("collaboration")
    return [c for c in dict.fromkeys(chosen) if c in competencies]


def competency_quality(name: str, quality: float, features: AnswerFeatures) -> float:
    """The answer's 0..1 quality as evidence of one competency (the quantity the calibration maps to 1–5)."""
    adjusted = quality
    if name not in BEHAVIORAL_COMPETENCIES:
        adjusted += 0.1 if name in features.skills else -0.1
    elif name == "collaboration":
        adjusted += 0.05 * min(features.teamwork, 3) - 0.05
    elif name == "problem solving":
        adjusted += 0.05 * min(features.reasoning, 3) - 0.05
    return max(0.0, min(1.0, adjusted))


def assess_answer(
    bank: QuestionBank,
    question: Question | None,
    phase: Phase,
    competencies: tuple[str, ...],
    clean_text: str,
    injection_removed: bool,
) -> tuple[AnswerAssessment, AnswerFeatures]:
    features = read_features(bank, question, clean_text)
    behavioral = phase == Phase.BEHAVIORAL
    quality = answer_quality(features, behavioral)
    keywords = set().union(*_look_for_stems(question.look_for)) if question else set()
    scores = []
    for name in competencies_for(question, phase, competencies, features):
        quote = best_quote(clean_text, keywords, (name,) if name not in BEHAVIORAL_COMPETENCIES else ())
        scores.append(
            CompetencyScore(
                name=name,
                score=to_score(competency_quality(name, quality, features), features),
                evidence=quote,
            )
        )
    notes = []
    if features.vague:
        notes.append("vague or too short")
    if behavioral and features.signals.missing_star:
        notes.append("STAR parts missing: " + ", ".join(features.signals.missing_star))
    if injection_removed:
        notes.append("instruction-like text in the answer was ignored")
    assessment = AnswerAssessment(
        comfort=comfort_of(features.signals),
        skills_evidenced=features.skills[:8],
        star=dict(features.signals.star),
        competencies=scores,
        vague=features.vague,
        notes="; ".join(notes),
        backend="baseline",
    )
    return assessment, features
