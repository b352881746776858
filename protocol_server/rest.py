"""REST API under `/api`: jobs, candidates (with erasure), sessions and transcripts."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import PlainTextResponse, Response

from protocol_server.manager import SessionManager
from protocol_server.protocol import ProtocolError, protocol_schema
from protocol_server.transcript import to_markdown
from workbench.models import CandidateDetails, JobDetails
from workbench.store.records import ErasureReport, SessionDetail, SessionSummary
from workbench.store.store import DuplicateIdError, Store

router = APIRouter(prefix="/api")
Limit = Annotated[int, Query(ge=1, le=500)]
Offset = Annotated[int, Query(ge=0)]


def _manager(request: Request) -> SessionManager:
    manager: SessionManager = request.app.state.manager
    return manager


async def _db(request: Request, fn: Any, *, write: bool = False) -> Any:
    try:
        return await _manager(request).db(fn, write=write)
    except ProtocolError as exc:
        raise HTTPException(exc.status_code, exc.message) from None
    except DuplicateIdError as exc:
        raise HTTPException(409, str(exc)) from None


def _not_found(what: str, record_id: str) -> HTTPException:
    return HTTPException(404, f"{what} with ID {record_id} not found")


@router.get("/jobs", response_model=list[JobDetails])
async def list_jobs(request: Request, limit: Limit = 50, offset: Offset = 0) -> Any:
    return await _db(request, lambda s: s.list_jobs(limit, offset))


@router.post("/jobs", response_model=JobDetails, status_code=201)
async def create_job(request: Request, job: JobDetails) -> Any:
    return await _db(request, lambda s: s.add_job(job), write=True)


@router.get("/jobs/{job_id}", response_model=JobDetails)
async def get_job(request: Request, job_id: str) -> Any:
    job = await _db(request, lambda s: s.get_job(job_id))
    if job is None:
        raise _not_found("Job", job_id)
    return job


@router.get("/candidates", response_model=list[CandidateDetails])
async def list_candidates(request: Request, limit: Limit = 50, offset: Offset = 0) -> Any:
    return await _db(request, lambda s: s.list_candidates(limit, offset))


@router.post("/candidates", response_model=CandidateDetails, status_code=201)
async def create_candidate(request: Request, candidate: CandidateDetails) -> Any:
    return await _db(request, lambda s: s.add_candidate(candidate), write=True)


@router.get("/candidates/{candidate_id}", response_model=CandidateDetails)
async def get_candidate(request: Request, candidate_id: str) -> Any:
    candidate = await _db(request, lambda s: s.get_candidate(candidate_id))
    if candidate is None:
        raise _not_found("Candidate", candidate_id)
    return candidate


@router.delete("/candidates/{candidate_id}", response_model=ErasureReport)
async def erase_candidate(request: Request, candidate_id: str) -> Any:
    """Erase the candidate with their resume, sessions, transcripts and logged messages."""
    manager = _manager(request)
    await manager.flush_events()
    # Not wrapped in a group transaction: erasure runs its own, then checkpoints (which needs none open).
    report: ErasureReport | None = await _db(request, lambda s: s.erase_candidate(candidate_id))
    if report is None:
        raise _not_found("Candidate", candidate_id)
    manager.forget_candidate(candidate_id)
    return report


@router.get("/sessions", response_model=list[SessionSummary])
async def list_sessions(
    request: Request,
    limit: Limit = 50,
    offset: Offset = 0,
    job_id: str | None = None,
    candidate_id: str | None = None,
    status: Literal["active", "ended"] | None = None,
    source: Literal["live", "dataset", "simulated"] | None = None,
    split: str | None = None,
) -> Any:
    def read(s: Store) -> list[SessionSummary]:
        return s.list_sessions(
            limit, offset, job_id=job_id, candidate_id=candidate_id, status=status, source=source, split=split
        )

    return await _db(request, read)


async def _session(request: Request, session_id: str) -> SessionDetail:
    session: SessionDetail | None = await _db(request, lambda s: s.get_session(session_id))
    if session is None:
        raise HTTPException(404, "Interview session not found")
    return session


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


@router.get("/protocol")
async def get_protocol() -> dict[str, Any]:
    """The WebSocket protocol's machine-readable spec (JSON Schema per message) and its version."""
    return protocol_schema()
