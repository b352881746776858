"""A forklift driver's and an accounts clerk's shortcuts, in their own words, are unsafe practice; the same
jobs' good practice in the same words is not. Written for these tests: none is in the datasets."""

from __future__ import annotations

import pytest

from workbench.interviewer.unsafe_practice import unsafe_sentence

UNSAFE = [
    "If a pallet's a bit too heavy I just put a lad on the back of the counterbalance to balance it out, works fine.",
    "We used to have a picker stand on the back of the truck as a counterweight for the big loads.",
    "If the horn doesn't work I still use it, everyone knows you're coming.",
    "When the brakes aren't working properly I just drive the truck slowly.",
    "Pre-use checks, honestly I just tick the sheet at the start, if the forks are on the floor it's fine.",
    "If a supplier emails to say their bank details have changed I just update it in Sage straight away.",
    "When a supplier's bank account changes we change the record the same day so they get paid.",
]
SAFE = [
    "If a pallet's too heavy for the truck I leave it and ask for a bigger truck, I never put anyone on the back.",
    "If the horn doesn't work I take the truck out of use, tag it and report it to the supervisor.",
    "I do the pre-use check properly, forks, chains, tyres, horn, lights and brakes, then tick the sheet.",
    "If a supplier emails new bank details I call them on the number we already hold before anything changes.",
    "Bank details changes need two people: I update the record only after the callback is confirmed.",
]


@pytest.mark.parametrize("sentence", UNSAFE)
def test_a_warehouse_or_ledger_shortcut_is_unsafe_practice(sentence: str) -> None:
    assert unsafe_sentence(sentence), sentence


@pytest.mark.parametrize("sentence", SAFE)
def test_the_same_jobs_good_practice_is_not(sentence: str) -> None:
    assert not unsafe_sentence(sentence), sentence


def test_days_at_home_ask_about_home_working_and_the_ad_answers_from_its_location() -> None:
    """ "Is it two fixed days at home?" asks about working from home; the ad's location "Preston (hybrid 2 days
    home)" says it (it was routed as not in the job record)."""
    from workbench.interviewer.repair import answer_from_job
    from workbench.models import JobDetails

    job = JobDetails(
        id="ap",
        title="Accounts Payable Clerk",
        company="Hartwell Foods Ltd",
        location="Preston (hybrid 2 days home)",
        description="Accounts Payable Clerk - 3 way matching, supplier statement reconciliations, payment runs.",
    )
    answer = answer_from_job("What are the hours and is it two fixed days at home?", job)
    assert "hybrid 2 days home" in answer, answer
    assert "working hours" in answer, answer  # the hours, which the ad does not give, are routed


def test_a_scaffolder_is_a_skilled_trade() -> None:
    """A Scaffolder's plan was the general family's ("quality checks", "record keeping", "your work")."""
    from workbench.interviewer.planning.planner import build_interview_plan
    from workbench.models import JobDetails, Preferences

    job = JobDetails(
        id="scaff",
        title="Scaffolder",
        description="CISRS scaffolders wanted, start Monday. Tube and fitting and system scaffold on housing sites.",
    )
    assert build_interview_plan(job, Preferences()).family == "skilled_trades"


WELDING_UNSAFE = [
    "And on galvanised I just weld straight through the zinc, grinding it off takes ages.",
    "If the drawing's wrong I just change it on the job and carry on, the designers never come down anyway.",
    "On stainless I use the same grinding disc as the mild steel, it's all the same.",
]
WELDING_SAFE = [
    "On galvanised I grind the zinc back first and use extraction, I never weld through it.",
    "If the drawing's wrong I stop, mark it up and ask the designer to issue a revision before I carry on.",
    "I keep separate discs and brushes for stainless so it never touches anything used on mild steel.",
]


@pytest.mark.parametrize("sentence", WELDING_UNSAFE)
def test_a_fabricators_shortcut_is_unsafe_practice(sentence: str) -> None:
    assert unsafe_sentence(sentence), sentence


@pytest.mark.parametrize("sentence", WELDING_SAFE)
def test_a_fabricators_good_practice_is_not(sentence: str) -> None:
    assert not unsafe_sentence(sentence), sentence


def test_an_hr_advisers_shortcut_is_unsafe_practice_and_its_good_practice_is_not() -> None:
    assert unsafe_sentence(
        "If a manager wants to dismiss someone quickly, honestly I just tell them to let them go before two "
        "years' service, no need to follow the process then."
    )
    for sentence in (
        "There is no need to follow up unless they ask.",
        "I explain there is no need to follow every step of the informal stage when both sides agree, as the "
        "policy allows.",
        "I remind managers that even before two years service we follow a fair process.",
    ):
        assert not unsafe_sentence(sentence), sentence


def test_the_salary_field_answers_what_it_says_beyond_the_pay() -> None:
    """ "Is there overtime?" and "Do I get a van?" of an ad whose salary is "£38,000 + van + overtime" were
    routed as not in the job record."""
    from workbench.interviewer.repair import answer_from_job
    from workbench.models import JobDetails

    job = JobDetails(
        id="hvac",
        title="HVAC Engineer",
        company="CoolAir Services Ltd",
        salary_range="£38,000 + van + overtime",
        description="HVAC engineer needed, F-Gas essential, commercial maintenance contracts.",
    )
    for question in ("Is there overtime on weekends and how much?", "Do I get a van?"):
        assert "£38,000 + van + overtime" in answer_from_job(question, job), question


def test_what_is_meaning_of_the_questions_own_term_asks_what_the_question_means() -> None:
    """ "Sorry, what is meaning AHU?" (as non-native speakers ask) after a question on "split systems, VRF and
    AHUs" asks what the question means; it was taken for the candidate's own question about the job."""
    from workbench.interviewer.repair import reply_kind

    question = "What would you do if a job on split systems, VRF and AHUs has to be finished today?"
    for reply in ("Sorry, what is meaning AHU?", "What is meaning of VRF?", "Sorry, what is meaning 'AHU'?"):
        assert reply_kind(reply, question=question) == "clarification_request", reply
    assert reply_kind("What is THRIVE exactly?", question=question) == "candidate_question"
