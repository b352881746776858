"""The FastAPI application: WebSocket interviews, REST API, health, CORS."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from protocol_server.clock import InterviewClock
from protocol_server.manager import SessionManager
from protocol_server.protocol import PROTOCOL_VERSION
from protocol_server.rest import router
from protocol_server.ws import interview_endpoint
from workbench.interviewer import load_interviewer
from workbench.settings import Settings, get_settings
from workbench.store.async_store import AsyncStore
from workbench.store.seed import open_store

log = logging.getLogger(__name__)
EVENT_FLUSH_SECONDS = 0.5


async def _flush_events_forever(manager: SessionManager) -> None:
    while True:
        await asyncio.sleep(EVENT_FLUSH_SECONDS)
        await manager.flush_events()


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    settings: Settings = app.state.settings
    store = AsyncStore(open_store(settings.db_path))
    interviewer = load_interviewer(settings.interviewer, settings)
    manager = SessionManager(
        store,
        interviewer,
        settings.interviewer,
        InterviewClock(settings.seconds_per_minute),
        settings.transcript_commit_pause_seconds,
    )
    app.state.manager = manager
    resumed = await manager.resume_active()
    log.info(
        "store %s open; %d active sessions resumed; interviewer %s",
        settings.db_path,
        resumed,
        settings.interviewer,
    )
    flusher = asyncio.create_task(_flush_events_forever(manager))
    try:
        yield
    finally:
        flusher.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await flusher
        await manager.flush_events()
        store.close()


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    app = FastAPI(
        title="OpenHire protocol server",
        version=PROTOCOL_VERSION,
        lifespan=lifespan,
        description="WebSocket interviews at /ws/interview/{session_id} (spec: GET /api/protocol) and a REST API.",
    )
    app.state.settings = settings
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.allowed_origins or ["*"],
        allow_methods=["*"],
        allow_headers=["*"],
    )
    app.include_router(router)
    app.add_api_websocket_route("/ws/interview/{session_id}", interview_endpoint)

    @app.get("/health")
    @app.get("/healthz")
    async def health() -> dict[str, Any]:
        manager: SessionManager = app.state.manager
        return {"status": "ok", "protocol_version": PROTOCOL_VERSION, "live_sessions": len(manager.sessions)}

    return app
