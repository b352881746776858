"""Read models of the store: what the REST API and research tools get back."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from workbench.models import Backend, Scorecard, SessionAssessment, Turn

SessionStatus = Literal["active", "ended"]
SessionSource = Literal["live", "dataset", "simulated"]


class SessionSummary(BaseModel):
    id: str
    job_id: str
    candidate_id: str
    status: SessionStatus
    source: SessionSource
    interviewer: str
    split: str | None = None
    phase: str
    questions_asked: int
    overall: float | None = None
    started_at: datetime
    ended_at: datetime | None = None
    updated_at: datetime


class TurnView(Turn):
    """A stored turn as the REST API and research tools read it: the interview's own `Turn` (one shape end to
    end), plus the human labels of recorded interviews; a recorded turn names no backend."""

    backend: Backend | None = None  # type: ignore[assignment]
    labels: dict[str, Any] | None = None


class SessionDetail(SessionSummary):
    preferences: dict[str, Any] = Field(default_factory=dict)
    persona: dict[str, Any] | None = None
    labels: dict[str, Any] | None = None
    final_feedback: str | None = None
    assessment: SessionAssessment | None = None
    scorecard: Scorecard | None = Field(
        default=None,
        description="The hiring scorecard (per competency score, rubric level, evidence, coverage).",
    )
    turns: list[TurnView] = Field(default_factory=list)


class EventRecord(BaseModel):
    session_id: str
    candidate_id: str | None = None
    direction: Literal["in", "out"]
    type: str
    payload: dict[str, Any]
    at: datetime

    @property
    def payload_json(self) -> str:
        return json.dumps(self.payload, default=str)


class ErasureReport(BaseModel):
    candidate_id: str
    sessions: int
    turns: int
    events: int
