"""US ads as posted (written for these tests, in no dataset): a school district's custodian written in the third
person, a family practice's medical assistant whose duties run in one sentence, and an OTR truck driver's
requirements. The duties are read whole and in the candidate's person; checks on the candidate and months of
experience are no job knowledge."""

from __future__ import annotations

from workbench.interviewer.planning.gerund_phrase import acting
from workbench.interviewer.planning.jobtext import requirements
from workbench.interviewer.planning.verb_series import coordinated_bases
from workbench.models import JobDetails

CUSTODIAN = JobDetails(
    id="lead-test-custodian",
    title="Custodian (Night Shift) - School District",
    description=(
        "Under general supervision, performs custodial work to keep school buildings clean, safe and orderly. "
        "Sweeps, mops, scrubs and waxes floors; cleans restrooms and restocks supplies; empties trash and "
        "recycling; performs minor repairs."
    ),
    requirements="High school diploma or GED. Ability to lift 50 pounds. Must pass DOJ fingerprint clearance.",
)
MEDICAL_ASSISTANT = JobDetails(
    id="lead-test-medical-assistant",
    title="Medical Assistant - Family Practice",
    description=(
        "Medical Assistant to support 3 providers in a busy outpatient family practice. Room patients, take "
        "vitals and histories, perform EKGs, venipuncture and point-of-care testing, give injections and "
        "vaccines as ordered, schedule referrals, and manage prior authorizations in eClinicalWorks. Keep exam "
        "rooms stocked and clean."
    ),
    requirements="CCMA, RMA or CMA certification required. Phlebotomy experience.",
)
TRUCKER = JobDetails(
    id="lead-test-otr",
    title="CDL-A OTR Truck Driver",
    description="Perform pre-trip and post-trip inspections, maintain ELD logs, secure loads.",
    requirements="Valid Class A CDL. 6 months OTR experience. Clean MVR.",
)


def _found(job: JobDetails) -> list[str]:
    return [r.text for r in requirements(job, [])]


def test_duties_in_the_third_person_are_asked_in_the_candidate_s() -> None:
    found = _found(CUSTODIAN)
    assert "sweep, mop, scrub and wax floors" in found, found
    # read as the same line in the imperative is: one duty each ("clean restrooms", "restock supplies")
    assert "clean restrooms" in found and "restock supplies" in found, found
    assert not any(word in text.split() for text in found for word in ("cleans", "restocks")), found
    assert not any("fingerprint" in text.lower() for text in found), found


def test_a_later_third_person_verb_needs_its_own_object() -> None:
    words = ["Carries", "out", "checks", "and", "repairs", "on", "vehicles"]
    assert coordinated_bases(words[0], words[1:])[-3] == "repairs"
    words = ["Prepares", "meals", "and", "drinks"]
    assert coordinated_bases(words[0], words[1:])[-1] == "drinks"


def test_a_sentence_of_duties_is_read_though_its_first_verb_is_unknown() -> None:
    found = _found(MEDICAL_ASSISTANT)
    assert "take vitals and histories" in found, found
    assert "give injections and vaccines as ordered" in found, found
    assert "manage prior authorizations in eClinicalWorks" in found, found


def test_a_state_something_is_kept_in_is_no_second_duty() -> None:
    assert acting("keep exam rooms stocked and clean") == "keeping exam rooms stocked and clean"
    assert acting("respond calmly to crisis situations and de-escalate").endswith("and de-escalating")


def test_months_of_experience_leave_what_they_were_in() -> None:
    found = _found(TRUCKER)
    assert not any("month" in text.lower() for text in found), found
