"""A job ad pasted as a hiring manager writes it (no skills list): examples in brackets, headings with a
colon, "Experience on …" lines and a duty stated twice read as the requirements a reader sees, and the plan's
questions read as English. The ads are written for these tests: none is in the datasets."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.planning.duties import duty_requirements
from workbench.interviewer.planning.jobtext import requirements, tidy_item
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.interviewer.probing import subject_of
from workbench.interviewer.rubric_score import judge
from workbench.interviewer.signals import read_signals
from workbench.models import (
    CandidateDetails,
    Competency,
    JobDetails,
    Phase,
    PlannedQuestion,
    Preferences,
    Rubric,
    RubricAnchors,
)

RECEPTIONIST = JobDetails(
    id="job-receptionist",
    title="Hotel Receptionist",
    description="An 85-room hotel on the coast. You will check guests in and out and keep the desk running.",
    requirements=(
        "- Experience on a hotel front desk or in customer service\n"
        "- Using a property management system (e.g. Opera) for reservations\n"
        "- Taking payments and handling cash accurately"
    ),
)
PHARMACY = JobDetails(
    id="job-pharmacy",
    title="Pharmacy Technician",
    description="You will dispense prescriptions accurately in a busy community pharmacy.",
    requirements=(
        "- Accurate dispensing and final accuracy checking of prescriptions\n"
        "- Controlled drugs storage and record keeping"
    ),
)
SRE = JobDetails(
    id="job-sre",
    title="Site Reliability Engineer",
    description="Keep a card-payment platform available across two regions.",
    requirements="- Observability: metrics, logs, traces, SLOs and error budgets\n- Operating Kubernetes in production",
)


def texts(job: JobDetails) -> list[str]:
    return [requirement.text for requirement in requirements(job, [])]


def test_an_example_in_brackets_neither_splits_the_line_nor_enters_the_question() -> None:
    found = texts(RECEPTIONIST)
    assert "use a property management system for reservations" in found
    assert not [text for text in found if "e.g" in text or "opera" in text.lower()]
    plan = build_interview_plan(RECEPTIONIST, Preferences())
    assert not [q.text for q in plan.questions if "(e.g" in q.text or "e.g. " in q.text]


def test_a_lead_in_that_ends_in_a_preposition_takes_it_from_the_coordinated_part_too() -> None:
    assert "hotel front desk or customer service" in texts(RECEPTIONIST)
    assert tidy_item("Experience in retail or in hospitality") == "retail or hospitality"
    assert tidy_item("Work indoors and in all weathers") == "Work indoors and in all weathers"  # no lead-in


def test_a_heading_with_a_colon_names_its_subject_or_its_list_or_nothing_to_ask() -> None:
    assert texts(SRE)[0] == "observability"
    warehouse = JobDetails(
        id="job-warehouse",
        title="Warehouse Operative",
        requirements=(
            "Hours: Monday to Friday, 6am-2pm\nLocation: Leeds, West Yorkshire\n"
            "Benefits: pension, 25 days holiday and free parking\nSystems: SAP, Excel and handheld scanners"
        ),
    )
    assert texts(warehouse) == ["SAP, Excel and handheld scanners"]  # a category heads its list
    assert tidy_item("Location: Leeds") == ""  # administrative, list or not


def test_a_duty_the_description_states_again_in_other_words_is_asked_once() -> None:
    found = texts(PHARMACY)
    dispensing = [text for text in found if "dispens" in text]
    assert dispensing == ["accurate dispensing and final accuracy checking of prescriptions"], found


def test_this_kind_of_work_is_not_a_hedge_but_kind_of_slow_is() -> None:
    assert read_signals("With this kind of work I check the log first.").hedges == 0
    assert read_signals("Those kinds of faults go in the log.").hedges == 0
    assert read_signals("It was kind of slow, so I sort of restarted it.").hedges == 2


def test_kind_of_a_long_story_is_about_the_telling_not_a_hedge() -> None:
    # "which is kind of a long story, but anyway I set up two pairing sessions": the aside qualifies the telling,
    # not anything said about the work; "it was kind of a mess" still hedges what happened
    assert (
        read_signals("Which is kind of a long story, but anyway I set up two pairing sessions.").hedges == 0
    )
    assert read_signals("It's sort of a funny tale, but I rang the GP first.").hedges == 0
    assert read_signals("The handover was kind of a mess.").hedges == 1


def test_a_plain_account_in_this_kind_of_work_is_not_marked_down_as_hedged() -> None:
    question = PlannedQuestion(
        id="q",
        phase=Phase.TECHNICAL,
        competency_id="incidents",
        form="how_do_you",
        text="How do you lead incident response?",
        minutes=3,
        rubric=Rubric(anchors=RubricAnchors(one="-", three="--", five="---")),
    )
    competency = Competency(id="incidents", name="incident response", kind="job_knowledge", source="test")
    answer = (
        "With {} work I open the incident channel, page the owner of the failing service and keep a timeline "
        "of every action; afterwards I write the postmortem with the fixes and their owners."
    )
    plain, hedged = (
        judge(answer.format(kind), question, competency, addressed=True)
        for kind in ("this kind of", "kind of")
    )
    assert plain.features is not None and hedged.features is not None
    assert plain.features.values["hedged"] == 0.0 < hedged.features.values["hedged"]


FOOD_WORDS = ("allerg", "food", "supplier", "order has gone in")


def test_a_hotel_receptionist_is_not_asked_about_a_kitchens_allergens_but_a_chef_is() -> None:
    """The hospitality family holds both; its kitchen twists, look-for points and red flags are scoped."""
    receptionist = build_interview_plan(RECEPTIONIST, Preferences())
    knowledge = [q for q in receptionist.questions if q.phase == Phase.TECHNICAL]
    assert knowledge
    for question in knowledge:
        said = " ".join([question.text, *question.rubric.look_for, *question.rubric.red_flags]).lower()
        assert not [word for word in FOOD_WORDS if word in said], question
    chef = JobDetails(
        id="job-chef",
        title="Sous Chef",
        description="Run the pass in a 60-cover restaurant.",
        requirements="- Food safety and HACCP\n- Allergen controls\n- Ordering and stock rotation",
    )
    flags = {flag for q in build_interview_plan(chef, Preferences()).questions for flag in q.rubric.red_flags}
    assert "guessing about allergens instead of checking" in flags


def test_a_gerund_before_a_process_noun_is_a_subject_not_a_duty() -> None:
    nursery = JobDetails(
        id="job-nursery",
        title="Nursery Practitioner",
        requirements="<ul><li>Understanding of safeguarding procedures</li><li>Training new starters</li></ul>",
    )
    shapes = {r.text: r.shape for r in requirements(nursery, [])}
    assert shapes == {"safeguarding procedures": "topic", "train new starters": "act"}
    questions = [q.text for q in build_interview_plan(nursery, Preferences()).questions]
    assert not [q for q in questions if "safeguard procedures" in q]


def test_a_forklift_driver_is_not_asked_about_customers_at_the_till() -> None:
    """A warehouse job is in the retail and operations family; its shop-floor twists and competencies are not
    for it (the family's scoped entries), a shop's still are."""
    forklift = JobDetails(id="job-forklift", title="Forklift Driver")
    said = " ".join(
        [q.text for q in build_interview_plan(forklift, Preferences()).questions]
        + [
            flag
            for q in build_interview_plan(forklift, Preferences()).questions
            for flag in q.rubric.red_flags
        ]
    ).lower()
    assert not re.search(r"\b(?:till|customers?)\b", said), said
    shop = JobDetails(id="job-shop", title="Retail Store Manager", requirements="- Till and cash handling")
    shop_plan = build_interview_plan(shop, Preferences())
    assert any("customer" in q.text.lower() for q in shop_plan.questions)


def test_a_rephrasing_and_the_anchors_name_an_activity_as_a_noun_phrase() -> None:
    """ "when managing carer rotas comes up", not "when manage carer rotas comes up"."""
    coordinator = JobDetails(
        id="job-coordinator",
        title="Care Coordinator",
        requirements="- Managing carer rotas\n- Arranging cover",
    )
    knowledge = [
        q for q in build_interview_plan(coordinator, Preferences()).questions if q.phase == Phase.TECHNICAL
    ]
    said = " ".join(
        [*(r for q in knowledge for r in q.rephrasings), *(q.rubric.anchors.one for q in knowledge)]
    )
    assert "managing carer rotas" in said or "arranging cover" in said
    assert "when manage " not in said and "when arrange " not in said and "handle manage " not in said


def test_a_probe_names_the_subject_with_the_capitals_the_ad_gives_it() -> None:
    nursery = JobDetails(
        id="job-eyfs",
        title="Nursery Practitioner",
        requirements="- Plan and lead play-based activities following the EYFS\n- Paediatric First Aid",
    )
    state = BaselineInterviewer().start(
        nursery, CandidateDetails(id="c", name="Sam"), "", Preferences(), datetime(2026, 6, 1, tzinfo=UTC)
    )
    subjects = {subject_of(state, q) for q in state.plan.questions} if state.plan else set()
    assert "planning and leading play-based activities following the EYFS" in subjects
    assert "Paediatric First Aid" in subjects


def test_a_gerund_that_ends_a_list_of_nouns_stays_a_task_and_a_series_of_verbs_becomes_verbs() -> None:
    def read(line: str) -> list[str]:
        return texts(JobDetails(id="job-x", title="Pharmacy Technician", requirements=line))

    assert read("Managing stock, date checks and ordering") == ["manage stock, date checks and ordering"]
    assert read("Receiving, checking and storing deliveries") == ["receive, check and store deliveries"]
    assert read("Receiving, checking and storing") == ["receive, check and store"]


def test_a_duty_read_from_esco_ends_before_a_participle_that_says_how_it_is_done() -> None:
    definition = (
        "Translators transcribe written documents from one or more languages to another ensuring that the "
        "message and nuances remain therein. They deliver translated material backed up by documents if necessary."
    )
    texts_ = [r.text for r in duty_requirements(definition, "translator")]
    assert texts_[0] == "transcribe written documents from one or more languages to another"
    assert "deliver translated material" in texts_
    assert not [t for t in texts_ if t.endswith(("ensuring", "backed up"))]
