"""Five defects of the twenty-eighth session's trials on jobs outside every dataset (issue #8 items 6-7), each
fixed at its general cause and tested on jobs nobody planned for:

- A statement the candidate later corrected ("Sorry, I meant I always clip on") was still quoted back in the
  feedback and kept as a red flag: a correction takes back the part of a recent answer it names (`correction`).
- A record made at the time, written up later with its object and place said ("record the controlled drugs in
  the register later when it's quieter") was no red flag (unsafe_practice.yaml `written_later`).
- A kitchen in a school, a care home or a hospital was asked about "a guest": the family's word for whom it serves
  is said as the job's in its situations (families.yaml `served_by`).
- "Volunteer at Brownies leader" was read as a volunteer working at "Brownies leader", and "Sat job, Bloom
  florist" as a "sat job" held: the line is quoted whole (resume.yaml `standing_titles`, `not_posts`).
- A nudge to a one-word reply ("Yes." -> "Could you say a bit more?") spent the question's follow-up, so the real
  answer it drew was never followed up (`controller.is_nudge`).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.correction import tells_own_part, what_stands
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.interviewer.planning.resume_roles import role_parts
from workbench.interviewer.unsafe_practice import states_unsafe_practice
from workbench.models import CandidateDetails, InterviewState, JobDetails, Preferences

NOW = datetime(2026, 12, 2, 13, 0, tzinfo=UTC)

JOBS = {
    "porter": JobDetails(
        id="conv28-hotel-porter",
        title="Hotel Night Hall Porter",
        company="The Regent",
        location="Bath",
        description="Look after guests overnight: carry luggage, patrol the building, respond to fire alarms and "
        "emergencies, and hand over to the morning team.",
        requirements="Hotel or security experience; fire marshal training; calm in emergencies",
    ),
    "escort": JobDetails(
        id="conv28-minibus-escort",
        title="Minibus Passenger Escort",
        company="Vale Community Transport",
        location="Hereford",
        description="Ride with our minibus drivers to help older and disabled passengers on and off safely, secure "
        "wheelchairs with the restraints, and keep the trip log.",
        requirements="Patient and friendly; able to use a tail lift and wheelchair restraints; first aid an advantage",
    ),
    "scaffold": JobDetails(
        id="conv28-scaffold-labourer",
        title="Scaffold Labourer",
        company="Highline Access",
        location="Leeds",
        description="Help erect and dismantle tube and fitting scaffolds on housing sites, work at height to method "
        "statements, and load the wagons.",
        requirements="CISRS labourer card; working at height; physically fit",
    ),
}


def _play(job: str, answers: list[str], resume: str = "") -> InterviewState:
    interviewer = BaselineInterviewer()
    now = NOW
    person = CandidateDetails(id="conv28-candidate", name="Robin Ellis")
    state = interviewer.start(JOBS[job], person, resume, Preferences(), now)
    for answer in answers:
        now += timedelta(seconds=90)
        state, step = interviewer.answer(state, answer, now)
        if step.completed:
            return state
    return interviewer.finish(state, now + timedelta(seconds=30))


OPENING = "I've worked in this line of work for five years and I like looking after people properly."


@pytest.mark.parametrize(
    ("job", "unsafe", "correction", "quoted"),
    [
        (
            "scaffold",
            "To be honest on a quick job I don't always clip on, it slows you down on the lower lifts.",
            "Sorry, I meant I always clip on, the foreman is strict about it.",
            "clip on",
        ),
        (
            "porter",
            "If the fire alarm goes off at night I check the panel and if it looks like a false alarm I just silence "
            "it and go back to the desk.",
            "Sorry, I meant I'd follow the fire procedure, call the fire brigade and start the evacuation.",
            "silence",
        ),
        (
            "escort",
            "If a passenger is slow I sometimes let the driver pull off before they've sat down, to keep to time.",
            "Sorry, I meant we always wait until every passenger is seated and belted before we pull off.",
            "before they've sat down",
        ),
    ],
)
def test_a_corrected_statement_is_not_quoted_back(
    job: str, unsafe: str, correction: str, quoted: str
) -> None:
    state = _play(job, [OPENING, unsafe, correction])
    assert state.final_feedback and quoted not in state.final_feedback
    assert state.assessment is not None
    for entry in state.assessment.competencies:
        assert quoted not in entry.evidence
        assert not entry.red_flags


def test_an_unsafe_statement_not_corrected_is_still_quoted() -> None:
    state = _play(
        "scaffold", [OPENING, "To be honest on a quick job I don't always clip on, it slows you down."]
    )
    assert state.assessment is not None
    assert any(entry.red_flags for entry in state.assessment.competencies)


@pytest.mark.parametrize(
    ("previous", "correction", "stands"),
    [
        (
            "At the wedding the bride's mother fainted, I did first aid and called an ambulance.",
            "Sorry, I meant the bride's grandmother, not her mother.",
            "I did first aid and called an ambulance.",
        ),
        (
            "I'd hand it over and write the batch number down later.",
            "Sorry, I meant I write the batch down first.",
            "",
        ),
        ("I check the tyre pressures every Monday.", "Sorry I meant the trip log, not the fire log.", None),
    ],
)
def test_what_a_correction_leaves_standing(previous: str, correction: str, stands: str | None) -> None:
    assert what_stands(previous, correction) == stands


@pytest.mark.parametrize(
    ("correction", "own"),
    [
        ("Sorry, I meant I always clip on, the foreman is strict about it.", True),
        ("Correction: we check the restraints before the lift goes up.", True),
        ("Sorry, I meant the bride's grandmother, not her mother.", False),
        ("Sorry, I meant Policy H4, not H7.", False),
    ],
)
def test_only_a_correction_of_what_was_done_is_an_answer_of_its_own(correction: str, own: bool) -> None:
    assert tells_own_part(correction) is own


@pytest.mark.parametrize(
    "said",
    [
        "When it's busy I'd hand the controlled drugs over and record the controlled drugs in the register later "
        "when it's quieter.",
        "I write the fridge temperatures in the log later when it's quiet.",
        "We put the cooling times on the sheet once it's quieter.",
        "I'd log the blood samples in the book when I get a chance.",
    ],
)
def test_a_record_made_at_the_time_put_off_is_a_red_flag(said: str) -> None:
    assert states_unsafe_practice(said)


@pytest.mark.parametrize(
    "said",
    [
        "I record the temperatures in the log and later check them with the manager.",
        "I put the sample in the fridge and later take it to the lab.",
        "I never record the drugs in the register later, always at the time.",
        "I jot the customer's order down and later ring the supplier.",
        "I take notes on the site visit and write the report up later.",
        "I'd follow the behaviour policy and log it on the system afterwards.",
        "I'd put the new stock on the shelves later when it's quieter.",
    ],
)
def test_a_record_kept_in_time_is_no_red_flag(said: str) -> None:
    assert not states_unsafe_practice(said)


@pytest.mark.parametrize(
    ("title", "company", "people"),
    [
        ("School Kitchen Cook", "Oakfield Academy", "pupils"),
        ("Care Home Chef", "Beech House", "residents"),
        ("Hospital Cook", "Northgate NHS Trust", "patients"),
    ],
)
def test_a_kitchen_that_serves_no_guests_is_not_asked_about_one(
    title: str, company: str, people: str
) -> None:
    job = JobDetails(
        id=f"conv28-{title.lower().replace(' ', '-')}",
        title=title,
        company=company,
        description=f"Cook fresh meals for our {people} each day, follow the menu cycle and allergen procedures, keep "
        "the kitchen clean and serve at the counter.",
        requirements="Level 2 food hygiene; allergen awareness; cooking in quantity",
    )
    plan = build_interview_plan(job, Preferences())
    texts = [q.text for q in plan.questions] + [r for q in plan.questions for r in q.rephrasings]
    assert not [t for t in texts if "guest" in t.lower()]


def test_a_restaurant_kitchen_still_serves_guests() -> None:
    job = JobDetails(
        id="conv28-bistro-chef",
        title="Bistro Chef de Partie",
        company="The Old Mill",
        description="Run the grill section during service, prep and cook dishes to spec, follow allergen procedures "
        "and keep the section clean.",
        requirements="Level 2 food hygiene; 2 years restaurant experience",
    )
    plan = build_interview_plan(job, Preferences())
    assert any("guest" in q.text for q in plan.questions)


@pytest.mark.parametrize(
    "line",
    [
        "Volunteer at Brownies leader, 2018-present",
        "Volunteer at Parkrun marshal",
        "Trainee at Scouts leader 2019-2021",
        "Sat job, Bloom florist 2020-2022",
        "Summer work, Asda 2018",
        "Weekend job - Hillside Garage 2016-2017",
    ],
)
def test_a_line_without_a_post_and_its_employer_is_not_told_as_one(line: str) -> None:
    assert role_parts(line) is None


@pytest.mark.parametrize(
    ("line", "told"),
    [
        ("Volunteer at Oxfam, 2019-2021", ("a volunteer", "Oxfam")),
        ("Kitchen assistant, Greggs, 2019-2021", ("a kitchen assistant", "Greggs")),
        ("Volunteer - RSPCA kennels, 2020-now", ("a volunteer", "RSPCA kennels")),
    ],
)
def test_a_post_and_its_employer_are_still_told(line: str, told: tuple[str, str]) -> None:
    assert role_parts(line) == told


@pytest.mark.parametrize("job", ["porter", "escort", "scaffold"])
def test_no_resume_question_misreads_a_standing_at_a_post(job: str) -> None:
    resume = "Robin Ellis\nVolunteer at Scouts leader, 2015-2020\nSat job, Corner Bakery 2012-2014\n"
    state = _play(job, [OPENING, "Yes.", "Okay."], resume)
    asked = " ".join(turn.question for turn in state.turns)
    assert "a volunteer at" not in asked.lower() and "a sat job" not in asked.lower()


VAGUE = "I just get on with whatever needs doing, it depends on the day really."


@pytest.mark.parametrize("job", ["porter", "escort", "scaffold"])
def test_the_answer_a_nudge_draws_may_still_be_followed_up(job: str) -> None:
    state = _play(job, [OPENING, "Yes.", VAGUE])
    kinds = [turn.kind for turn in state.turns]
    assert kinds[1:4] == ["core", "follow_up", "follow_up"], kinds


@pytest.mark.parametrize("job", ["porter", "scaffold"])
def test_bare_replies_are_not_nudged_without_end(job: str) -> None:
    state = _play(job, [OPENING, "Yes.", "Yes.", "Yes.", "Yes."])
    topic = state.turns[1].topic
    assert sum(1 for turn in state.turns if turn.kind == "follow_up" and turn.topic == topic) <= 2
