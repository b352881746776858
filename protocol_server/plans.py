"""The job's interview plan, stored with the job: built once per set of plan inputs, then read back.

Every session of a job with the same preferences starts from the stored plan, so every candidate gets the same
core questions in the same order, even after the analyser changes (a new analyser makes a new version).
"""

from __future__ import annotations

import asyncio

from protocol_server.leases import stored
from workbench.interviewer.planning.planner import build_interview_plan, plan_key
from workbench.models import InterviewPlan, JobDetails, Preferences
from workbench.store.interface import InterviewStore


async def job_plan(store: InterviewStore, job: JobDetails, preferences: Preferences) -> InterviewPlan:
    existing = await stored(store.get_plan(job.id, plan_key(job, preferences)))
    if existing is not None:
        return existing
    # Off the event loop: the first plan of a process also loads the ESCO index (about a second).
    plan = await asyncio.to_thread(build_interview_plan, job, preferences)
    return await stored(store.save_plan(plan))
