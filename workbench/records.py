"""Records of interviews as they are stored in `datasets/` and moved by `openhire import/export`.

`TranscriptRecord` is any recorded interview (live, simulated or authored); `InterviewRecord` is a labelled one,
as in `datasets/interviews.jsonl`. Labels are human judgements (or a simulated persona's ground truth); they are
never shown to an interviewer under evaluation.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from workbench.models import AnswerKind, Comfort, Phase, Preferences, StoredTurnKind

Split = Literal["train", "dev", "heldout"]
Level = Literal["strong", "average", "weak"]
Behaviour = Literal[
    "nervous",
    "confident",
    "evasive",
    "off_topic",
    "very_short",
    "rambling",
    "non_native",
    "prompt_injection",
    "empty",
    "gibberish",
    "repeating",
    "plain",
    # Added with the non-software occupations (datasets/material/occupations/):
    "terse",  # short, specific and correct answers (unlike `very_short`, nothing is withheld)
    "long_winded",  # fluent, long answers full of words and figures that stay vague or miss the question
    "wrong_but_fluent",  # confident, detailed answers that describe wrong or unsafe practice
    "disclaiming",  # "I haven't really done that": admits having no experience of what is asked
    "clarifying",  # asks what a term means or for the question in other words before answering
    "asks_questions",  # asks the interviewer about the job (salary, next steps)
    "one_word",  # answers with a single word ("Yes.", "Sometimes.")
]


class TurnLabels(BaseModel):
    model_config = ConfigDict(extra="forbid")
    comfort: Comfort
    vague: bool = False


class TranscriptTurn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    index: int = Field(ge=0)
    phase: Phase
    kind: StoredTurnKind = "core"
    competency: str = Field(default="", description="The labelled competency this question measures, if any.")
    question: str = Field(min_length=1)
    answer: str | None = None
    answer_kind: AnswerKind = Field(default="answer", description="Only an `answer` can be evidence.")
    asked_at: datetime
    answered_at: datetime | None = None
    labels: TurnLabels | None = None
    assessment: dict[str, Any] | None = None


class RecordedTurn(TranscriptTurn):
    answer: str
    answered_at: datetime
    labels: TurnLabels


class CompetencyLabel(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1)
    score: int = Field(ge=1, le=5)
    rationale: str = Field(min_length=1)


class InterviewLabels(BaseModel):
    model_config = ConfigDict(extra="forbid")
    competencies: list[CompetencyLabel] = Field(min_length=1)
    overall: float = Field(ge=1, le=5)
    labeller: str = "dataset-author"


class Persona(BaseModel):
    model_config = ConfigDict(extra="forbid")
    level: Level
    behaviours: list[Behaviour] = Field(default_factory=list)


class TranscriptRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(min_length=1, max_length=128)
    job_id: str = Field(min_length=1)
    candidate_id: str = Field(min_length=1)
    split: Split | None = None
    persona: Persona | None = None
    preferences: Preferences = Field(default_factory=Preferences)
    interviewer: str = Field(description="Who asked the questions: `human`, `baseline`, a program name.")
    source: Literal["live", "dataset", "simulated"] = "dataset"
    started_at: datetime
    ended_at: datetime | None = None
    turns: list[TranscriptTurn] = Field(min_length=1)
    final_feedback: str = ""
    labels: InterviewLabels | None = None
    assessment: dict[str, Any] | None = None


class InterviewRecord(TranscriptRecord):
    """A labelled interview: the format of `datasets/interviews.jsonl`."""

    split: Split
    persona: Persona
    ended_at: datetime
    turns: list[RecordedTurn] = Field(min_length=1)  # type: ignore[assignment]
    labels: InterviewLabels
