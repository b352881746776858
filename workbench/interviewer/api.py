"""The contract between the interviewer and everything that uses it (server, app, evals).

An interviewer is pure with respect to its state: it takes an `InterviewState` and returns a new one, so the
server can persist it after every turn, resume it after a restart and replay it in research.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal, Protocol

from pydantic import BaseModel, Field

from workbench.models import CandidateDetails, Comfort, Difficulty, JobDetails, Phase, Preferences

TurnKind = Literal["main", "follow_up", "closing"]
Backend = Literal["baseline", "lm"]


class CompetencyScore(BaseModel):
    name: str
    score: int = Field(ge=1, le=5)
    evidence: str = Field(default="", description="A short quote from the candidate's own words.")


class AnswerAssessment(BaseModel):
    """What one answer showed. Comfort is read from text only and never enters a score."""

    comfort: Comfort = Comfort.NEUTRAL
    skills_evidenced: list[str] = Field(default_factory=list)
    star: dict[str, bool] = Field(default_factory=dict, description="situation/task/action/result present")
    competencies: list[CompetencyScore] = Field(default_factory=list)
    vague: bool = False
    notes: str = ""
    backend: Backend = "baseline"


class Turn(BaseModel):
    """One question put to the candidate, and the answer once given."""

    index: int
    phase: Phase
    kind: TurnKind = "main"
    question: str
    question_id: str = ""
    topic: str = ""
    asked_at: datetime
    answer: str | None = None
    answered_at: datetime | None = None
    assessment: AnswerAssessment | None = None
    backend: Backend = "baseline"


class SessionAssessment(BaseModel):
    overall: float = Field(ge=1, le=5)
    competencies: list[CompetencyScore] = Field(default_factory=list)
    summary: str = ""
    strengths: list[str] = Field(default_factory=list)
    areas_to_improve: list[str] = Field(default_factory=list)


class InterviewState(BaseModel):
    """Everything needed to continue, store, resume or replay an interview. Plain JSON."""

    job: JobDetails
    candidate_id: str
    resume_text: str = ""
    preferences: Preferences = Field(default_factory=Preferences)
    phase: Phase = Phase.INTRODUCTION
    turns: list[Turn] = Field(default_factory=list)
    comfort: Comfort = Comfort.NEUTRAL
    strengths: list[str] = Field(default_factory=list)
    areas_to_probe: list[str] = Field(default_factory=list)
    started_at: datetime
    completed: bool = False
    ended_at: datetime | None = None
    final_feedback: str | None = None
    assessment: SessionAssessment | None = None
    # Interviewer-private working memory (plan, budgets, hidden notes). Must stay JSON-serialisable.
    scratch: dict[str, object] = Field(default_factory=dict)

    @property
    def questions_asked(self) -> int:
        return len(self.turns)

    @property
    def current_question(self) -> str | None:
        if self.turns and self.turns[-1].answer is None:
            return self.turns[-1].question
        return None

    def minutes_elapsed(self, now: datetime) -> float:
        end = self.ended_at or now
        return max(0.0, (end - self.started_at).total_seconds() / 60.0)


class NextStep(BaseModel):
    """The interviewer's reply to an answer: acknowledgement + the next question (or the close)."""

    response: str
    question: str
    completed: bool = False


class Interviewer(Protocol):
    """Implemented by the baseline and by the DSPy-backed interviewer.

    `blocking` tells the server to run calls in a worker thread (LM calls must never block the event loop).
    """

    name: str
    blocking: bool

    def start(
        self,
        job: JobDetails,
        candidate: CandidateDetails,
        resume_text: str,
        preferences: Preferences,
        now: datetime,
    ) -> InterviewState:
        """Open the interview; the returned state's last turn holds the initial question."""
        ...

    def answer(self, state: InterviewState, answer: str, now: datetime) -> tuple[InterviewState, NextStep]:
        """Record the answer to the current question, assess it and choose what comes next."""
        ...

    def finish(self, state: InterviewState, now: datetime) -> InterviewState:
        """Close the interview: `completed`, `ended_at`, `final_feedback` and `assessment` are set."""
        ...


__all__ = [
    "AnswerAssessment",
    "Backend",
    "CompetencyScore",
    "Difficulty",
    "InterviewState",
    "Interviewer",
    "NextStep",
    "SessionAssessment",
    "Turn",
    "TurnKind",
]
