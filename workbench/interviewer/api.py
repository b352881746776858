"""The contract between the interviewer and everything that uses it (server, app, evals).

An interviewer is pure with respect to its state: it takes an `InterviewState` and returns a new one, so the
server can persist it after every turn, resume it after a restart and replay it in research.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from pydantic import BaseModel

from workbench.models import (
    AnswerAssessment,
    Backend,
    CandidateDetails,
    CompetencyScore,
    Difficulty,
    InterviewOpening,
    InterviewPlan,
    InterviewState,
    JobDetails,
    Preferences,
    SessionAssessment,
    Turn,
    TurnKind,
)


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
        plan: InterviewPlan | None = None,
    ) -> InterviewState:
        """Open the interview; the returned state's last turn holds the initial question.

        `plan` is the job's stored plan (the server passes it so every candidate of the job gets the same core
        questions); without it the interviewer builds the plan from the job and preferences itself."""
        ...

    def answer(self, state: InterviewState, answer: str, now: datetime) -> tuple[InterviewState, NextStep]:
        """Record the answer to the current question, assess it and choose what comes next."""
        ...

    def finish(self, state: InterviewState, now: datetime) -> InterviewState:
        """Close the interview: `completed`, `ended_at`, `final_feedback` and `assessment` are set."""
        ...


def open_interview(interviewer: Interviewer, opening: InterviewOpening) -> InterviewState:
    """`interviewer.start` on an opening record: the one place its fields are spread into the call."""
    return interviewer.start(
        opening.job, opening.candidate, opening.resume, opening.preferences, opening.now, opening.plan
    )


__all__ = [
    "AnswerAssessment",
    "Backend",
    "CompetencyScore",
    "Difficulty",
    "InterviewOpening",
    "InterviewState",
    "Interviewer",
    "NextStep",
    "SessionAssessment",
    "Turn",
    "TurnKind",
    "open_interview",
]
