"""Domain records shared by every part of OpenHire.

Field names follow the seed protocol document (`JobDetails`, `CandidateDetails`, `InterviewPreferences`)
so that the REST API, the store and the datasets speak the same words as production frontends.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator


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


# --- Interview session: the state an interviewer takes and returns, stored by every store. ---

TurnKind = Literal["core", "follow_up", "resume_probe", "clarification", "candidate_question", "closing"]
# Turns whose question comes from the plan (the same for every candidate of a job, or a planned resume probe).
PLANNED_KINDS: frozenset[str] = frozenset({"core", "resume_probe"})


def _legacy_turn_kind(value: object) -> object:
    """Stored sessions and datasets written before the plan called a core question `main`."""
    return "core" if value == "main" else value


StoredTurnKind = Annotated[TurnKind, BeforeValidator(_legacy_turn_kind)]
# What the candidate's reply to a turn was. Only an `answer` can be evidence; a request to clarify or rephrase
# and the candidate's own question are conversation repair (answered, then the question stands).
AnswerKind = Literal[
    "answer", "clarification_request", "candidate_question", "end_request", "assent", "addition", "hesitation"
]
Backend = Literal["baseline", "lm"]


# A score sits on the rubric's 1–5 scale; the anchor it reached is the nearest of 1, 3 and 5 at or below it.
AnchorLevel = Literal[1, 3, 5]
AssessmentStatus = Literal["scored", "insufficient_evidence"]


def anchor_level(score: int | None) -> AnchorLevel | None:
    if score is None:
        return None
    return 5 if score >= 5 else 3 if score >= 3 else 1


class CompetencyScore(BaseModel):
    """One competency's score. `score` is null when nothing the candidate said is evidence for it."""

    name: str
    competency_id: str = ""
    score: int | None = Field(default=None, ge=1, le=5)
    rubric_level: AnchorLevel | None = None
    evidence: str = Field(default="", description="A short quote from the candidate's own words.")
    red_flags: list[str] = Field(default_factory=list, description="Rubric red flags the answer stated.")


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

    # Frozen: a turn that changes is a new object (`model_copy(update=...)`), which the session's lean JSON relies
    # on (`protocol_server/lean_json.py` copies the JSON of a turn whose object it serialised before).
    model_config = ConfigDict(frozen=True)

    index: int
    phase: Phase
    kind: StoredTurnKind = "core"
    question: str
    question_id: str = ""
    competency_id: str = Field(default="", description="The plan competency this question measures.")
    topic: str = ""
    asked_at: datetime
    answer: str | None = None
    answer_kind: AnswerKind = "answer"
    answered_at: datetime | None = None
    assessment: AnswerAssessment | None = None
    backend: Backend = "baseline"


class SessionAssessment(BaseModel):
    """`overall` is null (`status: insufficient_evidence`) until half the plan's competencies have evidence."""

    overall: float | None = Field(default=None, ge=1, le=5)
    status: AssessmentStatus = "insufficient_evidence"
    competencies: list[CompetencyScore] = Field(default_factory=list)
    summary: str = ""
    strengths: list[str] = Field(default_factory=list)
    areas_to_improve: list[str] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _status_of_stored(cls, data: object) -> object:
        """Assessments stored before `status` existed were scored whenever they had an overall."""
        if isinstance(data, dict) and "status" not in data and data.get("overall") is not None:
            return {**data, "status": "scored"}
        return data


CoverageStatus = Literal["not_asked", "not_answered", "no_evidence", "evidenced"]


class EvidenceQuote(BaseModel):
    quote: str = Field(description="The candidate's words, verbatim (possibly shortened with an ellipsis).")
    turn_index: int
    question_id: str = ""


class ScorecardEntry(BaseModel):
    """One plan competency on the hiring scorecard; `coverage` is computed from the plan and the turns."""

    competency_id: str
    name: str
    kind: str = ""
    score: int | None = Field(default=None, ge=1, le=5)
    rubric_level: AnchorLevel | None = None
    anchor: str = Field(default="", description="The rubric anchor text the score reached.")
    evidence: list[EvidenceQuote] = Field(default_factory=list)
    red_flags: list[str] = Field(default_factory=list)
    coverage: CoverageStatus = "not_asked"
    questions_planned: int = 0
    questions_asked: int = 0
    answers: int = 0
    note: str = ""


class Scorecard(BaseModel):
    """The hiring team's view of one interview: per competency score, rubric level, evidence and coverage."""

    plan_version: int | None = None
    plan_key: str = ""
    overall: float | None = Field(default=None, ge=1, le=5)
    status: AssessmentStatus = "insufficient_evidence"
    competencies_planned: int = 0
    competencies_evidenced: int = 0
    answers: int = 0
    competencies: list[ScorecardEntry] = Field(default_factory=list)
    backend: Backend = "baseline"


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
    scorecard: Scorecard | None = None
    plan: InterviewPlan | None = Field(default=None, description="The job's plan this interview follows.")
    # Interviewer-private working memory (plan, budgets, hidden notes). Must stay JSON-serialisable.
    scratch: dict[str, object] = Field(default_factory=dict)

    @property
    def questions_asked(self) -> int:
        return len(self.turns)

    @property
    def answers_given(self) -> int:
        return sum(1 for turn in self.turns if turn.answer is not None)

    @property
    def current_question(self) -> str | None:
        if self.turns and self.turns[-1].answer is None:
            return self.turns[-1].question
        return None

    def minutes_elapsed(self, now: datetime) -> float:
        return _minutes_elapsed(self.started_at, self.ended_at, now)

    @property
    def ungraded(self) -> tuple[int, ...]:
        """The answered turns whose assessment still waits for its grade (an interviewer worker grades an answer
        after its reply: `workbench/interviewer/grading.py`); their stored assessment is provisional."""
        indices = self.scratch.get(UNGRADED)
        return tuple(int(i) for i in indices) if isinstance(indices, list) else ()


# The scratch's list of answered turns whose grade is pending (`InterviewState.ungraded`); absent when none is.
UNGRADED = "ungraded"


def _minutes_elapsed(started_at: datetime, ended_at: datetime | None, now: datetime) -> float:
    end = ended_at or now
    return max(0.0, (end - started_at).total_seconds() / 60.0)


@dataclass(frozen=True, slots=True)
class StateFacts:
    """The few fields of an `InterviewState` that committing and replying to a turn read (the session row's
    columns, the reply's fields, the time limit). Taken once from the state where it is parsed, they let a
    process that holds only the state's JSON commit and answer a turn without parsing it again (the server
    with an interviewer worker: parsing each new state was about a sixth of its event loop's CPU per turn)."""

    candidate_id: str
    phase: Phase
    questions_asked: int
    answers_given: int
    comfort: Comfort
    completed: bool
    started_at: datetime
    ended_at: datetime | None
    max_duration: int
    overall: float | None
    final_feedback: str | None
    ungraded: tuple[int, ...] = ()  # `InterviewState.ungraded`: the next save writes their grades

    @classmethod
    def of(cls, state: InterviewState) -> StateFacts:
        return cls(
            candidate_id=state.candidate_id,
            phase=state.phase,
            questions_asked=state.questions_asked,
            answers_given=state.answers_given,
            comfort=state.comfort,
            completed=state.completed,
            started_at=state.started_at,
            ended_at=state.ended_at,
            max_duration=state.preferences.max_duration,
            overall=state.assessment.overall if state.assessment else None,
            final_feedback=state.final_feedback,
            ungraded=state.ungraded,
        )

    def minutes_elapsed(self, now: datetime) -> float:
        return _minutes_elapsed(self.started_at, self.ended_at, now)


# --- Interview plan: the structured interview for one job (job analysis -> competencies -> questions). ---
# The plan is derived from the job record and an occupational taxonomy (ESCO), stored with the job and
# versioned; every candidate of a job with the same preferences gets the same core questions in the same order.

CompetencyKind = Literal["job_knowledge", "behavioural"]
QuestionForm = Literal["opening", "situational", "how_do_you", "technical", "behavioural", "closing"]
PlannedTurnKind = Literal["core", "resume_probe"]


class RubricAnchors(BaseModel):
    """Behavioural anchors: what a 1, a 3 and a 5 answer to this question contains."""

    model_config = ConfigDict(extra="forbid")
    one: str
    three: str
    five: str


class Rubric(BaseModel):
    model_config = ConfigDict(extra="forbid")
    anchors: RubricAnchors
    look_for: list[str] = Field(default_factory=list, description="Points a good answer covers.")
    red_flags: list[str] = Field(
        default_factory=list, description="Wrong or unsafe practice; stating one caps the score."
    )


class Competency(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(description="Stable slug, e.g. `medication-administration` or `teamwork`.")
    name: str
    kind: CompetencyKind
    description: str = ""
    source: str = Field(
        description="Where it came from: `requirements`, `esco:<uri>`, `bank:<role>`, `library`."
    )
    terms: list[str] = Field(default_factory=list, description="The job's own words for it (for relevance).")


class PlannedQuestion(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    kind: PlannedTurnKind = "core"
    phase: Phase
    competency_id: str
    form: QuestionForm
    text: str
    rephrasings: list[str] = Field(default_factory=list, description="Same question, other words (repair).")
    minutes: float = Field(gt=0, description="Time budget for the question with its follow-ups.")
    rubric: Rubric
    source: str = ""
    resume_item: str = Field(default="", description="For resume probes: the resume item it cites.")


class OccupationMatch(BaseModel):
    model_config = ConfigDict(extra="forbid")
    uri: str
    label: str
    score: float


class InterviewPlan(BaseModel):
    """The job's plan. `version` grows when the job analysis changes; `key` identifies the preferences."""

    model_config = ConfigDict(extra="forbid")
    job_id: str
    version: int = Field(ge=1)
    key: str = Field(
        description="Hash of the inputs (job fields, difficulty, focus areas, duration, analyser)."
    )
    difficulty_level: Difficulty
    focus_areas: list[str] = Field(default_factory=list)
    max_duration: int
    occupation: OccupationMatch | None = None
    family: str = Field(default="", description="Occupation family, e.g. `healthcare`, `software`.")
    competencies: list[Competency]
    questions: list[PlannedQuestion] = Field(description="Core questions in the order they are asked.")
    created_at: datetime = Field(default_factory=utc_now)


# InterviewState names InterviewPlan, defined after it.
InterviewState.model_rebuild()


@dataclass(frozen=True, slots=True)
class InterviewOpening:
    """What opening an interview takes, in one record: the server builds it once and hands it to its worker
    or to the interviewer in-process. `resume` is the text the interview reads (the request's, else the stored
    one's): personal data, never logged. `plan` is the job's stored plan (the same core questions for every
    candidate of the job); without one the interviewer builds it from the job and preferences."""

    job: JobDetails
    candidate: CandidateDetails
    resume: str
    preferences: Preferences
    now: datetime
    plan: InterviewPlan | None = None
