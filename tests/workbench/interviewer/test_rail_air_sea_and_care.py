"""Rail, air and sea crews, social care and cleaning, and the security, prison and pharmacy ads around them
(written for these tests, in no dataset): a job term's red flags come from the work the term means in that
family, and these jobs get situations, topics and red flags of their own work."""

from __future__ import annotations

from tests.workbench.interviewer.interview_helpers import TRAIN_DRIVER, job_knowledge_names
from workbench.interviewer.planning import library
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import JobDetails, Preferences


def plan_flags(job: JobDetails) -> list[str]:
    plan = build_interview_plan(job, Preferences())
    return [flag for q in plan.questions for flag in q.rubric.red_flags]


DOOR = JobDetails(
    id="t-door",
    title="Door Supervisor",
    description=(
        "SIA licensed door supervisors needed for busy city-centre bar. Checking ID, managing queues, refusing "
        "entry, dealing with conflict, working with police, completing incident reports."
    ),
)
PRISON = JobDetails(
    id="t-prison",
    title="Prison Officer",
    description="Supervise prisoners on a wing, carry out searches and security checks for drugs and phones, escort prisoners.",
)
PHARMACY_TECH = JobDetails(
    id="t-ptech",
    title="Pharmacy Technician",
    description="Dispense and accuracy-check prescriptions, medicines reconciliation on wards, order stock.",
    skills_required=["accuracy checking", "medicines reconciliation"],
)
PROBATION = JobDetails(
    id="t-prob",
    title="Probation Officer",
    description="Write pre-sentence reports, attend court for a hearing, interpret risk assessment findings.",
)


def test_a_term_s_red_flags_come_from_the_work_it_means_in_the_family() -> None:
    software_words = ("postmortem", "source control", "SQL", "uptime")
    for job in (DOOR, PRISON, PROBATION):
        flags = plan_flags(job)
        assert not [f for f in flags if any(w in f for w in software_words)], (job.title, flags)
    assert not [f for f in plan_flags(PHARMACY_TECH) if "balancing entries" in f]
    assert not [f for f in plan_flags(PROBATION) if "hearing aids" in f or "interpreting" in f]
    # the same terms keep their flags where they mean that work
    assert library.red_flags_for("incident response and on-call", "software")
    assert library.red_flags_for("month-end reconciliations", "finance")
    assert not library.red_flags_for("handling customer queries", "office")


def test_every_family_a_term_is_scoped_to_exists() -> None:
    names = set(library.families())
    for entry in library.term_flags():
        assert entry.families <= names, entry.families - names


JOBS_AND_FAMILIES = {
    "Trainee Train Driver": "rail",
    "Conductor (Train Guard)": "rail",
    "Signaller": "rail",
    "Air Traffic Controller": "aviation",
    "First Officer - A320": "aviation",
    "Deck Officer (Second Officer) - Ro-Pax Ferry": "maritime",
    "Deckhand / Able Seaman": "maritime",
    "Youth Worker": "social_care",
    "Children's Social Worker - Child Protection": "social_care",
    "Probation Officer": "social_care",
    "Office Cleaner": "cleaning",
    # the neighbours keep theirs
    "HGV Class 1 Driver": "transport",
    "Prison Officer": "emergency_services",
    "Head Housekeeper": "hospitality",
    "Benefits Officer": "public_service",
}


def test_rail_air_sea_care_and_cleaning_jobs_are_their_own_families() -> None:
    for title, family in JOBS_AND_FAMILIES.items():
        assert library.classify(JobDetails(id="t", title=title)) == family, title


def test_a_train_driver_gets_rail_situations_and_red_flags_not_a_lorry_s() -> None:
    plan = build_interview_plan(TRAIN_DRIVER, Preferences())
    text = " ".join(q.text for q in plan.questions).lower()
    flags = " ".join(plan_flags(TRAIN_DRIVER)).lower()
    for road in (
        "tachograph",
        "driving hours",
        "deliveries",
        "vehicle check",
        "overweight load",
        "handheld phone",
    ):
        assert road not in text and road not in flags, road
    assert "signal at danger" in flags


def test_a_youth_worker_is_asked_about_safeguarding_and_its_red_flags_name_it() -> None:
    youth = JobDetails(
        id="t-youth",
        title="Youth Worker",
        description="Plan and deliver open-access youth sessions and detached street work for young people aged 11-19.",
    )
    plan = build_interview_plan(youth, Preferences())
    assert any("safeguarding" in q.text.lower() for q in plan.questions), [q.text for q in plan.questions]
    assert "promising to keep a disclosure secret" in plan_flags(youth)


def test_qualities_of_mind_an_age_and_a_medical_are_no_job_knowledge_and_route_knowledge_stays_whole() -> (
    None
):
    driver = JobDetails(
        id="t-driver2",
        title="Trainee Train Driver",
        description="Drive passenger trains safely over the routes you are trained on.",
        requirements="Must be 20 or over. Excellent concentration. Class 3 medical.",
        skills_required=["Rule Book", "route knowledge", "decision making", "situational awareness"],
    )
    names = job_knowledge_names(driver)
    for trait in ("concentration", "decision making", "situational awareness", "20 or over", "medical"):
        assert not any(trait in name for name in names), (trait, names)
    assert "route knowledge" in names and "route" not in names, names
    # a knowledge line whose head names its subject still loses the noun
    haccp = JobDetails(
        id="t-haccp", title="Chef de Partie", description="", skills_required=["HACCP knowledge"]
    )
    assert "haccp" in job_knowledge_names(haccp)


def test_a_bare_yes_is_probed_for_what_they_did_or_would_do_as_the_question_asked() -> None:
    from workbench.interviewer.assess import AnswerFeatures
    from workbench.interviewer.probing import ProbeContext, vague_probes
    from workbench.interviewer.signals import read_signals
    from workbench.models import Phase

    features = AnswerFeatures(signals=read_signals("Yes."), skills=[], coverage=0.0, vague=True)
    past = ProbeContext(
        answer="Yes.",
        question='I see "PCV D licence" on your resume. Tell me about a time you put that to use at work.',
        phase=Phase.TECHNICAL,
    )
    first = vague_probes(past, features)[0]
    assert " would " not in f" {first.lower()} ", first
    situational = ProbeContext(
        answer="Yes.",
        question="What would you do if the train develops a fault between stations?",
        phase=Phase.TECHNICAL,
        subject="carrying out pre-departure checks",
    )
    first = vague_probes(situational, features)[0]
    assert "would" in first and "example from your own work" not in first, first


def test_the_turn_to_job_questions_speaks_of_the_work_not_of_technical_questions() -> None:
    from datetime import UTC, datetime, timedelta

    from workbench.interviewer.baseline import BaselineInterviewer
    from workbench.models import CandidateDetails

    interviewer = BaselineInterviewer()
    now = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    state = interviewer.start(
        TRAIN_DRIVER, CandidateDetails(id="cand-sam-lee", name="Sam Lee"), "", Preferences(), now
    )
    said = []
    for answer in (
        "I drove buses in Leeds for six years and I want a career on the railway, where safety comes first.",
        "I'd stop at the signal, call the signaller, give my train number and repeat back what I'm told.",
    ):
        now += timedelta(minutes=2)
        state, step = interviewer.answer(state, answer, now)
        said.append(step.response)
    assert not any("technical" in text.lower() for text in said), said
    assert any("the work itself" in text for text in said), said


UNSAFE_IN_TRANSPORT = [
    "If a signal's at red and I can see the line ahead is clear, I'll just creep past it slowly rather than wait for the signaller.",
    "When an instruction isn't clear I don't bother asking again, I just carry on with what I think they meant.",
    "Repeating back everything slows the radio down for everyone.",
    "I just got on with it and drove faster between stops to keep to time.",
    "I sometimes text while driving if it is quiet.",
    "I leave the bridge unattended for a few minutes to grab a coffee.",
    "If the runway looks clear I let them cross without clearance to keep things moving.",
]
SAFE_IN_TRANSPORT = [
    "If the signal is at red I stop and I never go past it without the signaller's authority.",
    "If a message is not clear I ask them to repeat it and I read it back.",
    "When the instruction was not clear I asked again and repeated it back before I moved.",
    "Reading back every instruction slows things a little but it stops mistakes.",
    "We were running late, so I told control and kept to the speed limits.",
    "I never drove faster to make up time, I told control instead.",
    "I never use my phone while driving.",
    "I went past the red signal box on my walk to work.",
]


def test_unsafe_practice_of_drivers_signallers_controllers_and_watchkeepers_is_found() -> None:
    from workbench.interviewer.unsafe_practice import unsafe_sentence

    assert [s for s in UNSAFE_IN_TRANSPORT if unsafe_sentence(s) is None] == []
    assert [s for s in SAFE_IN_TRANSPORT if unsafe_sentence(s) is not None] == []


def test_a_practice_of_asking_others_to_repeat_is_an_answer_and_after_the_interview_asks_the_next_steps() -> (
    None
):
    from workbench.interviewer.repair import answer_from_job, reply_kind

    told = (
        "If I wasn't sure about an instruction I'd stop the train safely first. Then I'd ask the signaller to "
        "repeat it, repeat it back myself word for word, and only move once we both agreed."
    )
    assert reply_kind(told) == "answer"
    assert reply_kind("I always repeat it back to the pilot.") == "answer"
    assert reply_kind("Sorry, could you repeat that?") == "clarification_request"
    assert reply_kind("sorry can you repeat it please") == "clarification_request"
    job = TRAIN_DRIVER.model_copy(
        update={
            "company": "Northern Vale Railway",
            "requirements": "Must be 20 or over. Willing to work shifts including nights, weekends and bank "
            "holidays. Excellent concentration.",
        }
    )
    said = answer_from_job("What happens after the interview?", job)
    assert "next steps" in said, said
    # one sentence of a requirement item answers a question on it, not the whole paragraph
    said = answer_from_job("What's the shift pattern like?", job)
    assert "Willing to work shifts" in said and "20 or over" not in said, said


def test_the_right_practice_said_with_a_negation_is_not_probed_as_the_red_flag() -> None:
    from workbench.interviewer.agenda import red_flag_sentence

    flags = [
        "promising to keep a disclosure secret",
        "not passing a concern to the designated safeguarding lead",
    ]
    spoken = (
        "um so like safeguarding is um basically if a young person tells you something you like listen and you "
        "dont promise to keep it secret and then you um write it down and tell the DSL the same day"
    )
    assert red_flag_sentence(spoken, flags) is None
    assert red_flag_sentence("If they ask me to keep it secret I promise to keep it secret.", flags)


def test_a_generic_noun_that_waited_for_its_examples_goes_with_them_and_full_time_asks_the_hours() -> None:
    from workbench.interviewer.planning.jobtext import tidy_item
    from workbench.interviewer.repair import answer_from_job

    assert tidy_item(
        "Run group work on topics such as healthy relationships, knife crime and mental health"
    ) == ("Run group work")
    job = JobDetails(
        id="t-yw",
        title="Youth Worker",
        company="Brightside Youth Trust",
        salary_range="£24,500 - £27,000 pro rata",
        description="Plan and deliver youth club sessions.",
        requirements="- Able to work evenings and weekends",
    )
    said = answer_from_job("What is the salary and is it full time?", job)
    assert "£24,500" in said and "evenings and weekends" in said, said
