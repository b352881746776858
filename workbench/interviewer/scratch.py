"""The baseline's per-interview notes kept in `InterviewState.scratch`: plain JSON values only, so a stored or
replayed state round-trips exactly."""

from __future__ import annotations

from workbench.interviewer.api import InterviewState
from workbench.interviewer.memo import per_session_by_identity
from workbench.interviewer.plan import Plan
from workbench.interviewer.select import Profile

PLAN, PROFILE, PROBED, NAME, LAST_ACK = "plan", "profile", "probed_skills", "first_name", "last_ack"
REASSURED = (
    "reassured"  # "take your time" said once already for fillers alone (speech-to-text is full of them)
)


def plan_of(state: InterviewState) -> Plan:
    """The phase budgets (minutes and question counts) this interview runs on."""
    return _plan(state.scratch[PLAN])


def profile_of(state: InterviewState) -> Profile:
    return _profile(state.scratch.get(PROFILE))


# The budgets and the profile are written into the scratch at the start and never changed in place: parsed once a
# session where the session's state stays in memory between turns (an interviewer worker's), as the resume probes
# are (`agenda._probes`); a state parsed again each turn parses them again. Both are read, never changed.
@per_session_by_identity
def _plan(raw: object) -> Plan:
    return Plan.model_validate(raw)


@per_session_by_identity
def _profile(raw: object) -> Profile:
    return Profile.from_json(raw)


def strings(value: object) -> list[str]:
    return [str(item) for item in value] if isinstance(value, list) else []


def first_name(state: InterviewState) -> str:
    return str(state.scratch.get(NAME, ""))
