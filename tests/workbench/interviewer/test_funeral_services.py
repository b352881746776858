"""A funeral director's interview is about bereaved families and the deceased: seen, the job fell to the general
family ('two people you work with want different things', behavioural questions with no family in them) and
no red flag knew that the identity of the deceased is checked at every stage."""

from __future__ import annotations

from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import JobDetails, Preferences

FUNERAL_DIRECTOR = JobDetails(
    id="funeral-director-1",
    title="Funeral Director",
    company="Whitfield & Daughters Funeral Service",
    description=(
        "<p>As Funeral Director you will arrange funerals with bereaved families, conduct funerals with dignity, "
        "carry out removals from homes and hospitals, care for the deceased in our mortuary, and liaise with "
        "clergy, celebrants, crematoria and the registrar.</p><p>Company car, on-call allowance.</p>"
    ),
    requirements="Diploma in Funeral Directing (DipFD) or working towards. Full UK driving licence.",
    skills_required=["arranging funerals", "conducting funerals", "care of the deceased", "cremation forms"],
)


def test_a_funeral_director_is_asked_about_bereaved_families_and_the_deceased() -> None:
    plan = build_interview_plan(FUNERAL_DIRECTOR, Preferences())
    assert plan.family == "funeral_services"
    texts = " ".join(q.text for q in plan.questions).lower()
    assert "bereaved famil" in texts or "family member" in texts
    assert "two people you work with want different things" not in texts
    flags = {flag for q in plan.questions for flag in q.rubric.red_flags}
    assert "not checking the identity of the deceased" in flags


def test_an_anatomical_pathology_technologist_works_in_the_mortuary_not_at_an_analyser() -> None:
    """Seen: an APT was planned as a lab scientist ('receive and release the deceased when the analyser fails
    partway through a run', 'a quality control check fails just before results are due' at a viewing)."""
    job = JobDetails(
        id="ux16-apt",
        title="Anatomical Pathology Technologist",
        company="Northgate NHS Foundation Trust",
        description=(
            "Main duties:\n- Assist pathologists with post-mortem examinations, including evisceration and "
            "reconstruction\n- Receive and release the deceased, checking identification against documentation\n"
            "- Arrange viewings for bereaved relatives with sensitivity\n- Clean and decontaminate equipment and "
            "the post-mortem room"
        ),
        requirements="RSPH Level 3 Diploma in Anatomical Pathology Technology (or working towards).",
    )
    plan = build_interview_plan(job, Preferences())
    assert plan.family == "funeral_services"
    texts = " ".join(q.text for q in plan.questions).lower()
    assert "analyser" not in texts and "results are due" not in texts
    assert "hearse" not in texts and "crematorium" not in texts
    assert "safety_compliance" in {c.id for c in plan.competencies}
