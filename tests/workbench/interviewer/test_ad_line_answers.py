"""A candidate's question is answered by a line of the ad only when the line speaks of what was asked: seen, "What
would the budget be for the list, and who signs off the orders?" was answered with the ad's duty "You will
curate and manage a 400-bin wine list…", which shares the one everyday word "list"."""

from __future__ import annotations

from workbench.interviewer.repair import answer_from_job
from workbench.models import JobDetails

SOMMELIER = JobDetails(
    id="sommelier-1",
    title="Head Sommelier",
    company="The Linden Tree",
    description=(
        "We are looking for a Head Sommelier to lead our wine team of three. You will curate and manage a 400-bin "
        "wine list, recommend pairings for our tasting menu, manage cellar stock, ordering and GP. Tronc, staff "
        "meals, 48 days off a year."
    ),
    requirements="WSET Level 3 or CMS Certified.",
    skills_required=["wine list management", "food and wine pairing", "cellar management"],
)


def test_a_line_sharing_one_everyday_word_of_a_longer_question_does_not_answer_it() -> None:
    reply = answer_from_job("What would the budget be for the list, and who signs off the orders?", SOMMELIER)
    assert "400-bin" not in reply and "hiring team" in reply


def test_the_ads_own_line_still_answers_a_question_on_its_term_or_its_subject() -> None:
    assert "Tronc, staff meals" in answer_from_job(
        "Sorry, do you get tronc on top of the pay here?", SOMMELIER
    )
    assert "400-bin" in answer_from_job("How big is the wine list?", SOMMELIER)


def test_the_hours_asked_are_the_shifts_not_the_pay_for_unsocial_hours() -> None:
    """Seen: a home care worker's "What hours would I work?" was answered with the ad's benefits line "enhanced pay
    for unsocial hours"; the pay for unsocial hours asked is still that line."""
    care = JobDetails(
        id="care-1",
        title="Home Care Worker",
        company="Bright Homecare",
        description=(
            "Visit clients in their own homes across Leeds. Shifts: 7am-2pm and 4pm-10pm, alternate weekends. "
            "We offer: enhanced pay for unsocial hours, paid mileage 30p/mile, free uniform."
        ),
    )
    for question in ("What hours would I work?", "What are the shift patterns like?", "What are the hours?"):
        assert "7am-2pm" in answer_from_job(question, care), question
    assert "enhanced pay for unsocial hours" in answer_from_job(
        "Is there extra pay for unsocial hours?", care
    )


def test_paid_breaks_are_a_benefit_of_the_ad_not_the_salary() -> None:
    job = JobDetails(
        id="job-paid-breaks",
        title="Care Assistant",
        company="Willow Court Care Home",
        salary_range="£11.80 per hour",
        description="- Support residents with personal care\nWhat we offer: free parking, 28 days holiday and paid"
        " breaks.\n",
    )
    reply = answer_from_job("Would I get paid breaks?", job)
    assert "paid breaks" in reply and "salary" not in reply, reply
    assert "£11.80" in answer_from_job("How much is the pay?", job)


def test_how_many_is_answered_by_a_line_with_a_figure_or_routed() -> None:
    job = JobDetails(
        id="job-how-many",
        title="Care Assistant",
        company="Willow Court Care Home",
        description="- Support residents with personal care\n- Keep accurate care records\nYou will work in a"
        " team of 6 carers per shift.\n",
    )
    assert "team of 6 carers" in answer_from_job("How many carers are on a shift?", job)
    residents = answer_from_job("How many residents are there?", job)
    assert "Support residents" not in residents and "hiring team" in residents, residents
