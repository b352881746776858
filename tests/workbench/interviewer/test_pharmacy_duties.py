"""A community pharmacy's duties as an ad words them: led by how they are done ("Clinically check…"), with
compound verbs ("accuracy-check"), and giving vaccinations, which is a duty, not the vaccination status a
health job asks of its staff. The ad is written for this test: it is in no dataset."""

from __future__ import annotations

from workbench.interviewer.planning.jobtext import requirements
from workbench.interviewer.unsafe_practice import states_unsafe_practice
from workbench.models import JobDetails

PHARMACIST = JobDetails(
    id="lead-test-pharmacist",
    title="Community Pharmacist",
    description=(
        "We're an independent pharmacy group with 9 branches.\n"
        "- Clinically check and accuracy-check prescriptions\n"
        "- Deliver Pharmacy First consultations, NMS and flu vaccinations\n"
        "- Supervise controlled drugs handling and registers\n"
    ),
    requirements="- GPhC registered pharmacist\n- Hep B vaccinated\n- Proof of COVID-19 vaccination status",
)


def test_every_duty_of_the_pharmacy_is_a_requirement_and_no_vaccination_status_is() -> None:
    found = {r.text: r.shape for r in requirements(PHARMACIST, [])}
    assert found.get("check and accuracy-check prescriptions") == "act", found
    assert any(text.startswith("deliver Pharmacy First") for text in found), found
    assert not any("vaccinated" in text or "status" in text for text in found), found


def test_a_pharmacist_passing_on_what_looks_wrong_states_unsafe_practice() -> None:
    unsafe = (
        "If the GP's prescription looks odd I just dispense it anyway, the GP knows best.",
        "When it's busy I hand out the bag before I've done the final accuracy check.",
    )
    safe = (
        "I never hand out a bag before I've done the final accuracy check.",
        "I would never just dispense it anyway; I'd call the GP first.",
        "I always wait until the final check is done before I hand it out.",
    )
    assert all(states_unsafe_practice(text) for text in unsafe)
    assert not any(states_unsafe_practice(text) for text in safe)
