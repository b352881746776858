"""Ads written for these tests (in no dataset) for jobs outside the datasets: a sheriff's office 911 dispatcher
whose essential functions are written in the third person, one line running several duties on with commas."""

from __future__ import annotations

from workbench.interviewer.planning.jobtext import requirements
from workbench.interviewer.planning.lexicon import gerund
from workbench.models import JobDetails

DISPATCHER = JobDetails(
    id="ux15-test-dispatcher",
    title="911 Dispatcher / Public Safety Telecommunicator",
    description=(
        "ESSENTIAL FUNCTIONS:\n"
        "* Answers 911 calls, determines nature and location of emergency, prioritizes calls\n"
        "* Monitors status of units, runs NCIC/FCIC checks for officers\n"
    ),
    requirements="Type 35 WPM.",
)


def _found(job: JobDetails) -> list[str]:
    return [r.text for r in requirements(job, [])]


def test_a_third_person_line_is_split_into_its_duties() -> None:
    found = _found(DISPATCHER)
    assert "determine nature and location of emergency" in found, found
    assert "prioritize calls" in found, found
    assert "monitor status of units" in found, found
    assert "run NCIC/FCIC checks for officers" in found, found
    assert not any(" runs " in f" {text} " or " determines " in f" {text} " for text in found), found


def test_a_personal_quality_asked_with_be_is_no_duty() -> None:
    for line in (
        "You must be reliable and able to work outdoors in all weather.",
        "You must be reliable.",
        "You will need to be patient and calm with children.",
    ):
        job = JobDetails(id="ux15-test-crossing", title="School Crossing Patrol Officer", description=line)
        assert _found(job) == [], (line, _found(job))


def test_work_said_with_be_stays() -> None:
    job = JobDetails(
        id="ux15-test-float",
        title="Cashier",
        description="Be responsible for cash handling and banking.",
    )
    assert _found(job) == ["cash handling and banking"], _found(job)


def _one_line(title: str, line: str) -> list[str]:
    return _found(JobDetails(id="ux15-test-line", title=title, description=line))


def test_a_bracket_before_its_noun_does_not_cut_the_duty() -> None:
    found = _one_line(
        "Phlebotomist", "Perform venipuncture and capillary (finger/heel) collections on patients of all ages"
    )
    assert found == ["perform venipuncture and capillary collections on patients of all ages"], found


def test_a_long_duty_is_not_cut_after_a_participle() -> None:
    found = _one_line(
        "Probation Officer", "Supervise a caseload of offenders released on parole or mandatory supervision."
    )
    assert found and not found[0].endswith("released"), found


def test_a_guide_s_duties_read_as_activities() -> None:
    job = JobDetails(
        id="ux15-test-guide",
        title="City Walking Tour Guide",
        description=(
            "Lead 2-hour walking tours of Lower Manhattan for groups of up to 25. Tell engaging, accurate stories "
            "about history and architecture."
        ),
    )
    shapes = {r.text: r.shape for r in requirements(job, [])}
    assert shapes.get("lead 2-hour walking tours of Lower Manhattan for groups of up to 25") == "act", shapes
    assert shapes.get("tell engaging, accurate stories about history and architecture") == "act", shapes


def test_languages_joined_with_plus_are_no_job_knowledge() -> None:
    job = JobDetails(
        id="ux15-test-ski",
        title="Ski Instructor",
        requirements="First aid certificate. English plus French or German.",
    )
    assert not any("english" in text.lower() for text in _found(job)), _found(job)


def test_a_bike_of_one_s_own_and_months_of_experience_are_no_job_knowledge() -> None:
    for line in ("Own road bike.", "6 months experience.", "Must have own bicycle."):
        job = JobDetails(id="ux15-test-courier", title="Bicycle Courier", requirements=line)
        assert _found(job) == [], (line, _found(job))


def test_a_short_verb_doubles_its_consonant_before_ing() -> None:
    assert [gerund(verb) for verb in ("scan", "flag", "strap")] == ["scanning", "flagging", "strapping"]
    assert [gerund(verb) for verb in ("fix", "tow", "read", "visit")] == [
        "fixing",
        "towing",
        "reading",
        "visiting",
    ]


def test_a_kind_of_experience_said_by_its_adjective_is_a_background() -> None:
    for line in ("Legal secretarial experience, ideally in private client.", "Previous clerical experience"):
        job = JobDetails(id="ux15-test-legal-secretary", title="Legal Secretary", requirements=line)
        assert _found(job) == [], (line, _found(job))
    job = JobDetails(id="ux15-test-fpa", title="FP&A Analyst", requirements="Financial modelling experience")
    assert _found(job) == ["financial modelling"], _found(job)


def test_access_issues_reported_are_no_duty_to_access() -> None:
    job = JobDetails(
        id="ux15-test-meter-reader",
        title="Meter Reader",
        description=(
            "Read water meters at domestic and commercial premises, record readings on a handheld device, identify "
            "and report leaks, damaged or tampered meters, and access issues."
        ),
    )
    found = _found(job)
    assert not any(text.startswith("access") for text in found), found
