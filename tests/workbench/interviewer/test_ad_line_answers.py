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
