"""The FastAPI application: WebSocket interviews, REST API, health, CORS."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from functools import partial
from typing import Any

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware

from protocol_server.auth import keyring_for_serving, require_api_key
from protocol_server.clock import InterviewClock
from protocol_server.edge import EdgeInputMiddleware
from protocol_server.erasure import close_erased_here
from protocol_server.errors import install_error_handlers
from protocol_server.interviewer_pool import InterviewerPool, usable_cores, worker_count
from protocol_server.machine import SessionMachine
from protocol_server.rest import public_router, router
from protocol_server.rest_extra import router as extra_router
from protocol_server.session_token import redact_uvicorn_logs
from protocol_server.ws import interview_endpoint
from protocol_server.ws_guard import RateLimitCounter
from workbench.interviewer import load_interviewer
from workbench.interviewer.api import Interviewer
from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.planning.planner import warm_up
from workbench.interviewer.rehearsal import rehearse
from workbench.interviewer.relevance.encoder import warm_up as warm_up_relevance
from workbench.interviewer.specificity import warm_up as warm_up_specificity
from workbench.protocol import PROTOCOL_VERSION
from workbench.settings import Settings, get_settings
from workbench.store.factory import describe, open_store

log = logging.getLogger(__name__)
EVENT_FLUSH_SECONDS = 0.5
# A young collection once 50,000 container objects outlive their allocation instead of 700: a turn allocates
# thousands of short-lived ones (freed by reference counting anyway), and each pass cost the event loop time.
GC_YOUNG_THRESHOLD = 50_000


def settle_heap(young: int = GC_YOUNG_THRESHOLD, older: int | None = None) -> None:
    """Take what start-up built (modules, the app, the store, the interviewer's data: about 100,000 objects)
    out of the cyclic collector's reach. It lives as long as the process, yet every full collection walked it
    (60 ms of CPU each) while no session got an answer: at 1,000 sessions the collector held the event loop
    for 20 s of a 40 s load run, the longest stalls of all (bench/ws_load.py). Then a young collection comes
    once `young` more objects are held, and a middle one after `older` young ones (Python's 10 by default)."""
    gc.collect()
    gc.freeze()
    _, default_older, oldest = gc.get_threshold()
    gc.set_threshold(young, default_older if older is None else older, oldest)


async def _every(seconds: float, job: Callable[[], Awaitable[object]]) -> None:
    """Run `job` now and then every `seconds`; a failing round is logged and the next one runs."""
    while True:
        try:
            await job()
        except Exception:
            log.exception("background job %s failed", getattr(job, "__name__", job))
        await asyncio.sleep(seconds)


def interviewer_pool(
    settings: Settings, interviewer: Interviewer, cores: int | None = None
) -> InterviewerPool | None:
    """Worker processes for the offline interviewer's turns, when asked for or when `auto` finds the cores
    (`worker_count`); an LM-backed interviewer waits on its LM, not on the CPU, and stays in this process."""
    processes = worker_count(settings.interviewer_processes, usable_cores() if cores is None else cores)
    if processes == 0:
        return None
    if not isinstance(interviewer, BaselineInterviewer):
        if settings.interviewer_processes != "auto":
            log.warning(
                "interviewer_processes ignored: the %s interviewer runs in-process", settings.interviewer
            )
        return None
    log.info("the offline interviewer runs in %d worker process(es)", processes)
    return InterviewerPool(processes)


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    settings: Settings = app.state.settings
    store = await open_store(settings.db_path, pool_size=settings.db_pool_size)
    interviewer = load_interviewer(settings.interviewer, settings)
    pool = interviewer_pool(settings, interviewer)
    starting = asyncio.create_task(pool.start()) if pool is not None else None  # beside the warm-ups
    machine = SessionMachine(
        store,
        interviewer,
        settings.interviewer,
        InterviewClock(settings.seconds_per_minute, settings.clock_epoch),
        settings.transcript_commit_pause_seconds,
        settings.lease_seconds,
        pool,
    )
    app.state.machine = machine
    app.state.store = store
    log.info(
        "store %s open (%s); interviewer %s", describe(settings.db_path), store.backend, settings.interviewer
    )
    await asyncio.to_thread(warm_up)  # before the heap is settled: the indexes are long-lived
    await asyncio.to_thread(warm_up_relevance)  # the assessment's sentence-embedding model, loaded once
    await asyncio.to_thread(warm_up_specificity)  # the word-frequency lists the rubric judgement reads
    await asyncio.to_thread(rehearse, interviewer)  # whatever else the interviewer loads on first use
    settle_heap()
    if starting is not None:
        await starting
    tasks = [
        asyncio.create_task(_every(EVENT_FLUSH_SECONDS, machine.events.flush)),
        # Overdue interviews nobody drives (after a restart, or their process died) end from here.
        asyncio.create_task(_every(settings.sweep_seconds, machine.sweep_overdue)),
        asyncio.create_task(_every(settings.lease_seconds / 3, machine.renew_leases)),
        # Another process's erasure closes this process's sessions of the candidate at once.
        asyncio.create_task(store.watch_erasures(partial(close_erased_here, machine))),
    ]
    try:
        yield
    finally:
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        await machine.close()
        if pool is not None:
            await pool.close()
        await store.close()


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    app = FastAPI(
        title="OpenHire protocol server",
        version=PROTOCOL_VERSION,
        lifespan=lifespan,
        description="WebSocket interviews at /ws/interview/{session_id} (spec: GET /api/protocol) and a REST API.",
    )
    app.state.settings = settings
    app.state.keyring = keyring_for_serving(settings)
    redact_uvicorn_logs()  # handshake URLs may carry `?token=`
    app.state.rate_limited = RateLimitCounter()
    install_error_handlers(app)
    app.add_middleware(
        EdgeInputMiddleware,
        max_body_bytes=settings.max_body_bytes,
        max_json_depth=settings.max_json_depth,
        max_number_chars=settings.max_json_number_chars,
    )
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.allowed_origins or ["*"],
        allow_methods=["*"],
        allow_headers=["*"],
    )
    authenticated = [Depends(require_api_key)]
    app.include_router(router, dependencies=authenticated)
    app.include_router(extra_router, dependencies=authenticated)
    app.include_router(public_router)
    app.add_api_websocket_route("/ws/interview/{session_id}", interview_endpoint)

    @app.get("/health")
    @app.get("/healthz")
    async def health() -> dict[str, Any]:
        machine: SessionMachine = app.state.machine
        return {
            "status": "ok",
            "protocol_version": PROTOCOL_VERSION,
            "live_sessions": len(machine.registry),
            "rate_limited_messages": app.state.rate_limited.total,
        }

    return app
