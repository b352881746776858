"""Ads as posted for jobs nobody had tried (written for these tests, in no dataset): a dispensing optician and a
learning-disability support worker are care work; an accounts assistant keeps ledgers and a building site's
labourer works on site (no sales support, no recycling line); the duties a line lists after its heading are read."""

from __future__ import annotations

import pytest

from workbench.interviewer.planning.adtext import without_list_heading
from workbench.interviewer.planning.jobtext import requirements
from workbench.interviewer.planning.occupation import match_occupation
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import JobDetails, Preferences

OPTICIAN = JobDetails(
    id="lead-test-optician",
    title="Dispensing Optician",
    description="Advise patients on frames and lenses, take facial measurements, dispense and fit spectacles.",
)
SUPPORT_WORKER = JobDetails(
    id="lead-test-support-worker",
    title="Support Worker - Learning Disabilities",
    description="Support adults with learning disabilities and autism to live independent lives: personal care, "
    "medication, cooking, budgeting, accessing the community.",
)
ACCOUNTS = JobDetails(
    id="lead-test-accounts-assistant",
    title="Accounts Assistant",
    description=(
        "Purchase ledger: matching invoices to POs, supplier statement reconciliations, weekly payment runs. "
        "Bank reconciliations daily. Xero."
    ),
)
LABOURER = JobDetails(
    id="lead-test-labourer",
    title="Labourer",
    description=(
        "General labourer for a busy building site: loading out materials, keeping the site tidy, digging, mixing "
        "concrete, helping trades. CSCS card essential."
    ),
)
CONCIERGE = JobDetails(
    id="lead-test-concierge",
    title="Concierge",
    description=(
        "Front desk for a luxury residential building: greet residents and visitors, manage parcels and "
        "deliveries, monitor CCTV and access control, handle contractor sign-in."
    ),
)


@pytest.mark.parametrize("job", [OPTICIAN, SUPPORT_WORKER])
def test_opticians_and_support_workers_are_care_work(job: JobDetails) -> None:
    plan = build_interview_plan(job, Preferences())
    assert plan.family == "healthcare"
    assert "quality checks" not in " ".join(q.text for q in plan.questions)


@pytest.mark.parametrize(
    ("job", "label"), [(ACCOUNTS, "accounting assistant"), (LABOURER, "building construction worker")]
)
def test_the_occupation_is_the_one_the_ad_describes(job: JobDetails, label: str) -> None:
    matched = match_occupation(job)
    assert matched is not None and matched[0].label == label


def test_the_duties_a_line_lists_after_its_heading_are_read() -> None:
    assert "mix concrete" in [r.text for r in requirements(LABOURER, [])]
    assert "supplier statement reconciliations" in [r.text for r in requirements(ACCOUNTS, [])]
    assert "greet residents and visitors" in [r.text for r in requirements(CONCIERGE, [])]
    with_examples = "Maintain formal gardens and grounds of a country estate: mowing, pruning, planting"
    assert without_list_heading(with_examples) == with_examples
