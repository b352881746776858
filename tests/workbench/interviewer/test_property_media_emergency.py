"""Property, marketing and emergency-service ads as they are posted (written for these tests, in no dataset): a
verb that is also a noun opens a duty ("Progress sales through to completion"), a trait cut to a lone word or a
value ("Ability to work as part of a team under pressure", "Commitment to equality, diversity and inclusion") is no
job knowledge, a rule to follow and kit to look after get situations of their kind, and the ad's "our" is not
put to the candidate."""

from __future__ import annotations

from datetime import UTC, datetime

from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.planning.gerund_phrase import acting
from workbench.interviewer.planning.jobtext import Requirement, requirements
from workbench.interviewer.planning.library import classify
from workbench.interviewer.planning.resume import _quotable_pieces, resume_items
from workbench.interviewer.planning.writer import QuestionWriter
from workbench.interviewer.unsafe_practice import states_unsafe_practice
from workbench.models import CandidateDetails, Difficulty, JobDetails, Preferences

LETTINGS = JobDetails(
    id="uxg-test-lettings",
    title="Lettings and Sales Negotiator",
    description=(
        "<ul><li>Progress sales through to completion, liaising with conveyancers</li>"
        "<li>Market properties to local buyers</li><li>Value homes for landlords</li>"
        "<li>Keep our CRM up to date</li></ul>"
    ),
    requirements="- Knowledge of the Tenant Fees Act 2019 and Right to Rent checks\n- A genuine commitment to customer care",
)
FIRE_CREW = JobDetails(
    id="uxg-test-fire",
    title="On-call Firefighter",
    description="Duties:\n• Maintain vehicles and equipment ready for use\n• Extinguish fires and rescue people",
    requirements=(
        "• Ability to work as part of a team under pressure\n"
        "• Commitment to equality, diversity and inclusion\n• A creative eye and a data-led mindset"
    ),
)
SOCIAL = JobDetails(
    id="uxg-test-social",
    title="Content and Social Media Executive",
    description="Own our paid and organic social channels.",
    requirements="- Understanding of CAP Code rules on influencer marketing and ad labelling",
)
SEEDS = range(8)


def found(job: JobDetails) -> dict[str, str]:
    return {r.text: r.shape for r in requirements(job, [])}


def situations(job: JobDetails, family: str, item: Requirement) -> list[str]:
    """The situational question a plan would ask on `item`, for several plans' seeds."""
    return [
        QuestionWriter(job, family, Difficulty.MEDIUM, seed).job_knowledge(item, "situational", 4.0, "t").text
        for seed in SEEDS
    ]


def test_a_verb_that_is_also_a_noun_opens_a_duty_and_the_ads_our_is_not_asked() -> None:
    items = found(LETTINGS)
    for duty in (
        "progress sales through to completion",
        "market properties to local buyers",
        "value homes for landlords",
    ):
        assert items.get(duty) == "act", items
    assert items.get("keep the CRM up to date") == "act", items
    assert "own the paid and organic social channels" in found(SOCIAL)


def test_a_trait_cut_to_a_lone_word_and_values_are_no_job_knowledge() -> None:
    items = found(FIRE_CREW)
    assert "work" not in items and not any("commitment" in t or "mindset" in t for t in items), items
    assert items.get("maintain vehicles and equipment ready for use") == "act", items
    assert not any("commitment" in t for t in found(LETTINGS)), found(LETTINGS)


def test_a_rule_to_follow_gets_a_situation_of_its_kind() -> None:
    rules = next(r for r in requirements(SOCIAL, []) if "CAP Code" in r.text)
    for text in situations(SOCIAL, "creative_marketing", rules):
        assert "without following CAP Code rules" in text or "following CAP Code rules" in text, text
        assert "performs well below" not in text and "conflicting feedback" not in text, text
    law = next(r for r in requirements(LETTINGS, []) if "Tenant Fees Act" in r.text)
    for text in situations(LETTINGS, "sales_service", law):
        assert "promise" not in text and "complains publicly" not in text and "goes quiet" not in text, text


def test_kit_to_look_after_gets_a_situation_of_its_kind() -> None:
    upkeep = next(r for r in requirements(FIRE_CREW, []) if r.text.startswith("maintain vehicles"))
    for text in situations(FIRE_CREW, "emergency_services", upkeep):
        assert "escalates" not in text and "abusive" not in text and "two urgent incidents" not in text, text
        assert any(word in text for word in ("fault", "check", "signed off")), text


def test_a_shortcut_taken_to_save_time_and_an_unlabelled_advert_are_unsafe_practice() -> None:
    for said in (
        "If it's a small fire I'd go in without BA to save time, you can usually see fine.",
        "We load the van without the straps, it's quicker.",
        "With influencers I don't bother with the #ad, it kills engagement.",
    ):
        assert states_unsafe_practice(said), said
    for said in (
        "I never go in without BA, even to save time.",
        "I don't bother with the gym at the station.",
        "Every paid post is labelled #ad.",
    ):
        assert not states_unsafe_practice(said), said


def test_a_track_record_a_trait_and_experience_with_its_tools_are_said_as_the_ad_means_them() -> None:
    job = JobDetails(
        id="uxg-test-pm",
        title="Site Project Manager",
        description="Responsibilities:\n- Plan and programme works using Asta Powerproject",
        requirements=(
            "- Proven track record delivering projects of £5m+\n- Ability to remain calm in highly stressful situations\n"
            "- Hands-on HPLC experience (Agilent/Waters, Empower or Chromeleon)"
        ),
    )
    items = found(job)
    assert items.get("plan and programme works using Asta Powerproject") == "act", items
    assert items.get("HPLC (Agilent/Waters, Empower or Chromeleon)") == "topic", items
    assert not any("track record" in t or "calm" in t for t in items), items


def test_a_question_said_again_after_a_candidates_question_loses_its_rephrasing_lead() -> None:
    now = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)
    job = JobDetails(
        id="uxg-test-let",
        title="Letting Negotiator",
        company="Acorn Lettings",
        salary_range="£24,000",
        description="Duties:\n- Progress lettings through to move-in\n- Conduct viewings with tenants",
    )
    interviewer = BaselineInterviewer()
    state = interviewer.start(job, CandidateDetails(id="c", name="Sam"), "", Preferences(), now)
    state, rephrased = interviewer.answer(state, "Sorry, could you say that another way?", now)
    state, step = interviewer.answer(state, "What is the salary?", now)
    lead = rephrased.question.split(":", 1)[0]
    assert step.question.startswith("Coming back to my question: ") and lead not in step.question, (
        step.question
    )


def test_qualities_in_a_list_an_expert_in_lead_and_a_list_opener_are_no_job_knowledge() -> None:
    job = JobDetails(
        id="uxg-test-pc",
        title="Police Constable",
        description="Managing your own caseload, you will:\n- Investigate crime and gather evidence",
        requirements=(
            "- Resilience, integrity and sound judgement\n- Empathy and patience\n"
            "- Expert in Adobe Illustrator, InDesign and Photoshop\n- Knowledge of the CAP Code"
        ),
    )
    items = found(job)
    assert "Adobe Illustrator, InDesign and Photoshop" in items, items
    assert not any(word in t for t in items for word in ("resilience", "patience", "you will", "expert")), (
        items
    )
    cap = next(r for r in requirements(job, []) if "CAP Code" in r.text)
    assert all("following CAP Code" in text for text in situations(job, "creative_marketing", cap))


def test_a_result_retested_until_it_passes_and_a_record_written_up_later_are_unsafe_practice() -> None:
    assert states_unsafe_practice(
        "If it's just out of spec I re-run it until I get a pass and report that one."
    )
    assert states_unsafe_practice("I write up the ePCR at the end of the shift when I get a chance.")
    assert not states_unsafe_practice("I repeated the calibration until the r squared was above 0.999.")
    assert not states_unsafe_practice("I never re-run it until it passes, I raise an OOS investigation.")


def test_every_verb_of_a_series_is_a_gerund_in_the_competency_name() -> None:
    assert acting("assess, treat and convey patients") == "assessing, treating and conveying patients"
    assert acting("clean, tidy and restock the bar") == "cleaning, tidying and restocking the bar"


def test_feedback_quotes_the_unsafe_answer_not_a_sound_one_beside_it() -> None:
    now = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)
    job = JobDetails(
        id="uxg-test-para",
        title="Paramedic",
        company="Northshire Ambulance Service",
        description="- Assess and treat patients\n- Administer drugs under JRCALC guidelines",
    )
    answers = (
        "I've been a paramedic for five years in the West Midlands, I'm relocating for family.",
        "I had a 70-year-old with chest pain, I did the 12-lead, saw an inferior STEMI, gave aspirin and GTN per "
        "JRCALC, pre-alerted the cath lab and took him straight in.",
        "If the patient is stable I sometimes give morphine without checking allergies, it saves time and most "
        "people aren't allergic.",
    )
    resume = "Paramedic, West Midlands Ambulance Service, 2020-2025."
    interviewer = BaselineInterviewer()
    state = interviewer.start(job, CandidateDetails(id="c", name="Sam"), resume, Preferences(), now)
    for answer in answers:
        state, _ = interviewer.answer(state, answer, now)
    state = interviewer.finish(state, now)
    feedback = state.final_feedback or ""
    second_look = [line for line in feedback.splitlines() if "second look" in line]
    assert second_look and all("morphine" in line and "STEMI" not in line for line in second_look), feedback


def test_a_resume_quote_leaves_out_its_owners_name() -> None:
    resume = "Tom Ashworth BSc Chemistry (2:1), University of Leeds 2022.\nLab Technician, Yorkshire Water, 2022-2025."
    pieces = _quotable_pieces(resume)
    assert pieces[0].startswith("BSc Chemistry") and not any("Ashworth" in p for p in pieces), pieces


def test_a_one_line_resume_with_dated_entries_gives_its_roles() -> None:
    resume = (
        "Chloe Barnes. 2022-2025 Lettings Negotiator, Acorn Lettings, Slough: 40 viewings a week, right-to-rent "
        "checks. 2019-2022 Sales Assistant, Next plc."
    )
    texts = [item.text for item in resume_items(resume)]
    assert texts and texts[0].startswith("2022-2025 Lettings Negotiator, Acorn Lettings"), texts
    assert not any("Chloe" in text for text in texts), texts


def test_a_system_named_as_knowledge_gets_a_situation_of_its_kind() -> None:
    job = JobDetails(
        id="uxg-test-ops",
        title="Warehouse Operations Manager",
        description="- Lead a team of 6 shift managers\n- Manage labour planning and agency usage",
        requirements="- Strong Excel and WMS knowledge",
    )
    systems = next(r for r in requirements(job, []) if r.text.startswith("Excel"))
    for text in situations(job, "retail_operations", systems):
        assert "arrives short" not in text and "stock count" not in text, text
        assert "Excel and WMS" in text, text


def test_a_bench_scientist_is_interviewed_as_lab_work() -> None:
    job = JobDetails(
        id="uxg-test-sci",
        title="Research Scientist - Cell Biology",
        description="- Design and execute cell-based assays (ELISA, qPCR)\n- Keep accurate lab notebook records",
    )
    assert classify(job) == "laboratory"
    assert classify(job.model_copy(update={"title": "Data Scientist"})) != "laboratory"
