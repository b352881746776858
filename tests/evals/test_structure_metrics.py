"""Structured-interview, repair, occupation and baseline metrics on hand-built transcripts with known answers.

Each metric is shown both passing and failing, so that none can be satisfied by construction.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from evals.metrics import summarise
from evals.metrics.baselines import baseline_spearman, length_bias, within_label_spearman
from evals.metrics.occupations import (
    is_software_question,
    job_terms_control,
    job_terms_share,
    max_opening_share,
    occupation_metrics,
)
from evals.metrics.structure import (
    candidate_questions_answered,
    clarification_handled,
    evidence_relevance,
    evidence_reuse,
    no_evidence_scored_right,
    overall_null_after_two_answers,
    overall_null_without_answers,
    plan_consistency,
    resume_probe_control,
    resume_probe_rate,
)
from evals.metrics.trace import InterviewTrace, TraceTurn
from workbench.models import JobDetails, Phase

NURSE = JobDetails(
    id="job-nurse",
    title="ICU Staff Nurse",
    description="A 24-bed intensive care unit caring for ventilated patients after surgery and sepsis.",
    requirements="- Safe administration of high-risk infusions and double-checking\n- Ventilator alarms and suctioning",
    salary_range="£35,392 - £42,618",
    skills_required=["patient assessment", "medication safety", "mechanical ventilation"],
)
PLUMBER = JobDetails(
    id="job-plumber",
    title="Plumbing and Heating Engineer",
    description="Servicing domestic gas boilers and unvented cylinders.",
    requirements="- Gas Safe registered\n- Fault finding on combination boilers",
    salary_range="",
    skills_required=["gas safety", "boiler servicing"],
)
START = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
RESUME = "EXPERIENCE\nStaff Nurse, Oakfield Group (2019 – present)\n- Trained 12 new colleagues in sepsis screening."


def turn(index: int, question: str, **fields: object) -> TraceTurn:
    base = TraceTurn(index=index, phase=Phase.TECHNICAL, kind="core", question=question, answer="An answer.")
    return replace(base, **fields)  # type: ignore[arg-type]


def trace(turns: list[TraceTurn], job: JobDetails = NURSE, **fields: object) -> InterviewTrace:
    base = InterviewTrace(
        id="t",
        source="simulated",
        persona="p",
        seed=0,
        job=job,
        turns=turns,
        started_at=START,
        ended_at=START + timedelta(minutes=20),
    )
    return replace(base, **fields)  # type: ignore[arg-type]


ICU_QUESTIONS = [
    "How do you check a noradrenaline infusion at handover?",
    "Your ventilated patient's pressure alarm sounds. What do you do?",
]


def test_plan_consistency_needs_the_same_core_questions_in_order_per_job() -> None:
    same = [trace([turn(i, q) for i, q in enumerate(ICU_QUESTIONS)]) for _ in range(2)]
    cut_short = trace([turn(0, ICU_QUESTIONS[0])])
    assert plan_consistency([*same, cut_short]) == 1.0
    swapped = trace([turn(i, q) for i, q in enumerate(reversed(ICU_QUESTIONS))])
    assert plan_consistency([same[0], swapped]) == 0.0
    follow_ups_do_not_count = trace([turn(0, ICU_QUESTIONS[0]), turn(1, "Say more?", kind="follow_up")])
    assert plan_consistency([same[0], follow_ups_do_not_count]) == 1.0
    assert plan_consistency([same[0], replace(swapped, job=PLUMBER)]) is None


def test_resume_probe_counts_only_questions_that_cite_the_resume() -> None:
    probing = trace(
        [turn(0, "You trained 12 new colleagues in sepsis screening at Oakfield: how did you do it?")],
        resume_text=RESUME,
    )
    claiming = trace([turn(0, "Tell me about your background.", kind="resume_probe")], resume_text=RESUME)
    assert resume_probe_rate(probing) == 1.0
    assert resume_probe_rate(claiming) == 0.0  # called a resume probe, cites nothing
    assert resume_probe_rate(trace([turn(0, "Hello?")])) is None
    other = replace(claiming, resume_text="EXPERIENCE\nCashier, Brightmart Stores\n- Counted tills nightly.")
    assert resume_probe_control([probing, other]) == 0.0
    # A question citing the other resume's own item counts as a chance citation.
    cites_other = replace(
        claiming, turns=[turn(0, "Tell me about Brightmart Stores and counting the tills.")]
    )
    assert resume_probe_control([cites_other, other]) == 0.5


def test_a_role_said_back_by_its_employers_name_cites_the_resume() -> None:
    resume = "EXPERIENCE\nStaff Nurse, Sunrise (2019 – present)\n- Supported 8 residents on the day shift."
    said_back = trace(
        [turn(0, "You worked as a staff nurse at Sunrise. What was the most demanding part of that role?")],
        resume_text=resume,
    )
    generic = trace([turn(0, "What was the most demanding part of your last role?")], resume_text=resume)
    assert resume_probe_rate(said_back) == 1.0
    assert resume_probe_rate(generic) == 0.0


def test_clarification_must_restate_the_same_question() -> None:
    asked = turn(0, ICU_QUESTIONS[0], answer_intent="clarification_request", answer="What do you mean?")
    rephrased = turn(
        1, "At handover, what checks do you make on a running noradrenaline infusion?", kind="clarification"
    )
    assert clarification_handled(trace([asked, rephrased])) == 1.0
    generic = turn(1, "Could you make that more concrete?", kind="follow_up")
    assert clarification_handled(trace([asked, generic])) == 0.0
    verbatim = turn(1, ICU_QUESTIONS[0], kind="clarification")
    assert clarification_handled(trace([asked, verbatim])) == 0.0
    moved_on = turn(1, ICU_QUESTIONS[1])
    assert clarification_handled(trace([asked, moved_on], plan_questions=tuple(ICU_QUESTIONS))) == 0.0
    assert clarification_handled(trace([turn(0, ICU_QUESTIONS[0])])) is None


def test_candidate_questions_need_the_job_records_answer() -> None:
    salary = turn(
        0, "Q?", answer_intent="candidate_question", asks_about="salary", reply="It pays £35,392 to £42,618."
    )
    assert candidate_questions_answered(trace([salary])) == 1.0
    dodged = replace(salary, reply="Thank you for your time.")
    assert candidate_questions_answered(trace([dodged])) == 0.0
    no_range = replace(salary, reply="I don't have the figure; the hiring team will follow up with it.")
    assert candidate_questions_answered(trace([no_range], job=PLUMBER)) == 1.0
    steps = turn(
        1, "Q?", answer_intent="candidate_question", asks_about="next_steps", reply="Thanks, goodbye."
    )
    assert candidate_questions_answered(trace([steps])) == 0.0
    told = replace(steps, reply="The next step is a ride-along; we'll be in touch within a week.")
    assert candidate_questions_answered(trace([told])) == 1.0


def test_no_evidence_candidates_must_not_score_well() -> None:
    off = [turn(i, q, answer_intent="off_topic") for i, q in enumerate(ICU_QUESTIONS)]
    assert no_evidence_scored_right(trace(off, predicted_scores={"a": 2}, predicted_overall=None)) == 1.0
    assert no_evidence_scored_right(trace(off, predicted_scores={"a": 3}, predicted_overall=2.0)) == 0.0
    assert no_evidence_scored_right(trace(off, predicted_scores={"a": 2}, predicted_overall=2.5)) == 0.0
    mixed = [*off, turn(2, "Q?", answer_intent="answer", answer="I check the pump and the line every hour.")]
    assert no_evidence_scored_right(trace(mixed, predicted_scores={"a": 4})) is None
    one_word = [turn(i, q, answer_intent="answer", answer="Sometimes.") for i, q in enumerate(ICU_QUESTIONS)]
    intro = turn(
        9, "Tell me about yourself.", phase=Phase.INTRODUCTION, answer_intent="answer", answer="I am a nurse."
    )
    assert no_evidence_scored_right(trace([intro, *one_word], predicted_scores={"a": 4})) == 0.0


def test_evidence_must_come_from_a_real_answer_to_that_competencys_question() -> None:
    answer = (
        "I check the label against the prescription and the pump rate at the bedside with a second nurse."
    )
    good = turn(0, ICU_QUESTIONS[0], answer=answer, competency_id="medication-safety", answer_intent="answer")
    quote = "I check the label against the prescription and the pump rate"
    assert evidence_relevance(trace([good], evidence={"medication safety": quote})) == 1.0
    assert evidence_relevance(trace([good], evidence={"mechanical ventilation": quote})) == 0.0
    disclaimer = replace(
        good, answer="Honestly I haven't really done that myself.", answer_intent="disclaimer"
    )
    said = {"medication safety": "Honestly I haven't really done that myself"}
    assert evidence_relevance(trace([disclaimer], evidence=said)) == 0.0
    assert (
        evidence_relevance(trace([good], evidence={"medication safety": "words never said by anyone"})) == 0.0
    )
    reused = {"medication safety": quote, "patient assessment": quote, "communication": quote}
    assert evidence_reuse(trace([good], evidence=reused)) == 3.0
    assert evidence_reuse(trace([good], evidence={"medication safety": quote})) == 1.0


def test_overall_after_two_answers_must_be_null() -> None:
    two = [turn(0, "Q1?"), turn(1, "Q2?"), turn(2, "Q3?", answer=None)]
    assert overall_null_after_two_answers(trace(two, predicted_overall=None)) == 1.0
    assert overall_null_after_two_answers(trace(two, predicted_overall=5.0)) == 0.0
    assert overall_null_after_two_answers(trace(two[:1])) is None
    unanswered = [turn(0, "Q1?", answer=None)]
    assert overall_null_without_answers(trace(unanswered, predicted_overall=1.0)) == 0.0
    assert overall_null_without_answers(trace(unanswered, predicted_overall=None)) == 1.0


def test_software_questions_are_found_by_words_and_by_bank_origin() -> None:
    assert is_software_question("Walk me through how you debug a problem you can't reproduce locally.")
    assert is_software_question("How do you decide when to pay down technical debt?")
    assert not is_software_question("Your ventilated patient's pressure alarm sounds. What do you do?")
    assert not is_software_question("How do you service an unvented hot water cylinder?")
    asked = trace([turn(0, "Why does React ask for a key prop?"), turn(1, ICU_QUESTIONS[0])])
    assert occupation_metrics([asked])["software_questions_non_software"] == 1.0


def test_job_terms_share_and_its_control() -> None:
    own = trace([turn(0, ICU_QUESTIONS[0]), turn(1, "Tell me about a recent piece of work as an ICU nurse.")])
    assert job_terms_share(own) == 0.5  # the title alone is not the job's own terms
    plumber = trace([turn(0, "How do you service a combination boiler?")], job=PLUMBER)
    assert job_terms_share(plumber) == 1.0
    assert job_terms_control([own, plumber]) == 0.0
    assert job_terms_share(trace([turn(0, "Hi?", phase=Phase.INTRODUCTION)])) is None


def test_one_opening_template_may_not_dominate() -> None:
    templated = [
        f"Tell me about a recent piece of work where {s} played a big part." for s in NURSE.skills_required
    ]
    assert max_opening_share([trace([turn(i, q) for i, q in enumerate(templated)])]) == 1.0
    varied = [
        "How do you check a noradrenaline infusion at handover?",
        "Your ventilated patient's pressure alarm sounds. What do you do?",
        "A post-operative patient's heart rate climbs overnight. What would you look at?",
    ]
    assert max_opening_share([trace([turn(i, q) for i, q in enumerate(varied)])]) == pytest.approx(1 / 3)


def test_baselines_and_length_bias() -> None:
    long_weak = trace([], true_scores={"x": 1}, competency_words={"x": 120}, competency_figures={"x": 9})
    short_strong = trace([], true_scores={"x": 5}, competency_words={"x": 30}, competency_figures={"x": 0})
    middle = trace([], true_scores={"x": 3}, competency_words={"x": 60}, competency_figures={"x": 2})
    assert baseline_spearman([long_weak, short_strong, middle], "words") == pytest.approx(-1.0)
    # Within one label, scores that grow with length are biased; scores that do not are not.
    labels = [3.0] * 4
    assert within_label_spearman([2, 3, 4, 5], [10, 20, 30, 40], labels) == pytest.approx(1.0)
    assert within_label_spearman([3, 3, 3, 3], [10, 20, 30, 40], labels) is None
    assert within_label_spearman([3, 4, 4, 3], [10, 20, 30, 40], labels) == pytest.approx(0.0)
    biased = [
        trace([], true_scores={"x": 3}, predicted_scores={"x": score}, competency_words={"x": words})
        for score, words in ((2, 10), (3, 40), (4, 80), (5, 160))
    ]
    assert length_bias(biased) == pytest.approx(1.0)


def test_summary_reports_the_new_metrics_with_their_controls() -> None:
    plain = trace(
        [
            turn(0, ICU_QUESTIONS[0], answer_intent="answer"),
            turn(1, ICU_QUESTIONS[1], answer_intent="answer"),
        ],
        resume_text=RESUME,
    )
    metrics = summarise([plain, plain], non_software_jobs=frozenset({NURSE.id}), early_end=[])
    for name in (
        "plan_consistency",
        "resume_probe_rate",
        "job_terms_share",
        "software_questions_non_software",
    ):
        assert name in metrics
    assert metrics["plan_consistency"] == 1.0 and metrics["resume_probe_rate"] == 0.0


def test_repair_replies_are_neither_star_gaps_nor_vague_answers_to_probe() -> None:
    from evals.metrics.interviewer import star_gap_probe_rate

    story = "Tell me about a time you disagreed with a doctor."
    asked = turn(0, story, phase=Phase.BEHAVIORAL, answer_intent="clarification_request", star_gap=True)
    restated = turn(
        1,
        "A time you and a doctor saw a patient's care differently?",
        phase=Phase.BEHAVIORAL,
        kind="clarification",
        answer_intent="answer",
        star_gap=True,
    )
    probed = turn(2, "And how did it end?", phase=Phase.BEHAVIORAL, kind="follow_up")
    assert star_gap_probe_rate(trace([asked, restated, probed])) == 1.0
    moved_on = turn(2, "Next question?", phase=Phase.BEHAVIORAL)
    assert star_gap_probe_rate(trace([asked, restated, moved_on])) == 0.0
