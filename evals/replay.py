"""Replays a recorded transcript's answers through an interviewer, to compare its assessment with labels.

The interviewer asks its own questions; the n-th recorded answer is given to its n-th question, at the
recorded time. Labels (turn comfort, competency scores) then stand beside what the interviewer concluded.
"""

from __future__ import annotations

import time

from evals.assessment_replay import recorded_state
from evals.metrics.trace import InterviewTrace, trace_from_replay
from workbench.interviewer.api import Interviewer, InterviewState
from workbench.models import CandidateDetails, JobDetails
from workbench.records import InterviewRecord


def replay_state(
    interviewer: Interviewer,
    record: InterviewRecord,
    job: JobDetails,
    candidate: CandidateDetails | None = None,
) -> tuple[InterviewState, list[float]]:
    """The interviewer's final state after the recorded answers, and the latency of each step (ms)."""
    person = candidate or CandidateDetails(id=record.candidate_id, name="Recorded candidate")
    latencies: list[float] = []
    started = time.perf_counter()
    state: InterviewState = interviewer.start(
        job, person, person.resume_text, record.preferences, record.started_at
    )
    latencies.append((time.perf_counter() - started) * 1000.0)
    for turn in record.turns:
        if state.completed or state.current_question is None:
            break
        started = time.perf_counter()
        state, step = interviewer.answer(state, turn.answer, turn.answered_at)
        latencies.append((time.perf_counter() - started) * 1000.0)
        if step.completed:
            break
    if not state.completed or state.assessment is None:
        started = time.perf_counter()
        state = interviewer.finish(state, max(record.ended_at, record.turns[-1].answered_at))
        latencies.append((time.perf_counter() - started) * 1000.0)
    return state, latencies


def replay_record(
    interviewer: Interviewer,
    record: InterviewRecord,
    job: JobDetails,
    candidate: CandidateDetails | None = None,
) -> InterviewTrace:
    """The replay's conduct and comfort; its scores come from the recorded answers judged against their own
    questions (`assessment_replay`) when the interviewer can rescore, since answers replayed to other
    questions are rightly not evidence."""
    state, latencies = replay_state(interviewer, record, job, candidate)
    rescorer = getattr(interviewer, "rescore", None)
    scored = rescorer(recorded_state(record, job)) if callable(rescorer) else None
    return trace_from_replay(record, job, state, latencies, scored)
