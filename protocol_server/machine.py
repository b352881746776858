"""The session state machine: every transition of a `Session` (session.py), and the timers that trigger some.

Each transition runs under the session's lock and does its work in one order: compute the new state (the
interviewer), commit it (the store; a turn is durable before its `ai_response` is sent), adopt it in memory,
and only then reply. A failure before the commit leaves the session exactly as it was.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable, Coroutine
from datetime import datetime, timedelta
from typing import Any

from protocol_server import replies
from protocol_server.clock import InterviewClock
from protocol_server.erasure import Erased, close_erased_here, erased_error
from protocol_server.events import EventLog, Outbox
from protocol_server.interviewer_pool import InterviewerPool
from protocol_server.leases import Leases, stored
from protocol_server.plans import job_plan
from protocol_server.registry import SessionRegistry
from protocol_server.session import Peer, Session, Stage, merge_answer
from protocol_server.state_codec import EncodedState, PlanShelf
from protocol_server.thinker import NewState, Thinker
from workbench.interviewer.api import Interviewer, NextStep
from workbench.models import InterviewOpening, InterviewState, Preferences, StateFacts
from workbench.protocol import (
    InterviewEnded,
    InterviewStarted,
    LiveTranscriptData,
    ProtocolError,
    StartInterviewData,
    StatusUpdate,
    not_found,
)
from workbench.store.interface import InterviewStore
from workbench.store.records import NewEvent, SavedState

log = logging.getLogger(__name__)
END_RETRY_SECONDS = 5.0
ALREADY_ENDED = "Interview has already ended"


def _answer_required() -> ProtocolError:
    return ProtocolError(
        400, "Invalid candidate_response message: response", "response: must not be empty", "ValidationError"
    )


def _already_ended(details: str) -> ProtocolError:
    return ProtocolError(409, ALREADY_ENDED, details, "InvalidState")


class SessionMachine:
    def __init__(
        self,
        store: InterviewStore,
        interviewer: Interviewer,
        interviewer_name: str,
        clock: InterviewClock,
        transcript_pause_seconds: float,
        lease_seconds: float = 15.0,
        pool: InterviewerPool | None = None,
    ) -> None:
        self.store = store
        self.leases = Leases(store, lease_seconds)
        self.interviewer = interviewer
        self.interviewer_name = interviewer_name
        self.clock = clock
        self.transcript_pause_seconds = transcript_pause_seconds
        self.registry = SessionRegistry()
        self.plans = PlanShelf()  # one copy of each job's plan, shared by its sessions
        self.thinker = Thinker(interviewer, self.plans, pool)
        self.erased = Erased()  # their late messages are refused, and nothing of them is written again
        self.events = EventLog(store, self.erased)
        self.outbox = Outbox(self.events)
        self._background: set[asyncio.Task[None]] = set()

    # --- compute and commit ---------------------------------------------------------------------------

    async def _write(self, call: Callable[[list[NewEvent]], Coroutine[Any, Any, int]]) -> int:
        """A durable write carrying every event logged so far; on failure the events wait for the next one."""
        events = self.events.take()
        try:
            return await stored(call(events))
        except ProtocolError:
            self.events.requeue(events)
            raise

    async def _commit(self, session: Session, saved: SavedState) -> None:
        """Make a session's new state durable, checked against this process's lease and the revision it holds
        (a second process never commits an answer); only then may it be adopted."""
        self.erased.refuse(session.id, saved.facts.candidate_id)  # erased while the interviewer was thinking
        session.revision = await self._write(
            lambda events: self.store.save_session(
                session.id, saved, revision=session.revision, owner=self.leases.owner, events=events
            )
        )

    # --- opening: OPENING -> ACTIVE | ENDED | EVICTED -------------------------------------------------

    async def open(self, session_id: str, start: StartInterviewData | None = None) -> Session | None:
        """The live session, loaded from the store if need be, or created from `start` when there is none.
        Concurrent callers for one id share one opening: they wait on its lock and see its outcome."""
        self.erased.refuse(session_id)
        while True:
            session = self.registry.get(session_id)
            if session is None:
                session = self.registry.add(session_id)
                async with session.lock:
                    await self._open(session, start)
            elif session.stage is Stage.OPENING:
                async with session.lock:
                    pass  # the opener decided
                if session.evicted:
                    # It found nothing (a `start` now tries as the creator) or failed (e.g. another process
                    # holds the lease): open again, to get the answer or the error of our own attempt.
                    continue
            return None if session.evicted else session

    async def _open(self, session: Session, start: StartInterviewData | None) -> None:
        """Lease the session to this process, then load it, or create it; no lease outlives a failed open."""
        leased = False
        try:
            await self.leases.acquire(session.id)
            leased = True
            loaded = await stored(self.store.load_session(session.id))
            if loaded is not None:
                state = self.plans.share(loaded.state, stored=loaded.plan_stored)
                encoded, _ = self.plans.encode(state)
                self._adopt(session, state, encoded, loaded.interviewer, loaded.revision)
            elif start is not None:
                await self._create(session, start)
            else:
                await self._refuse_if_erased(session.id)
        finally:
            if session.stage is Stage.OPENING:
                await self._evict(session, release=leased)

    async def _refuse_if_erased(self, session_id: str) -> None:
        """A message for a session that is not stored: if its candidate was erased (by any server process,
        before any restart), it is refused as erased, and what it queued in the event log is dropped."""
        if await stored(self.store.erased_sessions([session_id])):
            self.erased.sessions.add(session_id)
            self.events.drop_erased()
            raise erased_error()

    async def _create(self, session: Session, start: StartInterviewData) -> None:
        job = await stored(self.store.get_job(start.job_id))
        if job is None:
            raise ProtocolError(
                404, f"Job with ID {start.job_id} not found", "No job has this id.", "HTTPException"
            )
        candidate = await stored(self.store.get_candidate(start.candidate_id))
        if candidate is None:
            raise ProtocolError(
                404,
                f"Candidate with ID {start.candidate_id} not found",
                "No candidate has this id.",
                "HTTPException",
            )
        resume = (start.resume_text or "").strip() or candidate.resume_text.strip()
        if not resume:
            raise ProtocolError(
                404,
                "No resume found for candidate",
                "Send resume_text or store a resume for the candidate.",
                "HTTPException",
            )
        preferences = start.preferences or Preferences()
        plan = await job_plan(self.store, self.plans, job, preferences)  # the same core questions
        opening = InterviewOpening(job, candidate, resume, preferences, self.clock.now(), plan)
        state, made = await self.thinker.start(session.id, opening)
        lean, mark = (made.lean, made.mark) if made is not None else (None, None)
        encoded, stored_state = self.plans.encode(state, lean, mark)
        deadline = self.clock.real_time(state.started_at + timedelta(minutes=state.preferences.max_duration))
        self.erased.refuse(session.id, state.candidate_id)
        revision = await self._write(
            lambda events: self.store.create_session(
                session.id,
                state,
                interviewer=self.interviewer_name,
                owner=self.leases.owner,
                deadline=deadline,
                events=events,
                stored_state=stored_state,
            )
        )
        self._adopt(session, state, encoded, self.interviewer_name, revision)

    def _adopt(
        self, session: Session, state: InterviewState, encoded: EncodedState, interviewer: str, revision: int
    ) -> None:
        session.adopt(encoded, StateFacts.of(state), interviewer, state)
        session.revision = revision
        if session.stage is Stage.ACTIVE:
            self._arm_end_timer(session)

    async def require(self, session_id: str, peer: Peer | None = None) -> Session:
        session = await self.open(session_id)
        if session is None:
            raise not_found(session_id)
        if peer is not None:
            session.peers.add(peer)
        return session

    # --- the transitions messages ask for -------------------------------------------------------------

    async def start(self, session_id: str, start: StartInterviewData, peer: Peer) -> InterviewStarted:
        session = await self.open(session_id, start)
        if session is None:
            raise not_found(session_id)
        if session.stage is Stage.ENDED:
            raise _already_ended("Start a new session id for a new interview.")
        session.peers.add(peer)
        return replies.started(session.id, session.state)

    @contextlib.asynccontextmanager
    async def _locked(self, session_id: str, peer: Peer) -> AsyncIterator[Session]:
        """The live session, under its lock. One that left memory while we waited for the lock (lease lost,
        erased) is opened again, so the caller gets the current answer (or its error), not a stale object."""
        while True:
            session = await self.require(session_id, peer)
            await session.lock.acquire()
            if not session.evicted:
                break
            session.lock.release()
        try:
            yield session
        finally:
            session.lock.release()

    async def answer(self, session_id: str, response: str, peer: Peer) -> None:
        async with self._locked(session_id, peer) as session:
            self._refuse_if_ended(session, "The interview has ended; no more answers are taken.")
            answer = merge_answer(session.buffer, response)
            if not answer:
                raise _answer_required()
            await self._answer(session, answer)

    async def hear(self, session_id: str, segment: LiveTranscriptData, peer: Peer) -> None:
        """A final live-transcript segment joins the answer in progress; a pause with nothing new commits it."""
        if not segment.is_final or not segment.transcript.strip():
            return
        session = await self.open(session_id)
        if session is None or session.stage is not Stage.ACTIVE:
            return
        session.peers.add(peer)
        async with session.lock:
            if session.stage is not Stage.ACTIVE:
                return
            if session.buffer and session.buffer[-1].strip() == segment.transcript.strip():
                return  # the same final segment delivered twice
            session.buffer.append(segment.transcript)
            self._arm_pause_timer(session)

    async def end(self, session_id: str, peer: Peer) -> InterviewEnded | None:
        """Ends the interview and pushes `interview_ended` to every connection; a repeat answers the same
        message to the asking connection only (returned)."""
        async with self._locked(session_id, peer) as session:
            if session.stage is Stage.ENDED:
                return replies.ended(session.id, session.state)
            await self._finish(session, self.clock.now())
            await self.outbox.publish(session, replies.ended(session.id, session.state))
        return None

    async def status(self, session_id: str, peer: Peer) -> StatusUpdate:
        session = await self.require(session_id, peer)
        # the running strengths and areas to probe read the grades: one still pending is given here
        state = await self.thinker.graded(session.state, session.memory)
        return replies.status(session.id, state, self.clock)

    def _refuse_if_ended(self, session: Session, ended_details: str) -> None:
        if session.stage is Stage.ENDED:
            raise _already_ended(ended_details)

    # --- ACTIVE -> ACTIVE | ENDED ---------------------------------------------------------------------

    async def _answer(self, session: Session, answer: str) -> None:
        """Commit one answer and reply; the buffer is cleared only once the answer is durable."""
        new, step = await self.thinker.answer(session, answer, self.clock.now())
        await self._commit(session, new.saved)
        self._adopt_answered(session, new)
        await self._reply_answered(session, new.facts, step)

    def _adopt_answered(self, session: Session, new: NewState) -> None:
        session.buffer.clear()
        if session.pause_timer is not None:
            session.pause_timer.cancel()
            session.pause_timer = None
        session.adopt(new.encoded, new.facts, session.interviewer_name, new.state)
        if session.stage is Stage.ENDED:
            session.cancel_timers()

    async def _reply_answered(self, session: Session, facts: StateFacts, step: NextStep) -> None:
        await self.outbox.publish(session, replies.answered(facts, step, self.clock))
        if session.stage is Stage.ENDED:
            await self.outbox.publish(session, replies.ended(session.id, session.state))

    async def _finish(self, session: Session, now: datetime) -> None:
        """ACTIVE -> ENDED: final feedback and assessment, committed, then adopted."""
        state = session.state
        if session.buffer and state.turns and state.turns[-1].answer is None:
            # Speech already said for the open question is kept as its answer, not thrown away.
            last = state.turns[-1].model_copy(
                update={"answer": merge_answer(session.buffer, ""), "answered_at": now}
            )
            state = state.model_copy(update={"turns": [*state.turns[:-1], last]})
        final = await self.thinker.finish(state, now, session.answered, session.memory, session.ungraded)
        await self._commit(session, final.saved)
        self._adopt_answered(session, final)

    # --- -> EVICTED -----------------------------------------------------------------------------------

    async def _evict(self, session: Session, *, release: bool = True) -> None:
        session.cancel_timers()
        session.move(Stage.EVICTED)
        self.registry.remove(session)
        if self.thinker.pool is not None:
            self.thinker.pool.forget([session.id])  # its analysis, kept in the worker between turns
        if release:
            await self.leases.release(session.id)

    async def settle(self, session: Session) -> None:
        """Between messages. A session nobody is connected to leaves memory and its lease is released, so
        that a client reconnecting to another process resumes it there (speech already buffered is committed
        first; an overdue one is ended by the time-out sweep). Others keep only their state's JSON."""
        if session.lock.locked() or session.evicted:
            return
        if not session.unwatched:
            session.compact()
            return
        async with session.lock:
            if session.stage is Stage.ACTIVE and session.buffer:
                try:
                    await self._answer(session, merge_answer(session.buffer, ""))
                except ProtocolError as exc:
                    log.error("session %s: buffered answer not committed: %s", session.id, exc.message)
            if session.unwatched and not session.evicted:
                await self._evict(session)

    async def detach(self, session_id: str, peer: Peer) -> None:
        """A client leaving never ends the interview."""
        self.registry.disconnected(session_id)
        session = self.registry.get(session_id)
        if session is not None:
            session.peers.discard(peer)
            await self.settle(session)

    async def drop(self, session: Session) -> None:
        """The session leaves memory now (its lease handed over), unless it already has."""
        async with session.lock:
            if not session.evicted:
                await self._evict(session)

    async def renew_leases(self) -> None:
        """Keep this process's leases; a session whose lease was lost (this process stalled past its expiry
        and another took over) leaves memory at once."""
        # Only opened sessions: one still OPENING may not have its lease yet (that is not a loss).
        opened = {s.id: s for s in self.registry.sessions() if s.stage in (Stage.ACTIVE, Stage.ENDED)}
        held = await self.leases.renew(list(opened))
        lost = [session_id for session_id in opened if session_id not in held]
        for session_id in await stored(self.store.erased_sessions(lost)) if lost else ():
            # Erased by another process (its notification missed): closed as erased, not as a lease loss.
            await close_erased_here(self, opened[session_id].state.candidate_id)
        for session_id, session in opened.items():
            if session_id not in held and self.registry.get(session_id) is session:
                log.warning("session %s: lease lost to another server; dropped from memory", session_id)
                await self.drop(session)

    async def sweep_overdue(self) -> None:
        """End interviews past max_duration that no process drives (their client left, or their process
        died); each is claimed by exactly one process, whose end timer then fires at once."""
        for session_id in await self.leases.claim_overdue():
            if self.registry.get(session_id) is not None:
                continue  # already in memory here: its own end timer ends it
            try:
                session = await self.open(session_id)
            except ProtocolError as exc:
                log.error("session %s: not loaded for its time-out (%s)", session_id, exc.message)
                await self.leases.release(session_id)
                continue
            if session is not None and session.stage is Stage.ENDED:
                await self.settle(session)  # it had ended meanwhile: nobody watches it, so it leaves again

    async def close(self) -> None:
        """Shutdown: every session leaves memory and its lease is handed over at once; queued events are
        written."""
        for task in list(self._background):
            task.cancel()
        for session in self.registry.sessions():
            if not session.evicted:
                await self._evict(session)
        await self.events.flush()

    # --- timers ---------------------------------------------------------------------------------------

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    def _arm_end_timer(self, session: Session, delay: float | None = None) -> None:
        if delay is None:
            left = session.state.preferences.max_duration - session.state.minutes_elapsed(self.clock.now())
            delay = self.clock.real_seconds(left)
        session.end_timer = asyncio.get_running_loop().call_later(
            delay, lambda: self._spawn(self._end_by_time(session))
        )

    async def _end_by_time(self, session: Session) -> None:
        async with session.lock:
            if session.stage is not Stage.ACTIVE:
                return
            try:
                await self._finish(session, self.clock.now())
            except ProtocolError as exc:
                if exc.status_code == 409:  # another process drives it now, and ends it
                    await self._evict(session)  # our count drops; the store keeps the other lease
                    return
                log.error("session %s: could not end at max_duration (%s); retrying", session.id, exc.message)
                self._arm_end_timer(session, END_RETRY_SECONDS)
                return
            await self.outbox.publish(session, replies.ended(session.id, session.state))
        await self.settle(session)

    def _arm_pause_timer(self, session: Session) -> None:
        if session.pause_timer is not None:
            session.pause_timer.cancel()
        session.pause_timer = asyncio.get_running_loop().call_later(
            self.transcript_pause_seconds, lambda: self._spawn(self._commit_after_pause(session))
        )

    async def _commit_after_pause(self, session: Session) -> None:
        async with session.lock:
            session.pause_timer = None
            if session.stage is not Stage.ACTIVE or not session.buffer:
                return
            try:
                await self._answer(session, merge_answer(session.buffer, ""))
            except ProtocolError as exc:
                log.error("session %s: buffered answer not committed: %s", session.id, exc.message)
        await self.settle(session)
