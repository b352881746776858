"""A GP, counsellor, phlebotomist, dietitian, paralegal, bartender and lecturer ad as job boards post them (HTML
lists, "About us" blurbs, bracketed steps, a saint's name, an ad that is one line): what the plan reads from them.
The ads are written for these tests: none is in the datasets."""

from __future__ import annotations

from workbench.interviewer.planning.jobtext import requirements
from workbench.interviewer.planning.library import classify
from workbench.interviewer.planning.planner import build_interview_plan, match_occupation
from workbench.models import JobDetails, Preferences

GP = JobDetails(
    id="uxi-test-gp",
    title="Salaried GP",
    description=(
        "<p><strong>The role</strong></p><ul><li>Conduct face-to-face and telephone consultations</li>"
        "<li>Manage long-term conditions such as diabetes and COPD in line with NICE guidance</li></ul>"
    ),
    requirements=(
        "• Full GMC registration with a licence to practise\n• Inclusion on the NHS England Performers List\n"
        "• MRCGP or equivalent\n• ACII qualified\n"
    ),
)
COUNSELLOR = JobDetails(
    id="uxi-test-couns",
    title="Counsellor / Psychotherapist",
    description=(
        "Main duties\n- Provide short and long-term individual therapy to adults\n"
        "- Keep accurate, confidential clinical notes\n- Attend monthly clinical supervision and team case "
        "discussions\n"
    ),
)


def _texts(job: JobDetails) -> list[str]:
    return [r.text for r in requirements(job, [])]


def test_credentials_to_hold_are_not_asked_as_job_knowledge() -> None:
    texts = " | ".join(_texts(GP)).lower()
    assert "performers list" not in texts and "mrcgp" not in texts and "acii" not in texts
    assert "manage long-term conditions" in texts  # the duties stay


def test_a_gp_is_a_general_practitioner_in_healthcare() -> None:
    match = match_occupation(GP)
    assert match is not None and match[0].label == "general practitioner"
    assert classify(GP, match[0].label, match[0].definition) == "healthcare"


def test_a_counsellor_is_healthcare_and_attending_supervision_is_no_question() -> None:
    match = match_occupation(COUNSELLOR)
    assert match is not None
    assert classify(COUNSELLOR, match[0].label, match[0].definition) == "healthcare"
    assert not any(text.startswith("attend") for text in _texts(COUNSELLOR))
    assert any(text.startswith("provide short") for text in _texts(COUNSELLOR))


def test_steps_in_brackets_stay_with_their_duty() -> None:
    job = JobDetails(
        id="uxi-test-phleb",
        title="Phlebotomist",
        description="Responsibilities\n* Process specimens (centrifuge, aliquot, freeze) per test requirements\n",
    )
    assert _texts(job) == ["process specimens (centrifuge, aliquot, freeze) per test requirements"]


def test_a_saints_name_ends_no_sentence() -> None:
    job = JobDetails(
        id="uxi-test-diet",
        title="Clinical Dietitian",
        description=(
            "St. Luke's is Idaho's only locally owned, not-for-profit health system.\n"
            "Responsibilities:\n- Calculate enteral and parenteral nutrition regimens\n"
            "St. Luke's is an Equal Opportunity Employer.\n"
        ),
    )
    assert "st" not in [text.lower() for text in _texts(job)]


def test_the_ads_call_to_apply_and_must_know_are_not_questions() -> None:
    bar = JobDetails(
        id="uxi-test-bar",
        title="Bartender",
        description="Now hiring experienced bartenders for nights and weekends. Apply in person.",
    )
    paralegal = JobDetails(
        id="uxi-test-para",
        title="Paralegal",
        description="Litigation paralegal needed for busy practice. Must know e-filing and Relativity.",
    )
    lecturer = JobDetails(
        id="uxi-test-lect",
        title="Lecturer",
        description="You should apply if\n- You have experience of teaching in higher education\n",
    )
    assert not any(text.lower().startswith("apply") for text in _texts(bar) + _texts(lecturer))
    assert _texts(paralegal) == ["e-filing and Relativity"]


def test_a_designation_and_a_job_boards_tag_are_no_requirements() -> None:
    job = JobDetails(
        id="uxi-test-act",
        title="Pricing Actuary",
        description=(
            "What you'll bring\n- ACAS or FCAS designation\n- Strong SQL, R or Python skills\n"
            "Northstar Mutual is an equal opportunity employer. #LI-Hybrid\n"
        ),
    )
    assert _texts(job) == ["SQL, R or Python"]


def test_what_prose_asks_for_is_a_requirement_and_a_stylist_of_colour_is_a_hairdresser() -> None:
    job = JobDetails(
        id="uxi-test-hair",
        title="Senior Stylist",
        description="Senior Stylist wanted. Must be confident with colour and balayage. Great team!",
    )
    assert _texts(job) == ["colour and balayage"]
    match = match_occupation(job)
    assert match is not None and match[0].label == "hairdresser"


def test_a_university_lecturer_is_asked_about_students_not_pupils_or_parents() -> None:
    job = JobDetails(
        id="uxi-test-lect2",
        title="Lecturer in Computer Science",
        description=(
            "You will design and deliver undergraduate units, supervise final-year projects, set and mark "
            "assessments and act as a personal tutor."
        ),
    )
    plan = build_interview_plan(job, Preferences())
    asked = " ".join(q.text for q in plan.questions).lower()
    assert "pupil" not in asked and "parent" not in asked and "school gate" not in asked


def test_the_employers_scale_and_history_are_no_duties() -> None:
    # what the company does, said in the ad's blurb, is not asked as the candidate's work
    blurbs = (
        "Serving over 2 million customers across the UK, FreshMart is one of Britain's favourite grocers.",
        "Serving 300,000 residents of the valley.",
        "Proudly serving the Tri-County area since 1995.",
    )
    for blurb in blurbs:
        job = JobDetails(
            id="uxi-test-driver",
            title="Delivery Driver",
            description=blurb + "\nKey duties:\n- Load the van and plan the route\n- Deliver parcels safely"
            " and on time\n- Record proof of delivery on the handheld",
            requirements="Full UK driving licence",
        )
        found = [r.text.lower() for r in requirements(job, [])]
        assert not any("serv" in text for text in found), (blurb, found)
        assert any("load" in text for text in found), found
    # a duty with a volume stays a duty
    picker = JobDetails(
        id="uxi-test-picker",
        title="Warehouse Operative",
        description="- Pick and pack 1,200 orders per shift\n- Deliver to 40 customers a day",
        requirements="Forklift licence an advantage",
    )
    found = " | ".join(r.text.lower() for r in requirements(picker, []))
    assert "1,200 orders" in found and "40 customers" in found, found
