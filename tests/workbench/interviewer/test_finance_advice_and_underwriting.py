"""A mortgage adviser arranges mortgages for clients and an underwriter judges the risks brokers bring: neither
keeps a ledger, so neither is asked about reconciliations, month-end close or figures that don't reconcile,
which an accounts or payroll role still is. Ads written here."""

from __future__ import annotations

from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import JobDetails, Preferences

LEDGER = ("reconcil", "month end", "month-end", "numbers look better", "conflicting numbers")


def _questions(title: str, description: str) -> list[str]:
    plan = build_interview_plan(JobDetails(id=title, title=title, description=description), Preferences())
    assert plan.family == "finance", (title, plan.family)
    return [question.text for question in plan.questions]


def test_advisers_and_underwriters_are_not_asked_about_a_ledger() -> None:
    for title, description in (
        (
            "Mortgage Adviser",
            "CeMAP qualified mortgage adviser for our estate agency branch. Leads provided.",
        ),
        ("Mortgage Adviser", ""),
        ("Insurance Underwriter", "Commercial property underwriter, Lloyd's market experience desirable."),
        ("Independent Financial Adviser", "IFA for a growing practice in Leeds. Level 4 Diploma required."),
    ):
        questions = _questions(title, description)
        asked = [q for q in questions if any(word in q.lower() for word in LEDGER)]
        assert not asked, (title, asked)


def test_a_ledger_role_still_is() -> None:
    questions = _questions("Payroll Administrator", "")
    assert any(any(word in q.lower() for word in LEDGER) for q in questions), questions
