"""Lines of an ad that are conditions of the job, not knowledge to question. Seen: 'Talk me through the last time
you had to commission split negotiable' (a tattoo studio's pay terms), 'your approach to insurance with a client'
(a massage therapist's cover), 'the most common mistake people make with own professional kit (two bodies, backup
flash)' (a photographer's kit), 'which checks do you rely on when it comes to not allergic to bee stings', 'your
approach to stomach and emotional resilience in the lab' (a mortuary), 'a decision involving accuracy' (a court
clerk), 'the most common mistake people make with council planning team', 'AWS CWI required' as a subject, and
'a client is unhappy with the result of client care' (a quality the customer focus questions ask)."""

from __future__ import annotations

import pytest

from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import JobDetails, Preferences


def _subjects(job: JobDetails) -> list[str]:
    plan = build_interview_plan(job, Preferences())
    return [c.name.lower() for c in plan.competencies if c.source == "requirements"]


@pytest.mark.parametrize(
    ("title", "description", "requirements", "not_a_subject"),
    [
        (
            "Tattoo Artist",
            "Design custom pieces with clients, keep a strict sterilisation routine, complete consent forms and "
            "give aftercare advice. Chair rental or commission split negotiable.",
            "Minimum 3 years tattooing. Local authority registration.",
            "negotiable",
        ),
        (
            "Sports Massage Therapist",
            "Carry out consultations and contraindication checks, deliver sports and deep tissue treatments, keep "
            "client records and keep the treatment room clean.",
            "Level 4 Sports Massage. Insurance. Good client care.",
            "insurance",
        ),
        (
            "Holistic Massage Therapist",
            "Carry out consultations, deliver Swedish and hot stone treatments, keep client records and keep the "
            "treatment room clean.",
            "Level 3 Diploma in Massage. Excellent client care.",
            "client care",
        ),
        (
            "Events Photographer",
            "Shoot corporate events and parties, plan shot lists with clients, edit in Lightroom and deliver "
            "galleries on time.",
            "Own professional kit (two bodies, backup flash). Portfolio required.",
            "kit",
        ),
        (
            "Apiary Assistant",
            "Inspect colonies, carry out swarm control, treat for varroa and extract honey.",
            "Beekeeping experience. Not allergic to bee stings.",
            "allergic",
        ),
        (
            "Mortuary Technician",
            "Receive and release the deceased, assist with post-mortem examinations, clean the post-mortem room.",
            "Strong stomach and emotional resilience. Good IT skills.",
            "stomach",
        ),
        (
            "Court Clerk",
            "Support magistrates in the courtroom, call cases, take pleas and record outcomes.",
            "Excellent accuracy. Legal qualification desirable.",
            "accuracy",
        ),
        (
            "Planning Officer",
            "Council planning team. Assess householder applications, carry out site visits and write officer "
            "reports.",
            "RTPI membership or working towards.",
            "planning team",
        ),
        (
            "Welding Inspector",
            "Inspect structural steel welds, review WPS/PQR, witness NDT and write nonconformance reports.",
            "AWS CWI required. 5 years in structural fabrication.",
            "cwi",
        ),
    ],
)
def test_a_condition_of_the_job_is_no_subject_to_question(
    title: str, description: str, requirements: str, not_a_subject: str
) -> None:
    job = JobDetails(id=f"ux16-{title}", title=title, description=description, requirements=requirements)
    subjects = _subjects(job)
    assert subjects, "the job's own duties are still asked"
    assert not any(not_a_subject in s for s in subjects), subjects


def test_leading_a_team_and_knowledge_of_insurance_stay_subjects() -> None:
    broker = JobDetails(
        id="ux16-broker",
        title="Commercial Insurance Broker",
        description="Place commercial insurance for SME clients, negotiate renewals with insurers.",
        requirements="Knowledge of commercial insurance products. Cert CII.",
    )
    assert any("insurance" in s for s in _subjects(broker))
