"""Scores that need evidence, on interviews built by hand against a plan (the issue's symptom classes).

A community-nurse plan with four competencies; each test writes the answers and checks the scorecard, the
session assessment and the candidate's feedback that `BaselineInterviewer.rescore` computes from them. The
DSPy path runs on DSPy's DummyLM (a hosted LM cannot run here): its claims are held to the same rules.
"""

from __future__ import annotations

import os

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

from datetime import UTC, datetime, timedelta
from typing import Any

import dspy
import pytest
from dspy.utils import DummyLM

from workbench.interviewer.asides import is_disclaimer
from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.lm import LMInterviewer
from workbench.models import (
    Competency,
    Difficulty,
    InterviewPlan,
    InterviewState,
    JobDetails,
    Phase,
    PlannedQuestion,
    Rubric,
    RubricAnchors,
    Turn,
)
from workbench.settings import Settings

T0 = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)
JOB = JobDetails(
    id="job-nurse",
    title="Community Staff Nurse",
    description="Visit patients at home: wound care, medicines, safeguarding, working alone.",
    skills_required=["wound care", "medicines management", "teamwork"],
)
ANCHORS = RubricAnchors(
    one="No method, or unsafe practice.",
    three="A correct routine in general terms.",
    five="A full assessment with reasons, escalation and a checked result.",
)


def _question(
    qid: str, competency: str, text: str, look_for: list[str], red_flags: list[str]
) -> PlannedQuestion:
    return PlannedQuestion(
        id=qid,
        phase=Phase.TECHNICAL if qid != "q-team" else Phase.BEHAVIORAL,
        competency_id=competency,
        form="situational" if qid != "q-team" else "behavioural",
        text=text,
        minutes=4,
        rubric=Rubric(anchors=ANCHORS, look_for=look_for, red_flags=red_flags),
    )


PLAN = InterviewPlan(
    job_id=JOB.id,
    version=1,
    key="test",
    difficulty_level=Difficulty.MEDIUM,
    max_duration=30,
    competencies=[
        Competency(
            id="wound-care",
            name="wound care",
            kind="job_knowledge",
            source="requirements",
            terms=["ulcer", "dressing", "compression", "doppler", "exudate"],
        ),
        Competency(
            id="medicines",
            name="medicines management",
            kind="job_knowledge",
            source="requirements",
            terms=["syringe driver", "prescription", "controlled drugs", "dose"],
        ),
        Competency(
            id="safeguarding",
            name="safeguarding",
            kind="job_knowledge",
            source="requirements",
            terms=["bruises", "concern", "referral", "carer"],
        ),
        Competency(
            id="teamwork",
            name="teamwork",
            kind="behavioural",
            source="library",
            terms=["colleague", "team", "GP", "social worker"],
        ),
    ],
    questions=[
        _question(
            "q-wound",
            "wound-care",
            "A leg ulcer has not healed in three months. How do you assess it?",
            ["ankle brachial pressure index before compression", "signs of infection", "measure the wound"],
            ["compression without a doppler"],
        ),
        _question(
            "q-meds",
            "medicines",
            "A syringe driver has less left in it than it should. What do you do?",
            ["check the pump and line", "report the discrepancy", "call the prescriber"],
            ["speed up the rate to catch up"],
        ),
        _question(
            "q-safe",
            "safeguarding",
            "A woman you visit has unexplained bruises. What do you do?",
            ["see her alone", "record what she says", "raise a safeguarding concern"],
            ["confront the carer"],
        ),
        _question(
            "q-team",
            "teamwork",
            "Tell me about a time you worked with a GP or social worker.",
            ["their own part", "outcome for the patient"],
            [],
        ),
    ],
)
STRONG = {
    "q-wound": "I'd do a full assessment first: mobility, diet, diabetes and pain, then measure and photograph the "
    "ulcer and look for infection. Before any compression I take an ankle brachial pressure index with a doppler, "
    "because compression on a leg with poor arterial supply can cause harm; if it is low I refer to vascular.",
    "q-meds": "I'd see the patient first, then check the pump and the line for leaks, the rate and the battery, and "
    "compare the prescription and chart with the syringe. I'd record it, call the prescriber, and because these "
    "are controlled drugs I'd report the discrepancy on the incident system.",
    "q-safe": "I'd try to see her alone and ask open questions, body map the bruises and record exactly what she "
    "says. Then I raise a safeguarding concern with the local authority that day and tell my team lead.",
    "q-team": "A man at the end of life wanted to die at home but his wife couldn't manage nights. I arranged a "
    "meeting with the GP, the hospice and social services, and we got night sitters funded within a week.",
}


def state_with(answers: list[tuple[str, str]]) -> InterviewState:
    """A finished interview on PLAN: one core turn per (question id, answer)."""
    questions = {q.id: q for q in PLAN.questions}
    turns = []
    for index, (qid, answer) in enumerate(answers):
        question = questions[qid]
        asked = T0 + timedelta(minutes=3 * index)
        turns.append(
            Turn(
                index=index,
                phase=question.phase,
                kind="core",
                question=question.text,
                question_id=qid,
                competency_id=question.competency_id,
                asked_at=asked,
                answer=answer,
                answered_at=asked + timedelta(minutes=2),
            )
        )
    return InterviewState(
        job=JOB, candidate_id="c1", turns=turns, started_at=T0, ended_at=T0 + timedelta(hours=1), plan=PLAN
    )


@pytest.fixture(scope="module")
def baseline() -> BaselineInterviewer:
    return BaselineInterviewer()


def scores(state: InterviewState) -> dict[str, int | None]:
    assert state.scorecard is not None
    return {entry.competency_id: entry.score for entry in state.scorecard.competencies}


def test_strong_interview_is_scored_with_quotes_and_feedback_without_numbers(
    baseline: BaselineInterviewer,
) -> None:
    done = baseline.rescore(state_with(list(STRONG.items())))
    assert done.scorecard is not None and done.assessment is not None
    assert done.scorecard.status == "scored" and (done.scorecard.overall or 0) >= 3.5
    for entry in done.scorecard.competencies:
        assert entry.coverage == "evidenced" and entry.score is not None and entry.score >= 3
        assert entry.evidence and entry.evidence[0].quote.rstrip("…") in STRONG[entry.evidence[0].question_id]
        assert entry.anchor in (ANCHORS.three, ANCHORS.five)
    feedback = done.final_feedback or ""
    assert "/5" not in feedback and "score" not in feedback.lower()
    assert done.scorecard.competencies[0].evidence[0].quote in feedback  # their own words


def test_off_topic_story_is_not_evidence(baseline: BaselineInterviewer) -> None:
    story = (
        "At the weekend I coach my nephew's football side; we switched to a back four and finally won a match "
        "last Saturday after eleven defeats."
    )
    done = baseline.rescore(state_with([("q-wound", story), *list(STRONG.items())[1:]]))
    entry = next(e for e in done.scorecard.competencies if e.competency_id == "wound-care")  # type: ignore[union-attr]
    assert entry.score is None and entry.coverage == "no_evidence" and not entry.evidence
    assert "did not address the question" in entry.note


def test_disclaimers_are_never_evidence(baseline: BaselineInterviewer) -> None:
    disclaimer = (
        "Honestly I've mostly used compression bandages for smaller things. I haven't done a doppler "
        "assessment myself, someone else on the team handled that."
    )
    done = baseline.rescore(state_with([("q-wound", disclaimer), *list(STRONG.items())[1:]]))
    assert scores(done)["wound-care"] is None
    quotes = [q.quote for e in done.scorecard.competencies for q in e.evidence]  # type: ignore[union-attr]
    assert not any("Honestly" in quote or "haven't" in quote for quote in quotes)


def test_a_red_flag_caps_the_score_and_is_never_praised(baseline: BaselineInterviewer) -> None:
    fluent_but_unsafe = (
        "With my experience I'd measure the ulcer, photograph it and check for infection, and I "
        "always put on compression without a doppler because waiting delays healing; in my last "
        "post that healed 40 ulcers in a year."
    )
    done = baseline.rescore(state_with([("q-wound", fluent_but_unsafe), *list(STRONG.items())[1:]]))
    entry = next(e for e in done.scorecard.competencies if e.competency_id == "wound-care")  # type: ignore[union-attr]
    assert (
        entry.red_flags == ["compression without a doppler"] and entry.score is not None and entry.score <= 2
    )
    assert not any(s.startswith("wound care") for s in done.assessment.strengths)  # type: ignore[union-attr]
    assert "wound care: one point needs a second look" in (done.final_feedback or "")


def test_a_negated_red_flag_is_the_right_answer(baseline: BaselineInterviewer) -> None:
    done = baseline.rescore(
        state_with([("q-wound", STRONG["q-wound"] + " I never apply compression without a doppler.")])
    )
    entry = done.scorecard.competencies[0]  # type: ignore[union-attr]
    assert entry.red_flags == [] and (entry.score or 0) >= 3


def test_repeated_paste_is_evidence_once(baseline: BaselineInterviewer) -> None:
    pasted = STRONG["q-meds"]
    done = baseline.rescore(state_with([("q-meds", pasted), ("q-wound", pasted), ("q-safe", pasted)]))
    assert scores(done)["medicines"] is not None
    assert scores(done)["wound-care"] is None and scores(done)["safeguarding"] is None


def test_one_sentence_backs_at_most_one_competency(baseline: BaselineInterviewer) -> None:
    sentence = "I checked the dressing, the syringe driver and the bruises and told the GP and my team lead."
    done = baseline.rescore(state_with([(qid, sentence) for qid in STRONG]))
    evidenced = [e for e in done.scorecard.competencies if e.evidence]  # type: ignore[union-attr]
    assert len(evidenced) <= 1
    assert done.assessment is not None and done.assessment.overall is None


def test_two_answers_leave_the_overall_null(baseline: BaselineInterviewer) -> None:
    done = baseline.rescore(state_with(list(STRONG.items())[:2]))
    assert done.assessment is not None and done.assessment.overall is None
    assert done.assessment.status == "insufficient_evidence"
    not_asked = [e.name for e in done.scorecard.competencies if e.coverage == "not_asked"]  # type: ignore[union-attr]
    assert sorted(not_asked) == ["safeguarding", "teamwork"]
    assert "did not get to safeguarding and teamwork" in done.assessment.summary


def test_no_answers_no_scores_and_no_overall(baseline: BaselineInterviewer) -> None:
    done = baseline.rescore(state_with([]))
    assert done.assessment is not None and done.assessment.overall is None
    assert all(c.score is None for c in done.assessment.competencies)
    assert all(e.coverage == "not_asked" for e in done.scorecard.competencies)  # type: ignore[union-attr]


def test_protected_disclosures_are_stripped_before_scoring(baseline: BaselineInterviewer) -> None:
    disclosed = "As a single mum I know how hard home visits can be. " + STRONG["q-safe"]
    plain = baseline.rescore(state_with([("q-safe", STRONG["q-safe"])]))
    done = baseline.rescore(state_with([("q-safe", disclosed)]))
    assert scores(done)["safeguarding"] == scores(plain)["safeguarding"]
    assert "mum" not in (done.final_feedback or "") and "mum" not in done.scorecard.model_dump_json()  # type: ignore[union-attr]


def test_saying_more_of_the_same_does_not_raise_the_score(baseline: BaselineInterviewer) -> None:
    short = "I'd check the pump and the line, call the prescriber and report the discrepancy."
    padded = short + (
        " Medicines are really important in community nursing and I always take them seriously."
        " Patients and families rely on us and it is a big responsibility, it really is."
    )
    short_score = scores(baseline.rescore(state_with([("q-meds", short)])))["medicines"]
    padded_score = scores(baseline.rescore(state_with([("q-meds", padded)])))["medicines"]
    assert short_score is not None and padded_score is not None and padded_score <= short_score


# --- the DSPy path (DummyLM: a hosted LM cannot run here) -------------------------------------------------


def lm_out(
    score: int,
    evidence: str,
    *,
    addresses: bool = True,
    correct: bool = True,
    red_flags: tuple[str, ...] = (),
) -> dict[str, Any]:
    return {
        "assessment": {
            "comfort": "neutral",
            "skills_evidenced": [],
            "vague": False,
            "star": {"situation": False, "task": False, "action": True, "result": False},
            "addresses_question": addresses,
            "correct": correct,
            "score": score,
            "evidence": evidence,
            "red_flags": list(red_flags),
        }
    }


def lm_rescore(
    baseline: BaselineInterviewer, outputs: list[dict[str, Any]], answers: list[tuple[str, str]]
) -> InterviewState:
    lm = DummyLM(outputs, adapter=dspy.JSONAdapter())
    return LMInterviewer(baseline, lm, Settings(lm_model="dummy")).rescore(state_with(answers))


def test_lm_judges_against_the_rubric_and_its_claims_are_checked(baseline: BaselineInterviewer) -> None:
    disclaimer = "Honestly I haven't done a doppler assessment myself, someone else handled that."
    unsafe = "I'd speed up the rate to catch up, then tell the GP at some point."
    done = lm_rescore(
        baseline,
        [
            lm_out(5, "someone else handled that"),  # a disclaimer: no evidence whatever the LM says
            lm_out(5, "speed up the rate to catch up", red_flags=("speed up the rate to catch up",)),
            lm_out(4, "I am the best nurse you will meet"),  # not the candidate's words: the baseline's quote
            lm_out(5, "we got night sitters", correct=False),  # wrong per the rubric: capped
        ],
        [
            ("q-wound", disclaimer),
            ("q-meds", unsafe),
            ("q-safe", STRONG["q-safe"]),
            ("q-team", STRONG["q-team"]),
        ],
    )
    assert done.scorecard is not None and done.scorecard.backend == "lm"
    by_id = {e.competency_id: e for e in done.scorecard.competencies}
    assert by_id["wound-care"].score is None
    assert by_id["medicines"].score == 2 and by_id["medicines"].red_flags == ["speed up the rate to catch up"]
    assert by_id["safeguarding"].score == 4
    assert by_id["safeguarding"].evidence[0].quote.rstrip("…") in STRONG["q-safe"]
    assert by_id["teamwork"].score == 2


def test_lm_off_topic_verdict_removes_the_evidence(baseline: BaselineInterviewer) -> None:
    done = lm_rescore(
        baseline,
        [lm_out(5, "I arranged a meeting with the GP", addresses=False)],
        [("q-team", STRONG["q-team"])],
    )
    assert scores(done)["teamwork"] is None


def test_areas_not_reached_are_named_in_sentence_case_but_job_terms_keep_their_capitals() -> None:
    from workbench.interviewer.feedback import summary
    from workbench.models import Scorecard, ScorecardEntry

    entries = [
        ScorecardEntry(competency_id="a", name="Sage Payroll", kind="job_knowledge", coverage="not_asked"),
        ScorecardEntry(competency_id="b", name="Problem solving", kind="behavioural", coverage="not_asked"),
        ScorecardEntry(competency_id="c", name="HTM 01-05", kind="job_knowledge", coverage="not_asked"),
    ]
    text = summary(Scorecard(competencies=entries, competencies_planned=3), "Payroll Administrator")
    assert "We did not get to Sage Payroll, problem solving and HTM 01-05 in the time we had." in text


@pytest.mark.parametrize(
    "sentence",
    [
        "Not used.",  # of a failed autoclave: the passive of the work, said tersely
        "Log what they haven't done and tell the nurse in charge.",
        "It is not done until the second check is signed.",
        "The fridge was not run overnight, so we binned the batch.",
    ],
)
def test_the_work_not_done_is_not_the_candidate_disclaiming(sentence: str) -> None:
    assert not is_disclaimer(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I have never used a doppler.",
        "Never used one in practice, to be honest.",
        "Honestly I've not really done that.",
        "We haven't run one yet.",
    ],
)
def test_the_candidate_not_having_done_it_is_a_disclaimer(sentence: str) -> None:
    assert is_disclaimer(sentence)


def test_communication_rated_over_the_interview_is_shown_with_words_when_its_own_question_left_none(
    baseline: BaselineInterviewer,
) -> None:
    communication = Competency(
        id="communication", name="communication", kind="behavioural", source="library", terms=["explain"]
    )
    explain = _question(
        "q-team",
        "communication",
        "How would you explain a new dressing routine to a patient's family?",
        [],
        [],
    ).model_copy(update={"id": "q-explain"})
    plan = PLAN.model_copy(
        update={"competencies": [*PLAN.competencies, communication], "questions": [*PLAN.questions, explain]}
    )
    state = state_with(list(STRONG.items())).model_copy(update={"plan": plan})
    off_topic = Turn(
        index=len(state.turns),
        phase=Phase.BEHAVIORAL,
        kind="core",
        question=explain.text,
        question_id=explain.id,
        competency_id="communication",
        asked_at=T0 + timedelta(minutes=40),
        answer="My favourite holiday was a walking trip in the Lake District with my sister.",
        answered_at=T0 + timedelta(minutes=41),
    )
    done = baseline.rescore(state.model_copy(update={"turns": [*state.turns, off_topic]}))
    assert done.scorecard is not None
    entries = {e.competency_id: e for e in done.scorecard.competencies}
    assert entries["communication"].score is not None  # pooled over the answers that were evidence
    quotes = [q.quote for e in done.scorecard.competencies for q in e.evidence]
    (shown,) = entries["communication"].evidence
    assert "holiday" not in shown.quote and quotes.count(shown.quote) == 1
    assert any(shown.quote.rstrip("…") in answer for answer in STRONG.values())


def test_patience_is_not_about_patients_but_variances_are_variance() -> None:
    from workbench.interviewer.evidence import stem

    assert stem("patience") != stem("patients") == stem("patient")
    assert stem("variances") == stem("variance") and stem("maintenance") == stem("maintain")


def test_a_red_flag_is_matched_on_its_statement_not_on_its_explanation() -> None:
    from workbench.interviewer.red_flags import red_flags_stated

    flags = [
        "saying a failing readiness probe restarts the container (it removes the pod from service)",
        "a 100% uptime SLO (no error budget, so no room to ship or learn)",
        "keeping the Terraform state in Git (it holds secrets: a locked remote backend is the practice)",
    ]
    wrong = [
        "Readiness probes restart the container when it fails, that's what they're for.",
        "Our SLO is 100% uptime, we never accept any downtime.",
        "We keep terraform.tfstate in Git so everyone can see it.",
    ]
    right = [
        "A readiness probe does not restart the container; it takes the pod out of the service.",
        "We never set 100% uptime as an SLO; we agree 99.9% and an error budget.",
        "We keep the state in S3 with DynamoDB locking, never in Git.",
    ]
    assert [red_flags_stated(answer, flags) for answer in wrong] == [[flag] for flag in flags]
    assert all(red_flags_stated(answer, flags) == [] for answer in right)


def test_an_answer_to_a_probe_of_a_competency_is_held_to_its_known_red_flags(
    baseline: BaselineInterviewer,
) -> None:
    """A resume probe or an unplanned probe measures a competency whose planned question knows a red flag."""
    state = state_with(list(STRONG.items()))
    probe = Turn(
        index=len(state.turns),
        phase=Phase.TECHNICAL,
        kind="resume_probe",
        question="Your resume mentions a leg ulcer clinic you ran. What was your own part?",
        question_id="resume-1",
        competency_id="wound-care",
        asked_at=T0 + timedelta(minutes=40),
        answer="I ran the leg ulcer clinic and I always put on compression without a doppler to save time.",
        answered_at=T0 + timedelta(minutes=41),
    )
    done = baseline.rescore(state.model_copy(update={"turns": [*state.turns, probe]}))
    entry = next(e for e in done.scorecard.competencies if e.competency_id == "wound-care")  # type: ignore[union-attr]
    assert "compression without a doppler" in entry.red_flags and entry.score is not None and entry.score <= 2
