"""Healthcare professions, legal, engineering and science, and construction jobs pasted as hiring managers write
them (whole ads in the description, en-dash and HTML bullets, UK and US English), and their candidates' resumes.
The ads are written for these tests: none is in the datasets."""

from __future__ import annotations

import pytest

from workbench.interviewer.planning.jobtext import requirements
from workbench.interviewer.planning.library import classify
from workbench.interviewer.planning.planner import build_interview_plan, match_occupation
from workbench.interviewer.planning.resume import resume_items, resume_probes
from workbench.interviewer.repair import answer_from_job
from workbench.models import JobDetails, Preferences

CIVIL = JobDetails(
    id="uxc-test-civil",
    title="Civil Engineer II",
    description=(
        "Larkin Hale is hiring a Civil Engineer II to join our Land Development group.\n"
        "Responsibilities:\n"
        "* Perform hydrologic and hydraulic analyses using HydroCAD or similar\n"
        "* Design grading, drainage and erosion control plans in Civil 3D\n"
        "Qualifications:\n"
        "* BS in Civil Engineering\n"
        "* 3-6 years of site civil design experience\n"
        "* Main contractor experience\n"
    ),
)
PROCESS_CHEMIST = JobDetails(
    id="uxc-test-chem",
    title="Process Chemist",
    description=(
        "Key Responsibilities\n"
        "– Develop and optimise synthetic routes at lab scale\n"
        "– Scale up processes to pilot plant, writing batch records\n"
        "– Analyse samples by HPLC, GC and NMR\n"
    ),
    requirements=(
        "- MChem or PhD in organic chemistry\n- Experience of working in a GMP environment\n"
        "- BSc (Hons) Chemistry or similar\n"
    ),
)
CONSULTANT = JobDetails(
    id="uxc-test-env",
    title="Environmental Consultant",
    description=(
        "GreenField is an independent environmental consultancy. We're looking for a Consultant to join our Land "
        "Quality team.\nYou will:\n- Undertake Phase 1 desk studies\n- Supervise site investigations including "
        "trial pits\n"
    ),
)
LEGAL_SECRETARY = JobDetails(
    id="uxc-test-legsec",
    title="Legal Secretary",
    description=(
        "<h4>Duties</h4><ul><li>Audio typing of wills and probate documents</li><li>Running conflict checks</li>"
        "</ul><h4>About you</h4><ul><li>Typing speed of 60+ wpm</li><li>Proven track record in a busy private "
        "client team</li><li>Proficient in iManage</li></ul>"
    ),
)
SITE_MANAGER = JobDetails(
    id="uxc-test-site",
    title="Site Manager",
    description=(
        "Key Responsibilities\n- Liaise with NHBC and building control for inspections\n"
        "- Review RAMS, temporary works and lifting plans submitted by subcontractors\n"
        "- Procuring subcontract packages, tender analysis and placing orders\n"
        "Requirements\n- Proven track record in residential new build\n"
    ),
)
PHARMACIST = JobDetails(
    id="uxc-test-pharm",
    title="Pharmacist Manager",
    description=(
        "We are looking for a GPhC registered Pharmacist to manage our busy community pharmacy.\n"
        "What you'll be doing:\n"
        "- Clinical and accuracy checking of prescriptions, including controlled drugs\n"
        "- Leading and developing a team of dispensers\n"
        "- Building relationships with local GP surgeries and care homes\n"
        "What we offer: Competitive salary + bonus, 28 days holiday, paid GPhC fees, free parking.\n"
    ),
)


def texts(job: JobDetails) -> list[str]:
    return [requirement.text for requirement in requirements(job, [])]


def test_degrees_years_settings_and_speeds_asked_for_are_not_job_knowledge() -> None:
    for job in (CIVIL, PROCESS_CHEMIST, LEGAL_SECRETARY):
        found = " | ".join(texts(job)).lower()
        wrongs = (
            "bs in",
            "mchem",
            "bsc",
            "hons",
            "3-6",
            "main contractor",
            "environment",
            "wpm",
            "typing speed",
        )
        for wrong in wrongs:
            assert wrong not in found, (job.title, wrong, found)
    # the experience a range of years is asked of names its subject
    assert "site civil design" in texts(CIVIL)
    assert "perform hydrologic and hydraulic analyses using HydroCAD" in texts(
        CIVIL
    )  # "or similar" a courtesy


def test_a_track_record_is_experience_not_a_duty_to_track() -> None:
    for job in (SITE_MANAGER, LEGAL_SECRETARY):
        assert not any("track" in text.lower() for text in texts(job)), texts(job)


def test_the_ad_speaking_of_its_vacancy_and_its_offer_gives_no_competency() -> None:
    assert not any("looking for" in text or "join" in text for text in texts(CONSULTANT)), texts(CONSULTANT)
    assert "undertake Phase 1 desk studies" in texts(CONSULTANT)
    assert any(text.startswith("supervise site investigations") for text in texts(CONSULTANT))
    found = " | ".join(texts(PHARMACIST)).lower()
    assert "what we offer" not in found and "parking" not in found, found


def test_en_dash_bullets_are_bullets() -> None:
    found = texts(PROCESS_CHEMIST)
    assert "develop and optimise synthetic routes at lab scale" in found, found
    assert not any("–" in text for text in found), found
    assert any(text.startswith("scale up processes to pilot plant") for text in found), found


def test_a_gerund_naming_a_thing_in_a_line_of_base_verbs_is_no_new_duty() -> None:
    found = texts(SITE_MANAGER)
    assert not any(text.startswith(("build ", "lift ")) for text in found), found
    assert any(text.startswith("liaise with NHBC and building control") for text in found), found
    assert any("temporary works and lifting plans" in text for text in found), found
    # a noun in a list of gerunds keeps its own form: "tender analysis", never "tendering analysis"
    plan = build_interview_plan(SITE_MANAGER, Preferences())
    assert "tendering" not in " ".join(q.text for q in plan.questions)


@pytest.mark.parametrize(
    ("title", "family"),
    [("Health & Safety Advisor", "healthcare"), ("Health and Safety Manager", "healthcare")],
)
def test_health_and_safety_is_not_healthcare(title: str, family: str) -> None:
    job = JobDetails(
        id="uxc-test-hs",
        title=title,
        description="- Carry out site safety inspections and audits across our civils projects\n"
        "- Investigate accidents and near misses and report under RIDDOR\n",
    )
    match = match_occupation(job)
    label, definition = (match[0].label, match[0].definition) if match else ("", "")
    assert classify(job, label, definition) != family
    plan = build_interview_plan(job, Preferences())
    assert "patient" not in " ".join(q.text for q in plan.questions).lower()


def test_allied_health_professions_are_healthcare() -> None:
    for title in ("MSK Physiotherapist", "Physical Therapist", "Podiatrist", "Dietitian"):
        job = JobDetails(
            id="uxc-test-ahp",
            title=title,
            description="You'll assess and treat patients in our outpatient clinic and document in the record.",
        )
        match = match_occupation(job)
        label, definition = (match[0].label, match[0].definition) if match else ("", "")
        assert classify(job, label, definition) == "healthcare", title


def test_a_pharmacy_that_serves_care_homes_asks_about_patients_not_residents() -> None:
    texts_ = " ".join(q.text for q in build_interview_plan(PHARMACIST, Preferences()).questions)
    assert "resident" not in texts_ and "patient" in texts_, texts_


def test_a_degree_is_probed_as_study_not_as_a_role() -> None:
    resume = (
        "Aisha Rahman MPharm\n2020-2025 Second Pharmacist, Boots, Manchester.\n"
        "MPharm, University of Bradford, 2019\nLLB Sheffield 2022\n"
        "2021-2025 Band 6 Radiographer, University Hospital Southampton (2021-2025)\n"
    )
    kinds = {item.text: item.kind for item in resume_items(resume)}
    assert kinds["MPharm, University of Bradford, 2019"] == "education"
    assert kinds["LLB Sheffield 2022"] == "education"
    assert kinds.get("Aisha Rahman MPharm") is None  # the letters after a name are no line of study
    assert (
        kinds.get("2021-2025 Band 6 Radiographer, University Hospital Southampton (2021-2025)") != "education"
    )
    plan = build_interview_plan(PHARMACIST, Preferences())
    probes = resume_probes(plan, "Someone Here\nMPharm, University of Bradford, 2019\nx\ny\n", PHARMACIST)
    assert probes and "that role" not in probes[0].text and "study" in probes[0].text


def test_a_deed_after_a_semicolon_makes_an_achievement() -> None:
    resume = (
        "Hannah Cole LLB\n2023-2025 Paralegal, Walker Morris, Leeds.\n"
        "Disclosure review on Relativity for a £40m shareholder dispute; prepared trial bundles\n"
        "CT competent (head, chest, CTPA); ran the department's PCE audit 2024 (96% agreement)\n"
    )
    kinds = {item.text: item.kind for item in resume_items(resume)}
    assert kinds[
        "Disclosure review on Relativity for a £40m shareholder dispute; prepared trial bundles"
    ] == ("achievement")
    assert kinds["CT competent (head, chest, CTPA); ran the department's PCE audit 2024 (96% agreement)"] == (
        "achievement"
    )


def test_a_manager_of_an_occupation_is_that_occupation() -> None:
    match = match_occupation(PHARMACIST)
    assert match is not None and match[0].label == "pharmacist"


def test_a_title_said_only_by_another_trades_alternative_label_is_not_that_trade() -> None:
    # "site manager" is an alternative label of the metal production, mine, aquaculture and fuel station managers
    job = SITE_MANAGER.model_copy(
        update={
            "description": SITE_MANAGER.description
            + "- Day to day running of our residential new build site\n"
        }
    )
    match = match_occupation(job)
    label = match[0].label if match else ""
    for other in ("metal", "mine", "aquaculture", "fuel", "camping"):
        assert other not in label, label


QUALITY_ENGINEER = JobDetails(
    id="uxc-test-qe",
    title="Quality Engineer",
    company="Brightline",
    description=(
        "Your responsibilities will include:\n1. Leading customer complaint investigations using 8D\n"
        "2. Producing monthly quality reports for the plant manager\n3. Reporting KPIs to customers\n"
        "The role reports into the Quality Manager.\nSome travel to customer sites across the UK.\n"
    ),
)


def test_who_the_role_reports_to_is_the_ads_line_on_it_not_a_line_on_reports() -> None:
    for question in ("Who would I report to?", "Who's my line manager?", "Who will be my manager?"):
        answer = answer_from_job(question, QUALITY_ENGINEER)
        assert "reports into the Quality Manager" in answer and "monthly" not in answer, (question, answer)
    silent = QUALITY_ENGINEER.model_copy(
        update={
            "description": "- Producing monthly quality reports for the plant manager\n- Reporting KPIs to customers\n"
        }
    )
    answer = answer_from_job("Who would I report to?", silent)
    assert "monthly" not in answer and "KPIs" not in answer and "hiring team" in answer, answer


def test_travel_is_the_ads_line_on_travel_or_routed() -> None:
    answer = answer_from_job("Will I need to travel to customers?", QUALITY_ENGINEER)
    assert "Some travel to customer sites" in answer, answer
    silent = QUALITY_ENGINEER.model_copy(
        update={"description": "- Leading customer complaint investigations\n"}
    )
    answer = answer_from_job("Will I need to travel to customers?", silent)
    assert "complaint" not in answer and "hiring team" in answer, answer


def test_a_lab_analyst_is_not_matched_to_a_textile_technician_by_an_alternative_label() -> None:
    job = JobDetails(
        id="uxc-test-lab",
        title="Laboratory Analyst",
        description="QC Laboratory Analyst, pharmaceutical manufacturing (GMP).\n"
        "- Perform HPLC, GC, dissolution and Karl Fischer testing of raw materials and finished product\n"
        "- Raise and investigate OOS and OOT results\n",
    )
    match = match_occupation(job)
    assert match is None or "textile" not in match[0].label, match[0].label if match else None
    # the best match whose own name shares the title's words keeps the title a label of it says
    match = match_occupation(LEGAL_SECRETARY)
    assert match is not None and match[0].label == "legal administrative assistant", match


def test_what_a_duty_achieves_is_no_part_of_its_name() -> None:
    job = JobDetails(
        id="uxc-test-snag",
        title="Site Manager",
        description="Key Responsibilities\n- Manage quality and snagging, achieving 5 star customer satisfaction\n"
        "- Managing the site team and subcontractors, chairing weekly progress meetings\n",
    )
    found = texts(job)
    assert "manage quality and snagging" in found, found
    assert any(text.startswith("chair weekly progress meetings") for text in found), found


def test_a_noun_after_and_in_a_line_of_gerunds_opens_no_duty() -> None:
    found = texts(PHARMACIST)
    assert "care homes" not in found, found
    assert any(text.startswith("build relationships with local GP surgeries") for text in found), found


def test_a_duty_named_by_its_kinds_before_the_gerund_is_a_duty() -> None:
    assert any(
        text.startswith("clinical and accuracy checking of prescriptions") for text in texts(PHARMACIST)
    )
