"""The session manager: turns protocol messages into interviewer calls and durable store writes.

Rule for every change: compute the new state, commit it to the store, only then adopt it in memory and send
the reply. A failure before the commit leaves the session exactly as it was.
"""

from __future__ import annotations

import asyncio
import logging
import traceback
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any, Literal, TypeVar

from protocol_server.clock import InterviewClock
from protocol_server.erasure import Erased
from protocol_server.leases import Leases, stored
from protocol_server.live import LiveSession, Peer, merge_answer
from protocol_server.protocol import (
    AIResponse,
    AIResponseData,
    CandidateResponse,
    EndInterview,
    GetStatus,
    InterviewEnded,
    InterviewEndedData,
    InterviewStarted,
    InterviewStartedData,
    LiveTranscript,
    LiveTranscriptUpdate,
    LiveTranscriptUpdateData,
    ProtocolError,
    StartInterview,
    StatusUpdate,
    StatusUpdateData,
    dump,
)
from protocol_server.ratelimit import TokenBucket
from workbench.interviewer.api import Interviewer, InterviewState
from workbench.models import Preferences, utc_now
from workbench.store.interface import InterviewStore
from workbench.store.records import EventRecord

T = TypeVar("T")
log = logging.getLogger(__name__)
ClientMessage = StartInterview | CandidateResponse | LiveTranscript | EndInterview | GetStatus

SESSION_NOT_FOUND = "Interview session not found"
END_RETRY_SECONDS = 5.0
ALREADY_ENDED = "Interview has already ended"


def answered_count(state: InterviewState) -> int:
    """Turns are written once answered; the question still open lives in the session's state."""
    return sum(1 for turn in state.turns if turn.answer is not None)


class SessionManager:
    def __init__(
        self,
        store: InterviewStore,
        interviewer: Interviewer,
        interviewer_name: str,
        clock: InterviewClock,
        transcript_pause_seconds: float,
        lease_seconds: float = 15.0,
    ) -> None:
        self.store = store
        self.leases = Leases(store, lease_seconds)
        self.interviewer = interviewer
        self.interviewer_name = interviewer_name
        self.clock = clock
        self.transcript_pause_seconds = transcript_pause_seconds
        self.sessions: dict[str, LiveSession] = {}
        self._opening: dict[str, asyncio.Lock] = {}
        self._pending_events: list[EventRecord] = []
        self._background: set[asyncio.Task[None]] = set()
        self._connections: dict[str, int] = {}
        self._buckets: dict[str, TokenBucket] = {}
        self.erased = Erased()  # their late messages are refused, and nothing of them is written again

    # --- plumbing -------------------------------------------------------------------------------------

    async def _think(self, fn: Callable[..., T], *args: Any) -> T:
        """Run an interviewer call; LM-backed interviewers block, so they run in a worker thread."""
        try:
            if self.interviewer.blocking:
                return await asyncio.to_thread(fn, *args)
            return fn(*args)
        except ProtocolError:
            raise
        except Exception as exc:
            # The class and the place only: an exception's message may quote the candidate's words.
            frame = traceback.extract_tb(exc.__traceback__)[-1]
            log.error("interviewer failed: %s at %s:%s", exc.__class__.__name__, frame.filename, frame.lineno)
            raise ProtocolError(
                500, "Interviewer error", exc.__class__.__name__, "InterviewerError"
            ) from None

    def record(
        self,
        session_id: str,
        direction: Literal["in", "out"],
        kind: str,
        payload: dict[str, Any],
        candidate_id: str | None = None,
    ) -> None:
        """Queue one message for the event log; it is written with the next commit or flush."""
        if self.erased.covers(session_id, candidate_id):
            return
        self._pending_events.append(
            EventRecord(
                session_id=session_id,
                candidate_id=candidate_id,
                direction=direction,
                type=kind,
                payload=payload,
                at=utc_now(),
            )
        )

    def _take_events(self) -> list[EventRecord]:
        events, self._pending_events = self._pending_events, []
        return events

    def drop_erased_events(self) -> None:
        self._pending_events = self.erased.keep(self._pending_events)

    def refuse_if_erased(self, session_id: str) -> None:
        self.erased.refuse(session_id)

    async def _create_commit(self, session_id: str, state: InterviewState, state_json: str) -> int:
        """Make a new session durable, together with every event logged so far; returns its revision."""
        deadline = self.clock.real_time(state.started_at + timedelta(minutes=state.preferences.max_duration))
        self.erased.refuse(session_id, state.candidate_id)  # erased while the interviewer was thinking
        events = self._take_events()
        try:
            return await stored(
                self.store.create_session(
                    session_id,
                    state,
                    interviewer=self.interviewer_name,
                    owner=self.leases.owner,
                    deadline=deadline,
                    events=events,
                    state_json=state_json,
                )
            )
        except ProtocolError:
            self._pending_events[:0] = events  # the messages are still logged with the next write
            raise

    async def commit(self, live: LiveSession, state: InterviewState, state_json: str) -> None:
        """Make a session's new state durable (with the events logged so far), checked against this
        process's lease and the revision it holds; only then may it be adopted."""
        self.erased.refuse(live.id, state.candidate_id)
        events = self._take_events()
        try:
            live.revision = await stored(
                self.store.save_session(
                    live.id,
                    state,
                    answered_before=answered_count(live.state),
                    revision=live.revision,
                    owner=self.leases.owner,
                    events=events,
                    state_json=state_json,
                )
            )
        except ProtocolError:
            self._pending_events[:0] = events
            raise

    async def flush_events(self) -> None:
        if self._pending_events:
            events = self._take_events()
            try:
                await stored(self.store.log_events(events))
            except ProtocolError as exc:
                self._pending_events[:0] = events
                log.error("event log not written: %s", exc.message)

    def _spawn(self, coro: Any) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def send(self, peer: Peer, text: str, session_id: str, kind: str, payload: dict[str, Any]) -> None:
        self.record(session_id, "out", kind, payload)
        await peer.send_text(text)

    async def publish(self, live: LiveSession, message: AIResponse | InterviewEnded) -> None:
        payload = message.model_dump(mode="json")
        self.record(live.id, "out", message.type, payload["data"])
        await live.broadcast(dump(message))

    # --- sessions in memory ---------------------------------------------------------------------------

    async def find(self, session_id: str) -> LiveSession | None:
        live = self.sessions.get(session_id)
        if live is not None:
            return live
        lock = self._opening.setdefault(session_id, asyncio.Lock())
        async with lock:
            live = self.sessions.get(session_id)
            if live is None:
                live = await self._open(session_id)
        if not lock.locked():
            self._opening.pop(session_id, None)
        return live

    async def _open(self, session_id: str) -> LiveSession | None:
        """Lease the session to this process and load it; no lease is kept for a session that is not there."""
        await self.leases.acquire(session_id)
        try:
            loaded = await stored(self.store.load_session(session_id))
        except ProtocolError:
            await self.leases.release(session_id)
            raise
        if loaded is None:
            await self.leases.release(session_id)
            return None
        return self._adopt(session_id, loaded.state, loaded.interviewer, revision=loaded.revision)

    def _adopt(
        self,
        session_id: str,
        state: InterviewState,
        interviewer_name: str,
        state_json: str = "",
        revision: int = 0,
    ) -> LiveSession:
        live = LiveSession(session_id, state, interviewer_name, state_json)
        live.revision = revision
        self.sessions[session_id] = live
        if not state.completed:
            self._schedule_end(live)
        return live

    async def require(self, session_id: str) -> LiveSession:
        live = await self.find(session_id)
        if live is None:
            raise ProtocolError(
                404, SESSION_NOT_FOUND, f"No interview was started for session {session_id}.", "HTTPException"
            )
        return live

    def attach(self, session_id: str, peer: Peer) -> None:
        live = self.sessions.get(session_id)
        if live is not None:
            live.peers.add(peer)

    def detach(self, session_id: str, peer: Peer) -> None:
        """A client leaving never ends the interview; an ended session with no peers leaves memory."""
        count = self._connections.get(session_id, 1) - 1
        if count > 0:
            self._connections[session_id] = count
        else:
            self._connections.pop(session_id, None)
            self._buckets.pop(session_id, None)
        live = self.sessions.get(session_id)
        if live is not None:
            live.peers.discard(peer)
            self._evict_if_idle(live)

    def connected(self, session_id: str, rate: float, burst: int) -> TokenBucket:
        """Count a new connection; its messages draw on the session's one rate-limit bucket."""
        self._connections[session_id] = self._connections.get(session_id, 0) + 1
        return self._buckets.setdefault(session_id, TokenBucket(rate, burst))

    def _evict_if_idle(self, live: LiveSession) -> None:
        if not live.peers and self.sessions.get(live.id) is live:
            self._spawn(self._evict(live))

    async def _evict(self, live: LiveSession) -> None:
        """A session nobody is connected to leaves memory and its lease is released, so that a client
        reconnecting to another process resumes it there; speech already buffered is committed first."""
        async with live.lock:
            if live.peers or self.sessions.get(live.id) is not live:
                return
            if live.buffer and not live.state.completed:
                try:
                    await self._answer(live, merge_answer(live.buffer, ""))
                except ProtocolError as exc:
                    log.error("session %s: buffered answer not committed: %s", live.id, exc.message)
            live.cancel_timers()
            self.sessions.pop(live.id, None)
        await self.leases.release(live.id)

    async def forget_candidate(self, candidate_id: str) -> None:
        """After erasure: drop the candidate's sessions from memory so nothing of them is served again."""
        for session_id, live in list(self.sessions.items()):
            if live.state.candidate_id == candidate_id:
                live.cancel_timers()
                self.sessions.pop(session_id, None)
                await self.leases.release(session_id)

    async def renew_leases(self) -> None:
        """Keep this process's leases; a session whose lease was lost (this process stalled past its expiry
        and another took over) leaves memory at once."""
        held = await self.leases.renew(list(self.sessions))
        for session_id in [sid for sid in self.sessions if sid not in held]:
            log.warning("session %s: lease lost to another server; dropped from memory", session_id)
            self.sessions.pop(session_id).cancel_timers()

    async def release_all(self) -> None:
        """On shutdown: hand every session over at once instead of after the lease expires."""
        for session_id, live in list(self.sessions.items()):
            live.cancel_timers()
            await self.leases.release(session_id)
        self.sessions.clear()

    async def sweep_overdue(self) -> int:
        """End interviews past max_duration that no process drives (their client left, or their process
        died); each is claimed by exactly one process."""
        claimed = await self.leases.claim_overdue()
        for session_id in claimed:
            try:
                loaded = await stored(self.store.load_session(session_id))
            except ProtocolError as exc:
                log.error("session %s: not loaded for its time-out (%s)", session_id, exc.message)
                loaded = None
            if loaded is None or session_id in self.sessions:
                await self.leases.release(session_id)
                continue
            live = self._adopt(session_id, loaded.state, loaded.interviewer, revision=loaded.revision)
            live.cancel_timers()
            self._spawn(self.end_by_time(live))
        return len(claimed)

    # --- timers ---------------------------------------------------------------------------------------

    def _schedule_end(self, live: LiveSession) -> None:
        left = live.state.preferences.max_duration - live.state.minutes_elapsed(self.clock.now())
        loop = asyncio.get_running_loop()
        live.end_timer = loop.call_later(self.clock.real_seconds(left), self._spawn_end, live)

    def _spawn_end(self, live: LiveSession) -> None:
        self._spawn(self.end_by_time(live))

    async def end_by_time(self, live: LiveSession) -> None:
        async with live.lock:
            if live.state.completed:
                return
            try:
                await self._finish(live, self.clock.now())
            except ProtocolError as exc:
                if exc.status_code == 409:  # another process drives it now, and ends it
                    live.cancel_timers()
                    if self.sessions.get(live.id) is live:
                        self.sessions.pop(live.id)
                    return
                log.error("session %s: could not end at max_duration (%s); retrying", live.id, exc.message)
                live.end_timer = asyncio.get_running_loop().call_later(
                    END_RETRY_SECONDS, self._spawn_end, live
                )
                return
        await self.publish(live, self.ended_message(live))
        self._evict_if_idle(live)

    def _schedule_pause_commit(self, live: LiveSession) -> None:
        if live.pause_timer is not None:
            live.pause_timer.cancel()
        loop = asyncio.get_running_loop()
        live.pause_timer = loop.call_later(
            self.transcript_pause_seconds, lambda: self._spawn(self.commit_after_pause(live))
        )

    async def commit_after_pause(self, live: LiveSession) -> None:
        async with live.lock:
            live.pause_timer = None
            if live.state.completed or not live.buffer:
                return
            try:
                await self._answer(live, merge_answer(live.buffer, ""))
            except ProtocolError as exc:
                log.error("session %s: buffered answer not committed: %s", live.id, exc.message)

    # --- message handlers -----------------------------------------------------------------------------

    async def handle(self, session_id: str, message: ClientMessage, peer: Peer) -> None:
        try:
            await self._dispatch(session_id, message, peer)
        finally:
            live = self.sessions.get(session_id)
            if live is not None and not live.lock.locked():
                live.compact()

    async def _dispatch(self, session_id: str, message: ClientMessage, peer: Peer) -> None:
        self.erased.refuse(session_id)
        match message:
            case StartInterview():
                await self.start(session_id, message, peer)
            case CandidateResponse():
                await self.candidate_response(session_id, message.data.response)
            case LiveTranscript():
                await self.live_transcript(session_id, message, peer)
            case EndInterview():
                await self.end(session_id, peer)
            case GetStatus():
                await self.status(session_id, peer)

    async def start(self, session_id: str, message: StartInterview, peer: Peer) -> None:
        live = await self.find(session_id)
        if live is None:
            lock = self._opening.setdefault(session_id, asyncio.Lock())
            async with lock:
                live = self.sessions.get(session_id) or await self._create(session_id, message)
            if not lock.locked():
                self._opening.pop(session_id, None)
        elif live.state.completed:
            raise ProtocolError(
                409, ALREADY_ENDED, "Start a new session id for a new interview.", "InvalidState"
            )
        live.peers.add(peer)
        started = self.started_message(live)
        await self.send(
            peer, dump(started), session_id, started.type, started.model_dump(mode="json")["data"]
        )

    async def _create(self, session_id: str, message: StartInterview) -> LiveSession:
        await self.leases.acquire(session_id)
        try:
            return await self._create_leased(session_id, message)
        except BaseException:
            await self.leases.release(session_id)
            raise

    async def _create_leased(self, session_id: str, message: StartInterview) -> LiveSession:
        data = message.data
        job = await stored(self.store.get_job(data.job_id))
        if job is None:
            raise ProtocolError(
                404, f"Job with ID {data.job_id} not found", "No job has this id.", "HTTPException"
            )
        candidate = await stored(self.store.get_candidate(data.candidate_id))
        if candidate is None:
            raise ProtocolError(
                404,
                f"Candidate with ID {data.candidate_id} not found",
                "No candidate has this id.",
                "HTTPException",
            )
        resume = (data.resume_text or "").strip() or candidate.resume_text.strip()
        if not resume:
            raise ProtocolError(
                404,
                "No resume found for candidate",
                "Send resume_text or store a resume for the candidate.",
                "HTTPException",
            )
        preferences = data.preferences or Preferences()
        state = await self._think(
            self.interviewer.start, job, candidate, resume, preferences, self.clock.now()
        )
        state_json = state.model_dump_json()
        revision = await self._create_commit(session_id, state, state_json)
        return self._adopt(session_id, state, self.interviewer_name, state_json, revision)

    async def candidate_response(self, session_id: str, response: str) -> None:
        live = await self.require(session_id)
        async with live.lock:
            if live.state.completed:
                raise ProtocolError(
                    409, ALREADY_ENDED, "The interview has ended; no more answers are taken.", "InvalidState"
                )
            answer = merge_answer(live.buffer, response)
            if not answer:
                raise ProtocolError(
                    400,
                    "Invalid candidate_response message: response",
                    "response: must not be empty",
                    "ValidationError",
                )
            await self._answer(live, answer)

    async def _answer(self, live: LiveSession, answer: str) -> None:
        """Commit one answer and reply; the buffer is cleared only once the answer is durable."""
        now = self.clock.now()
        state, step = await self._think(self.interviewer.answer, live.state, answer, now)
        completed = step.completed or state.minutes_elapsed(now) >= state.preferences.max_duration
        if completed and not state.completed:
            state = await self._think(self.interviewer.finish, state, now)
        state_json = state.model_dump_json()
        await self.commit(live, state, state_json)
        live.adopt(state, state_json)
        live.buffer.clear()
        if live.pause_timer is not None:
            live.pause_timer.cancel()
            live.pause_timer = None
        reply = AIResponse(
            data=AIResponseData(
                response=step.response,
                question="" if state.completed else step.question,
                interview_phase=state.phase,
                time_elapsed=self._elapsed(state),
                questions_asked=state.questions_asked,
                completed=state.completed,
                comfort_level=state.comfort,
            )
        )
        await self.publish(live, reply)
        if state.completed:
            live.cancel_timers()
            await self.publish(live, self.ended_message(live))

    async def live_transcript(self, session_id: str, message: LiveTranscript, peer: Peer) -> None:
        echo = LiveTranscriptUpdate(data=LiveTranscriptUpdateData(**message.data.model_dump()))
        await self.send(peer, dump(echo), session_id, echo.type, echo.model_dump(mode="json")["data"])
        if not message.data.is_final or not message.data.transcript.strip():
            return
        live = await self.find(session_id)
        if live is None or live.state.completed:
            return
        async with live.lock:
            if live.buffer and live.buffer[-1].strip() == message.data.transcript.strip():
                return  # the same final segment delivered twice
            live.buffer.append(message.data.transcript)
            self._schedule_pause_commit(live)

    async def end(self, session_id: str, peer: Peer) -> None:
        live = await self.require(session_id)
        async with live.lock:
            if not live.state.completed:
                await self._finish(live, self.clock.now())
        ended = self.ended_message(live)
        await self.send(peer, dump(ended), session_id, ended.type, ended.model_dump(mode="json")["data"])

    async def _finish(self, live: LiveSession, now: datetime) -> None:
        state = live.state
        if live.buffer and state.turns and state.turns[-1].answer is None:
            # Speech already said for the open question is kept as its answer, not thrown away.
            last = state.turns[-1].model_copy(
                update={"answer": merge_answer(live.buffer, ""), "answered_at": now}
            )
            state = state.model_copy(update={"turns": [*state.turns[:-1], last]})
        final = await self._think(self.interviewer.finish, state, now)
        final_json = final.model_dump_json()
        await self.commit(live, final, final_json)
        live.adopt(final, final_json)
        live.buffer.clear()
        live.cancel_timers()

    async def status(self, session_id: str, peer: Peer) -> None:
        live = await self.require(session_id)
        state = live.state
        update = StatusUpdate(
            data=StatusUpdateData(
                session_id=session_id,
                candidate_id=state.candidate_id,
                interview_phase=state.phase,
                time_elapsed=self._elapsed(state),
                max_duration=state.preferences.max_duration,
                questions_asked=state.questions_asked,
                completed=state.completed,
                comfort_level=state.comfort,
                strengths_identified=list(state.strengths),
                areas_to_probe=list(state.areas_to_probe),
            )
        )
        await self.send(peer, dump(update), session_id, update.type, update.model_dump(mode="json")["data"])

    # --- replies built from state ---------------------------------------------------------------------

    def _elapsed(self, state: InterviewState) -> float:
        return round(state.minutes_elapsed(self.clock.now()), 2)

    def started_message(self, live: LiveSession) -> InterviewStarted:
        state = live.state
        question = state.current_question or (state.turns[-1].question if state.turns else "")
        return InterviewStarted(
            data=InterviewStartedData(
                session_id=live.id,
                job_title=state.job.title,
                company=state.job.company,
                initial_question=question,
                max_duration=state.preferences.max_duration,
                interview_phase=state.phase,
            )
        )

    def ended_message(self, live: LiveSession) -> InterviewEnded:
        return InterviewEnded(
            data=InterviewEndedData(
                final_feedback=live.state.final_feedback or "",
                completed=True,
                session_id=live.id,
            )
        )
