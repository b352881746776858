"""A candidate's question about the job as speech-to-text writes it, without its question mark: about a new
graduate's orientation, a limit on clients, a staff meal, a teaching load. An answer that opens with the same
words ("what the orientation taught me...") stays an answer."""

from __future__ import annotations

import pytest

from workbench.interviewer.repair import reply_kind

QUESTION = "How do you calculate enteral and parenteral nutrition regimens?"


@pytest.mark.parametrize(
    "reply",
    [
        "what does the orientation look like for new grads",
        "how many clients can i have, is there a limit",
        "um is there a staff meal",
        "what does the teaching load look like",
        "how many sessions a week is it",
    ],
)
def test_a_spoken_question_about_the_job_is_the_candidates_question(reply: str) -> None:
    assert reply_kind(reply, question=QUESTION) == "candidate_question"


@pytest.mark.parametrize(
    "reply",
    [
        "what the orientation taught me was to ask early",
        "how many patients i saw was about twenty a day",
    ],
)
def test_an_answer_in_the_same_words_is_an_answer(reply: str) -> None:
    assert reply_kind(reply, question=QUESTION) == "answer"


def test_not_understanding_what_is_asked_is_a_clarification() -> None:
    assert (
        reply_kind("i dont understand what you are asking sorry", question=QUESTION)
        == "clarification_request"
    )


def test_a_question_about_a_term_of_the_ad_is_answered_from_the_line_that_names_it() -> None:
    from workbench.interviewer.repair import answer_from_job
    from workbench.models import JobDetails

    job = JobDetails(
        id="uxi-test-interp",
        title="Spanish Interpreter",
        company="LanguageLine",
        description=(
            "We are recruiting qualified Spanish<>English interpreters for NHS hospitals.\n"
            "What you'll do:\n- Interpret consecutively between patients and professionals\n"
            "- Sight-translate consent forms and letters\n- Accept bookings through our app\n"
        ),
    )
    said = answer_from_job("Sorry, my English is not perfect, what means sight-translate exactly?", job)
    assert "Sight-translate consent forms" in said
    said = answer_from_job("When I must go to the next booking, how many time between bookings usually?", job)
    assert "Interpret consecutively" not in said


@pytest.mark.parametrize(
    "reply", ["do I get a demo car", "do you give a work van", "will I get a company phone"]
)
def test_a_spoken_question_about_a_vehicle_or_kit_that_comes_with_the_job_is_asked(reply: str) -> None:
    """Seen: "do I get a demo car" to a car sales interview's question on vehicle finance was taken as its answer."""
    question = (
        "What does good practice in vehicle finance look like to you, and how do you make sure you follow it?"
    )
    assert reply_kind(reply, question=question) == "candidate_question"
    assert reply_kind("I get a new car every two years so I know the finance", question=question) == "answer"


@pytest.mark.parametrize(
    "question",
    [
        "What's the mileage rate and do you pay travel time between calls?",
        "What's the mileage rate?",
        "do you pay mileage",
    ],
)
def test_a_question_on_a_benefit_paid_is_answered_by_its_line_not_the_salary(question: str) -> None:
    """Seen: a home care worker's "What's the mileage rate and do you pay travel time between calls?" was answered
    with the salary range, though the ad's benefits said "Paid mileage 30p/mile"."""
    from workbench.interviewer.repair import answer_from_job
    from workbench.models import JobDetails

    job = JobDetails(
        id="uxe-test-homecare",
        title="Home Care Worker",
        company="Bluebird Care",
        salary_range="£12.50 - £14.00 per hour",
        description=(
            "What you'll do:\n• Help customers with personal care\nWhat we offer:\n• Paid training\n"
            "• Paid mileage 30p/mile\n• Refer a friend bonus £250\nMust be a car driver."
        ),
    )
    said = answer_from_job(question, job)
    assert "30p/mile" in said
    assert "salary range" not in said
    assert "salary range" in answer_from_job("what is the hourly rate?", job)
