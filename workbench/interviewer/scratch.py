"""The baseline's per-interview notes kept in `InterviewState.scratch`: plain JSON values only, so a stored or
replayed state round-trips exactly."""

from __future__ import annotations

from workbench.interviewer.api import InterviewState
from workbench.interviewer.plan import Plan
from workbench.interviewer.select import Profile

PLAN, PROFILE, PROBED, NAME, LAST_ACK = "plan", "profile", "probed_skills", "first_name", "last_ack"
REASSURED = (
    "reassured"  # "take your time" said once already for fillers alone (speech-to-text is full of them)
)


def plan_of(state: InterviewState) -> Plan:
    """The phase budgets (minutes and question counts) this interview runs on."""
    return Plan.model_validate(state.scratch[PLAN])


def profile_of(state: InterviewState) -> Profile:
    return Profile.from_json(state.scratch.get(PROFILE))


def strings(value: object) -> list[str]:
    return [str(item) for item in value] if isinstance(value, list) else []


def first_name(state: InterviewState) -> str:
    return str(state.scratch.get(NAME, ""))
