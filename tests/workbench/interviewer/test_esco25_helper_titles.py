"""A title whose last words say a rank or a place in a team, not the work ("Cattery Assistant", "Boarding Kennels
Team Member", "Fish Farm Operative"), is the close occupation of the kind its other words name whose own name leads
no one and whose role the job is (esco25). Seen before: each of these was refused, or matched a manager, though
the right occupation ranked first or second by the ad."""

from __future__ import annotations

from evals.occupation_match import SETS, load_jobs
from workbench.interviewer.planning.helper_titles import helper_kind
from workbench.interviewer.planning.occupation import match_occupation
from workbench.models import JobDetails


def _set_job(number: str, title: str) -> JobDetails:
    unseen = next(job for job in load_jobs(SETS[number]) if job.title == title)
    return JobDetails(id="u", title=unseen.title, description=unseen.description)


def _label(job: JobDetails) -> str | None:
    found = match_occupation(job)
    return found[0].label if found else None


def test_the_kind_of_a_helpers_title_is_the_words_before_its_role_words() -> None:
    assert helper_kind("Boarding Kennels Team Member - Weekends") == {"boarding", "kennel"}
    assert helper_kind("Pig Unit Assistant") == {"pig", "unit"}
    assert helper_kind("Kennel Supervisor") == set()  # its role noun names the work
    assert helper_kind("Team Member") == set()  # no kind
    assert helper_kind("Assistant Gamekeeper") == set()  # the grade comes first: the role is a gamekeeper
    assert helper_kind("Kitchen Team Leader") == set()


def test_a_helpers_title_is_the_helper_of_its_kind() -> None:
    assert _label(_set_job("5", "Cattery Assistant")) == "kennel worker"  # "kennels or catteries"
    assert _label(_set_job("5", "Boarding Kennels Team Member - Weekends")) == "kennel worker"
    assert _label(_set_job("3", "Pig Unit Assistant")) == "pig breeder"  # the ad's "breeding herd"


def test_a_helper_is_no_manager_of_its_kind() -> None:
    """Seen: a Fish Farm Operative matched *aquaculture mooring manager*, tied with the worker."""
    assert _label(_set_job("5", "Fish Farm Operative - Sea Lochs")) == "water-based aquaculture worker"


def test_a_helper_of_the_kind_whose_role_the_job_never_says_is_not_it() -> None:
    """An earlier fallback gave *veterinary receptionist* (ranked first) for a Veterinary Care Assistant whose
    ad never receives anyone, and *jewellery repairer* for a Jewellery Sales Consultant."""
    vet = _label(_set_job("5", "Veterinary Care Assistant (VCA)"))
    assert vet != "veterinary receptionist"
    assert vet in {"veterinary technician", "veterinary nurse"}
    assert _label(_set_job("3", "Jewellery Sales Consultant")) != "jewellery repairer"
    # without the ad, nothing says which helper of the kind it is: no match, rather than a guess
    assert _label(JobDetails(id="u", title="Pig Unit Assistant", description="Help out on the unit.")) is None
