"""Health and social care, education and public-service jobs as hiring managers paste them: a midwife's duties
are read whole, a dental nurse is not asked about her vaccinations, a police call handler is not a caseworker,
ESCO duties do not end on a dangling "and"; a candidate asking what a term of the ad means is answered and the
question stands. The ads are written for these tests: none is in the datasets."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from workbench.interviewer.api import InterviewState, NextStep
from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.planning.duties import duty_requirements
from workbench.interviewer.planning.jobtext import requirements
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.interviewer.planning.writer import agree
from workbench.interviewer.repair import answer_from_job, reply_kind
from workbench.models import CandidateDetails, JobDetails, Phase, Preferences

T0 = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)

COMMUNITY_MIDWIFE = JobDetails(
    id="job-community-midwife",
    title="Community Midwife (Band 6)",
    description=(
        "Key responsibilities:\n"
        "• Provide antenatal and postnatal care to women and families in clinics and in their homes\n"
        "• Carry out newborn and infant physical examinations (NIPE)\n"
        "• Maintain accurate, contemporaneous records on BadgerNet\n"
    ),
    requirements="- Current NMC registration as a Midwife\n- Full UK driving licence",
)
DENTAL_NURSE = JobDetails(
    id="job-dental-nurse",
    title="Dental Nurse",
    description="Busy 4-surgery mixed NHS/private practice seeks a qualified Dental Nurse, 4 days a week.",
    requirements="GDC registered. Radiography qualification an advantage. Hep B vaccinated.",
)
CALL_HANDLER = JobDetails(
    id="job-police-call-handler",
    title="Police Call Handler",
    description=(
        "Key responsibilities:\n"
        "• Answer 999 and 101 calls from the public, assess threat, harm and risk using the THRIVE model\n"
        "• Create accurate incident logs on the command and control system\n"
        "• Work 24/7 shifts including weekends and bank holidays\n"
    ),
)


def _technical(job: JobDetails) -> list[str]:
    plan = build_interview_plan(job, Preferences())
    return [q.text for q in plan.questions if q.phase == Phase.TECHNICAL]


def test_a_long_duty_keeps_its_core_and_loses_where_it_is_done() -> None:
    texts = [r.text for r in requirements(COMMUNITY_MIDWIFE, [])]
    assert "provide antenatal and postnatal care to women and families" in texts


def test_a_duty_done_as_part_of_a_rota_is_still_a_duty() -> None:
    job = JobDetails(
        id="job-community-midwife-rota",
        title="Community Midwife",
        description="• Support women in labour as part of the on-call rota",
    )
    assert [r.text for r in requirements(job, [])] == ["support women in labour"]


def test_a_medication_twist_is_asked_only_about_a_duty_with_medicines() -> None:
    for question in _technical(COMMUNITY_MIDWIFE):
        if "order you have been given" in question:
            assert "medic" in question.lower(), question


def test_a_vaccination_status_is_not_job_knowledge() -> None:
    assert not any("hep b" in r.text.lower() for r in requirements(DENTAL_NURSE, []))
    assert not any("Hep B" in question for question in _technical(DENTAL_NURSE))


def test_jobs_without_medicines_are_not_asked_about_medication_safety() -> None:
    for title in ("Dental Nurse", "Occupational Therapist"):
        job = JobDetails(id=f"job-{title}", title=title)
        assert not any("medication" in q.lower() for q in _technical(job)), title


def test_how_much_a_requirement_is_wanted_is_not_part_of_it() -> None:
    job = JobDetails(
        id="job-admissions-officer",
        title="Admissions Officer",
        requirements="Experience of working with student record systems (SITS desirable)\n"
        "Team Teach or similar positive handling training (desirable)",
    )
    assert [r.text for r in requirements(job, [])] == ["student record systems"]


def test_duties_after_as_a_title_you_will_are_read() -> None:
    job = JobDetails(
        id="job-admissions-officer-2",
        title="Admissions Officer",
        description="As an Admissions Officer you will assess applications against entry requirements, make "
        "offers through the UCAS system and respond to enquiries from applicants.",
    )
    texts = [r.text for r in requirements(job, [])]
    assert "assess applications against entry requirements" in texts
    assert "make offers through the UCAS system" in texts


def test_duties_stated_with_the_job_as_subject_are_read() -> None:
    job = JobDetails(
        id="job-probation-officer",
        title="Probation Officer",
        description="Probation Officers manage people on probation, write pre-sentence reports for court and "
        "enforce licence conditions.",
    )
    assert [r.text for r in requirements(job, [])][:2] == [
        "manage people on probation",
        "write pre-sentence reports for court",
    ]


def test_knowledge_of_a_named_system_is_a_topic_not_an_activity() -> None:
    job = JobDetails(
        id="job-planning-officer",
        title="Planning Officer",
        requirements="Good knowledge of the planning system",
    )
    assert [(r.text, r.shape) for r in requirements(job, [])] == [("planning system", "topic")]


def test_a_law_named_as_a_requirement_is_asked_about_as_applying_it() -> None:
    job = JobDetails(
        id="job-housing-officer",
        title="Housing Officer",
        requirements="- Knowledge of the Housing Act 1985 and 1996",
    )
    assert [r.text for r in requirements(job, [])] == ["applying the Housing Act 1985 and 1996"]


def test_esco_duties_do_not_end_on_a_dangling_word() -> None:
    definition = (
        "Driving instructors teach people the theory and practice on how to operate a vehicle safely and "
        "according to regulations. They assist students in developing the skills needed to drive and prepare "
        "them for the driving theory and the driving examination."
    )
    texts = [d.text for d in duty_requirements(definition, "driving instructor")]
    assert texts == [
        "teach people the theory and practice on how to operate a vehicle safely",
        "assist students in developing the skills needed to drive",
    ]
    probation = duty_requirements(
        "Probation officers supervise offenders after their release, or who were sentenced to penalties outside "
        "of incarceration.",
        "probation officer",
    )
    assert [d.text for d in probation] == ["supervise offenders after their release"]


def test_emergency_services_are_not_asked_casework_twists() -> None:
    plan = build_interview_plan(CALL_HANDLER, Preferences())
    assert plan.family == "emergency_services"
    texts = " ".join(q.text for q in plan.questions)
    for casework in ("senior official", "in your casework", "share personal information informally"):
        assert casework not in texts
    for title in ("Firefighter", "Prison Officer"):
        job = JobDetails(id=f"job-{title}", title=title)
        assert build_interview_plan(job, Preferences()).family == "emergency_services", title


def test_a_plural_term_after_a_preposition_does_not_change_the_verb() -> None:
    question = "Imagine a colleague's approach to safeguarding procedures is upsetting some pupils."
    assert agree(question, "safeguarding procedures") == question
    assert agree("how safeguarding procedures is being handled", "safeguarding procedures") == (
        "how safeguarding procedures are being handled"
    )


def _interview(job: JobDetails, replies: list[str]) -> tuple[InterviewState, list[NextStep]]:
    interviewer = BaselineInterviewer()
    state = interviewer.start(
        job, CandidateDetails(id="cand-leah-dunn", name="Leah Dunn"), "", Preferences(), T0
    )
    steps = []
    for number, reply in enumerate(replies, start=1):
        state, step = interviewer.answer(state, reply, T0 + timedelta(minutes=number))
        steps.append(step)
    return state, steps


def test_asking_what_a_term_of_the_ad_means_is_answered_and_the_question_stands() -> None:
    opening = "Four years on the phones at Sky, mostly vulnerable customers; I want calls that matter."
    state, _ = _interview(CALL_HANDLER, [opening])
    asked = state.turns[-1].question
    state, steps = _interview(
        CALL_HANDLER, [opening, "Sorry, what is THRIVE exactly? We didn't have that at Sky."]
    )
    assert state.turns[-2].answer_kind == "candidate_question"
    assert "THRIVE model" in steps[-1].response  # the ad's own line
    assert state.turns[-1].kind == "candidate_question"
    assert asked[1:] in steps[-1].question  # the same question again, not the next one


def test_what_a_term_of_the_question_means_is_a_clarification_and_an_answer_is_an_answer() -> None:
    question = "How do you assess threat, harm and risk using the THRIVE model?"
    assert reply_kind("Sorry, what's THRIVE exactly?", question=question) == "clarification_request"
    answer = "What's the first thing I do? I get the location, then whether anyone is hurt."
    assert reply_kind(answer, question=question) == "answer"


def test_a_question_about_how_long_training_lasts_is_not_about_next_steps() -> None:
    response = answer_from_job("How long is the training course before you go live on calls?", CALL_HANDLER)
    assert "next steps" not in response
    assert "next steps" in answer_from_job("How long does the process take?", CALL_HANDLER)


SUPPORT_WORKER = JobDetails(
    id="job-mh-support-worker",
    title="Mental Health Support Worker",
    company="Turning Point",
    description=(
        "<p><strong>About the role</strong></p><ul><li>Support people with their daily living skills, budgeting "
        "and medication prompts</li><li>Write and review support plans and risk assessments with the people we "
        "support</li><li>Respond calmly to crisis situations and de-escalate</li></ul><p><strong>About you"
        "</strong></p><p>You don't need experience, just the right values. Full training provided.</p>"
    ),
)


def test_what_the_employer_offers_is_not_a_competency() -> None:
    plan = build_interview_plan(SUPPORT_WORKER, Preferences())
    assert not any("training provided" in c.name.lower() for c in plan.competencies)
    assert not any("experience" in c.name.lower() for c in plan.competencies)  # "You don't need experience"
    names = [c.name for c in plan.competencies]
    assert "responding calmly to crisis situations and de-escalating" in names


def test_ticking_a_record_as_reviewed_to_do_it_later_is_probed_and_not_praised() -> None:
    interviewer = BaselineInterviewer()
    state = interviewer.start(
        SUPPORT_WORKER, CandidateDetails(id="cand-jordan-blake", name="Jordan Blake"), "", Preferences(), T0
    )
    unsafe = (
        "To be honest if we are short I just tick the risk assessment as reviewed and do it properly next week, "
        "nobody has time for that paperwork when two staff are missing."
    )
    for number in range(1, 12):
        if "risk assessments" in state.turns[-1].question and state.turns[-1].kind == "core":
            state, step = interviewer.answer(state, unsafe, T0 + timedelta(minutes=number))
            break
        reply = "I would talk it through with the person, agree small steps and record what we agreed."
        state, _ = interviewer.answer(state, reply, T0 + timedelta(minutes=number))
    else:
        raise AssertionError("the risk assessment question was not asked")
    assert state.turns[-1].kind == "follow_up"
    assert "risk" in step.question.lower() and "standard practice" in step.question.lower()
    assert "tick" not in step.response.lower()  # the unsafe words are not echoed back as praise
    state = interviewer.finish(state, T0 + timedelta(minutes=30))
    entry = next(c for c in state.assessment.competencies if c.competency_id.startswith("write-and-review"))
    assert entry.red_flags and (entry.score or 0) <= 2


def test_a_non_native_request_to_repeat_the_question_is_a_clarification() -> None:
    question = "When you respond calmly to crisis situations, what do you check first?"
    for reply in (
        "Sorry, can you say again the question?",
        "Please repeat me the question",
        "Can you explain again?",
    ):
        assert reply_kind(reply, question=question) == "clarification_request", reply
    assert reply_kind("I say the question to the manager and she decided.", question=question) == "answer"


MATHS_TEACHER = JobDetails(
    id="job-maths-teacher",
    title="Teacher of Mathematics",
    company="Oak Hill Academy",
    experience_level="Mid",
    description=(
        "The successful candidate will:\n"
        "- Plan and deliver engaging lessons across KS3 and KS4\n"
        "- Use assessment data to track progress and plan interventions\n"
        "- Mark and provide feedback in line with the school's feedback policy\n"
    ),
    requirements="Qualified Teacher Status (QTS)\nAbility to teach Maths to A-Level desirable",
)


def test_a_question_about_a_levels_is_not_about_the_level_of_the_role() -> None:
    response = answer_from_job(
        "How is the department set up for A-level, and would I get Year 12?", MATHS_TEACHER
    )
    assert "advertised at" not in response
    assert "advertised at Mid level" in answer_from_job("What level is this role?", MATHS_TEACHER)


def test_a_disruptive_pupil_is_a_twist_for_teaching_not_for_reading_data() -> None:
    for number in range(8):  # the twist of a duty rotates with the job: every job asks it differently
        job = MATHS_TEACHER.model_copy(update={"id": f"job-maths-teacher-{number}"})
        for question in build_interview_plan(job, Preferences()).questions:
            if "becomes disruptive" in question.text:
                assert "assessment data" not in question.text, question.text


def test_promising_to_keep_a_disclosure_secret_is_probed() -> None:
    from workbench.interviewer.unsafe_practice import unsafe_sentence

    promise = (
        "I would make sure the pupil felt safe, and I would promise them that I wouldn't tell anyone if they "
        "didn't want me to, and then maybe speak to someone if I felt it was serious enough."
    )
    assert unsafe_sentence(promise) is not None
    assert unsafe_sentence("Don't promise confidentiality; tell the DSL the same day.") is None
    assert unsafe_sentence("A colleague promised her he wouldn't tell anyone, which was wrong.") is None


def test_communication_rated_across_the_interview_without_a_quote_reads_as_english() -> None:
    from workbench.interviewer.feedback import candidate_feedback
    from workbench.models import Scorecard, ScorecardEntry

    entry = ScorecardEntry(
        competency_id="communication",
        name="Communication",
        kind="behavioural",
        score=4,
        rubric_level=3,
        evidence=[],
        coverage="evidenced",
    )
    card = Scorecard(competencies=[entry], competencies_planned=1, competencies_evidenced=1)
    feedback = candidate_feedback(card, "Tom", "Teacher of Mathematics")
    line = next(item for item in feedback.splitlines() if item.startswith("- Communication"))
    assert not line.rstrip().endswith("\u2014")
    assert "across the interview" in line


def test_duties_listed_after_duties_include_are_each_a_duty() -> None:
    job = JobDetails(
        id="job-dental-nurse-duties",
        title="Dental Nurse",
        description="Busy 4-surgery practice seeks a qualified Dental Nurse. Duties include chairside "
        "assistance, decontamination of instruments, preparing the surgery, reception cover when needed and "
        "maintaining patient records on SOE.",
        requirements="GDC registered.",
    )
    texts = [r.text for r in requirements(job, [])]
    assert texts == [
        "chairside assistance",
        "decontamination of instruments",
        "prepare the surgery",
        "maintain patient records on SOE",
    ]
    questions = " ".join(q.text for q in build_interview_plan(job, Preferences()).questions)
    assert "instruments are being" not in questions and "instruments are" not in questions


def test_a_phrasal_of_is_not_a_dangling_word() -> None:
    definition = (
        "Firefighters are responsible for emergency response. They ensure victims are rescued and taken care of "
        "by the appropriate professionals."
    )
    assert [d.text for d in duty_requirements(definition, "firefighter")] == [
        "ensure victims are rescued and taken care of"
    ]


def test_the_verb_agrees_with_the_head_of_a_term_not_its_of_phrase() -> None:
    assert agree("how decontamination of instruments is being handled", "decontamination of instruments") == (
        "how decontamination of instruments is being handled"
    )
    assert agree("how checks on vehicles is being handled", "checks on vehicles") == (
        "how checks on vehicles are being handled"
    )


def test_a_question_on_training_is_not_answered_with_the_ads_line_on_budgets() -> None:
    job = JobDetails(
        id="job-care-home-manager",
        title="Care Home Manager",
        company="Oakwood Care Group",
        description="Key responsibilities:\n- Manage the home's budget, occupancy and agency spend\n",
    )
    response = answer_from_job("What would the budget be for training?", job)
    assert "budget, occupancy" not in response
    assert "hiring team at Oakwood Care Group" in response
    offered = job.model_copy(update={"description": job.description + "- Full training provided\n"})
    assert "Full training provided" in answer_from_job("What would the budget be for training?", offered)


def test_a_care_home_asks_about_residents_and_a_support_service_about_service_users() -> None:
    care_home = JobDetails(
        id="job-care-home-manager",
        title="Care Home Manager",
        description="Oakwood Lodge is a 64-bed nursing and residential home.\n- Oversee care planning and "
        "medication management\n- Support families of residents\n",
    )
    for job, person in ((care_home, "resident"), (SUPPORT_WORKER, "service user")):
        plan = build_interview_plan(job, Preferences())
        texts = " ".join(q.text for q in plan.questions)
        assert "patient" not in texts, texts
        advocacy = next(q for q in plan.questions if q.competency_id == "patient_focus")
        assert f"a {person} whose needs" in advocacy.text
        assert any(person in point for point in advocacy.rubric.look_for)
    assert "a patient whose needs" in " ".join(
        q.text for q in build_interview_plan(COMMUNITY_MIDWIFE, Preferences()).questions
    )


def test_life_support_certifications_are_conditions_not_knowledge_to_question() -> None:
    from workbench.interviewer.planning.planner import build_interview_plan
    from workbench.models import JobDetails, Preferences

    job = JobDetails(
        id="rn-us",
        title="Registered Nurse - Med/Surg",
        description="Responsibilities: assess, plan and evaluate care for adult patients; administer medications "
        "and IV therapy; educate patients and families for discharge.",
        requirements="Current RN license in Idaho or compact state; BLS and ACLS required within 6 months",
    )
    names = " | ".join(c.name.lower() for c in build_interview_plan(job, Preferences()).competencies)
    assert "bls" not in names and "acls" not in names and "license" not in names
    assert "administering medications and iv therapy" in names


def test_a_care_home_that_names_its_residents_only_in_the_duties_asks_about_residents() -> None:
    # The requirements say nothing of whom the care is for; the duties and the company do. A hospital that
    # mentions the residents of its town in its blurb still asks about its patients.
    care_home = JobDetails(
        id="job-care-assistant",
        title="Care Assistant",
        company="Willow Court Care Home",
        description="- Support residents with personal care and mobility\n- Use hoists safely\n"
        "- Report changes in residents' health to the senior on shift\n- Keep accurate care records\n",
        requirements="- Care Certificate or willingness to complete it\n- Good communication skills",
        skills_required=["personal care", "moving and handling", "record keeping"],
    )
    hospital = care_home.model_copy(
        update={
            "company": "Riverside General Hospital",
            "description": "Riverside General is a 600-bed hospital serving 300,000 residents of the valley. Care for patients on a busy medical ward,"
            " help patients wash and dress, and record patients' observations.\n",
        }
    )
    pharmacy = care_home.model_copy(
        update={
            "title": "Pharmacy Technician",
            "company": "Lane End Pharmacy",
            "description": "An independent community pharmacy with a care home service and a busy counter. You"
            " will dispense prescriptions, keep the controlled drugs register and advise customers.\n",
            "skills_required": ["dispensing", "controlled drugs"],
        }
    )
    cases = (
        (care_home, "resident", "patient"),
        (hospital, "patient", "resident"),
        (pharmacy, "patient", "resident"),
    )
    for job, person, other in cases:
        texts = " ".join(q.text for q in build_interview_plan(job, Preferences()).questions)
        assert person in texts and other not in texts, texts


def test_a_situation_about_handling_does_not_say_handled_twice() -> None:
    from workbench.interviewer.planning.writer import unechoed

    said = "a resident's family questions how moving and handling is being handled"
    assert unechoed(said, "moving and handling") == (
        "a resident's family questions how moving and handling is being carried out"
    )
    other = "a parent complains about how homework is being handled"
    assert unechoed(other, "homework") == other
    plans = [
        build_interview_plan(
            JobDetails(
                id=f"job-carer-{n}",
                title="Care Assistant",
                description="- Support residents with moving and handling, using hoists safely\n",
                skills_required=["moving and handling", "cash handling", "handling complaints"],
            ),
            Preferences(),
        )
        for n in range(12)
    ]
    texts = " ".join(q.text for plan in plans for q in plan.questions)
    assert "handling is being handled" not in texts and "handling has been handled" not in texts
