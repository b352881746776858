"""An answer that gives no evidence on what was asked is thanked, not praised for a part of it: an HR Adviser
who answers a request for an example with the depot's Christmas party and her charity bake sale was told
"That's helpful, especially the part where you ran the charity bake sale." Written here: no dataset job."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from workbench.interviewer.baseline import BaselineInterviewer
from workbench.models import CandidateDetails, JobDetails, Preferences

HR_ADVISER = JobDetails(
    id="uxc-hr",
    title="HR Adviser",
    company="Meridian Housing Group",
    description=(
        "HR Adviser - CIPD Level 5 - advising managers on absence, disciplinary and grievance cases. You'll coach "
        "managers through absence management, disciplinaries and grievances and keep accurate case records."
    ),
    requirements="CIPD Level 5. Sound working knowledge of UK employment law. Experience of case management.",
)
OFF_TOPIC = (
    "Well, when I was at the railway we had a lot of strikes, and the depot at Tyseley was always busy, and the "
    "managers were great, we had a lovely Christmas party, and I ran the charity bake sale."
)


RESUME = (
    "Aisha Karim\n2021-2025 HR Advisor, West Midlands Trains - ER casework (60+ cases a year), absence reviews\n"
    "CIPD Level 5 Associate Diploma (2022)"
)


def test_an_off_topic_answer_is_thanked_not_praised() -> None:
    interviewer = BaselineInterviewer()
    now = datetime(2026, 11, 30, 9, tzinfo=UTC)
    state = interviewer.start(
        HR_ADVISER,
        CandidateDetails(id="cand-aisha", name="Aisha", resume_text=RESUME),
        RESUME,
        Preferences(),
        now,
    )
    for answer in (
        "I've been an HR Advisor at West Midlands Trains for four years, mostly employee relations casework, and "
        "I'd like to move into housing because of the social purpose.",
        "For long-term absence I'd meet the employee early, get an OH referral with their consent, look at "
        "reasonable adjustments if it might be a disability, and keep the manager to the policy timescales.",
    ):
        now += timedelta(seconds=80)
        state, _ = interviewer.answer(state, answer, now)
    asked = state.turns[-1]
    state, step = interviewer.answer(state, OFF_TOPIC, now + timedelta(seconds=80))
    assert asked.competency_id != "motivation", asked
    assert not any(word in step.response for word in ("bake sale", "Christmas", "especially")), step.response
