"""Three readings of a job seen wrong on new jobs: a lifeguard's ad ranked the *lifeguard instructor* first (its
own name adds a teaching role the title never says), the people a duty serves lost their own homes to the
candidate ("in your own homes"), and a noun after a preposition was cut as if it said how much a skill is wanted
("administer medication following"). Jobs and lines written here."""

from __future__ import annotations

import pytest

from workbench.interviewer.planning.jobtext import requirements
from workbench.interviewer.planning.planner import match_occupation
from workbench.models import JobDetails


@pytest.mark.parametrize(
    ("title", "description"),
    [
        (
            "Pool Lifeguard",
            "Supervise swimmers from poolside, carry out rescues and first aid, test pool water and help set out"
            " equipment for lessons. NPLQ required.",
        ),
        (
            "Swimming Pool Lifeguard",
            "Watch over swimmers in the pool, enforce pool rules and carry out rescues.",
        ),
    ],
)
def test_a_lifeguard_is_no_lifeguard_instructor(title: str, description: str) -> None:
    found = match_occupation(JobDetails(id="l", title=title, description=description))
    assert found is not None and found[0].label == "life guard", found and found[0].label


def test_a_role_esco_files_under_a_leading_one_stays_there() -> None:
    """ESCO lists "sous chef" among *head chef*'s labels, with no lead after it: the title's own occupation."""
    job = JobDetails(
        id="s", title="Sous Chef", description="Run the pass when the Head Chef is off and order stock."
    )
    found = match_occupation(job)
    assert found is not None and found[0].label == "head chef"


def test_an_instructor_of_lifeguards_still_is_one() -> None:
    job = JobDetails(
        id="i", title="Lifeguard Instructor", description="Deliver NPLQ courses to trainee lifeguards."
    )
    found = match_occupation(job)
    assert found is not None and found[0].label == "lifeguard instructor"


def _acts(lines: str) -> list[str]:
    job = JobDetails(id="o", title="Assistant", requirements=lines)
    return [item.text for item in requirements(job, []) if item.shape == "act"]


@pytest.mark.parametrize(
    ("line", "act"),
    [
        (
            "Support adults with learning disabilities in their own homes",
            "support adults with learning disabilities in their own homes",
        ),
        ("Help residents keep their own routines", "help residents keep their own routines"),
        ("Authorise results within their scope", "authorise results within your scope"),
        ("Manage their own caseload of families", "manage your own caseload of families"),
    ],
)
def test_their_own_is_the_served_peoples_after_them_and_the_post_holders_otherwise(
    line: str, act: str
) -> None:
    assert _acts(f"- {line}") == [act]


@pytest.mark.parametrize(
    ("line", "act"),
    [
        ("Administer medication following training", "administer medication following training"),
        ("Operate the forklift after training", "operate the forklift after training"),
    ],
)
def test_a_noun_after_a_preposition_is_no_trailing_skill_word(line: str, act: str) -> None:
    assert _acts(f"- {line}") == [act]
