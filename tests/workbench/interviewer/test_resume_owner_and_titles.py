"""Resume probes quote the candidate's work, never their name, and say "You worked as X at Y" only of a title
and an employer. Seen (ux18, over the server): 'I see "Tomasz Nowak — Occupational Therapist, HCPC registered
2023" on your resume', 'You worked as an RTITB counterbalance at Reach' (a licence line), 'You worked as a tom
price butchers at Hereford', 'You worked as a next at Cheltenham : seasonal windows', and a line of results
('Moved the gifting table to the entrance for Christmas 2024: gifting sales up 22% on the year') read as a role."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.interviewer.planning.resume import resume_items, resume_probes, role_parts
from workbench.models import CandidateDetails, JobDetails, Preferences

OT = JobDetails(
    id="ot-owner",
    title="Occupational Therapist",
    description="Assess people at home for equipment and adaptations; run falls risk assessments.",
    skills_required=["home assessments", "falls prevention"],
)

HEADED_RESUMES = [
    (
        "Tomasz Nowak",
        "Tomasz Nowak — Occupational Therapist, HCPC registered 2023\n"
        "Rotational Band 5 OT, Leeds Teaching Hospitals (2023-present)\nPlacement: Community OT, Bradford",
    ),
    (
        "Farhan Malik",
        "Farhan Malik, ADI since 2019, Leicester and Loughborough\n"
        "Independent driving instructor 2019-2025, 68% first-time pass rate",
    ),
    (
        "Grace O'Neill",
        "Grace O'Neill | Registered Nurse (NMC) | Leeds\nStaff Nurse, St James's Hospital (2019-2024)\n"
        "Care Certificate",
    ),
    ("Callum Reid", "Callum Reid. Courier, Evri (2022-2025). Delivery driver, Domino's (2019-2022)."),
]


@pytest.mark.parametrize(("owner", "resume"), HEADED_RESUMES)
def test_the_owners_name_is_never_quoted_back(owner: str, resume: str) -> None:
    items = resume_items(resume, owner=owner)
    assert items, resume
    for item in items:
        assert owner.split()[0].lower() not in item.text.lower(), item
        assert owner.split()[-1].lower() not in item.text.lower(), item


@pytest.mark.parametrize(("owner", "resume"), HEADED_RESUMES)
def test_the_interviewers_probes_leave_the_candidates_name_out(owner: str, resume: str) -> None:
    candidate = CandidateDetails(id="c-owner", name=owner, resume_text=resume)
    state = BaselineInterviewer().start(
        OT, candidate, resume, Preferences(), datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
    )
    probes = state.scratch["resume_probes"]
    assert probes
    for probe in probes:
        assert owner.split()[-1] not in probe["text"], probe["text"]


@pytest.mark.parametrize(
    "line",
    [
        "RTITB Counterbalance, Reach, VNA (renewed 2024)",  # a licence's trucks, not a title and an employer
        "Tom Price Butchers, Hereford 2020-present",  # a business, named after many butchers
        "Smith Builders, Leeds 2019-2021",
        "Next, Cheltenham (2021-2025): seasonal windows, floor sets every 6 weeks",  # a shop and its town
        "Languages: Arabic, French, English",
        "GCSEs, Ossett Academy, 2021",
    ],
)
def test_a_line_without_a_title_is_not_told_as_a_role(line: str) -> None:
    assert role_parts(line) is None


@pytest.mark.parametrize(
    ("line", "told"),
    [
        ("Joiner — Barratt subcontractor 2019-2025", ("a joiner", "Barratt subcontractor")),
        (
            "HVAC Tech, Desert Comfort Heating & Cooling (2020-2025)",
            ("an HVAC tech", "Desert Comfort Heating & Cooling"),
        ),
        ("Assistant Greenkeeper, Royal Porthcawl 2018-2025", ("an assistant greenkeeper", "Royal Porthcawl")),
        (
            "Paramedic, Severnside Ambulance Service (Oct 2024 – present)",
            ("a paramedic", "Severnside Ambulance Service"),
        ),
        # an "at" inside the employer's name splits nothing once a comma has parted title and employer
        ("Dog Groomer, Pets at Home Groom Room 2021-2025", ("a dog groomer", "Pets at Home Groom Room")),
        (
            "Junior Sous Chef, The Bell at Widcombe (Apr 2023 – present)",
            ("a junior sous chef", "The Bell at Widcombe"),
        ),
        ("2019 - 2023 Phlebotomist at Frimley Health (Outpatients)", ("a phlebotomist", "Frimley Health")),
    ],
)
def test_a_title_and_its_employer_are_still_told(line: str, told: tuple[str, str]) -> None:
    assert role_parts(line) == told


@pytest.mark.parametrize(
    "line",
    [
        "RTITB Counterbalance, Reach, VNA (renewed 2024)",
        "IPAF 3a 3b and PASMA, 2023",
        "National Pool Lifeguard Qualification, renewed 2024",
    ],
)
def test_a_ticket_is_a_certification(line: str) -> None:
    assert [item.kind for item in resume_items(line)] == ["certification"], resume_items(line)


def test_a_five_letter_deed_with_a_figure_is_an_achievement() -> None:
    items = resume_items(
        "Next, Cheltenham (2021-2025): seasonal windows\n"
        "- Moved the gifting table to the entrance for Christmas 2024: gifting sales up 22% on the year\n"
        "- Fixed the till float errors that cost the shop £40 a week\n"
        "SKILLS\nwound care, medicines management, safeguarding"
    )
    kinds = {item.text: item.kind for item in items}
    assert kinds[
        "Moved the gifting table to the entrance for Christmas 2024: gifting sales up 22% on the year"
    ] == ("achievement")
    assert kinds["Fixed the till float errors that cost the shop £40 a week"] == "achievement"
    assert kinds.get("wound care, medicines management, safeguarding") != "achievement"  # "Wound" is no deed


def test_the_first_probe_cites_the_achievement_not_a_shop_line() -> None:
    merchandiser = JobDetails(
        id="vm-resume",
        title="Visual Merchandiser",
        description="Plan and install window displays; use sales data to decide where products go.",
    )
    resume = (
        "Sophie Lang — Visual Merchandiser\n"
        "Next, Cheltenham (2021-2025): seasonal windows, floor sets every 6 weeks\n"
        "- Moved the gifting table to the entrance for Christmas 2024: gifting sales up 22% on the year\n"
        "BA Fashion Communication"
    )
    plan = build_interview_plan(merchandiser, Preferences())
    probes = resume_probes(plan, resume, merchandiser, owner="Sophie Lang")
    assert probes[0].text.startswith('Your resume mentions "Moved the gifting table'), [
        p.text for p in probes
    ]
    assert not any("You worked as a next" in probe.text for probe in probes)
