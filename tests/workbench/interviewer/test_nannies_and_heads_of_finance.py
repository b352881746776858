"""A live-out nanny and a Head of Finance (ads written for these tests, in no dataset): a nanny is asked about the
children in her care, not quality checks or a nursery's rooms; a duty cut from an ESCO definition that only its
sentence can read is not asked; "Reporting to the CFO, you will own month-end close, statutory accounts, ..." lists
the work it owns; a Head of Finance is ESCO's financial manager."""

from __future__ import annotations

from workbench.interviewer.planning.duties import duty_requirements
from workbench.interviewer.planning.jobtext import requirements
from workbench.interviewer.planning.occupation import match_occupation
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import JobDetails, Preferences

NANNY = JobDetails(
    id="lead-test-nanny",
    title="Nanny",
    description=(
        "Live-out nanny for 3 children (2, 5 and 8) in Clapham. School runs, meals, homework, activities, light "
        "housekeeping related to the children. Ofsted registered preferred. Must drive."
    ),
    requirements="Paediatric first aid. 2+ years nannying experience. Non-smoker.",
)
HEAD_OF_FINANCE = JobDetails(
    id="lead-test-head-of-finance",
    title="Head of Finance",
    description=(
        "Reporting to the CFO, you will own month-end close, statutory accounts, budgeting and forecasting, cash "
        "flow management and the audit. Lead a team of 6. Improve controls and systems (NetSuite)."
    ),
    requirements="ACA/ACCA/CIMA qualified. 5+ years post-qualification. Strong Excel.",
)


def test_a_nanny_is_asked_about_the_children_in_her_care() -> None:
    plan = build_interview_plan(NANNY, Preferences())
    assert plan.family == "education"
    texts = " ".join(q.text for q in plan.questions).lower()
    assert "quality checks" not in texts and "in the nursery" not in texts and "pupil" not in texts, texts


def test_a_duty_only_its_definition_s_sentence_can_read_is_not_asked() -> None:
    definition = (
        "Nannies provide professional care services to children. They organise play activities, prepare meals "
        "and give them bathes and transport them from and to school. Civil engineers apply engineering knowledge "
        "in a vast array of projects, from the construction of infrastructure to water systems."
    )
    found = [r.text for r in duty_requirements(definition, "nanny")]
    assert "organise play activities" in found, found
    assert not any(" them " in f" {text} " or "vast array" in text for text in found), found


def test_a_verb_taking_charge_of_listed_work_names_each_piece_of_it() -> None:
    found = [r.text for r in requirements(HEAD_OF_FINANCE, [])]
    for work in (
        "month-end close",
        "statutory accounts",
        "budgeting and forecasting",
        "cash flow management",
    ):
        assert work in found, found
    store = JobDetails(
        id="lead-test-store",
        title="Store Manager",
        description="You will manage budgets, people and customers.",
    )
    assert "people" not in [r.text for r in requirements(store, [])]


def test_a_head_of_finance_is_a_financial_manager() -> None:
    matched = match_occupation(HEAD_OF_FINANCE)
    assert matched is not None and matched[0].label == "financial manager"
