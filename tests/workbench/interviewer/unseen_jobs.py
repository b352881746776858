"""Jobs written for a test (in no dataset), what the planner reads of them, and an interview on one brought to its
first question of the work: the fixtures the eighteenth session's tests wrote again file by file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.planning.planner import match_occupation
from workbench.models import CandidateDetails, InterviewState, JobDetails, Preferences

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
# an answer to a follow-up on the opening: full enough that the questions of the work start
OPENING_FOLLOWED_UP = "I ran the morning routine on my own for a year at my last job."
CARE_ASSISTANT = JobDetails(
    id="carer",
    title="Care Assistant",
    description="Support residents with personal care, medication rounds and observations in a care home.",
    skills_required=["personal care", "medication administration"],
)


def written_job(title: str, description: str, *skills: str) -> JobDetails:
    """A job of a title, a description and skills, its id the title's."""
    return JobDetails(
        id=title.lower().replace(" ", "-"), title=title, description=description, skills_required=list(skills)
    )


def occupation_label(title: str, description: str = "") -> str | None:
    """The label of the occupation the planner reads for a job of this title and description, None for none."""
    found = match_occupation(written_job(title, description))
    return found[0].label if found else None


def at_first_question(job: JobDetails, opening: str) -> tuple[BaselineInterviewer, InterviewState, datetime]:
    """An interview on `job` past its opening (answered with `opening`, and a follow-up on it answered fully): the
    first question of the work is open. The baseline, the state and the time reached."""
    baseline = BaselineInterviewer()
    state = baseline.start(job, CandidateDetails(id="c", name="Sam Taylor"), "", Preferences(), T0)
    now = T0 + timedelta(minutes=2)
    state, _ = baseline.answer(state, opening, now)
    while state.turns[-1].kind == "follow_up":
        now += timedelta(minutes=2)
        state, _ = baseline.answer(state, OPENING_FOLLOWED_UP, now)
    return baseline, state, now
