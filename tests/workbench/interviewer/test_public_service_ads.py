"""Public service and school ads as they are posted (written for these tests, in no dataset): a ratio in a duty
("1:1 interventions") is no heading, behavioural qualities named alone ("Good communication and teamwork") and
tests to pass ("a fitness test and a medical") are no job knowledge, a subject with its aside ("safeguarding
(Keeping Children Safe in Education)") stays a subject, and a duty split from the one before it names whose it
is ("support prisoners' rehabilitation", not "support their rehabilitation")."""

from __future__ import annotations

from workbench.interviewer.planning.jobtext import requirements
from workbench.interviewer.planning.occupation import match_occupation, spelled_out
from workbench.interviewer.unsafe_practice import states_unsafe_practice
from workbench.models import JobDetails

TEACHING_ASSISTANT = JobDetails(
    id="lead-test-ta",
    title="Teaching Assistant (SEN)",
    description=(
        "You will deliver 1:1 and small group interventions (phonics, precision teaching), support the pupil's "
        "sensory regulation plan, and keep records of progress."
    ),
    requirements="- Understanding of safeguarding (Keeping Children Safe in Education)\n- Good communication and teamwork",
)
PRISON_OFFICER = JobDetails(
    id="lead-test-prison",
    title="Prison Officer",
    description="As a prison officer you'll help to keep prisoners safe and secure, and support their rehabilitation.",
    requirements="You'll need to pass a fitness test and a medical.\n- Excellent verbal and written communication",
)


def found(job: JobDetails) -> dict[str, str]:
    return {r.text: r.shape for r in requirements(job, [])}


def test_a_ratio_in_a_duty_is_no_heading_and_an_aside_leaves_a_subject() -> None:
    items = found(TEACHING_ASSISTANT)
    assert "deliver 1:1 and small group interventions (phonics, precision teaching)" in items, items
    assert items.get("safeguarding (Keeping Children Safe in Education)") == "topic", items
    assert not any("communication" in text or "teamwork" in text for text in items), items


def test_tests_to_pass_and_qualities_are_not_questioned_and_a_split_duty_names_its_owner() -> None:
    items = found(PRISON_OFFICER)
    assert "support prisoners' rehabilitation" in items, items
    assert not any("their" in text.split() for text in items), items
    assert not any("fitness" in text or "medical" in text or "communication" in text for text in items), items


def test_a_special_needs_teaching_assistant_is_matched_as_one() -> None:
    assert spelled_out("Teaching Assistant (SEN)") == "special educational needs Teaching Assistant"
    assert spelled_out("SENCO") == "special educational needs coordinator"
    for title in ("Teaching Assistant (SEN)", "SEND Teaching Assistant"):
        matched = match_occupation(TEACHING_ASSISTANT.model_copy(update={"title": title}))
        assert matched is not None and matched[0].label == "special educational needs assistant", (
            title,
            matched,
        )


def test_saying_what_is_not_so_is_a_fact_misstated() -> None:
    said = "If a buyer's dithering I'll tell them there's another offer coming in even if there isn't."
    assert states_unsafe_practice(said)
    assert not states_unsafe_practice("I tell buyers the truth, even if it isn't what they want to hear.")
    assert not states_unsafe_practice("I'd still report it to the manager even if it isn't urgent.")
