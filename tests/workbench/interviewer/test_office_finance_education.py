"""Job ads for office, finance, education and retail jobs pasted as job boards show them (US headings, tick and
star bullets, a "Perks:" line, legal boilerplate, "someone who" lists) read as the reader of the ad reads them:
the duties under a heading no list spells are the job's, and benefits, equal-opportunity lines and conditions
of employment are no job knowledge. The ads are written for these tests: none is in the datasets."""

from __future__ import annotations

from workbench.interviewer.planning.jobtext import requirements
from workbench.models import JobDetails


def texts(description: str, title: str = "Clerk") -> list[str]:
    job = JobDetails(id="job-uxe", title=title, description=description)
    return [requirement.text.lower() for requirement in requirements(job, [])]


def test_duties_under_an_unlisted_heading_after_about_us_are_read() -> None:
    found = texts(
        "Who We Are\nA family firm supplying hospitals for 35 years.\n\nJob Summary\nYou own the payables cycle.\n\n"
        "Essential Duties and Responsibilities\n* Reconcile vendor statements and research past-due items\n"
        "* Prepare weekly check and ACH payment runs\n\nQualifications\n* 2+ years of AP experience",
        "Accounts Payable Specialist",
    )
    assert any("reconcile vendor statements" in text for text in found)
    assert any("payment runs" in text for text in found)


def test_tick_and_star_bullets_split_the_duties() -> None:
    found = texts(
        "Day to day you'll:\n✔ Take inbound calls, webchats and emails from customers\n"
        "✔ Process refunds accurately on our systems\n★ Free rail travel for your family",
        "Customer Service Advisor",
    )
    assert any(text.startswith("take inbound calls") for text in found)
    assert any(text.startswith("process refunds") for text in found)


def test_a_perks_line_and_legal_boilerplate_are_no_job_knowledge() -> None:
    found = texts(
        "Your role:\n- Plan rotas around footfall\n- Control stock loss and shrinkage\n"
        "Perks: 40% staff discount, quarterly bonus, 28 days holiday inc. bank holidays.\n"
        "Crestline is an Equal Opportunity Employer. Member FDIC. Equal Housing Lender.\n"
        "We are committed to safeguarding and promoting the welfare of children.",
        "Store Manager",
    )
    assert not [
        t for t in found if any(w in t for w in ("holiday", "opportunity", "fdic", "lender", "committed"))
    ]
    assert any("rotas" in text for text in found)


def test_an_age_or_a_standard_of_schooling_asked_for_is_a_condition() -> None:
    found = texts(
        "Requirements:\n- Must be 18+ to sell alcohol\n- A good standard of education including GCSE English\n"
        "- National Award for SEN Co-ordination\n- Check ID for age-restricted sales",
        "Cashier",
    )
    assert found and all("18" not in t and "education" not in t and "award" not in t for t in found)


def test_a_noun_in_ing_after_a_verb_like_noun_does_not_start_a_duty() -> None:
    found = texts(
        "Responsibilities:\n- Process customer transactions including deposits, withdrawals, check cashing, and "
        "loan payments accurately\n- Process 300+ vendor invoices per week in NetSuite",
        "Bank Teller",
    )
    assert not [text for text in found if text.startswith("check cashing")]
    assert "process 300+ vendor invoices per week in netsuite" in found


def test_someone_who_items_and_verbs_in_a_series_read_as_the_job_knowledge() -> None:
    found = texts(
        "The role\n- Plan, teach and assess engaging lessons for a Year 4 class\n"
        "We are looking for someone who\n- Has a secure knowledge of the National Curriculum at KS2",
        "Class Teacher",
    )
    assert any(text.startswith("plan, teach and assess engaging lessons") for text in found)
    assert "national curriculum at ks2" in found and not [text for text in found if text.startswith("has ")]
