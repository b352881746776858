"""A role on the resume is probed in a sentence of its own ("You worked as a senior care assistant at Sunrise
Homes."), not by quoting its line whole with dates and commas; a line listing two certificates is two items."""

from __future__ import annotations

from workbench.interviewer.planning.planner import build_interview_plan
from workbench.interviewer.planning.resume import resume_items, resume_probes, role_parts
from workbench.models import JobDetails, Preferences

PHLEBOTOMIST = JobDetails(
    id="phlebotomist-resume",
    title="Phlebotomist",
    description="Take blood samples in outpatient clinics and on wards; label samples at the bedside.",
    requirements="Knowledge of infection prevention and control.",
    skills_required=["venepuncture", "patient identification", "sample labelling"],
)


def test_a_role_is_probed_as_a_sentence_not_by_quoting_its_line_whole() -> None:
    resume = (
        "Amina Yusuf\nSenior Care Assistant, Sunrise Homes, 2019-2023\nHCA | Royal Free Hospital | Mar 2017 – "
        "Jun 2019\nCare Certificate"
    )
    plan = build_interview_plan(PHLEBOTOMIST, Preferences())
    roles = [p for p in resume_probes(plan, resume, PHLEBOTOMIST) if p.source == "resume:role"]
    assert roles, [p.text for p in resume_probes(plan, resume, PHLEBOTOMIST)]
    text = roles[0].text
    assert text.startswith("You worked as a senior care assistant at Sunrise Homes.") or text.startswith(
        "You worked as an HCA at Royal Free Hospital."
    ), text
    assert "2019" not in text and '"' not in text
    assert roles[0].resume_item  # the relevance check still knows the whole item


def test_a_line_that_lists_two_certificates_gives_two_items() -> None:
    items = resume_items(
        "NVQ Level 3 Health and Social Care; Phlebotomy Training Service certificate (2020)\n"
        "Broke down 40 lamb carcasses a week; cut waste by 12% by re-planning the cutting list"
    )
    texts = [item.text for item in items]
    assert "NVQ Level 3 Health and Social Care" in texts
    assert "Phlebotomy Training Service certificate (2020)" in texts
    # a line of deeds is one account, quoted whole
    assert any(text.startswith("Broke down 40 lamb carcasses a week; cut waste") for text in texts), texts
    assert role_parts("Worked with children, schools and families") is None
    assert role_parts("2019 - 2023 Phlebotomist at Frimley Health (Outpatients)") == (
        "a phlebotomist",
        "Frimley Health",
    )


def test_a_resume_written_as_a_table_is_read_cell_by_cell() -> None:
    from workbench.interviewer.planning.planner import build_interview_plan
    from workbench.interviewer.planning.resume import resume_probes
    from workbench.models import JobDetails, Preferences

    job = JobDetails(
        id="job-table-resume",
        title="Warehouse Team Leader",
        description="- Lead a team of 12 pickers on nights\n- Run MHE safety checks and toolbox talks",
        requirements="Counterbalance and reach truck licence",
    )
    resume = (
        "Name: Piotr Nowak\nExperience:\n"
        "2019-2024 | XPO Logistics | Shift Supervisor | managed 20 staff, ran toolbox talks, reduced accidents"
        " to zero in 2023\n2015-2019 | Asda | Picker\nSkills: reach truck, counterbalance, WMS (Manhattan)\n"
    )
    texts = [p.text for p in resume_probes(build_interview_plan(job, Preferences()), resume, job)]
    assert any('"managed 20 staff, ran toolbox talks, reduced accidents to zero in 2023"' in t for t in texts)
    assert any(t.startswith("You worked as a shift supervisor at XPO Logistics.") for t in texts), texts
    assert not any("as an XPO" in t or "|" in t for t in texts), texts


def test_a_certificate_told_in_the_first_person_is_quoted_as_what_is_held() -> None:
    from workbench.interviewer.planning.resume import resume_items

    resume = (
        "I am a reliable person with 8 years in warehousing. I hold reach and counterbalance licences and a first"
        " aid at work certificate. In my spare time I play football."
    )
    texts = [item.text for item in resume_items(resume)]
    assert "reach and counterbalance licences and a first aid at work certificate" in texts, texts


def test_a_bracket_holding_a_note_and_the_dates_is_left_out_whole() -> None:
    # "(seasonal, Jun 2024 - Sep 2024)": the dates took the closing bracket with them, and the employer was
    # read as "Sunnyside Lido (seasonal" — a sentence with a bracket left open
    for line, employer in [
        ("Lifeguard, Sunnyside Lido (seasonal, Jun 2024 - Sep 2024)", "Sunnyside Lido"),
        ("Kitchen Porter, The Old Bell (part-time, 2021-2023)", "The Old Bell"),
        ("Groom | Lambourn Yard (live-in, Mar 2019 – present)", "Lambourn Yard"),
    ]:
        parts = role_parts(line)
        assert parts is not None and parts[1] == employer, (line, parts)
