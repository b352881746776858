"""A situational question's twist must be able to happen in the duty it is put on: what the situation takes for
granted (a person there who reacts, a production run, a record of work, supplies, a plan, information held) is
read from the duty's verb and object (data/situation_fit.yaml), for any family's situations. Jobs written for
these tests, in no dataset; several per class of precondition."""

from __future__ import annotations

import re

import pytest

from tests.workbench.interviewer.unseen_jobs import written_job
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.interviewer.planning.situation_fit import situation_fits_duty
from workbench.models import Difficulty, JobDetails, Preferences


@pytest.mark.parametrize(
    ("situation", "duty", "fits"),
    [
        ("a swimmer keeps ignoring you about {item} and their friends join in", "first aid", False),
        ("a swimmer keeps ignoring you about {item} and their friends join in", "enforce pool rules", True),
        ("the animal becomes distressed or tries to bite", "keep the salon clean", False),
        ("the animal becomes distressed or tries to bite", "clip and style dogs", True),
        (
            "the person you are dealing with becomes abusive towards you",
            "take part in training and drills",
            False,
        ),
        ("a quality check on {item} fails halfway through a run", "food hygiene", False),
        (
            "a quality check on {item} fails halfway through a run",
            "carry out in-process quality checks",
            True,
        ),
        (
            "you are asked to sign for work you did not see done",
            "write pre-sentence reports for courts",
            False,
        ),
        ("you are asked to sign for work you did not see done", "complete job sheets", True),
        ("a key supplier fails to deliver on a busy night", "keep the bar clean", False),
        ("a key supplier fails to deliver on a busy night", "prepare espresso drinks", True),
        (
            "the part you need is out of stock and it has to be working today",
            "explain work to customers",
            False,
        ),
        ("head office changes the plan with a day's notice", "keep the warehouse tidy", False),
        ("head office changes the plan for {item} with a day's notice", "food hygiene", False),
        ("head office changes the plan for {item} with a day's notice", "weekly promotions", True),
        (
            "someone asks you for confidential information about {item} that they are not entitled to",
            "audio typing",
            False,
        ),
        (
            "someone asks you for confidential information about {item} that they are not entitled to",
            "patient records",
            True,
        ),
        ("you are new to {item} and the person training you is called away", "food hygiene", True),
    ],
)
def test_what_a_situation_takes_for_granted(situation: str, duty: str, fits: bool) -> None:
    assert situation_fits_duty(situation, duty) is fits


# (job, a situation that cannot happen in any of its duties)
JOBS = [
    # a shop's counter runs no production line
    (
        written_job(
            "Fishmonger",
            "Fillet and prepare fish to order, order and inspect fish from the market, serve customers at the counter, keep the counter clean.",
            "filleting",
            "food hygiene",
        ),
        r"through a run|allergen-free run|another line|line is (?:already )?behind|allergen changeover",
    ),
    (
        written_job(
            "Butcher",
            "Cut and prepare meat to order, order, inspect and buy meat, serve customers at the counter, keep the shop clean and follow food hygiene rules.",
            "knife skills",
            "food hygiene",
        ),
        r"through a run|allergen-free run|another line|line is (?:already )?behind|allergen changeover",
    ),
    # reports about people are no record of work done
    (
        written_job(
            "Probation Officer",
            "Supervise people on probation, assess risk of serious harm, write pre-sentence reports for courts, work with police and partner agencies.",
            "risk assessment",
            "report writing",
        ),
        r"work you did not see done|does not match the work that was done|refuses to engage with report writing",
    ),
    (
        written_job(
            "Youth Justice Worker",
            "Write assessment reports for youth panels, plan interventions, attend court, keep case records.",
            "report writing",
            "risk assessment",
        ),
        r"work you did not see done|does not match the work that was done",
    ),
    # a clean kennel or salon has no animal in it to bite
    (
        written_job(
            "Kennel Assistant",
            "Feed and exercise dogs, clean kennels, keep the kennel block clean, give medication, complete daily logs.",
            "animal handling",
            "first aid",
        ),
        r"tries to bite just as you need to (?:clean|keep)",
    ),
    # a typing skill or a subject of knowledge holds no confidential information
    (
        written_job(
            "Medical Secretary",
            "Audio typing of clinic letters, manage consultants' diaries, book appointments, keep patient files up to date.",
            "audio typing",
            "shorthand",
            "medical terminology",
        ),
        r"confidential information about (?:audio typing|medical terminology|shorthand)",
    ),
    # keeping the van stocked or explaining the work needs no part today, and finds no hazard left on a job
    (
        written_job(
            "Electrician",
            "Install wiring and consumer units in homes, test and certify installations, find faults, keep the van stocked, explain work to customers.",
            "18th Edition",
            "inspection and testing",
        ),
        r"(?:keeping the van stocked|explain work to customers)[^.?]*(?:out of stock|safety hazard)|(?:out of stock|safety hazard)[^.?]*explain work",
    ),
    (
        written_job(
            "Plumber",
            "Install and repair bathrooms and heating, explain quotes to customers, keep the van clean and stocked, complete job sheets.",
            "Gas Safe",
            "pipework",
        ),
        r"explain quotes to customers[^.?]*safety hazard",
    ),
    # a plan for a rule or a skill
    (
        written_job(
            "Coffee Shop Assistant",
            "Make hot drinks, keep the counter and seating area clean, serve food, handle cash.",
            "barista skills",
            "food hygiene",
        ),
        r"changes the plan for (?:food hygiene|barista)",
    ),
    (
        written_job(
            "Forklift Driver",
            "Load and unload lorries, move pallets around the warehouse, carry out daily forklift checks, keep the warehouse tidy.",
            "counterbalance licence",
            "RF scanner",
        ),
        r"keep the warehouse tidy[^.?]*changes the plan|changes the plan[^.?]*keep the warehouse tidy",
    ),
]


@pytest.mark.parametrize(("job", "nonsense"), JOBS, ids=[job.id for job, _ in JOBS])
def test_no_situation_is_put_on_a_duty_it_cannot_happen_in(job: JobDetails, nonsense: str) -> None:
    pattern = re.compile(nonsense, re.IGNORECASE)
    found = [
        q.text
        for difficulty in Difficulty
        for q in build_interview_plan(job, Preferences(difficulty_level=difficulty)).questions
        if pattern.search(q.text)
    ]
    assert found == []


@pytest.mark.parametrize(("job", "nonsense"), JOBS[:4], ids=[job.id for job, _ in JOBS[:4]])
def test_the_hard_plan_keeps_situational_questions(job: JobDetails, nonsense: str) -> None:
    # the duty falls back to a fitting situation of its family or to "how do you ...", never to no situation at all
    plan = build_interview_plan(job, Preferences(difficulty_level=Difficulty.HARD))
    assert any(q.form == "situational" for q in plan.questions)
