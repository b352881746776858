"""Shapes of the authored material shared by the material files and the generator."""

from __future__ import annotations

from typing import NamedTuple

from workbench.records import Level


class Answer(NamedTuple):
    """One authored answer: its text, the score it earns and a one-sentence rationale for that score."""

    score: int
    text: str
    rationale: str

    @property
    def vague(self) -> bool:
        # Low-scoring authored answers are vague or wrong on purpose; an interviewer should probe them.
        return self.score <= 2


class SkillQuestion(NamedTuple):
    skill: str
    question: str
    strong: Answer
    average: Answer
    weak: Answer

    def answer_for(self, level: Level) -> Answer:
        return {"strong": self.strong, "average": self.average, "weak": self.weak}[level]


def q(
    skill: str,
    question: str,
    strong: tuple[int, str, str],
    average: tuple[int, str, str],
    weak: tuple[int, str, str],
) -> SkillQuestion:
    """Compact constructor so the material files read as a list of questions."""
    return SkillQuestion(skill, question, Answer(*strong), Answer(*average), Answer(*weak))
