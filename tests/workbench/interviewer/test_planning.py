"""Job analysis and the interview plan, on jobs written here (none of them used to tune the analyser)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from workbench.interviewer.planning.esco import tokens
from workbench.interviewer.planning.lexicon import DATA
from workbench.interviewer.planning.planner import build_interview_plan, plan_key
from workbench.models import Difficulty, InterviewPlan, JobDetails, Preferences

JOBS = {
    "healthcare": JobDetails(
        id="t-pharm",
        title="Hospital Pharmacist",
        description="Dispense and check prescriptions for inpatient wards. Advise doctors on drug interactions.",
        requirements="- Clinical screening of prescriptions\n- Controlled drugs management\n"
        "- Experience with aseptic preparation\n- GPhC registration",
        skills_required=["medicines reconciliation", "antimicrobial stewardship"],
    ),
    "skilled_trades": JobDetails(
        id="t-elec",
        title="Domestic Electrician",
        description="Rewire homes and install consumer units, sockets and lighting circuits.",
        requirements="Inspection and testing of new circuits; Fault finding on ring mains; 18th Edition wiring "
        "regulations; Full driving licence",
        skills_required=["EICR reports"],
    ),
    "education": JobDetails(
        id="t-primary",
        title="Year 2 Primary School Teacher",
        description="Teach a class of 28 pupils aged 6-7 across the curriculum.",
        requirements="Phonics teaching (Letters and Sounds)\nGuided reading groups\nMarking and feedback\n"
        "Working with teaching assistants",
        skills_required=["early reading"],
    ),
    "finance": JobDetails(
        id="t-payroll",
        title="Payroll Officer",
        description="Run the monthly payroll for 1,200 employees.",
        requirements="Process starters, leavers and salary changes; Pension auto-enrolment; Year-end P60s; "
        "Reconcile payroll to the general ledger",
        skills_required=["statutory sick pay calculations"],
    ),
    "retail_operations": JobDetails(
        id="t-wh",
        title="Warehouse Shift Supervisor",
        description="Supervise a team of 15 pickers and packers on the night shift.",
        requirements="Pick rate and accuracy KPIs\nGoods-in checks\nForklift safety\nCycle counts",
        skills_required=["warehouse management system"],
    ),
    "hospitality": JobDetails(
        id="t-recep",
        title="Hotel Front Desk Receptionist",
        description="Check guests in and out of a 90-room hotel and handle reservations.",
        requirements="Opera PMS; Handling overbookings; Cash and card reconciliation at end of shift",
        skills_required=["guest complaints"],
    ),
    "public_service": JobDetails(
        id="t-licensing",
        title="Council Licensing Officer",
        description="Process premises licence applications and inspect licensed venues for the council.",
        requirements="Licensing Act 2003 procedures; Consultation with police and residents; Enforcement "
        "visits; Report writing for committee",
        skills_required=[],
    ),
}
SOFTWARE_JOB = JobDetails(
    id="t-sre",
    title="Site Reliability Engineer",
    description="Run our Kubernetes platform and on-call rotation.",
    requirements="Kubernetes; Terraform; incident response; SLOs",
    skills_required=["kubernetes", "terraform", "observability"],
)
SOFTWARE_WORDS = re.compile(
    r"\b(?:code|coding|debug\w*|deploy\w*|api|apis|technical debt|git|repository|frontend|backend|"
    r"microservices?|kubernetes|react|javascript|python|sql|database|production|pull request|ci|sprint)\b",
    re.IGNORECASE,
)
# Words of the question templates and family texts: a question "uses the job's terms" only through other words.
TEMPLATE_WORDS = frozenset(
    tokens(
        (DATA / "questions.yaml").read_text(encoding="utf-8")
        + (DATA / "families.yaml").read_text(encoding="utf-8")
    )
)


def plans(preferences: Preferences | None = None) -> dict[str, InterviewPlan]:
    return {family: build_interview_plan(job, preferences or Preferences()) for family, job in JOBS.items()}


def job_knowledge(plan: InterviewPlan) -> list:  # type: ignore[type-arg]
    kinds = {c.id: c.kind for c in plan.competencies}
    return [q for q in plan.questions if kinds.get(q.competency_id) == "job_knowledge"]


def test_each_job_is_classified_into_its_family_and_matched_to_an_esco_occupation() -> None:
    for family, plan in plans().items():
        assert plan.family == family, (JOBS[family].title, plan.family)
        assert plan.occupation is not None and plan.occupation.uri.startswith("http://data.europa.eu/esco/")
    assert build_interview_plan(SOFTWARE_JOB, Preferences()).family == "software"


def test_non_software_jobs_get_no_software_question_and_their_own_terms() -> None:
    used_terms = 0
    total = 0
    for family, plan in plans().items():
        job = JOBS[family]
        own = set(tokens(" ".join([job.title, job.description, job.requirements, *job.skills_required])))
        own -= TEMPLATE_WORDS
        for question in plan.questions:
            assert not question.source.startswith("bank:"), question
            assert SOFTWARE_WORDS.search(question.text) is None, question.text
        knowledge = job_knowledge(plan)
        assert len(knowledge) >= 3, (family, [q.text for q in plan.questions])
        for question in knowledge:
            total += 1
            used_terms += bool(set(tokens(question.text)) & own)
    assert used_terms / total >= 0.6, used_terms / total


def test_no_template_opens_more_than_a_fifth_of_the_job_knowledge_questions() -> None:
    questions = [q for plan in plans().values() for q in job_knowledge(plan)]
    by_template = Counter(q.source.rsplit(":", 1)[-1] for q in questions)
    by_opening = Counter(" ".join(q.text.lower().split()[:3]) for q in questions)
    assert max(by_template.values()) / len(questions) <= 0.2, by_template.most_common(3)
    assert max(by_opening.values()) / len(questions) <= 0.2, by_opening.most_common(3)


def test_every_question_has_a_competency_an_anchored_rubric_and_a_time_budget() -> None:
    for plan in [*plans().values(), build_interview_plan(SOFTWARE_JOB, Preferences())]:
        ids = {c.id for c in plan.competencies}
        assert next(q.phase.value for q in plan.questions) == "introduction"
        assert plan.questions[-1].form == "closing"
        for question in plan.questions[:-1]:
            assert question.competency_id in ids and question.minutes > 0
            anchors = question.rubric.anchors
            assert len({anchors.one, anchors.three, anchors.five}) == 3
            assert question.rephrasings and all(r != question.text for r in question.rephrasings)
        assert len({q.id for q in plan.questions}) == len(plan.questions)
        assert {c.kind for c in plan.competencies} == {"job_knowledge", "behavioural"}
    # Red flags come where the source knows them: medicines and electrical work.
    pharmacist = plans()["healthcare"]
    assert any(q.rubric.red_flags for q in job_knowledge(pharmacist))


def test_same_inputs_give_the_same_plan_and_preferences_change_it_visibly() -> None:
    job = JOBS["skilled_trades"]
    first, again = (
        build_interview_plan(job, Preferences()),
        build_interview_plan(job.model_copy(), Preferences()),
    )
    assert first.key == again.key and [q.text for q in first.questions] == [q.text for q in again.questions]
    hard = build_interview_plan(job, Preferences(difficulty_level=Difficulty.HARD))
    easy = build_interview_plan(job, Preferences(difficulty_level=Difficulty.EASY))
    assert (
        len({plan_key(job, p) for p in (Preferences(), Preferences(difficulty_level=Difficulty.HARD))}) == 2
    )
    forms = {name: Counter(q.form for q in job_knowledge(p)) for name, p in (("hard", hard), ("easy", easy))}
    assert forms["hard"]["situational"] > forms["easy"]["situational"], forms
    assert [q.text for q in hard.questions] != [q.text for q in easy.questions]
    focused = build_interview_plan(job, Preferences(focus_areas=["earthing and bonding"]))
    assert job_knowledge(focused)[0].competency_id == "earthing-and-bonding"
    assert "earthing and bonding" in job_knowledge(focused)[0].text
    assert "earthing and bonding" not in " ".join(q.text for q in first.questions)


def test_job_terms_are_taken_verbatim_never_through_an_alias_map() -> None:
    job = JobDetails(
        id="job-paediatric-intensive-care-nurse",
        title="Paediatric Intensive Care Nurse",
        description="Monitor fluid balance in mL/kg/hr and titrate infusions for ventilated children.",
        requirements="Paediatric life support; Fluid balance monitoring",
        skills_required=["paediatric critical care"],
    )
    plan = build_interview_plan(job, Preferences())
    text = " ".join([*(q.text for q in plan.questions), *(c.name for c in plan.competencies)]).lower()
    assert "machine learning" not in text
    assert plan.family == "healthcare"


@pytest.mark.parametrize("minutes", [10, 30, 60])
def test_the_plan_fits_the_interview_length(minutes: int) -> None:
    plan = build_interview_plan(JOBS["finance"], Preferences(max_duration=minutes))
    budget = sum(q.minutes for q in plan.questions)
    assert budget <= minutes * 1.15, budget
    assert len(plan.questions) >= 4


def test_names_inside_a_requirement_keep_their_capital_and_ordinary_words_do_not() -> None:
    from workbench.interviewer.planning.jobtext import requirements

    job = JobDetails(
        id="pay",
        title="Payroll Officer",
        description="",
        requirements="- Experience with Sage or ADP\n- Strong Excel skills\n- Year-end processing",
    )
    texts = [r.text for r in requirements(job, [])]
    assert "Sage or ADP" in texts and "Excel" in texts
    assert "year-end processing" in texts


def test_behavioural_questions_name_the_people_the_family_serves() -> None:
    caseworker = JobDetails(
        id="case", title="Housing Caseworker", description="Assess housing applications.", requirements=""
    )
    plan = build_interview_plan(caseworker, Preferences())
    served = [q for q in plan.questions if q.competency_id == "customer_focus"]
    assert served, [q.competency_id for q in plan.questions]
    for question in served:
        text = " ".join(
            [question.text, *question.rubric.look_for, *question.rubric.anchors.model_dump().values()]
        )
        assert "customer" not in text and "member of the public" in question.text


def test_a_job_given_only_its_title_gets_duty_questions_that_read_as_english() -> None:
    from workbench.interviewer.planning.duties import duty_requirements
    from workbench.interviewer.planning.gerund_phrase import acting

    duties = duty_requirements(
        "Bus drivers operate buses or coaches, take fares, and look after passengers.", "bus driver"
    )
    assert [d.text for d in duties] == ["operate buses or coaches", "take fares", "look after passengers"]
    split = duty_requirements(
        "Veterinary nurses support animals undergoing veterinary treatment and give advice to veterinary "
        "clients in the promotion of animal health and disease prevention in accordance with national law.",
        "veterinary nurse",
    )
    assert [d.text for d in split] == [
        "support animals undergoing veterinary treatment",
        "give advice to veterinary clients in the promotion of animal health and disease prevention",
    ]
    assert (
        duty_requirements("Shop managers are responsible for activities and staff in shops.", "shop manager")
        == []
    )
    assert acting("manage, collect and develop information resources") == (
        "managing, collecting and developing information resources"
    )
    assert acting("receive and balance cash and checks") == "receiving and balancing cash and checks"
    for title in ("Bus Driver", "Veterinary Nurse", "Roofer", "Librarian"):
        plan = build_interview_plan(
            JobDetails(id=title, title=title, description="", requirements=""), Preferences()
        )
        assert len(job_knowledge(plan)) >= 2, (title, [q.text for q in plan.questions])


def test_a_line_that_lists_several_duties_gives_one_requirement_per_duty() -> None:
    from workbench.interviewer.planning.jobtext import requirements

    job = JobDetails(
        id="chemist",
        title="Community Pharmacist",
        description="Dispense and check prescriptions, give advice to patients, run the minor ailments service, "
        "supervise dispensing staff.",
    )
    texts = [r.text for r in requirements(job, [])]
    assert texts == [
        "dispense and check prescriptions",
        "give advice to patients",
        "run the minor ailments service",
        "supervise dispensing staff",
    ]


def test_coordinated_verbs_share_their_object_and_a_later_verb_starts_a_duty() -> None:
    from workbench.interviewer.planning.duty_split import split_duties
    from workbench.interviewer.planning.gerund_phrase import acting
    from workbench.interviewer.planning.jobtext import requirements

    job = JobDetails(
        id="dental-nurse",
        title="Dental Nurse",
        description="Support dentists chairside, decontaminate and sterilise instruments, prepare materials.",
    )
    assert [r.text for r in requirements(job, [])] == [
        "support dentists chairside",
        "decontaminate and sterilise instruments",
        "prepare materials",
    ]

    def duties(text: str) -> list[str]:
        return split_duties(text.split())

    assert duties("set up and operate drawing machines") == ["set up and operate drawing machines"]
    assert duties("report and submit repair requests") == ["report and submit repair requests"]
    assert duties("provide care to patients and give advice to families") == [
        "provide care to patients",
        "give advice to families",
    ]
    # "nurse" is a verb before its object, a noun in "run nurse clinics"
    assert duties("monitor anaesthetics, nurse hospitalised dogs and cats, run nurse clinics") == [
        "monitor anaesthetics",
        "nurse hospitalised dogs and cats",
        "run nurse clinics",
    ]
    # a second verb on what the duty already named stays in the duty, in the same form
    assert acting("recognise changes and report them early") == "recognising changes and reporting them early"


def test_esco_duties_after_the_first_sentence_and_verbs_in_a_series() -> None:
    from workbench.interviewer.planning.duties import duty_requirements

    duties = duty_requirements(
        "Crane operators are responsible for operating cranes to lift, move, lower, and place loads. They are "
        "accountable for the safe use of the crane. Moreover, they inspect rigging and keep a log of lifts. "
        "They offer guidance to banksmen.",
        "crane operator",
    )
    assert [d.text for d in duties] == [
        "operate cranes to lift, move, lower, and place loads",
        "inspect rigging",
        "keep a log of lifts",
        "offer guidance to banksmen",
    ]


def test_a_gerund_joined_to_a_noun_is_a_subject_and_qualifications_are_not_questioned() -> None:
    from workbench.interviewer.planning.jobtext import requirements

    job = JobDetails(
        id="spark",
        title="Electrician",
        requirements="- QTS or PGCE\n- 18th Edition\n- Installing and maintaining lighting circuits",
        skills_required=["testing and inspection"],
    )
    found = {r.text: r.shape for r in requirements(job, [])}
    assert found == {"testing and inspection": "topic", "install and maintain lighting circuits": "act"}, (
        found
    )


def test_a_name_written_mid_sentence_anywhere_in_the_job_keeps_its_capital_in_a_skill() -> None:
    from workbench.interviewer.planning.jobtext import requirements

    job = JobDetails(
        id="pay2",
        title="Payroll Administrator",
        description="Run the monthly payroll in Sage for 800 staff.",
        skills_required=["Sage Payroll", "Pensions"],
    )
    texts = [r.text for r in requirements(job, [])]
    assert "Sage Payroll" in texts and "pensions" in texts, texts


def test_leading_a_team_is_asked_only_of_jobs_that_manage_people() -> None:
    def behavioural(job: JobDetails) -> list[str]:
        plan = build_interview_plan(job, Preferences())
        return [q.competency_id for q in plan.questions if q.phase.value == "behavioral"]

    operator = JobDetails(
        id="fork", title="Forklift Operator", description="Load and unload delivery trucks."
    )
    supervisor = JobDetails(
        id="fork-sup",
        title="Warehouse Shift Supervisor",
        description="Load and unload delivery trucks and lead a team of 12 operatives.",
    )
    assert "leadership" not in behavioural(operator)
    assert "leadership" in behavioural(supervisor), behavioural(supervisor)


def test_the_jobs_own_words_never_trip_the_protected_topic_guard() -> None:
    from workbench.interviewer.guards import SAFE_FALLBACK_QUESTION

    job = JobDetails(
        id="pharm",
        title="Hospital Pharmacist",
        description="Prepare and dispense medication for wards, review medication charts, counsel patients.",
    )
    for difficulty in Difficulty:
        plan = build_interview_plan(job, Preferences(difficulty_level=difficulty))
        assert all(q.text != SAFE_FALLBACK_QUESTION for q in plan.questions), [q.text for q in plan.questions]


def test_an_activity_is_named_as_one_so_probes_and_feedback_read_as_english() -> None:
    job = JobDetails(id="chem2", title="Community Pharmacist", description="Give advice to patients.")
    plan = build_interview_plan(job, Preferences())
    names = {c.id: c.name for c in plan.competencies}
    assert names["give-advice-to-patients"] == "giving advice to patients"
    described = next(c for c in plan.competencies if c.id == "give-advice-to-patients").description
    assert described.startswith("Knowledge and practice of giving advice to patients")


def test_a_job_ads_duties_are_questioned_and_its_wishes_and_traits_are_not() -> None:
    from workbench.interviewer.planning.jobtext import requirements

    job = JobDetails(
        id="ad",
        title="Stores Operative",
        description="We are looking for a reliable operative to join our busy site. You will be responsible for "
        "picking and packing orders using handheld scanners, unloading delivery vehicles, and keeping the yard "
        "clean and safe. You'll work as part of a friendly team.\n- Receive goods in, check them against "
        "delivery notes and put them away",
        requirements="- Previous stores experience preferred\n- Able to work in a fast-paced environment\n"
        "- Good attention to detail",
    )
    texts = [r.text for r in requirements(job, [])]
    assert texts == [
        "pick and pack orders using handheld scanners",
        "unload delivery vehicles",
        "keep the yard clean and safe",
        "receive goods in",  # "check them ..." goes with it; the whole is too long to ask as one task
    ], texts


def test_a_job_pasted_as_html_is_read_as_the_lines_a_reader_sees() -> None:
    from workbench.interviewer.planning.jobtext import requirements

    job = JobDetails(
        id="cook",
        title="Line Cook",
        description="<p>Join our kitchen team!</p><ul><li>Prepare mise en place for the grill section</li>"
        "<li>Keep HACCP temperature logs</li></ul>",
        requirements="<p><strong>Allergen awareness</strong> &amp; knife skills</p>",
    )
    texts = [r.text for r in requirements(job, [])]
    assert "prepare mise en place for the grill section" in texts and "keep HACCP temperature logs" in texts
    assert not any("<" in text or "&amp;" in text for text in texts), texts


def test_an_occupation_whose_definition_states_no_duty_is_still_asked_about_its_work() -> None:
    """ "Chefs are culinary professionals with a flair …" states no duty: a chef is asked about the subjects of
    a kitchen (its family's topics); a title no occupation matches, about the work itself first, then about the
    subjects any work has (not the work itself twice, in two forms)."""
    plan = build_interview_plan(JobDetails(id="chef", title="Chef"), Preferences())
    asked = " ".join(q.text for q in job_knowledge(plan))
    assert "food safety and allergen controls" in asked and "stock rotation" in asked, asked
    assert (
        "booking" not in asked and "guest complaints" not in asked
    )  # the front desk's topics are not a chef's
    unmatched = job_knowledge(build_interview_plan(JobDetails(id="n", title="Ninja"), Preferences()))
    assert unmatched and "as a Ninja" in unmatched[0].text, [q.text for q in unmatched]
    assert sum("as a Ninja" in q.text for q in unmatched) == 1 and len(unmatched) >= 3, [
        q.text for q in unmatched
    ]


def test_a_plural_term_takes_a_plural_verb_in_the_question() -> None:
    job = JobDetails(
        id="eyfs", title="Nursery Practitioner", requirements="- Safeguarding procedures\n- Pensions"
    )
    for difficulty in Difficulty:
        plan = build_interview_plan(job, Preferences(difficulty_level=difficulty))
        for question in job_knowledge(plan):
            assert "procedures comes" not in question.text and "procedures is" not in question.text
            # ("a colleague's approach to pensions is ...": the verb is the approach's)
            assert re.search(r"(?<!approach to )pensions (?:comes|is)\b", question.text) is None


def test_esco_duties_end_on_their_object_not_on_a_cut() -> None:
    """A definition's duty is cut where it reads as one task: never just before "of" when another cut will do
    ("repairs to all types"), never leaving a purpose without its object ("costumes to be used"), a
    participle without its complement ("tasks related") or a word that needs what followed ("and without",
    "if", "make sure")."""
    from workbench.interviewer.planning import esco
    from workbench.interviewer.planning.duties import duty_requirements

    dangling = re.compile(
        r"\b(?:of|to|and|or|without|depending|if|related|designed|sure|types|benefit|used)$"
    )
    wanted = {
        "jewellery repairer": "use specialised hand tools to carry out adjustments and repairs",
        "costume maker": "construct, sew, stitch, dye, adapt and maintain costumes",
        "advertising media buyer": "try to negotiate the best price",
    }
    by_label = {entry.label: entry for entry in esco.occupations().entries}
    for label in (
        *wanted,
        "hardware and paint shop manager",
        "disc jockey",
        "financial controller",
    ):
        texts = [duty.text for duty in duty_requirements(by_label[label].definition, label)]
        assert not [text for text in texts if dangling.search(text)], (label, texts)
        if label in wanted:
            assert wanted[label] in texts, (label, texts)
