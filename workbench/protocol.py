"""The WebSocket interview protocol of `../shared/seeds/FRONTEND_API_DOCS.md`, as pydantic models.

The one protocol module: the server and every client in the repository (the app, the eval runner, the load
benchmark, the tests' client) build, send and parse messages with these models only. It depends on pydantic
and the domain types, nothing else, so any client can import it without importing the server.

Every wire message is a model with a `type: Literal[...]` tag. Client messages form one discriminated union
parsed in `parse_client_message`; server messages one parsed in `parse_server_message`. Field names, types
and value sets are the document's; new capabilities may only arrive as new optional fields or new message types
(ARCHITECTURE.md, Compatibility). `ProtocolError` is the one error type, on both sides of the wire.
"""

from __future__ import annotations

import json
import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from workbench.json_guard import (
    MAX_DEPTH,
    MAX_NUMBER_CHARS,
    JsonBoundsError,
    check_structure,
    loads_bounded,
)
from workbench.models import Comfort, Phase, Preferences

PROTOCOL_VERSION = "1.0.0"
SESSION_ID_PATTERN = re.compile(r"[A-Za-z0-9_.\-]{1,128}")
REQUIRED_IDS_MESSAGE = "job_id and candidate_id are required"
SESSION_NOT_FOUND = "Interview session not found"


def valid_session_id(session_id: str) -> bool:
    """Whether a path segment may name a session: 1-128 letters, digits, `_`, `-` and `.`, nothing else."""
    return SESSION_ID_PATTERN.fullmatch(session_id) is not None


def _type_is_required(schema: dict[str, Any]) -> None:
    """Clients may build messages without naming the tag (it has a default), but on the wire it is required."""
    schema["required"] = ["type", *[name for name in schema.get("required", []) if name != "type"]]


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


class _ClientMessage(BaseModel):
    model_config = ConfigDict(json_schema_extra=_type_is_required)


class StartInterview(_ClientMessage):
    type: Literal["start_interview"] = "start_interview"
    data: StartInterviewData


class CandidateResponse(_ClientMessage):
    type: Literal["candidate_response"] = "candidate_response"
    data: CandidateResponseData


class LiveTranscript(_ClientMessage):
    type: Literal["live_transcript"] = "live_transcript"
    data: LiveTranscriptData


class EndInterview(_ClientMessage):
    type: Literal["end_interview"] = "end_interview"
    data: EmptyData = Field(default_factory=EmptyData)


class GetStatus(_ClientMessage):
    type: Literal["get_status"] = "get_status"
    data: EmptyData = Field(default_factory=EmptyData)


ClientMessage = StartInterview | CandidateResponse | LiveTranscript | EndInterview | GetStatus
CLIENT_MESSAGES: tuple[type[ClientMessage], ...] = (
    StartInterview,
    CandidateResponse,
    LiveTranscript,
    EndInterview,
    GetStatus,
)
CLIENT_MESSAGE_TYPES = tuple(str(model.model_fields["type"].default) for model in CLIENT_MESSAGES)
_client_adapter: TypeAdapter[ClientMessage] = TypeAdapter(
    Annotated[ClientMessage, Field(discriminator="type")]
)


def start_interview(
    job_id: str,
    candidate_id: str,
    *,
    resume_text: str | None = None,
    preferences: Preferences | None = None,
) -> StartInterview:
    return StartInterview(
        data=StartInterviewData(
            job_id=job_id, candidate_id=candidate_id, resume_text=resume_text, preferences=preferences
        )
    )


def candidate_response(text: str) -> CandidateResponse:
    return CandidateResponse(data=CandidateResponseData(response=text))


def live_transcript(text: str, is_final: bool = False) -> LiveTranscript:
    return LiveTranscript(data=LiveTranscriptData(transcript=text, is_final=is_final))


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


ServerMessage = (
    InterviewStarted | AIResponse | LiveTranscriptUpdate | InterviewEnded | StatusUpdate | ErrorMessage
)
SERVER_MESSAGES: tuple[type[ServerMessage], ...] = (
    InterviewStarted,
    AIResponse,
    LiveTranscriptUpdate,
    InterviewEnded,
    StatusUpdate,
    ErrorMessage,
)
SERVER_MESSAGE_TYPES = tuple(str(model.model_fields["type"].default) for model in SERVER_MESSAGES)
_server_adapter: TypeAdapter[ServerMessage] = TypeAdapter(
    Annotated[ServerMessage, Field(discriminator="type")]
)


# --- the one error type --------------------------------------------------------------------------------


class ProtocolError(Exception):
    """A refused request, on either side of the wire: the server raises it and sends it as an `error`
    message (the connection stays usable); a client gets it back from `parse_server_message` or raises it."""

    def __init__(
        self, status_code: int, message: str, details: str = "", exception_type: str = "ProtocolError"
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.message = message
        self.details = details
        self.exception_type = exception_type

    def __str__(self) -> str:
        return f"{self.status_code} {self.message}"

    def to_message(self) -> ErrorMessage:
        fields = ErrorData(
            message=self.message,
            details=self.details,
            status_code=self.status_code,
            exception_type=self.exception_type,
        )
        return ErrorMessage(**fields.model_dump(), data=fields)

    @classmethod
    def from_message(cls, message: ErrorMessage) -> ProtocolError:
        return cls(message.status_code, message.message, message.details, message.exception_type)


def not_found(session_id: str) -> ProtocolError:
    return ProtocolError(
        404, SESSION_NOT_FOUND, f"No interview was started for session {session_id}.", "HTTPException"
    )


# --- parsing, in one place per direction ---------------------------------------------------------------


def _json_object(raw: str | bytes) -> dict[str, Any]:
    try:
        payload = loads_bounded(raw)  # depth, number length, lone surrogates: checked before/after parsing
    except JsonBoundsError as exc:
        raise ProtocolError(400, "Invalid JSON", str(exc), "JSONBoundsError") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        reason = exc.msg if isinstance(exc, json.JSONDecodeError) else exc.reason
        raise ProtocolError(
            400, "Invalid JSON", f"{exc.__class__.__name__}: {reason}", "JSONDecodeError"
        ) from None
    if not isinstance(payload, dict):
        raise ProtocolError(
            400,
            "Invalid message",
            "A message must be a JSON object with `type` and `data`.",
            "ValidationError",
        )
    return payload


def parse_client_message(raw: str | bytes) -> ClientMessage:
    """Parse one frame from a client; every way it can be wrong becomes a typed 400 `ProtocolError`.

    A well-formed frame takes the bounds' structure scan and one pass through pydantic's JSON parser (half the
    cost of the bounded path, on every message of every session); anything else takes the bounded path, which
    names what is wrong. pydantic's parser refuses all the bounded path refuses after parsing (lone
    surrogates, a missing or unknown type, `null` data)."""
    well_formed = _well_formed_client_message(raw)
    if well_formed is not None:
        return well_formed
    payload = _json_object(raw)
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


def _well_formed_client_message(raw: str | bytes) -> ClientMessage | None:
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        check_structure(text, MAX_DEPTH, MAX_NUMBER_CHARS)
        return _client_adapter.validate_json(text)
    except (UnicodeDecodeError, JsonBoundsError, ValidationError):
        return None


def parse_server_message(raw: str | bytes) -> ServerMessage | None:
    """Parse one frame from the server. A message type this client does not know yet is None (new types are
    additive: old clients ignore them); a malformed frame raises `ProtocolError`.

    A well-formed frame takes one pass through pydantic's JSON parser (a tenth of the cost of parsing it to a
    dict first, which counts in a load client driving a thousand sessions); any other frame takes the bounded
    path below, which decides between an unknown type and the typed error."""
    try:
        return _server_adapter.validate_json(raw)
    except ValidationError:
        pass
    payload = _json_object(raw)
    if payload.get("type") not in SERVER_MESSAGE_TYPES:
        return None
    try:
        return _server_adapter.validate_python(payload)
    except ValidationError as exc:
        raise _validation_error(str(payload.get("type")), exc) from None


def _field_path(kind: str, loc: tuple[int | str, ...]) -> str:
    """`('start_interview', 'data', 'preferences', 'max_duration')` → `preferences.max_duration`."""
    parts = list(loc)
    for prefix in (kind, "data"):
        if parts and parts[0] == prefix:
            parts.pop(0)
    return ".".join(str(part) for part in parts) or "data"


def _validation_error(kind: str, exc: ValidationError) -> ProtocolError:
    # Messages name the field and the rule, never the value sent (it may be personal data).
    problems = [(_field_path(kind, err["loc"]), err["msg"]) for err in exc.errors()]
    details = "; ".join(f"{loc}: {msg}" for loc, msg in problems)
    if kind == "start_interview" and any(
        loc.split(".")[-1] in ("job_id", "candidate_id") for loc, _ in problems
    ):
        return ProtocolError(400, REQUIRED_IDS_MESSAGE, details, "ValidationError")
    first_loc = problems[0][0] if problems else "data"
    return ProtocolError(400, f"Invalid {kind} message: {first_loc}", details, "ValidationError")


def dump(message: BaseModel) -> str:
    return message.model_dump_json()


def protocol_schema() -> dict[str, Any]:
    """A machine-readable description of every message (JSON Schema per message, AsyncAPI-like layout)."""
    return {
        "asyncapi": "3.0.0",
        "info": {"title": "OpenHire interview protocol", "version": PROTOCOL_VERSION},
        "channels": {"interview": {"address": "/ws/interview/{session_id}"}},
        "x-client-messages": {
            str(model.model_fields["type"].default): model.model_json_schema() for model in CLIENT_MESSAGES
        },
        "x-server-messages": {
            str(model.model_fields["type"].default): model.model_json_schema() for model in SERVER_MESSAGES
        },
    }
