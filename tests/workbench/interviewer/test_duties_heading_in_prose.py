"""A one-paragraph ad whose duties follow a heading inside the paragraph ("... from instruction to completion.
Duties: client ID and AML checks, reviewing contracts and title, raising enquiries, reporting on searches") had
none of them read: the item kept its "Duties:" and was description prose. Now the heading's list is read as the
lines under a duties heading are, one duty a part."""

from __future__ import annotations

from workbench.interviewer.planning.jobtext import requirements
from workbench.models import JobDetails

CONVEYANCER = JobDetails(
    id="job-conveyancer",
    title="Residential Conveyancer",
    company="Bramley Law LLP",
    description=(
        "Busy residential property team seeks an experienced Conveyancer to run a caseload of 80-100 sale and"
        " purchase files from instruction to completion. Duties: client ID and AML checks, reviewing contracts and"
        " title, raising enquiries, reporting on searches, SDLT returns and Land Registry registration. CQS"
        " accredited firm. Salary DOE."
    ),
    requirements="Minimum 3 years PQE or CLC licensed conveyancer.",
)


def test_the_duties_after_a_heading_inside_a_paragraph_are_read() -> None:
    texts = [requirement.text for requirement in requirements(CONVEYANCER, [])]
    assert "client ID and AML checks" in texts
    assert "review contracts and title" in texts
    assert "raise enquiries" in texts
    assert not [text for text in texts if text.lower().startswith("duties")]
