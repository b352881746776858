"""Domain records shared by every part of OpenHire.

Field names follow the seed protocol document (`JobDetails`, `CandidateDetails`, `InterviewPreferences`)
so that the REST API, the store and the datasets speak the same words as production frontends.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field


class Phase(StrEnum):
    INTRODUCTION = "introduction"
    TECHNICAL = "technical"
    BEHAVIORAL = "behavioral"
    CONCLUSION = "conclusion"


PHASE_ORDER: tuple[Phase, ...] = (Phase.INTRODUCTION, Phase.TECHNICAL, Phase.BEHAVIORAL, Phase.CONCLUSION)


class Comfort(StrEnum):
    NERVOUS = "nervous"
    NEUTRAL = "neutral"
    CONFIDENT = "confident"


class Difficulty(StrEnum):
    EASY = "easy"
    MEDIUM = "medium"
    HARD = "hard"


def utc_now() -> datetime:
    return datetime.now(UTC)


def new_id() -> str:
    return str(uuid.uuid4())


def _none_to_empty_list(value: object) -> object:
    return [] if value is None else value


def _none_to_empty_str(value: object) -> object:
    return "" if value is None else value


StrList = Annotated[list[Annotated[str, Field(max_length=200)]], BeforeValidator(_none_to_empty_list)]
Text = Annotated[str, BeforeValidator(_none_to_empty_str)]


class JobDetails(BaseModel):
    """A job opening (the seed's `JobDetails`)."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(default_factory=new_id, min_length=1, max_length=128)
    title: str = Field(min_length=1, max_length=300)
    description: Text = Field(default="", max_length=20_000)
    requirements: Text = Field(default="", max_length=20_000)
    company: Text = Field(default="", max_length=300)
    location: Text = Field(default="", max_length=300)
    salary_range: Text = Field(default="", max_length=100)
    experience_level: Text = Field(default="", max_length=100)
    skills_required: StrList = Field(default_factory=list, max_length=100)
    created_at: datetime = Field(default_factory=utc_now)


class CandidateDetails(BaseModel):
    """A candidate (the seed's `CandidateDetails`). `resume_text` is personal data: never logged."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(default_factory=new_id, min_length=1, max_length=128)
    name: str = Field(min_length=1, max_length=300)
    email: Text = Field(default="", max_length=320)
    resume_text: Text = Field(default="", max_length=60_000)
    resume_url: Text = Field(default="", max_length=2_000)
    skills: StrList = Field(default_factory=list, max_length=200)
    experience: Text = Field(default="", max_length=20_000)
    education: Text = Field(default="", max_length=5_000)
    created_at: datetime = Field(default_factory=utc_now)


class Preferences(BaseModel):
    """The seed's `InterviewPreferences`. A field sent as null takes its default (ARCHITECTURE.md)."""

    model_config = ConfigDict(extra="ignore")

    max_duration: Annotated[int, BeforeValidator(lambda v: 30 if v is None else v)] = Field(
        default=30, ge=5, le=180
    )
    difficulty_level: Annotated[Difficulty, BeforeValidator(lambda v: "medium" if v is None else v)] = (
        Difficulty.MEDIUM
    )
    focus_areas: StrList = Field(default_factory=list, max_length=20)
