"""The job's interview plan, stored with the job: built once per set of plan inputs, then read back.

Every session of a job with the same preferences starts from the stored plan, so every candidate gets the same
core questions in the same order, even after the analyser changes (a new analyser makes a new version). A
stored plan never changes, so the process's shelf of plans answers before the store is asked.
"""

from __future__ import annotations

import asyncio

from protocol_server.leases import stored
from protocol_server.state_codec import PlanShelf
from workbench.interviewer.planning.planner import build_interview_plan, plan_key
from workbench.models import InterviewPlan, JobDetails, Preferences
from workbench.store.interface import InterviewStore


async def job_plan(
    store: InterviewStore, shelf: PlanShelf, job: JobDetails, preferences: Preferences
) -> InterviewPlan:
    """The job's plan for these preferences: one object per process, shared by every session that uses it."""
    key = plan_key(job, preferences)
    existing = shelf.find(job.id, key) or await stored(store.get_plan(job.id, key))
    if existing is None:
        # Off the event loop: the first plan of a process also loads the ESCO index (about a second).
        plan = await asyncio.to_thread(build_interview_plan, job, preferences)
        existing = await stored(store.save_plan(plan))
    return shelf.shelve(existing, stored=True)[0]
