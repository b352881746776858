"""Three defects of the twenty-seventh session's trials (issue #8 items 6-7), each fixed at its general cause and
tested on the trial's job and on others' wording:

- The pay asked about at a later stage ("whats the pay after training", "what's the salary once I'm qualified", "how
  much is it after the probation") was routed as a training question, or not taken as a pay question at all: it is
  answered with the salary line, and with the ad's own line on the later pay, else a word that the ad does not give
  it (repair.yaml `pay_stage`).
- "write it up afterwards" was a red flag in every job, a planning officer writing up a site visit or a teacher a
  meeting as well: only a record made at the time (a medication chart, a temperature log, a register, obs, a
  confession in a notebook) or a write-up said to take a step's place is (unsafe_practice.yaml `written_later`).
- A "Picture this: ..." question put back after the candidate's question or an addition lost its lead-in ("Coming
  back to my question: what you find on site doesn't match ..."): it is said again whole, as a sentence of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from tests.workbench.interviewer.unseen_jobs import dog_groomer, planning_officer, roofer, started
from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.job_answers import answer_from_job
from workbench.interviewer.unsafe_practice import states_unsafe_practice, unsafe_sentence
from workbench.models import CandidateDetails, InterviewState, JobDetails

NOW = datetime(2026, 12, 2, 11, 0, tzinfo=UTC)


def _care_assistant() -> JobDetails:
    return JobDetails(
        id="conv27b-care-assistant",
        title="Care Assistant",
        company="Elm Lodge Care Home",
        location="Wakefield",
        salary_range="£11.44 per hour",
        description="Support residents with washing, dressing, meals and activities.\n- £11.44 per hour rising to "
        "£12.10 after probation\n- Care Certificate training provided\n- Days and nights on a rota",
        requirements="A caring nature; willing to work weekends",
        skills_required=["personal care", "communication"],
    )


def _bus_driver() -> JobDetails:
    return JobDetails(
        id="conv27b-bus-driver",
        title="Bus Driver",
        company="Vale Buses",
        location="Hereford",
        salary_range="£13.20 per hour during training, £14.80 per hour once qualified",
        description="Drive town and rural routes safely and on time.\n- Paid training to gain your PCV licence\n- "
        "Help passengers with fares, buggies and wheelchairs",
        requirements="Full car licence held for 2 years",
        skills_required=["safe driving", "customer service"],
    )


# --- the pay at a later stage ------------------------------------------------------------------------------------

PAY_LATER = [
    "whats the pay after training",
    "what's the salary once I'm qualified",
    "how much is it after the probation",
    "does the pay go up after training",
    "whats the pay like once youre trained up",
]


@pytest.mark.parametrize("job", [roofer, planning_officer, dog_groomer])
@pytest.mark.parametrize("said", PAY_LATER)
def test_the_pay_at_a_later_stage_gets_the_salary_line(said: str, job: Callable[[], JobDetails]) -> None:
    """An ad that says nothing of the later pay: the salary line, and the later pay routed by name (not as
    training)."""
    record = job()
    reply = answer_from_job(said, record)
    assert reply.startswith(f"The advertised salary range for this role is {record.salary_range}."), reply
    assert "training and development" not in reply, reply
    assert "pay progression" in reply, reply


@pytest.mark.parametrize("said", PAY_LATER[:3])
def test_the_ads_line_on_the_later_pay_is_said(said: str) -> None:
    reply = answer_from_job(said, _care_assistant())
    assert "The advertised salary range for this role is £11.44 per hour." in reply, reply
    assert "rising to £12.10 after probation" in reply, reply
    assert "pay progression" not in reply and "training and development" not in reply, reply


@pytest.mark.parametrize("said", PAY_LATER[:3])
def test_a_salary_range_that_gives_the_later_pay_says_it_once(said: str) -> None:
    reply = answer_from_job(said, _bus_driver())
    assert reply == (
        "The advertised salary range for this role is £13.20 per hour during training, £14.80 per hour once "
        "qualified."
    )


def test_training_asked_beside_the_later_pay_is_still_routed() -> None:
    reply = answer_from_job("what's the pay after training, and is there an NVQ course?", roofer())
    assert "£150 - £180 per day" in reply and "training and development" in reply, reply


@pytest.mark.parametrize("said", ["is there any training?", "do you do an induction for new starters"])
def test_a_training_question_alone_is_no_pay_question(said: str) -> None:
    assert "salary" not in answer_from_job(said, roofer())


# --- a record written up afterwards --------------------------------------------------------------------------------

WRITTEN_UP_IN_GOOD_TIME = [
    "I take notes during the site visit and write it up afterwards in the officer report.",  # planning officer
    "After the meeting with the parents I write it up afterwards and share it with the head.",  # teacher
    "I talk to the neighbour on the phone, then I'd write it up later in the case file.",  # housing officer
    "I listen to the customer and write up the notes afterwards.",  # advice worker
    "I interview the client and write up the notes later.",  # solicitor
    "I go through the rota change with the team and write it up at the end of the day.",  # shop manager
]

WRITTEN_UP_TOO_LATE = [
    "I give the medication and write it up at the end of the shift.",  # care worker
    "I give the meds and fill in the MAR chart later.",
    "I take the fridge temperatures and write them up afterwards.",  # cook
    "I write the notes up at the end of my shift after the patient obs.",  # nurse
    "If someone gave me a confession in the van I'd just write it up later from memory.",  # police officer
    "I just write it up afterwards instead of doing the check.",  # any job: a write-up in a step's place
    "I'd skip the walk-round check and write it up afterwards.",  # driver
    "I sign the checklist afterwards.",
]


@pytest.mark.parametrize("said", WRITTEN_UP_IN_GOOD_TIME)
def test_writing_up_afterwards_is_no_red_flag_of_itself(said: str) -> None:
    assert not states_unsafe_practice(said)


@pytest.mark.parametrize("said", WRITTEN_UP_TOO_LATE)
def test_a_record_made_at_the_time_written_up_later_is_a_red_flag(said: str) -> None:
    assert states_unsafe_practice(said)


def test_the_planning_officers_answer_holds_no_unsafe_practice() -> None:
    answer = (
        "I'd explain the decision calmly, say which policy it turned on and what they can do next, like the appeal "
        "route, and write it up afterwards."
    )
    assert unsafe_sentence(answer) is None


# --- a scene put back whole ----------------------------------------------------------------------------------------

JO_REID = CandidateDetails(id="conv27b-candidate", name="Jo Reid")
FILLER = "I check the work carefully and tell my supervisor about anything I am unsure of, then I finish it properly."


def _at_the_scene(job: Callable[[], JobDetails]) -> tuple[BaselineInterviewer, InterviewState, datetime]:
    interviewer, state, now = started(job(), JO_REID, at=NOW)
    for _ in range(12):
        if state.turns[-1].question.startswith("Picture this:"):
            return interviewer, state, now
        now += timedelta(minutes=2)
        state, _ = interviewer.answer(state, FILLER, now)
    raise AssertionError("no scene question")


@pytest.mark.parametrize("job", [roofer, planning_officer, dog_groomer])
@pytest.mark.parametrize(
    "replies",
    [
        ["whats the pay after training"],
        ["is the job permanent", "how many people are in the team?"],
        ["Oh and also, about the last one, I kept a log of every job."],
        ["...", "is the job permanent"],
    ],
)
def test_a_scene_question_is_put_back_whole(job: Callable[[], JobDetails], replies: list[str]) -> None:
    interviewer, state, now = _at_the_scene(job)
    scene = state.turns[-1].question
    for said in replies:
        now += timedelta(minutes=2)
        state, step = interviewer.answer(state, said, now)
    assert step.question == f"Coming back to my question. {scene}", step.question


@pytest.mark.parametrize("job", [roofer, planning_officer])
def test_a_scene_question_said_again_after_a_pause_keeps_its_lead(job: Callable[[], JobDetails]) -> None:
    interviewer, state, now = _at_the_scene(job)
    scene = state.turns[-1].question
    state, step = interviewer.answer(state, "...", now + timedelta(minutes=1))
    assert step.question == scene, step.question


def test_a_question_without_a_scene_is_put_back_after_the_lead_in() -> None:
    interviewer, state, _ = started(roofer(), JO_REID, at=NOW)
    state, _ = interviewer.answer(state, FILLER, NOW + timedelta(minutes=2))
    asked = state.turns[-1].question
    assert not asked.startswith("Picture this")
    state, step = interviewer.answer(state, "is the job permanent", NOW + timedelta(minutes=4))
    assert step.question.startswith("Coming back to my question: "), step.question
    assert step.question.endswith(asked[1:]), step.question
