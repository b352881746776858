"""From the per-answer evidence to the session's scores, running notes and the candidate-facing feedback.

Comfort never enters here: only competency scores and the candidate's own quoted words do.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.interviewer.api import CompetencyScore, InterviewState, SessionAssessment, Turn
from workbench.interviewer.competencies import BEHAVIORAL_COMPETENCIES, normalise_skill
from workbench.models import JobDetails

# On the calibrated 1–5 scale 4 means "strong" (what the labels give a strong candidate): a competency is a
# running strength once its average would round to a session score of 4, and worth probing at 2 or below.
STRENGTH_SCORE = 4
STRENGTH_THRESHOLD = STRENGTH_SCORE - 0.5
PROBE_THRESHOLD = 2.5
MAX_NOTES = 5

_ADVICE: dict[str, str] = {
    "communication": "lead with the key point, then support it with one concrete example and its outcome",
    "problem solving": "walk through your reasoning step by step: the options you considered, the trade-offs, "
    "and how you verified the result",
    "collaboration": "describe your own part in team situations: who you worked with, how you aligned, and "
    "what changed because of it",
}


@dataclass(frozen=True, slots=True)
class Observation:
    score: int
    evidence: str


def observations(state: InterviewState) -> dict[str, list[Observation]]:
    """Every per-answer competency score, grouped by competency, in interview order."""
    grouped: dict[str, list[Observation]] = {}
    for turn in state.turns:
        if turn.assessment is None:
            continue
        for item in turn.assessment.competencies:
            grouped.setdefault(item.name, []).append(Observation(item.score, item.evidence))
    return grouped


def _score(items: list[Observation]) -> float:
    return sum(item.score for item in items) / len(items)


def _evidence(items: list[Observation]) -> str:
    quoted = [item for item in items if item.evidence]
    if not quoted:
        return ""
    return max(quoted, key=lambda item: (item.score, len(item.evidence))).evidence


def competency_scores(state: InterviewState, competencies: list[str]) -> list[CompetencyScore]:
    grouped = observations(state)
    scores = []
    for name in competencies:
        items = grouped.get(name)
        if items:
            score = max(1, min(5, round(_score(items))))
            scores.append(CompetencyScore(name=name, score=score, evidence=_evidence(items)))
    return scores


def running_notes(state: InterviewState, competencies: list[str]) -> tuple[list[str], list[str]]:
    """`strengths_identified` and `areas_to_probe` from the evidence so far."""
    grouped = observations(state)
    strengths: list[str] = []
    answered = [turn for turn in state.turns if turn.assessment is not None]
    probes = _habit_probes(answered)
    for name in competencies:
        items = grouped.get(name)
        if not items:
            continue
        average = _score(items)
        if average >= STRENGTH_THRESHOLD:
            strengths.append(name)
        elif average <= PROBE_THRESHOLD:
            probes.append(name)
    evidenced = dict.fromkeys(
        s for turn in answered if turn.assessment for s in turn.assessment.skills_evidenced
    )
    strengths.extend(
        skill for skill in evidenced if skill not in strengths and _skill_is_strong(state, skill)
    )
    return strengths[:MAX_NOTES], list(dict.fromkeys(probes))[:MAX_NOTES]


def _habit_probes(answered: list[Turn]) -> list[str]:
    """Patterns across answers worth probing, listed before single competencies."""
    probes = []
    if sum(1 for turn in answered if turn.assessment and turn.assessment.vague) >= 2:
        probes.append("specific examples")
    if any(
        turn.assessment and turn.assessment.star and not turn.assessment.star.get("result", True)
        for turn in answered
        if turn.phase.value == "behavioral"
    ):
        probes.append("measurable results")
    return probes


def _skill_is_strong(state: InterviewState, skill: str) -> bool:
    """A skill the candidate named in an answer that scored 4 or more."""
    for turn in state.turns:
        assessment = turn.assessment
        if (
            assessment
            and skill in assessment.skills_evidenced
            and assessment.competencies
            and max(item.score for item in assessment.competencies) >= STRENGTH_SCORE
        ):
            return True
    return False


def _overall_sentence(overall: float, title: str) -> str:
    if overall >= 4:
        return f"Overall, you gave a strong account of yourself for the {title} role, with clear, concrete examples."
    if overall >= 3:
        return (
            f"Overall, you showed a solid foundation for the {title} role, with room to go deeper in places."
        )
    if overall >= 2:
        return (
            f"Overall, you touched on several areas relevant to the {title} role; more concrete detail would have "
            "helped us see your experience."
        )
    return (
        f"We weren't able to see much evidence of the experience the {title} role needs in this conversation; "
        "concrete examples of your own work would help a great deal next time."
    )


def display_names(job: JobDetails) -> dict[str, str]:
    """Competency name -> how the job spells it ("react" -> "React")."""
    return {normalise_skill(skill): " ".join(skill.split()) for skill in job.skills_required}


def _label(name: str, names: dict[str, str]) -> str:
    return name.capitalize() if name in BEHAVIORAL_COMPETENCIES else names.get(name, name)


def session_assessment(state: InterviewState, competencies: list[str]) -> SessionAssessment:
    names = display_names(state.job)
    scores = competency_scores(state, competencies)
    overall = round(sum(s.score for s in scores) / len(scores), 1) if scores else 1.0
    strengths = [
        f"{_label(s.name, names)}: you said \u201c{s.evidence}\u201d" if s.evidence else _label(s.name, names)
        for s in scores
        if s.score >= STRENGTH_SCORE
    ]
    improve = []
    for item in sorted(scores, key=lambda s: s.score):
        if item.score <= 3:
            advice = _ADVICE.get(
                item.name, f"give concrete examples of your hands-on work with {_label(item.name, names)}"
            )
            improve.append(f"{_label(item.name, names)}: {advice}")
    unassessed = [c for c in competencies if c not in {s.name for s in scores}]
    summary = _overall_sentence(overall, state.job.title)
    if unassessed:
        summary += " We did not get to cover " + ", ".join(unassessed) + " in the time we had."
    return SessionAssessment(
        overall=max(1.0, min(5.0, overall)),
        competencies=scores,
        summary=summary,
        strengths=strengths[:4],
        areas_to_improve=improve[:4],
    )


def feedback_text(assessment: SessionAssessment, first_name: str, job: JobDetails) -> str:
    """The candidate-facing feedback: warm, specific, and citing the candidate's own words."""
    title, names = job.title, display_names(job)
    greeting = f"Thank you for interviewing for the {title} role{', ' + first_name if first_name else ''}."
    lines = [greeting, assessment.summary]
    if assessment.strengths:
        lines.append("What went well:")
        lines.extend(f"- {item}" for item in assessment.strengths)
    if assessment.areas_to_improve:
        lines.append("Where you could grow:")
        lines.extend(f"- {item}" for item in assessment.areas_to_improve)
    if assessment.competencies:
        lines.append(f"Scores (1–5), overall {assessment.overall:.1f}:")
        for item in assessment.competencies:
            quote = f" — \u201c{item.evidence}\u201d" if item.evidence else ""
            lines.append(f"- {_label(item.name, names)}: {item.score}/5{quote}")
    lines.append("We appreciate the time you took to speak with us.")
    return "\n".join(lines)
