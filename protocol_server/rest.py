"""REST API under `/api`: jobs, candidates (with erasure), sessions and transcripts."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Annotated, Any, Literal, TypeVar

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import PlainTextResponse, Response
from pydantic import ValidationError

from protocol_server.erasure import erase_candidate as erase_candidate_everywhere
from protocol_server.grades import with_grades
from protocol_server.leases import stored
from protocol_server.machine import SessionMachine
from protocol_server.plans import job_plan
from protocol_server.transcript import to_markdown
from workbench.models import CandidateDetails, Difficulty, InterviewPlan, JobDetails, Preferences
from workbench.protocol import ProtocolError, protocol_schema
from workbench.store.interface import DuplicateIdError, InterviewStore, SessionFilter
from workbench.store.records import ErasureReport, SessionDetail, SessionSummary

T = TypeVar("T")
router = APIRouter(prefix="/api")
public_router = APIRouter(prefix="/api")  # no API key: the protocol's published spec holds no data
Limit = Annotated[int, Query(ge=1, le=500)]
# Bounded: DuckDB's OFFSET is a signed 64-bit integer, and no store holds a billion rows to skip.
Offset = Annotated[int, Query(ge=0, le=1_000_000_000)]


def _machine(request: Request) -> SessionMachine:
    machine: SessionMachine = request.app.state.machine
    return machine


def _store(request: Request) -> InterviewStore:
    store: InterviewStore = request.app.state.store
    return store


StoreDep = Annotated[InterviewStore, Depends(_store)]


async def _db(call: Awaitable[T]) -> T:
    try:
        return await stored(call)
    except ProtocolError as exc:
        raise HTTPException(exc.status_code, exc.message) from None
    except DuplicateIdError as exc:
        raise HTTPException(409, str(exc)) from None


def _not_found(what: str, record_id: str) -> HTTPException:
    return HTTPException(404, f"{what} with ID {record_id} not found")


@router.get("/jobs", response_model=list[JobDetails])
async def list_jobs(store: StoreDep, limit: Limit = 50, offset: Offset = 0) -> Any:
    return await _db(store.list_jobs(limit, offset))


@router.post("/jobs", response_model=JobDetails, status_code=201)
async def create_job(store: StoreDep, job: JobDetails) -> Any:
    return await _db(store.add_job(job))


@router.get("/jobs/{job_id}", response_model=JobDetails)
async def get_job(store: StoreDep, job_id: str) -> Any:
    return await _job(store, job_id)


async def _job(store: InterviewStore, job_id: str) -> JobDetails:
    job = await _db(store.get_job(job_id))
    if job is None:
        raise _not_found("Job", job_id)
    return job


@router.get("/jobs/{job_id}/plan", response_model=InterviewPlan)
async def get_job_plan(
    store: StoreDep,
    machine: Annotated[SessionMachine, Depends(_machine)],
    job_id: str,
    difficulty_level: Difficulty | None = None,
    focus_areas: Annotated[list[str] | None, Query(max_length=20)] = None,
    max_duration: Annotated[int | None, Query(ge=5, le=180)] = None,
) -> Any:
    """The job's interview plan for these preferences (the defaults of a session when omitted): competencies,
    core questions in order with phase, time budget and anchored rubric. Stored with the job, versioned."""
    job = await _job(store, job_id)
    try:
        # None takes the default, as in a start_interview message (ARCHITECTURE.md).
        preferences = Preferences.model_validate(
            {"max_duration": max_duration, "difficulty_level": difficulty_level, "focus_areas": focus_areas}
        )
    except ValidationError as exc:
        raise HTTPException(422, f"Invalid plan preferences: {exc.errors()[0]['msg']}") from None
    return await _db(job_plan(store, machine.plans, job, preferences))


@router.get("/candidates", response_model=list[CandidateDetails])
async def list_candidates(store: StoreDep, limit: Limit = 50, offset: Offset = 0) -> Any:
    return await _db(store.list_candidates(limit, offset))


@router.post("/candidates", response_model=CandidateDetails, status_code=201)
async def create_candidate(store: StoreDep, candidate: CandidateDetails) -> Any:
    return await _db(store.add_candidate(candidate))


@router.get("/candidates/{candidate_id}", response_model=CandidateDetails)
async def get_candidate(store: StoreDep, candidate_id: str) -> Any:
    candidate = await _db(store.get_candidate(candidate_id))
    if candidate is None:
        raise _not_found("Candidate", candidate_id)
    return candidate


@router.delete("/candidates/{candidate_id}", response_model=ErasureReport)
async def erase_candidate(request: Request, candidate_id: str) -> Any:
    """Erase the candidate with their resume, sessions, transcripts and logged messages."""
    report = await _db(erase_candidate_everywhere(_machine(request), candidate_id))
    if report is None:
        raise _not_found("Candidate", candidate_id)
    return report


@router.get("/sessions", response_model=list[SessionSummary])
async def list_sessions(
    store: StoreDep,
    limit: Limit = 50,
    offset: Offset = 0,
    job_id: str | None = None,
    candidate_id: str | None = None,
    status: Literal["active", "ended"] | None = None,
    source: Literal["live", "dataset", "simulated"] | None = None,
    split: str | None = None,
) -> Any:
    where = SessionFilter(job_id=job_id, candidate_id=candidate_id, status=status, source=source, split=split)
    return await _db(store.list_sessions(limit, offset, where))


async def _session(request: Request, session_id: str) -> SessionDetail:
    """The session's detail, every answer's grade complete (`grades.py`)."""
    store = _store(request)
    session = await _db(store.get_session(session_id))
    if session is None:
        raise HTTPException(404, "Interview session not found")
    return await _db(with_grades(_machine(request).thinker, store, session))


@router.get("/sessions/{session_id}", response_model=SessionDetail)
async def get_session(request: Request, session_id: str) -> Any:
    return await _session(request, session_id)


@router.get("/sessions/{session_id}/transcript", response_model=None)
async def export_transcript(
    request: Request, session_id: str, format: Literal["json", "markdown"] = "json"
) -> Response:
    session = await _session(request, session_id)
    filename = f"interview-{session_id}"
    if format == "markdown":
        return PlainTextResponse(
            to_markdown(session),
            media_type="text/markdown",
            headers={"Content-Disposition": f'attachment; filename="{filename}.md"'},
        )
    return Response(
        session.model_dump_json(indent=2),
        media_type="application/json",
        headers={"Content-Disposition": f'attachment; filename="{filename}.json"'},
    )


@public_router.get("/protocol")
async def get_protocol() -> dict[str, Any]:
    """The WebSocket protocol's machine-readable spec (JSON Schema per message) and its version."""
    return protocol_schema()
