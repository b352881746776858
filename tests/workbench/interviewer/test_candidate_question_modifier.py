"""A nursing lecturer's "What's the teaching load like?" was answered with the ad's line "Teaching qualification or
willingness to work towards one (PGCert HE)": the one word shared only qualified what was asked about (the load),
which the line never names. Such a question is routed; a line naming what is asked still answers it."""

from __future__ import annotations

from workbench.interviewer.repair import answer_from_job
from workbench.models import JobDetails

LECTURER = JobDetails(
    id="job-lecturer",
    title="Lecturer in Adult Nursing",
    company="University of Northfield",
    description=(
        "Main duties:\n- Plan and deliver lectures, seminars and clinical skills sessions\n"
        "- Contribute to research and scholarship"
    ),
    requirements="NMC registered nurse (adult). Teaching qualification or willingness to work towards one.",
)


def test_a_shared_modifier_does_not_answer_the_question() -> None:
    answer = answer_from_job("What's the teaching load like?", LECTURER)
    assert "Teaching qualification" not in answer
    assert "hiring team at University of Northfield" in answer


def test_a_line_naming_what_is_asked_still_answers() -> None:
    assert "research and scholarship" in answer_from_job("Do you support research?", LECTURER)
