"""Matching a job to its ESCO occupation: by what the occupations are called (the title) and by what they do
(the job's text), on jobs written here (none of them used to tune the matcher)."""

from __future__ import annotations

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
