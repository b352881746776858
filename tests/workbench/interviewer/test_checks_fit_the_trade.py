"""A family's rubric points and red flags, and its situations, must fit what the job and the duty are about: a
decorator or a glazier isolates no circuit, a care home's activities coordinator gives no doses, and no part runs
out of stock while a job sheet is filled in (data/families.yaml scopes, data/situation_fit.yaml). Jobs written for
these tests, in no dataset; a check stays where the job does that work (an electrician, a nurse giving medicines)."""

from __future__ import annotations

import re

import pytest

from workbench.interviewer.planning.jobtext import requirements
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.interviewer.planning.situation_fit import situation_fits_duty
from workbench.models import Difficulty, JobDetails, Preferences

ISOLATION = re.compile(r"\bisolat\w*|\blive systems\b", re.IGNORECASE)
DOSES = re.compile(r"\bdose\b", re.IGNORECASE)


def _job(jid: str, title: str, description: str) -> JobDetails:
    return JobDetails(id=jid, title=title, description=description)


def _checks(job: JobDetails) -> list[str]:
    """Every rubric point and red flag of the plan's job-knowledge questions."""
    plan = build_interview_plan(job, Preferences())
    out: list[str] = []
    for question in plan.questions:
        if question.phase.value in ("technical", "job_knowledge"):
            out += list(question.rubric.look_for) + list(question.rubric.red_flags)
    return out


NO_ISOLATION = [
    _job(
        "t-dec",
        "Painter and Decorator - Social Housing",
        "Duties:\n- Prepare surfaces, fill and sand\n- Paint walls, ceilings and woodwork by brush and roller\n"
        "- Hang lining paper\n- Protect tenants' belongings\n- Complete job sheets\n\nCSCS card.",
    ),
    _job(
        "t-glz",
        "Window Glazier",
        "Duties:\n- Measure openings\n- Cut glass and fit sealed units\n- Replace broken panes\n"
        "- Glaze timber and uPVC frames\n- Seal and finish the work\n\nOwn transport.",
    ),
    _job(
        "t-til",
        "Wall and Floor Tiler",
        "You will:\n- Set out and lay ceramic and porcelain tiles\n- Prepare and level floors\n- Grout and seal\n"
        "- Cut tiles around fittings\n\nThree years' experience.",
    ),
]

ISOLATES = [
    _job(
        "t-pf",
        "Industrial Pipefitter",
        "Duties:\n- Fabricate and install process pipework from isometric drawings\n- Assist with pressure testing\n"
        "- Work to permits on a live chemical site",
    ),
    _job(
        "t-dfit",
        "Plant Fitter - Quarry",
        "Duties:\n- Service and repair loaders, dump trucks and excavators\n- Diagnose hydraulic faults\n"
        "- Complete job cards",
    ),
    _job(
        "t-lift",
        "Lift Engineer",
        "Duties:\n- Service and repair passenger lifts and escalators\n- Respond to breakdowns and entrapments\n"
        "- Keep service records\n\nNVQ Level 3 in lift maintenance.",
    ),
    _job(
        "t-hv",
        "Cable Jointer - HV",
        "Duties:\n- Joint and terminate 11kV and 33kV cables\n- Work to the company's safety rules\n"
        "- Complete job packs",
    ),
    _job(
        "t-ele",
        "Domestic Electrician",
        "Duties:\n- Install wiring and consumer units in homes\n- Test and certify installations\n- Find faults\n"
        "\n18th Edition required.",
    ),
    _job(
        "t-gas",
        "Gas Engineer",
        "Duties:\n- Service and repair gas boilers in customers' homes\n- Carry out landlord safety checks\n"
        "- Install heating systems\n\nGas Safe registered.",
    ),
]


@pytest.mark.parametrize("job", NO_ISOLATION, ids=lambda j: j.id)
def test_a_trade_without_circuits_is_not_asked_about_isolation(job: JobDetails) -> None:
    checks = _checks(job)
    assert checks, "the plan has job-knowledge questions with rubric points"
    assert not [c for c in checks if ISOLATION.search(c)]


@pytest.mark.parametrize("job", ISOLATES, ids=lambda j: j.id)
def test_a_trade_that_isolates_keeps_the_isolation_checks(job: JobDetails) -> None:
    assert [c for c in _checks(job) if ISOLATION.search(c)]


NO_DOSES = [
    _job(
        "t-act",
        "Activities Coordinator - Care Home",
        "Activities Coordinator for a 60-bed residential and nursing care home.\n\nDuties:\n"
        "- Plan and run group activities for residents\n- Organise outings and entertainers\n"
        "- Record residents' participation in their care plans\n- Work with families and volunteers",
    ),
    _job(
        "t-wb",
        "Wellbeing Coordinator - Dementia Care Home",
        "Wellbeing Coordinator for our nursing home.\n\nDuties:\n- Run reminiscence and music sessions\n"
        "- Get to know each resident's life story\n- Support residents to take part in the life of the home\n"
        "- Keep records of residents' wellbeing",
    ),
]

GIVES_DOSES = [
    _job(
        "t-dh",
        "Dental Hygienist",
        "Duties:\n- Scale and polish teeth\n- Give oral hygiene advice to patients\n- Take radiographs",
    ),
    _job(
        "t-sca",
        "Senior Care Assistant",
        "Senior Care Assistant for a residential care home.\n\nDuties:\n- Administer medication to residents\n"
        "- Lead the care team on shift\n- Keep care plans up to date",
    ),
    _job(
        "t-rgn",
        "Staff Nurse - Medical Ward",
        "Staff Nurse for a busy medical ward.\n\nDuties:\n- Assess and care for patients\n"
        "- Give medicines and IV drugs\n- Escalate deteriorating patients",
    ),
]


@pytest.mark.parametrize("job", NO_DOSES, ids=lambda j: j.id)
def test_a_care_job_that_gives_no_medicines_is_not_asked_about_doses(job: JobDetails) -> None:
    plan = build_interview_plan(job, Preferences())
    assert plan.family == "healthcare"
    assert not [c for c in _checks(job) if DOSES.search(c)]


@pytest.mark.parametrize("job", GIVES_DOSES, ids=lambda j: j.id)
def test_a_care_job_that_gives_medicines_keeps_the_dose_checks(job: JobDetails) -> None:
    assert [c for c in _checks(job) if DOSES.search(c)]


PART = "the part you need is out of stock and it has to be working today"


@pytest.mark.parametrize(
    ("duty", "fits"),
    [
        ("complete job sheets on the PDA", False),
        ("fill in timesheets and job cards", False),
        ("update the job management system", False),
        ("mask up and protect tenants' furniture and flooring", False),
        ("protect floors and fixtures", False),
        ("be polite and respectful in tenants' homes", False),
        ("work safely at height from podiums", False),
        ("replace broken panes and fit sealed units", True),
        ("repair and service boilers", True),
        ("complete the installation of kitchens", True),
    ],
)
def test_no_part_runs_out_for_paperwork_or_protection(duty: str, fits: bool) -> None:
    assert situation_fits_duty(PART, duty) is fits


# (a front desk whose title names, after the dash, the care or public service it sits in is that service's desk:
# asked about passing on concerns, not about guests' rooms or a council's services)
DESKS = [
    (
        _job(
            "t-rso",
            "Reception Officer - Adult Social Care",
            "Greet visitors to the office, answer calls, take referrals from the public and pass concerns to the "
            "duty social worker, book rooms and interpreters, log calls on the case system.",
        ),
        "social_care",
    ),
    (
        _job(
            "t-ryo",
            "Receptionist - Youth Offending Service",
            "Meet young people and families arriving for appointments, answer the phone, take messages for case "
            "workers, book interview rooms and keep the visitors' log.",
        ),
        "social_care",
    ),
    (
        _job(
            "t-rcs",
            "Front Desk Administrator - Children's Services",
            "Welcome visitors, deal with enquiries by phone and email, take messages for social workers, "
            "scan and file post.",
        ),
        "social_care",
    ),
    (
        _job(
            "t-rvet",
            "Receptionist - Small Animal Hospital",
            "Book appointments, answer the phones, take payments and greet clients and their pets.",
        ),
        "animal_care",
    ),
    (
        _job(
            "t-rgp",
            "Receptionist - GP Surgery",
            "Book appointments, answer the phones, deal with repeat prescription requests and greet patients.",
        ),
        "healthcare",
    ),
]


@pytest.mark.parametrize(("job", "family"), DESKS, ids=lambda x: getattr(x, "id", x))
def test_a_front_desk_is_the_desk_of_the_service_its_title_names(job: JobDetails, family: str) -> None:
    plan = build_interview_plan(job, Preferences())
    assert plan.family == family
    asked = " ".join(q.text for q in plan.questions)
    assert not re.search(r"\bguests?\b|\bcheck-?in\b|\broom key", asked, re.IGNORECASE)


def _duties(title: str, *lines: str) -> list[tuple[str, str]]:
    job = JobDetails(
        id=f"t-{title}", title=title, description="Duties:\n" + "\n".join(f"- {line}" for line in lines)
    )
    return [(r.shape, r.text.lower()) for r in requirements(job, [])]


@pytest.mark.parametrize(
    ("title", "line", "duty"),
    [
        (
            "Agricultural Fencer",
            "Clear fence lines with a brushcutter",
            "clear fence lines with a brushcutter",
        ),
        ("Grounds Maintenance Operative", "Clear drains and gullies", "clear drains and gullies"),
        (
            "Restaurant Team Member",
            "Clear tables and reset the restaurant",
            "clear tables and reset the restaurant",
        ),
        ("School Cook", "Order stock", "order stock"),
        ("Shop Assistant", "Count stock at the end of the month", "count stock at the end of the month"),
    ],
)
def test_a_duty_that_opens_with_a_verb_that_is_also_a_word_of_another_kind_is_read(
    title: str, line: str, duty: str
) -> None:
    assert ("act", duty) in _duties(title, line, "Keep the work area clean")


def test_clear_before_a_way_of_speaking_is_still_no_duty() -> None:
    found = _duties("Customer Adviser", "Clear, concise communication with customers", "Answer calls")
    assert not [text for _, text in found if text.startswith("clear")]


def test_no_guest_tells_of_an_allergy_while_tables_are_cleared() -> None:
    job = _job(
        "t-fb",
        "Food and Beverage Assistant",
        "Duties:\n- Clear tables and reset the restaurant\n- Serve food and drinks to guests\n"
        "- Take orders at the table\n- Help with banquets and weddings",
    )
    for prefs in (Preferences(), Preferences(difficulty_level=Difficulty.HARD)):
        asked = [q.text for q in build_interview_plan(job, prefs).questions]
        assert not [t for t in asked if re.search(r"clear\w* tables", t, re.I) and "allergy" in t]
