"""Matching a job to its ESCO occupation: by what the occupations are called (the title) and by what they do
(the job's text), on jobs written here (none of them used to tune the matcher)."""

from __future__ import annotations

from tests.workbench.interviewer.unseen_jobs import occupation_label as _label
from workbench.models import JobDetails


def test_esco_rows_split_into_their_preferred_label_even_when_a_label_holds_a_capital() -> None:
    from workbench.interviewer.planning.esco import split_entry

    chef = split_entry(
        "u1",
        "head chef industrial head chef chef de cuisine master Chef sous chef Head chefs manage the kitchen.",
    )
    assert chef.label == "head chef"
    assert chef.definition.startswith("Head chefs manage")
    midwife = split_entry("u2", "midwife maternity nurse Midwives assist women in childbirth.")
    assert midwife.label == "midwife"


def test_a_title_matches_an_occupation_of_its_own_role() -> None:
    from workbench.interviewer.planning.planner import match_occupation

    titles = {
        "Registered Nurse - Intensive Care": "nurse",
        "Head Chef": "chef",
        "Sous Chef": "chef",
        "Software Engineer": "software",
        "Primary School Teacher": "teacher",
    }
    for title, word in titles.items():
        matched = match_occupation(JobDetails(id="m", title=title, description="", requirements=""))
        assert matched is not None and word in matched[0].label, (title, matched and matched[0].label)


def test_a_title_that_an_esco_label_says_outright_finds_that_occupation() -> None:
    from workbench.interviewer.planning.planner import match_occupation

    for title, label in (
        ("Electrician", "electrician"),  # was "mining electrician"
        ("Car Mechanic", "vehicle technician"),  # "car mechanic" is one of its labels
        ("Office Manager", "office manager"),
        ("Receptionist", "receptionist"),
        ("PV Installer", "solar energy technician"),  # "PV" spelled out: "photovoltaic energy installer"
    ):
        found = match_occupation(JobDetails(id=title, title=title))
        assert found is not None and found[0].label == label, (title, found and found[0].label)


def test_a_title_is_matched_by_what_the_occupations_are_called_and_the_job_by_what_they_do() -> None:
    """The title's words count only where an occupation's labels say them ("budget management" in a public
    finance accountant's definition makes no Management Accountant one); a one-word name that an alternative
    label lends ("localiser QA tester") must be the job's own word; a narrower trade ("court reporter") gives
    way to a best match that also names the role when the job's text agrees with that one's definition; and
    another kind of the title's role ("speech and language therapist" for a Beauty Therapist) is no match."""
    from workbench.interviewer.planning.planner import match_occupation

    def matched(title: str, description: str, requirements: str = "") -> str | None:
        found = match_occupation(
            JobDetails(id=title, title=title, description=description, requirements=requirements)
        )
        return found[0].label if found else None

    assert (
        matched(
            "Management Accountant",
            "Prepare the monthly management accounts pack; month-end journals, accruals and reconciliations; "
            "variance analysis against budget and forecast; support the annual budget.",
            "ACCA/CIMA qualified; advanced Excel",
        )
        == "accountant"
    )
    for title in ("QA Tester", "Software QA Tester"):
        assert (
            matched(
                title,
                "Write and execute manual test cases for our web and mobile apps; regression testing before each "
                "release; log and verify bugs in Jira.",
                "1-2 years in software testing",
            )
            == "software tester"
        ), title
    assert matched(
        "Reporter",
        "Find, research and write original news stories for print and online. Cover council meetings, inquests "
        "and the crown court. Shoot photos and short video for our website.",
        "NCTJ Diploma in Journalism; a sound knowledge of media law",
    ) in ("journalist", "photojournalist")
    for description in (
        "Deliver facials, waxing, lash and brow tints, manicures and pedicures; carry out client consultations "
        "and patch tests; keep your treatment room spotless.",
        "Join our team delivering treatments to clients, with advice about aftercare and hygiene.",
    ):
        assert matched("Beauty Therapist", description, "NVQ Level 3 in Beauty Therapy") in (
            None,
            "aesthetician",
            "beauty therapist",
        ), description


def test_a_possessive_title_is_the_helper_of_its_trade() -> None:
    from workbench.interviewer.planning.planner import match_occupation

    for title in ("Electrician's Mate", "Plumber's Mate"):
        found = match_occupation(
            JobDetails(id=title, title=title, description="Assisting our qualified tradesmen on site.")
        )
        assert found is None or "deck" not in found[0].label, (title, found and found[0].label)


def test_a_plain_title_is_not_the_narrower_occupation_whose_labels_say_it_after_a_setting() -> None:
    """ESCO says "security officer" only after a setting (hotel, airport, court, IT, youth) or a field ("data
    protection and security officer"); a plain Security Officer guarding offices or shops is the plain
    occupation of that kind, a *security guard*, and an IT Security Officer stays an IT one."""
    office = (
        "Patrol the site on foot and monitor CCTV; control access and sign in visitors; respond to alarms and "
        "write incident reports. Valid SIA licence required."
    )
    assert _label("Security Officer", office) == "security guard"
    assert _label(
        "Security Officer", "SECURITY OFFICER REQUIRED FOR CORPORATE OFFICE. MUST HOLD SIA LICENCE."
    ) == ("security guard")
    assert _label("Security Officer") == "security guard"
    assert _label("IT Security Officer") != "security guard"
    assert _label("Hotel Security Officer") == "hospitality establishment security officer"


def test_a_title_that_names_a_setting_steers_to_an_occupation_of_that_setting() -> None:
    """A Hospital Cleaner is no *train cleaner* (though the ad says "we will train you") nor a household's
    *domestic cleaner* (though it says "domestic team"): *building cleaner*, whose definition names hospitals."""
    ward = (
        "Join our friendly domestic team on the wards. No experience needed as we will train you. You will "
        "clean wards, toilets and patient areas and empty clinical and domestic waste."
    )
    assert _label("Hospital Cleaner", ward) == "building cleaner"
    assert _label("Hospital Cleaner") == "building cleaner"
    assert _label("Cleaning Operative - Hospital", ward) != "train cleaner"
    assert _label("Train Cleaner") == "train cleaner"  # the setting the title says


def test_a_plain_title_takes_no_occupation_of_a_setting_the_job_never_speaks_of() -> None:
    """A workboat's Deckhand is no *fisheries deckhand*, whose duties are the catch's; a trawler's is."""
    workboat = "Deckhand needed for crew transfer vessels out of Great Yarmouth. STCW essential. 2 on 2 off."
    assert _label("Deckhand", workboat) is None
    assert _label(
        "Deckhand", "Deckhand for a North Sea trawler: hauling and gutting the catch, fishing gear."
    ) == ("fisheries deckhand")


def test_a_pay_grade_after_the_role_does_not_hide_it() -> None:
    """Seen: "Midwife Band 5/6" matched no occupation (its head noun was read as "band"), while "Band 6 Midwife"
    matched *midwife*; so did "Paramedic Band 6" and "Staff Nurse Band 5"."""
    from workbench.interviewer.planning.planner import match_occupation

    description = "Provide care during pregnancy, labour and the postnatal period, and escalate deviations."
    for title, word in (
        ("Midwife Band 5/6", "midwife"),
        ("Midwife Band 6", "midwife"),
        ("Paramedic Band 6", "paramedic"),
        ("Staff Nurse Band 5", "nurse"),
    ):
        job = JobDetails(
            id="g", title=title, description=description if word == "midwife" else "", requirements=""
        )
        matched = match_occupation(job)
        assert matched is not None and word in matched[0].label, (title, matched and matched[0].label)


def test_a_managers_title_is_not_matched_to_a_workers_occupation() -> None:
    """Seen: "Care Home Manager" matched *care home worker* (ESCO lists "care home manager" among that
    occupation's labels), so a manager's plan had a care worker's duties; "Kitchen Manager" matched *kitchen
    porter*. A worker's title still matches the worker's occupation, and a leader's title no leader of another
    trade that shares only "team" with it."""
    from workbench.interviewer.planning.planner import match_occupation

    def label(title: str, description: str) -> str | None:
        matched = match_occupation(JobDetails(id="l", title=title, description=description, requirements=""))
        return matched[0].label if matched else None

    assert (
        label("Care Home Manager", "Lead the care home team and ensure CQC compliance.")
        == "elderly home manager"
    )
    assert label("Care Home Manager", "") == "elderly home manager"
    assert (
        label("Kitchen Manager", "Run the kitchen, manage food safety and staff rotas.") != "kitchen porter"
    )
    assert label("Care Home Worker", "Care for residents.") == "care home worker"
    # (a warehouse's own leading role, or none: never a team leader of another trade)
    warehouse_lead = label("Warehouse Team Leader", "Lead the pickers and packers in the warehouse.")
    assert warehouse_lead is None or warehouse_lead == "warehouse manager"


def test_an_occupation_named_for_special_needs_is_not_a_job_that_never_says_them() -> None:
    """Seen: a day nursery's "Early Years Practitioner" matched *early years special educational needs teacher*,
    though the ad never spoke of special needs; an SEN post still matches its special needs occupation."""
    from workbench.interviewer.planning.planner import match_occupation

    def label(title: str, description: str) -> str | None:
        matched = match_occupation(JobDetails(id="s", title=title, description=description, requirements=""))
        return matched[0].label if matched else None

    nursery = (
        "Be a key person to children aged 0-5 in our day nursery, planning activities that follow the EYFS."
    )
    assert "special" not in (label("Early Years Practitioner", nursery) or "")
    assert label("Teaching Assistant - SEN", "Support pupils with special educational needs.") == (
        "special educational needs assistant"
    )
