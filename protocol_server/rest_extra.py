"""REST endpoints added for security and operations: WebSocket session tokens and a consistent export.

`POST /api/sessions/{id}/token` (write) signs a token for one session, job and candidate. `GET /api/export`
(admin) runs the same export as `openhire export` inside the server, so a running server's store can be
exported without opening its file (DuckDB locks it); the zip is deleted once sent.
"""

from __future__ import annotations

import shutil
import tempfile
import zipfile
from pathlib import Path
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import FileResponse
from pydantic import BaseModel, Field
from starlette.background import BackgroundTask

from protocol_server.errors import ApiError
from protocol_server.leases import stored
from protocol_server.machine import SessionMachine
from protocol_server.session_token import issue_for
from workbench.protocol import ProtocolError
from workbench.settings import Settings
from workbench.store.interface import InterviewStore

router = APIRouter(prefix="/api")
# pydantic's (Rust) regex: `$` is the end of the text there, unlike Python's `$` before a final newline.
SessionId = Annotated[str, PathParam(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9_.\-]{1,128}$")]


class TokenRequest(BaseModel):
    job_id: str = Field(min_length=1, max_length=128)
    candidate_id: str = Field(min_length=1, max_length=128)
    ttl_seconds: int | None = Field(default=None, ge=1, le=7 * 24 * 3600)


class TokenResponse(BaseModel):
    token: str
    session_id: str
    expires_in: int


@router.post("/sessions/{session_id}/token", response_model=TokenResponse, status_code=201)
async def issue_session_token(request: Request, session_id: SessionId, body: TokenRequest) -> TokenResponse:
    """A signed token for `/ws/interview/{session_id}?token=…`, bound to this job and candidate."""
    settings: Settings = request.app.state.settings
    secret = settings.ws_token_secret.get_secret_value()
    if not secret:
        raise ApiError(
            409, "Session tokens are not configured", "Set OPENHIRE_WS_TOKEN_SECRET.", "NotConfigured"
        )
    ttl = body.ttl_seconds or settings.ws_token_ttl_seconds
    token = issue_for(secret, session_id, body.job_id, body.candidate_id, ttl)
    return TokenResponse(token=token, session_id=session_id, expires_in=ttl)


def _zip_folder(folder: Path, target: Path) -> None:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.iterdir()):
            archive.write(path, path.name)


@router.get("/export", response_class=FileResponse, responses={200: {"content": {"application/zip": {}}}})
async def export_all(
    request: Request, format: Annotated[Literal["jsonl", "parquet"], Query()] = "jsonl"
) -> FileResponse:
    """Jobs, candidates, sessions and turns as a zip of `openhire export` files, from one store read."""
    machine: SessionMachine = request.app.state.machine
    store: InterviewStore = request.app.state.store
    await machine.events.flush()
    work = Path(tempfile.mkdtemp(prefix="openhire-export-"))
    try:
        folder = work / "export"
        await stored(store.export(folder, format))
        _zip_folder(folder, work / "export.zip")
    except ProtocolError as exc:
        shutil.rmtree(work, ignore_errors=True)
        raise ApiError(exc.status_code, exc.message, exc.details, exc.exception_type) from None
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return FileResponse(
        work / "export.zip",
        media_type="application/zip",
        filename=f"openhire-export-{format}.zip",
        background=BackgroundTask(shutil.rmtree, work, True),
    )
