"""A one-word requirement ("volunteers", from a Volunteer Coordinator's "Experience of working with volunteers")
does not swallow every duty that names the same people ("Plan weekly volunteer rotas", "Keep volunteer records up
to date"): those duties are asked too. A one-word requirement that is what a duty is about ("payroll" and "Payroll
for a handful of clients") is still one requirement."""

from __future__ import annotations

from workbench.interviewer.planning.jobtext import requirements
from workbench.interviewer.planning.similarity import similar
from workbench.models import JobDetails

VOLUNTEER_COORDINATOR = JobDetails(
    id="job-volunteer-coordinator",
    title="Volunteer Coordinator",
    company="Riverside Food Bank",
    description=(
        "ABOUT US: Riverside Food Bank provided 40,000 emergency food parcels last year.\n"
        "THE ROLE:\n"
        "- Recruit, induct and support a team of 120 volunteers\n"
        "- Plan weekly volunteer rotas across three distribution centres\n"
        "- Keep volunteer records up to date in line with GDPR\n"
        "WHAT WE OFFER: flexible hours, 28 days holiday pro rata, pension."
    ),
    requirements="Experience of working with volunteers. Good organisational skills.",
)


def test_the_duties_that_name_volunteers_are_kept_beside_the_topic() -> None:
    texts = [requirement.text.lower() for requirement in requirements(VOLUNTEER_COORDINATOR, [])]
    assert any("rotas" in text for text in texts)
    assert any("recruit" in text for text in texts)
    assert any("records" in text for text in texts)


def test_a_one_word_topic_is_the_duty_it_opens_or_a_two_word_one() -> None:
    assert similar(("payroll",), ("payroll", "handful", "client"))
    assert similar(("rota",), ("weekly", "rota"))
    assert not similar(("volunteer",), ("plan", "weekly", "volunteer", "rota", "across"))
