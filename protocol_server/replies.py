"""Every message the server sends is built here, from committed session state only."""

from __future__ import annotations

from protocol_server.clock import InterviewClock
from workbench.interviewer.api import NextStep
from workbench.models import InterviewState, StateFacts
from workbench.protocol import (
    AIResponse,
    AIResponseData,
    InterviewEnded,
    InterviewEndedData,
    InterviewStarted,
    InterviewStartedData,
    LiveTranscript,
    LiveTranscriptUpdate,
    LiveTranscriptUpdateData,
    StatusUpdate,
    StatusUpdateData,
)


def elapsed(state: InterviewState | StateFacts, clock: InterviewClock) -> float:
    return round(state.minutes_elapsed(clock.now()), 2)


def started(session_id: str, state: InterviewState) -> InterviewStarted:
    """Also the answer to a repeated `start_interview`: the current phase and the question now open."""
    question = state.current_question or (state.turns[-1].question if state.turns else "")
    return InterviewStarted(
        data=InterviewStartedData(
            session_id=session_id,
            job_title=state.job.title,
            company=state.job.company,
            initial_question=question,
            max_duration=state.preferences.max_duration,
            interview_phase=state.phase,
        )
    )


def answered(facts: StateFacts, step: NextStep, clock: InterviewClock) -> AIResponse:
    return AIResponse(
        data=AIResponseData(
            response=step.response,
            question="" if facts.completed else step.question,
            interview_phase=facts.phase,
            time_elapsed=elapsed(facts, clock),
            questions_asked=facts.questions_asked,
            completed=facts.completed,
            comfort_level=facts.comfort,
        )
    )


def ended(session_id: str, state: InterviewState) -> InterviewEnded:
    """The same message for every repeat of `end_interview` (ending is idempotent)."""
    return InterviewEnded(
        data=InterviewEndedData(
            final_feedback=state.final_feedback or "", completed=True, session_id=session_id
        )
    )


def status(session_id: str, state: InterviewState, clock: InterviewClock) -> StatusUpdate:
    return StatusUpdate(
        data=StatusUpdateData(
            session_id=session_id,
            candidate_id=state.candidate_id,
            interview_phase=state.phase,
            time_elapsed=elapsed(state, clock),
            max_duration=state.preferences.max_duration,
            questions_asked=state.questions_asked,
            completed=state.completed,
            comfort_level=state.comfort,
            strengths_identified=list(state.strengths),
            areas_to_probe=list(state.areas_to_probe),
        )
    )


def transcript_echo(message: LiveTranscript) -> LiveTranscriptUpdate:
    return LiveTranscriptUpdate(
        data=LiveTranscriptUpdateData(transcript=message.data.transcript, is_final=message.data.is_final)
    )
