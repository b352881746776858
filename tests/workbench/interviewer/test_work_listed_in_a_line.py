"""A line of an ad that lists the work as bare noun phrases names one duty a part: after the job's own title as
its heading, or when most parts name work; a list of hours, pay or days is no duty. Ads written here."""

from __future__ import annotations

from workbench.interviewer.planning.jobtext import requirements
from workbench.models import JobDetails


def _subjects(title: str, description: str) -> list[str]:
    return [
        item.text for item in requirements(JobDetails(id=title, title=title, description=description), [])
    ]


def test_a_list_after_the_jobs_own_title_is_its_duties() -> None:
    subjects = _subjects(
        "Accounts Payable Clerk",
        "Accounts Payable Clerk - 3 way matching, supplier statement reconciliations, payment runs. Sage 200.",
    )
    assert subjects[:3] == ["3 way matching", "supplier statement reconciliations", "payment runs"], subjects


def test_a_list_of_hours_pay_or_days_is_no_duty() -> None:
    for title, description in (
        ("Forklift Driver", "Days, nights, weekends. Weekly pay, overtime available, immediate start."),
        ("Office Cleaner", "Monday, Wednesday, Friday. 6am-9am."),
        (
            "Forklift Driver",
            "FLT drivers needed. 28 days holiday, company pension, free parking, staff discount.",
        ),
    ):
        assert _subjects(title, description) == [], (title, _subjects(title, description))
