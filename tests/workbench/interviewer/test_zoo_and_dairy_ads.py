"""A zoo's carnivore keeper and a dairy farm's herdsperson (ads written for these tests, in no dataset): a zoo's
animals have no owners and its public are visitors; a list of farm work with an aside in brackets is read as the
work it lists."""

from __future__ import annotations

from workbench.interviewer.planning.jobtext import requirements
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import JobDetails, Preferences

KEEPER = JobDetails(
    id="lead-test-zookeeper",
    title="Zookeeper (Carnivores)",
    description=(
        "Daily care of big cats and wolves: cleaning enclosures, preparing diets, monitoring health and behaviour, "
        "enrichment, keeper talks to visitors."
    ),
    requirements="Level 3 Animal Management.",
)
HERDSPERSON = JobDetails(
    id="lead-test-herdsperson",
    title="Dairy Herdsperson",
    description=(
        "Milking a 300-cow herd (3x a day, 40-point rotary), calving, youngstock rearing, foot trimming, "
        "recording in Uniform-Agri."
    ),
)


def test_a_zoo_keeper_meets_visitors_not_owners() -> None:
    plan = build_interview_plan(KEEPER, Preferences())
    said = " ".join(
        [*(q.text for q in plan.questions), *(p for q in plan.questions for p in q.rubric.look_for)]
    )
    assert "owner" not in said.lower(), said


def test_an_aside_s_commas_do_not_break_a_list_of_work() -> None:
    found = [r.text.lower() for r in requirements(HERDSPERSON, [])]
    assert "calving" in found and any(
        text.startswith(("milking a 300-cow herd", "milk a 300-cow herd")) for text in found
    ), found
