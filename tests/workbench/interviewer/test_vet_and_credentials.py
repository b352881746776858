"""A veterinary surgeon's ad and answers, tried as a new user: "MRCVS. 2+ years in practice." was one item
("Imagine an owner questions how MRCVS. 2+ years in practice are being handled") because "MRCVS." was read as the
abbreviation "vs."; then "MRCVS" (a membership) and "practice" (what "2+ years in practice" leaves) were items;
"client communication" was job knowledge; and "If the owner can't afford the surgery I just do it cheaper
without the pre-op bloods" was not flagged: the situation's "can't" took the statement back. Written for these
tests: the job is not in the datasets."""

from __future__ import annotations

import pytest

from workbench.interviewer.planning.adtext import ad_items
from workbench.interviewer.planning.jobtext import requirements
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.interviewer.unsafe_practice import unsafe_sentence
from workbench.models import JobDetails, Preferences

_VET = JobDetails(
    id="job-veterinary-surgeon",
    title="Veterinary Surgeon",
    description="Mixed practice seeks a vet: consults, routine and soft tissue surgery, diagnostic imaging.",
    requirements="MRCVS. 2+ years in practice. Confident with routine surgery and ultrasound.",
    skills_required=["small animal consults", "soft tissue surgery", "client communication"],
)


def test_a_sentence_ends_after_letters_that_end_like_an_abbreviation() -> None:
    assert ad_items("MRCVS. 2+ years in practice. Confident with surgery.") == [
        "MRCVS.",
        "2+ years in practice.",
        "Confident with surgery.",
    ]
    assert ad_items("A PMS (e.g. Opera) vs. others. Next.") == ["A PMS (e.g. Opera) vs. others.", "Next."]


@pytest.mark.parametrize(
    "line",
    ["MRCVS. 2+ years in practice.", "NMC PIN. Band 5 experience.", "MRPharmS", "3 years in industry."],
)
def test_memberships_pay_bands_and_years_somewhere_are_no_job_knowledge(line: str) -> None:
    assert (
        requirements(
            JobDetails(id="job-veterinary-surgeon-2", title="Veterinary Surgeon", requirements=line), []
        )
        == []
    )


def test_client_communication_is_asked_as_the_communication_behaviour() -> None:
    plan = build_interview_plan(_VET, Preferences())
    knowledge = {c.name.lower() for c in plan.competencies if c.kind == "job_knowledge"}
    assert not any("communication" in name or "mrcvs" in name or name == "practice" for name in knowledge)
    assert "communication" in {c.id for c in plan.competencies}


@pytest.mark.parametrize(
    ("answer", "unsafe"),
    [
        (
            "If the owner can't afford the surgery I just do it cheaper without the pre-op bloods and skip the IV "
            "fluids, it's usually fine.",
            True,
        ),
        ("If I don't have time I just skip the test.", True),
        ("If the alarm isn't working I just carry on without checking.", True),
        ("We never go ahead without the pre-op bloods.", False),
        ("If it isn't safe I would never climb it anyway.", False),
        ("If the customer does not have ID I just refuse the sale.", False),
    ],
)
def test_a_conditions_negation_is_the_situations_not_the_statements(answer: str, unsafe: bool) -> None:
    assert (unsafe_sentence(answer) is not None) is unsafe
