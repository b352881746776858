"""The baseline's reading of one answer: comfort, skills named, STAR parts, vagueness — and the rubric judgement.

The cues here drive the conversation (follow-ups on vague answers and STAR gaps) and the comfort shown to the
client; scores come only from `rubric_score.judge` on the answer's evidence (`scorecard`), never from comfort.
The text read is the neutralised answer: an injected "rate me 5/5" sentence is gone before anything is counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from workbench.interviewer.api import AnswerAssessment, CompetencyScore
from workbench.interviewer.bank import Question, QuestionBank
from workbench.interviewer.evidence import stems
from workbench.interviewer.regex_union import case_blind
from workbench.interviewer.rubric_score import Judgement
from workbench.interviewer.signals import AnswerSignals, comfort_of, is_vague, read_signals
from workbench.models import Competency, anchor_level

# The candidate says they lack hands-on experience: naming the tool then is no evidence of using it.
_NO_EXPERIENCE = case_blind(
    r"\b(?:haven'?t|have not|never|not)\s+(?:actually\s+|really\s+)?(?:used|worked with|tried)\b"
    r"|\bonly (?:read|heard) (?:a little )?about\b|\bno (?:real |hands-on )?experience\b",
    re.IGNORECASE,
)


def look_for_coverage(look_for: tuple[str, ...], answer_stems: set[str]) -> float:
    """Fraction of the expected points the answer touches (half of a point's words suffice)."""
    items = _look_for_stems(look_for)
    if not items:
        return 0.0
    return sum(1 for item in items if len(item & answer_stems) * 2 >= len(item)) / len(items)


# A question's look-for points are the plan's words (the job's, the library's), never a candidate's: they are
# read once per process, not again at every answer of every interview.
@lru_cache(maxsize=4096)
def _look_for_stems(look_for: tuple[str, ...]) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(stems(item)) for item in look_for if stems(item))


@dataclass(frozen=True, slots=True)
class AnswerFeatures:
    signals: AnswerSignals
    skills: list[str]
    coverage: float
    vague: bool
    no_experience: bool = False  # disclaims hands-on experience and gives nothing specific


def read_features(bank: QuestionBank, question: Question | None, text: str) -> AnswerFeatures:
    signals = read_signals(text)
    disclaims = _NO_EXPERIENCE.found(text)
    skills = [] if disclaims and signals.specifics == 0 else bank.skills_in(text)
    coverage = look_for_coverage(question.look_for, stems(text)) if question else 0.0
    concrete = len(skills) + (1 if coverage >= 0.25 else 0)
    return AnswerFeatures(
        signals=signals,
        skills=skills,
        coverage=coverage,
        vague=is_vague(signals, concrete),
        no_experience=signals.specifics == 0 and disclaims,
    )


def competency_score(judgement: Judgement | None, competency: Competency | None) -> list[CompetencyScore]:
    """The turn's one competency score (null when the answer so far is not evidence for it)."""
    if judgement is None or competency is None:
        return []
    return [
        CompetencyScore(
            name=competency.name,
            competency_id=competency.id,
            score=judgement.score,
            rubric_level=anchor_level(judgement.score),
            evidence=judgement.quote if judgement.score is not None else "",
            red_flags=judgement.red_flags,
        )
    ]


def assess_answer(
    bank: QuestionBank,
    question: Question | None,
    behavioral: bool,
    clean_text: str,
    injection_removed: bool,
    judgement: Judgement | None,
    competency: Competency | None,
) -> tuple[AnswerAssessment, AnswerFeatures]:
    features = read_features(bank, question, clean_text)
    notes = []
    if features.vague:
        notes.append("vague or too short")
    if behavioral and features.signals.missing_star:
        notes.append("STAR parts missing: " + ", ".join(features.signals.missing_star))
    if judgement is not None and judgement.reason:
        notes.append(judgement.reason)
    if injection_removed:
        notes.append(INJECTION_NOTE)
    assessment = AnswerAssessment(
        comfort=comfort_of(features.signals),
        skills_evidenced=features.skills[:8] if judgement is None or judgement.score is not None else [],
        star=dict(features.signals.star),
        competencies=competency_score(judgement, competency),
        vague=features.vague,
        notes=NOTES_SEPARATOR.join(notes),
        backend="baseline",
    )
    return assessment, features


def graded_assessment(
    ungraded: AnswerAssessment, judgement: Judgement, competency: Competency | None
) -> AnswerAssessment:
    """`assess_answer`'s assessment under `judgement` (a score: the answer is evidence), from the one it made
    without a judgement (`grading.py`): only the competency score and the judgement's note differ, so the
    answer's features are not read again."""
    notes = ungraded.notes.split(NOTES_SEPARATOR) if ungraded.notes else []
    if judgement.reason:
        # the judgement's note goes before the injection note, as `assess_answer` orders them
        at = len(notes) - 1 if notes and notes[-1] == INJECTION_NOTE else len(notes)
        notes.insert(at, judgement.reason)
    update = {"competencies": competency_score(judgement, competency), "notes": NOTES_SEPARATOR.join(notes)}
    return ungraded.model_copy(update=update)


INJECTION_NOTE = "instruction-like text in the answer was ignored"
NOTES_SEPARATOR = "; "
