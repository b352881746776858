"""Design, survey and construction management jobs, and a police constable: ads written for these tests (none is
in the datasets). Seen: a Structural Engineer and a Construction Project Manager were read as skilled trades and
asked "What would you do if a job involving Tekla or Revit has to be finished today and the part you need is out of
stock?"; a Police Constable matched *police commissioner* (one of whose labels is "chief police constable") and
was asked "What does good practice in pass fitness test look like to you?"."""

from __future__ import annotations

from workbench.interviewer.planning.duty_split import split_duties
from workbench.interviewer.planning.jobtext import requirements
from workbench.interviewer.planning.library import classify, families
from workbench.interviewer.planning.planner import build_interview_plan, match_occupation
from workbench.models import JobDetails, Preferences

STRUCTURAL = JobDetails(
    id="be-structural",
    title="Structural Engineer",
    description=(
        "We are a multidisciplinary consultancy seeking a Structural Engineer to design steel, concrete and timber "
        "structures. You will produce calculations to Eurocodes, prepare drawings with our CAD technicians and "
        "attend site inspections."
    ),
    requirements="- Degree in Civil or Structural Engineering\n- Working towards IStructE\n- Tekla or Revit",
)
CONSTRUCTION_PM = JobDetails(
    id="be-cpm",
    title="Construction Project Manager",
    description=(
        "Main contractor seeks a Construction Project Manager for new-build schools. You will manage programme, "
        "budgets and subcontractors on site, and report to the client."
    ),
    requirements="- CSCS card\n- SMSTS\n- 5+ years managing construction projects",
)
POLICE = JobDetails(
    id="be-police",
    title="Police Constable",
    description=(
        "Join our force as a Police Constable. You will respond to emergency calls, patrol neighbourhoods, "
        "investigate crimes and take statements from victims and witnesses."
    ),
    requirements="- Full UK driving licence\n- Able to pass fitness test\n- Good written English",
)


def _family(job: JobDetails) -> str:
    match = match_occupation(job)
    return classify(job, match[0].label if match else "", match[0].definition if match else "")


def test_design_and_construction_management_jobs_are_no_trade() -> None:
    for job in (STRUCTURAL, CONSTRUCTION_PM):
        assert _family(job) == "built_environment", job.title
        plan = build_interview_plan(job, Preferences())
        questions = " ".join(q.text for q in plan.questions).lower()
        for trade_situation in ("out of stock", "the customer", "the line is down"):
            assert trade_situation not in questions, (job.title, trade_situation, questions)
    # a site supervisor's trade is still a trade
    welder = JobDetails(id="w", title="Welder", description="- Weld steel frames for construction sites")
    assert _family(welder) == "skilled_trades"


def test_a_design_tool_gets_the_situations_of_a_system() -> None:
    plan = build_interview_plan(STRUCTURAL, Preferences())
    tool = next(q for q in plan.questions if "tekla" in q.text.lower())
    assert "issued" not in tool.text and "part you need" not in tool.text, tool.text


def test_a_title_said_after_a_rank_names_another_role() -> None:
    match = match_occupation(POLICE)
    assert match is not None and match[0].label == "police officer", match


def test_a_test_to_pass_without_an_article_is_a_condition() -> None:
    texts = [r.text.lower() for r in requirements(POLICE, [])]
    assert not any("fitness" in text for text in texts), texts


def test_a_duty_done_to_someone_after_a_series_is_a_duty_of_its_own() -> None:
    words = [
        "manage",
        "programme,",
        "budgets",
        "and",
        "subcontractors",
        "on",
        "site,",
        "and",
        "report",
        "to",
        "the",
        "client",
    ]
    assert split_duties(words) == [
        "manage programme, budgets and subcontractors on site",
        "report to the client",
    ]


NURSERY = JobDetails(
    id="be-nursery",
    title="Nursery Practitioner",
    description=(
        "Little Acorns Nursery is looking for a Level 3 Nursery Practitioner to care for children aged 2-4. You "
        "will plan play-based activities, observe and record children's development in the EYFS, and keep "
        "parents informed."
    ),
    requirements="- Level 3 in Early Years\n- Paediatric first aid\n- Knowledge of safeguarding",
)


def test_a_nursery_has_children_and_pick_up_not_pupils_and_a_school_gate() -> None:
    """Seen: a Nursery Practitioner was asked about "paediatric first aid in the classroom", "a pupil tells you
    something that raises a safeguarding concern" and "a parent complains to you at the school gate"."""
    plan = build_interview_plan(NURSERY, Preferences())
    questions = " ".join(q.text for q in plan.questions).lower()
    for school_word in ("pupil", "classroom", "school gate", "the class "):
        assert school_word not in questions, (school_word, questions)
    # a school keeps its pupils and classroom
    teacher = JobDetails(
        id="t", title="Year 4 Class Teacher", description="- Plan and teach lessons", requirements="- QTS"
    )
    education = families()["education"]
    for job, setting, school_words in (
        (teacher, "in the classroom", True),
        (NURSERY, "in the nursery", False),
    ):
        fitted = education.fitted(job)
        situations = " ".join(twist.text for twist in fitted.act_complications + fitted.complications)
        assert fitted.setting == setting, fitted.setting
        assert ("pupil" in situations) is school_words, situations


def test_a_competency_the_job_asks_about_is_not_asked_again_as_behavioural() -> None:
    """Seen: "Knowledge of safeguarding" and the library's behavioural *safeguarding* were two questions on one
    competency, and the plan measured one competency fewer."""
    plan = build_interview_plan(NURSERY, Preferences())
    measured = [q.competency_id for q in plan.questions if q.competency_id]
    assert len(measured) == len(set(measured)), measured


def test_a_sentence_that_only_echoes_the_question_is_not_the_quote() -> None:
    """Seen: a strong answer to "you are asked to sign off work you have not been able to check" was quoted as
    "I wouldn't sign it off." (the question's own words) rather than what the candidate would do."""
    from workbench.interviewer.evidence import _topic, quote

    question = (
        "Imagine you need to attend site inspections and you are asked to sign off work you have not been able "
        "to check. What would you do, and in what order?"
    )
    topic = _topic(question, (), "attending site inspections", ("attend", "site", "inspections"), "")
    answer = [
        "I wouldn't sign it off.",
        "I'd ask to see it: rebar spacing, cover, laps, the pour sequence.",
    ]
    assert quote(answer, topic).startswith("I'd ask to see it")


def test_a_resume_probe_is_quoted_by_what_was_done_not_by_the_resume_line_said_again() -> None:
    """Seen: a resume probe on “Checked temporary works designs for a 12-storey block” was quoted as "On the
    12-storey block the contractor's temporary works designer proposed a back-propping scheme" (the resume's
    own words again) instead of what the candidate did about it."""
    from workbench.interviewer.evidence import _topic, quote

    question = (
        "Your resume mentions “Checked temporary works designs for a 12-storey block”. Walk me through how you "
        "did that: what was your own part, and how did it turn out?"
    )
    topic = _topic(question, (), "producing calculations", ("produce", "calculations"), "")
    answer = [
        "On the 12-storey block the contractor's temporary works designer proposed a back-propping scheme",
        "I checked the prop loads against the slab capacity by hand, found two bays overstressed and asked for an "
        "extra line of props",
    ]
    assert quote(answer, topic).startswith("I checked the prop loads")


def test_a_role_on_the_resume_is_probed_for_problem_solving_not_motivation() -> None:
    """Seen: a train driver's "I'd carry on past the red signal" told in answer to "What was the most demanding part
    of that role, and how did you handle it?" was filed under "Motivation and fit for the role"."""
    from workbench.interviewer.planning.resume import resume_probes

    plan = build_interview_plan(STRUCTURAL, Preferences())
    resume = (
        "Priya Shah\n2019-2025 Structural Engineer, Hale Partnership, Leeds\nMEng, University of Sheffield"
    )
    probes = resume_probes(plan, resume, STRUCTURAL)
    role = [p for p in probes if "most demanding part of that role" in p.text]
    assert role and role[0].competency_id == "problem_solving", [(p.text, p.competency_id) for p in probes]
