"""The WebSocket protocol of `../shared/seeds/FRONTEND_API_DOCS.md`, as pydantic models.

Every wire message is a model with a `type: Literal[...]` tag; client messages form one discriminated union
that is parsed in one place, `parse_client_message`. Field names, types and value sets are the document's; new
capabilities may only arrive as new optional fields or new message types (ARCHITECTURE.md, Compatibility).
"""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from protocol_server.json_guard import JsonBoundsError, loads_bounded
from workbench.models import Comfort, Phase, Preferences

PROTOCOL_VERSION = "1.0.0"

# --- client → server -----------------------------------------------------------------------------------


class StartInterviewData(BaseModel):
    model_config = ConfigDict(extra="ignore")
    job_id: str = Field(min_length=1, max_length=128)
    candidate_id: str = Field(min_length=1, max_length=128)
    resume_text: str | None = Field(default=None, max_length=60_000)
    preferences: Preferences | None = None


class CandidateResponseData(BaseModel):
    model_config = ConfigDict(extra="ignore")
    response: str = Field(max_length=20_000)


class LiveTranscriptData(BaseModel):
    model_config = ConfigDict(extra="ignore")
    transcript: str = Field(max_length=20_000)
    is_final: bool = False


class EmptyData(BaseModel):
    model_config = ConfigDict(extra="ignore")


class StartInterview(BaseModel):
    type: Literal["start_interview"]
    data: StartInterviewData


class CandidateResponse(BaseModel):
    type: Literal["candidate_response"]
    data: CandidateResponseData


class LiveTranscript(BaseModel):
    type: Literal["live_transcript"]
    data: LiveTranscriptData


class EndInterview(BaseModel):
    type: Literal["end_interview"]
    data: EmptyData = Field(default_factory=EmptyData)


class GetStatus(BaseModel):
    type: Literal["get_status"]
    data: EmptyData = Field(default_factory=EmptyData)


ClientMessage = Annotated[
    StartInterview | CandidateResponse | LiveTranscript | EndInterview | GetStatus,
    Field(discriminator="type"),
]
CLIENT_MESSAGE_TYPES = (
    "start_interview",
    "candidate_response",
    "live_transcript",
    "end_interview",
    "get_status",
)
_client_adapter: TypeAdapter[ClientMessage] = TypeAdapter(ClientMessage)

# --- server → client -----------------------------------------------------------------------------------


class InterviewStartedData(BaseModel):
    session_id: str
    job_title: str
    company: str
    initial_question: str
    max_duration: int
    interview_phase: Phase


class AIResponseData(BaseModel):
    response: str
    question: str
    interview_phase: Phase
    time_elapsed: float
    questions_asked: int
    completed: bool
    comfort_level: Comfort


class LiveTranscriptUpdateData(BaseModel):
    transcript: str
    is_final: bool


class InterviewEndedData(BaseModel):
    final_feedback: str
    completed: bool = True
    session_id: str


class StatusUpdateData(BaseModel):
    session_id: str
    candidate_id: str
    interview_phase: Phase
    time_elapsed: float
    max_duration: int
    questions_asked: int
    completed: bool
    comfort_level: Comfort
    strengths_identified: list[str]
    areas_to_probe: list[str]


class InterviewStarted(BaseModel):
    type: Literal["interview_started"] = "interview_started"
    data: InterviewStartedData


class AIResponse(BaseModel):
    type: Literal["ai_response"] = "ai_response"
    data: AIResponseData


class LiveTranscriptUpdate(BaseModel):
    type: Literal["live_transcript_update"] = "live_transcript_update"
    data: LiveTranscriptUpdateData


class InterviewEnded(BaseModel):
    type: Literal["interview_ended"] = "interview_ended"
    data: InterviewEndedData


class StatusUpdate(BaseModel):
    type: Literal["status_update"] = "status_update"
    data: StatusUpdateData


class ErrorData(BaseModel):
    message: str
    details: str
    status_code: int
    exception_type: str


class ErrorMessage(BaseModel):
    """The document puts the error fields at the top level; the reference client reads `message.data`, so the
    same object is also under `data` (ARCHITECTURE.md)."""

    type: Literal["error"] = "error"
    message: str
    details: str
    status_code: int
    exception_type: str
    data: ErrorData


ServerMessage = Annotated[
    InterviewStarted | AIResponse | LiveTranscriptUpdate | InterviewEnded | StatusUpdate | ErrorMessage,
    Field(discriminator="type"),
]


class ProtocolError(Exception):
    """A request the server refuses; becomes an `error` message and leaves the connection usable."""

    def __init__(
        self, status_code: int, message: str, details: str = "", exception_type: str = "ProtocolError"
    ):
        super().__init__(message)
        self.status_code = status_code
        self.message = message
        self.details = details
        self.exception_type = exception_type

    def to_message(self) -> ErrorMessage:
        fields = ErrorData(
            message=self.message,
            details=self.details,
            status_code=self.status_code,
            exception_type=self.exception_type,
        )
        return ErrorMessage(**fields.model_dump(), data=fields)


REQUIRED_IDS_MESSAGE = "job_id and candidate_id are required"


def parse_client_message(
    raw: str | bytes,
) -> StartInterview | CandidateResponse | LiveTranscript | EndInterview | GetStatus:
    """Parse one frame; every way it can be wrong becomes a typed 400 `ProtocolError`."""
    try:
        payload = loads_bounded(raw)  # depth, number length, lone surrogates: checked before/after parsing
    except JsonBoundsError as exc:
        raise ProtocolError(400, "Invalid JSON", str(exc), "JSONBoundsError") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ProtocolError(
            400,
            "Invalid JSON",
            f"{exc.__class__.__name__}: {exc.msg if hasattr(exc, 'msg') else exc}",
            "JSONDecodeError",
        ) from None
    if not isinstance(payload, dict):
        raise ProtocolError(
            400,
            "Invalid message",
            "A message must be a JSON object with `type` and `data`.",
            "ValidationError",
        )
    kind = payload.get("type")
    if kind not in CLIENT_MESSAGE_TYPES:
        raise ProtocolError(
            400,
            f"Unknown message type: {str(kind)[:64]}",
            f"Expected one of: {', '.join(CLIENT_MESSAGE_TYPES)}.",
            "ValidationError",
        )
    if payload.get("data") is None:
        payload = {**payload, "data": {}}
    try:
        return _client_adapter.validate_python(payload)
    except ValidationError as exc:
        raise _validation_error(str(kind), exc) from None


def _field_path(kind: str, loc: tuple[int | str, ...]) -> str:
    """`('start_interview', 'data', 'preferences', 'max_duration')` → `preferences.max_duration`."""
    parts = list(loc)
    for prefix in (kind, "data"):
        if parts and parts[0] == prefix:
            parts.pop(0)
    return ".".join(str(part) for part in parts) or "data"


def _validation_error(kind: str, exc: ValidationError) -> ProtocolError:
    problems = [(_field_path(kind, err["loc"]), err["msg"]) for err in exc.errors()]
    if kind == "start_interview" and any(
        loc.split(".")[-1] in ("job_id", "candidate_id") for loc, _ in problems
    ):
        details = "; ".join(f"{loc}: {msg}" for loc, msg in problems)
        return ProtocolError(400, REQUIRED_IDS_MESSAGE, details, "ValidationError")
    # Messages name the field and the rule, never the value sent (it may be personal data).
    details = "; ".join(f"{loc}: {msg}" for loc, msg in problems)
    first_loc = problems[0][0] if problems else "data"
    return ProtocolError(400, f"Invalid {kind} message: {first_loc}", details, "ValidationError")


def dump(message: BaseModel) -> str:
    return message.model_dump_json()


def protocol_schema() -> dict[str, Any]:
    """A machine-readable description of every message (JSON Schema per message, AsyncAPI-like layout)."""
    client = {
        model.model_fields["type"].annotation.__args__[0]: model.model_json_schema()  # type: ignore[union-attr]
        for model in (StartInterview, CandidateResponse, LiveTranscript, EndInterview, GetStatus)
    }
    server = {
        model.model_fields["type"].default: model.model_json_schema()
        for model in (
            InterviewStarted,
            AIResponse,
            LiveTranscriptUpdate,
            InterviewEnded,
            StatusUpdate,
            ErrorMessage,
        )
    }
    return {
        "asyncapi": "3.0.0",
        "info": {"title": "OpenHire interview protocol", "version": PROTOCOL_VERSION},
        "channels": {"interview": {"address": "/ws/interview/{session_id}"}},
        "x-client-messages": client,
        "x-server-messages": server,
    }
