"""One short interview on a made-up job, run by a server before it takes its first candidate.

The offline interviewer loads some of its data on first use (word frequencies, rubric phrase lists, the
unsafe-practice patterns, the calibration, the question bank's indexes). On a cold server the first candidates'
turns paid for it, and every session the event loop serves waited meanwhile. A rehearsal loads all of it before
the server settles its heap (`protocol_server.app.settle_heap`), which also keeps it out of the collector's way.
It uses no LM: an LM-backed interviewer rehearses the offline baseline it falls back on.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from workbench.interviewer.api import Interviewer
from workbench.interviewer.baseline import BaselineInterviewer
from workbench.models import CandidateDetails, JobDetails, Preferences

START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
JOB = JobDetails(
    id="rehearsal-job",
    title="Registered nurse",
    requirements="Patient assessment; medication administration; infection control.",
)
CANDIDATE = CandidateDetails(
    id="rehearsal-candidate",
    name="Sam Rehearsal",
    resume_text="Staff nurse at a city hospital, 2019-2024: medication rounds, patient assessment, audits.",
)
ANSWERS = (
    "I have worked five years on a busy medical ward, where I led the medication rounds for twelve patients.",
    "I checked the chart, confirmed the patient's identity and allergies, then gave the dose and recorded it.",
    "Sorry, could you say that another way?",
    "Usually we skip the second check if it looks fine, things like that.",
    "Last year a patient deteriorated; I escalated early, we started sepsis care and he recovered in two days.",
    "What does the team's induction look like?",
)


def rehearse(interviewer: Interviewer, *, close: bool = True) -> None:
    """Run the offline interviewer through a start, a few answers of every kind, and (with `close`) the end,
    which loads the relevance model the close uses."""
    baseline = interviewer if isinstance(interviewer, BaselineInterviewer) else None
    baseline = baseline or getattr(interviewer, "baseline", None)
    if not isinstance(baseline, BaselineInterviewer):
        return
    state = baseline.start(JOB, CANDIDATE, CANDIDATE.resume_text, Preferences(), START)
    now = START
    for answer in ANSWERS:
        now += timedelta(minutes=2)
        state, step = baseline.answer(state, answer, now)
        if step.completed:
            break
    if close:
        baseline.finish(state, now)
