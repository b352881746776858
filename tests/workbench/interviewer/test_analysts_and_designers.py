"""Jobs beside software that the software family holds (data analysts, designers): their situations are no
engineer's, a requirements field with its own "Essential:" and "Desirable:" headings, and skills listed in lower
case that the ad spells as names. The ads are written for these tests: none is in the datasets."""

from __future__ import annotations

from workbench.interviewer.planning.jobtext import requirements
from workbench.interviewer.planning.library import families
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import InterviewPlan, JobDetails, Preferences

ENGINEERING_SITUATIONS = ("breaking things for users", "in production", "knows the system best", "built with")

DATA_ANALYST = JobDetails(
    id="lead-test-da",
    title="Data Analyst",
    description=(
        "What you'll do:\n"
        "- Build and maintain Power BI dashboards for the Repairs and Income teams\n"
        "- Produce monthly KPI reports for the Executive Team\n"
        "- Present findings to non-technical colleagues\n"
    ),
    requirements=(
        "Essential:\n"
        "- Strong SQL (joins, window functions, CTEs)\n"
        "- Advanced Excel (pivot tables, Power Query)\n"
        "Desirable:\n"
        "- Experience with Python or R\n"
    ),
)
DESIGNER = JobDetails(
    id="lead-test-ux",
    title="Product Designer (UX/UI)",
    description=(
        "<ul><li>Own the end-to-end design of our mobile booking flow</li>"
        "<li>Run user research: interviews, usability testing, surveys</li>"
        "<li>Maintain and extend our design system</li></ul>"
    ),
    requirements="<ul><li>Accessibility (WCAG 2.2) knowledge</li><li>Prototyping in Figma</li></ul>",
)
SRE = JobDetails(
    id="lead-test-sre",
    title="Site Reliability Engineer",
    requirements="- Expert Kubernetes and Linux\n- Run on-call for our payments services",
    skills_required=["linux", "kubernetes", "terraform"],
)


def plan_of(job: JobDetails) -> InterviewPlan:
    return build_interview_plan(job, Preferences())


def test_headings_of_the_requirements_field_are_no_requirements() -> None:
    found = [r.text.lower() for r in requirements(DATA_ANALYST, [])]
    assert not any(text in ("essential", "desirable") for text in found), found
    assert any("sql" in text for text in found) and any("excel" in text for text in found), found
    names = [c.name.lower() for c in plan_of(DATA_ANALYST).competencies]
    assert "essential" not in names and "desirable" not in names, names


def test_analysts_and_designers_are_not_asked_about_shipped_changes_breaking() -> None:
    for job in (DATA_ANALYST, DESIGNER):
        questions = [q.text for q in plan_of(job).questions]
        for question in questions:
            assert not any(s in question for s in ENGINEERING_SITUATIONS), (job.title, question)


def test_an_engineer_keeps_the_engineering_situations() -> None:
    def fitting(job: JobDetails, item: str) -> list[str]:
        twists = families()["software"].fitted(job).act_complications
        return [twist.text for twist in twists if twist.fits(item)]

    engineer = " ".join(fitting(SRE, "deploy the payments service"))
    assert "breaking things for users" in engineer, engineer
    assert "breaking things" not in " ".join(fitting(SRE, "present findings to stakeholders"))
    assert fitting(DESIGNER, "own the end-to-end design of our mobile booking flow")
    assert "breaking things" not in " ".join(fitting(DESIGNER, "own the end-to-end design of our flow"))


def test_a_skill_listed_in_lower_case_is_spelled_as_the_ad_spells_it() -> None:
    names = {c.id: c.name for c in plan_of(SRE).competencies}
    assert names.get("linux") == "Linux" and names.get("kubernetes") == "Kubernetes", names
    # a capital inside a run of them is a title's: "Senior Care Assistant" leaves "care" as it is
    carer = JobDetails(
        id="lead-test-care",
        title="Care Assistant",
        description="Join us as a Senior Care Assistant in our home.",
        skills_required=["care", "moving and handling"],
    )
    assert all(r.text != "Care" for r in requirements(carer, [])), requirements(carer, [])
