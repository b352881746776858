"""Job ads for office, finance, education and retail jobs pasted as job boards show them (US headings, tick and
star bullets, a "Perks:" line, legal boilerplate, "someone who" lists) read as the reader of the ad reads them:
the duties under a heading no list spells are the job's, and benefits, equal-opportunity lines and conditions
of employment are no job knowledge. The ads are written for these tests: none is in the datasets."""

from __future__ import annotations

from workbench.interviewer.asides import is_disclaimer
from workbench.interviewer.evidence import Topic, quote
from workbench.interviewer.planning.jobtext import requirements
from workbench.interviewer.repair import answer_from_job
from workbench.interviewer.unsafe_practice import unsafe_sentence
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


def test_a_manager_setting_aside_duties_to_staff_or_making_figures_agree_is_unsafe_practice() -> None:
    for said in (
        "When we're short on hours I just get the key holders to stay on unpaid for an hour after close.",
        "I mark them as a no-show and I don't bother with a return to work chat.",
        "Then I'd just adjust the stock figures later so it balances.",
    ):
        assert unsafe_sentence(said) is not None, said
    for said in (
        "I chase unpaid invoices every Monday.",
        "I get volunteers to cover the library for free on Saturdays.",
        "I adjust the stock figures after every count, with the supervisor's sign-off.",
    ):
        assert unsafe_sentence(said) is None, said


def test_a_reply_that_gives_nothing_is_never_evidence() -> None:
    for said in (
        "I don't really have anything for that one.",
        "Not that I can remember.",
        "Bye.",
        "No questions, thanks.",
        "No, that's everything.",
    ):
        assert is_disclaimer(said), said
    for said in (
        "That's all done by the system, and I check its totals.",
        "That's it really, the rest is filing.",
    ):
        assert not is_disclaimer(said), said


def test_a_question_of_what_pay_is_based_on_is_not_about_the_location() -> None:
    job = JobDetails(
        id="j",
        title="Store Manager",
        location="Exeter",
        salary_range="£32,000 + bonus",
        description="A shop.",
    )
    assert "Exeter" not in answer_from_job("What is the bonus based on?", job)
    assert "Exeter" in answer_from_job("Where is the job based?", job)


def test_office_shop_and_library_duties_open_with_their_verbs() -> None:
    job = JobDetails(
        id="j",
        title="Library Assistant",
        description="You will:\n- Issue, return and reserve items on our library system\n"
        "- Meet KPIs including average handling time\n- Shelve stock accurately in Dewey order",
    )
    shapes = {r.text: r.shape for r in requirements(job, [])}
    for opening in ("issue, return and reserve items", "meet KPIs", "shelve stock"):
        assert [shape for text, shape in shapes.items() if text.startswith(opening)] == ["act"], opening


def test_a_quote_reads_clean_verbatim() -> None:
    topic = Topic(question=frozenset(), competency=frozenset(), look_for=())
    said = quote(["um yeah so i've been teaching five years and um i really like the the ethos here"], topic)
    assert said == "i've been teaching five years and i really like the ethos here"


def test_how_much_is_wanted_is_not_what_is_asked_about() -> None:
    found = texts(
        "About you:\n- Credit control experience (ideally B2B/construction)\n"
        "- Advanced knowledge of payroll legislation\n- Advanced Excel",
        "Credit Controller",
    )
    assert {"credit control", "payroll legislation", "excel"} <= set(found)


def test_hold_and_bag_open_a_duty() -> None:
    found = texts(
        "Responsibilities:\n- Hold a caseload of children in need\n- Bag groceries with care", "Social Worker"
    )
    job = JobDetails(id="j", title="Cashier", description="Responsibilities:\n- Bag groceries with care")
    assert [r.shape for r in requirements(job, [])] == ["act"]
    assert any(text.startswith("hold a caseload") for text in found)
