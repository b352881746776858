"""Follow-ups ask only for what an answer lacks; repair restates the open question; echoes are whole clauses."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.workbench.interviewer.interview_helpers import JOBS, T0, candidate
from tests.workbench.interviewer.test_repair_and_probes import start
from workbench.interviewer.agenda import agenda_of
from workbench.interviewer.api import InterviewState, SessionAssessment
from workbench.interviewer.assess import read_features
from workbench.interviewer.bank import load_bank
from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.controller import essential
from workbench.interviewer.feedback import told_parts, with_feedback
from workbench.interviewer.phrasing import action_clause
from workbench.interviewer.probing import cues as cues_of
from workbench.interviewer.restate import restatements
from workbench.models import EvidenceQuote, Phase, Preferences, Scorecard, ScorecardEntry

SPECIFIC = (
    "I check each instrument against the log, I run the autoclave at 134 degrees for 3 minutes and I record "
    "the cycle number, so last year our audit found zero gaps."
)


def _answer_until(
    baseline: BaselineInterviewer, state: InterviewState, phase: Phase, kind: str = "core"
) -> InterviewState:
    minute = 1
    while state.turns[-1].phase != phase or state.turns[-1].kind != kind:
        state, _ = baseline.answer(state, SPECIFIC, T0 + timedelta(minutes=minute))
        minute += 1
    return state


def _content(text: str) -> set[str]:
    return {w.strip("?.,:").lower() for w in text.split() if len(w.strip("?.,:")) > 3}


@pytest.mark.parametrize(
    "question",
    [
        "How does Node.js handle many concurrent connections on a single thread?",
        "How would you test a feature that depends on the current date or time?",
        "A customer asks for a feature the product doesn't have. How do you respond?",
        "What does a database index do, and when can it hurt?",
    ],
)
def test_a_question_is_restated_from_its_own_words(question: str) -> None:
    restated = restatements(question)
    assert restated and all(r != question for r in restated)
    assert all(len(_content(r) & _content(question)) >= 3 for r in restated), restated


def test_a_bank_question_is_rephrased_not_replaced_by_a_question_about_the_skill() -> None:
    baseline = BaselineInterviewer()
    state = baseline.start(JOBS["backend"], candidate(), "", Preferences(), T0)
    state = _answer_until(baseline, state, Phase.TECHNICAL)
    asked = state.turns[-1].question
    state, step = baseline.answer(state, "Sorry, what do you mean by that?", T0 + timedelta(minutes=9))
    assert state.turns[-1].kind == "clarification"
    assert step.question != asked and len(_content(step.question) & _content(asked)) >= 3, (asked, step)
    assert "put it another way" not in step.response.lower()  # the rephrasing carries its own lead-in


def test_repair_during_a_follow_up_comes_back_to_the_follow_up() -> None:
    baseline, state = start()
    state = _answer_until(baseline, state, Phase.BEHAVIORAL)
    no_result = "Last spring our packs were late. I mapped each step and I moved the washer next to the sink."
    state, _ = baseline.answer(state, no_result, T0 + timedelta(minutes=12))
    follow_up = state.turns[-1]
    assert follow_up.kind == "follow_up" and "set the scene" not in follow_up.question.lower()
    state, step = baseline.answer(state, "What are the next steps after this?", T0 + timedelta(minutes=13))
    assert "next steps" in step.response
    assert follow_up.question[1:] in step.question  # the follow-up stands, not the core question
    state, step = baseline.answer(state, "Sorry, could you rephrase that?", T0 + timedelta(minutes=14))
    assert state.turns[-1].kind == "clarification" and step.question != follow_up.question


def test_a_set_scene_is_not_asked_for_again() -> None:
    baseline, state = start()
    state = _answer_until(baseline, state, Phase.BEHAVIORAL)
    scene_no_markers = (
        "A confused patient's chair was broken. I moved him to a low chair, put a sign on the broken one and "
        "reported it to estates."
    )
    state, step = baseline.answer(state, scene_no_markers, T0 + timedelta(minutes=12))
    assert "scene" not in step.question.lower() and "situation" not in step.question.lower()


@pytest.mark.parametrize("reply", ["Yes.", "Sometimes."])
def test_a_one_word_reply_is_asked_for_the_answer_itself(reply: str) -> None:
    baseline, state = start()
    state = _answer_until(baseline, state, Phase.TECHNICAL)
    state, step = baseline.answer(state, reply, T0 + timedelta(minutes=9))
    assert state.turns[-1].kind == "follow_up"
    assert "no problem" not in step.question.lower() and "didn't quite catch" not in step.question.lower()


def test_a_one_word_reply_to_the_opening_is_asked_for_the_background_not_for_steps() -> None:
    baseline, state = start()
    assert state.turns[-1].phase == Phase.INTRODUCTION
    state, step = baseline.answer(state, "Fine.", T0 + timedelta(minutes=1))
    assert state.turns[-1].kind == "follow_up" and "background" in step.question
    assert "step by step" not in step.question


@pytest.mark.parametrize(
    ("answer", "echo"),
    [
        ("I led the migration of 90,000 records to the new system.", "90,000 records"),
        ("When I floated to step-down I had a patient on a diltiazem drip.", None),
        (
            "Shrinkage was 2.1% when I took over. I moved high-value lines behind the till.",
            "high-value lines",
        ),
        ("I split it by route with React.lazy, and checked the bundle.", "with React.lazy"),
    ],
)
def test_echoes_are_whole_main_clauses(answer: str, echo: str | None) -> None:
    clause = action_clause(answer)
    assert (clause is None) if echo is None else (clause is not None and echo in clause), clause


def test_nerves_and_the_end_of_time_are_said_only_when_true() -> None:
    baseline, state = start()
    state, step = baseline.answer(
        state, "We basically just did whatever the dentist said.", T0 + timedelta(minutes=1)
    )
    assert "take your time" not in step.response.lower()
    while state.turns[-1].phase != Phase.CONCLUSION:  # the plan runs out long before the 30 minutes
        state, step = baseline.answer(state, SPECIFIC, T0 + timedelta(minutes=2))
    assert "end of our time" not in step.response


def test_feedback_advice_is_not_pasted_into_every_area_to_improve() -> None:
    entries = [
        ScorecardEntry(
            competency_id=f"c{n}",
            name=f"Area {n}",
            kind="behavioural",
            score=3,
            evidence=[EvidenceQuote(quote=f"I sorted out problem {n} with the team.", turn_index=n)],
            coverage="evidenced",
        )
        for n in range(3)
    ]
    card = Scorecard(overall=3.0, status="scored", competencies=entries)
    improvements = with_feedback(SessionAssessment(), card, "Nurse").areas_to_improve
    advice = [item.split("a good start; ", 1)[1] for item in improvements]
    assert len(improvements) == 3 and len(set(advice)) == 2 and len(advice[0]) > len(advice[1])
    strong = [entry.model_copy(update={"score": 5}) for entry in entries]
    strengths = with_feedback(SessionAssessment(), card.model_copy(update={"competencies": strong}), "Nurse")
    assert len({item.split(" \u2014 ")[0].split(": ", 1)[1] for item in strengths.strengths}) == 2


def test_a_strong_opening_is_praised_for_linking_experience_to_the_role_not_as_an_example() -> None:
    opening = ScorecardEntry(
        competency_id="motivation",
        name="Motivation and fit for the role",
        kind="behavioural",
        score=5,
        evidence=[
            EvidenceQuote(quote="Six years on a surgical ward, and I want to lead a team.", turn_index=0)
        ],
        coverage="evidenced",
    )
    card = Scorecard(overall=5.0, status="scored", competencies=[opening])
    strengths = with_feedback(SessionAssessment(), card, "Nurse").strengths
    assert strengths and "linked your experience to the role" in strengths[0]
    assert "example" not in strengths[0]


def test_a_restatement_keeps_names_capitalised_and_lowers_only_common_openers() -> None:
    assert "lets Node.js handle" in restatements("How does Node.js handle many concurrent connections?")[0]
    # (a scene is its own lead: "Picture this: a customer asks ...", never "Let me put it another way: picture this")
    assert restatements("A customer asks for a refund. How do you respond?")[0].startswith(
        "Picture this: a customer asks"
    )


def test_the_same_question_asked_again_is_answered_as_a_reminder() -> None:
    baseline, state = start()
    state = _answer_until(baseline, state, Phase.CONCLUSION, kind="closing")
    state, first = baseline.answer(state, "What are the next steps after this?", T0 + timedelta(minutes=25))
    state, again = baseline.answer(state, "What are the next steps after this?", T0 + timedelta(minutes=26))
    assert "next steps" in first.response and not first.response.startswith("As I mentioned")
    assert again.response.startswith("As I mentioned, after this interview")


def test_a_weak_answer_is_not_called_a_good_start() -> None:
    entry = ScorecardEntry(
        competency_id="gas-safety-inspections",
        name="gas safety inspections",
        kind="job_knowledge",
        score=1,
        evidence=[EvidenceQuote(quote="I'd probably just leave it running and tell them.", turn_index=3)],
        coverage="evidenced",
    )
    card = Scorecard(overall=None, status="insufficient_evidence", competencies=[entry])
    feedback = with_feedback(SessionAssessment(), card, "Gas Service Engineer")
    (improvement,) = feedback.areas_to_improve
    assert "leave it running" in improvement and "good start" not in improvement
    assert "role's areas" not in feedback.summary and "Gas Service Engineer role" in feedback.summary


@pytest.mark.parametrize(
    ("reply", "answered"),
    [
        ("Sometimes, but it's usually fine.", False),
        ("Yeah, I did a bit of that.", False),
        ("Checked the loads, then the connections. No issues.", True),
        ("I re-ran the 12-storey model by hand and found two errors.", True),
    ],
)
def test_a_few_words_that_say_nothing_are_asked_for_the_answer_even_when_the_budget_is_spent(
    reply: str, answered: bool
) -> None:
    """Seen: a resume probe ("Walk me through how you checked temporary works designs…") answered "Sometimes, but
    it's usually fine." got "Got it, thanks." and the next question, because the discretionary follow-ups had
    gone on the opening. Like a one-word reply, it leaves the question unanswered: the probe is not discretionary."""
    baseline, state = start()
    state = _answer_until(baseline, state, Phase.TECHNICAL)
    state, _ = baseline.answer(state, reply, T0 + timedelta(minutes=9))
    turn = next(t for t in reversed(state.turns) if t.answer is not None)
    assert turn.answer == reply
    features = read_features(load_bank(), None, reply)
    probe_state = state.model_copy(update={"turns": state.turns[: turn.index + 1]})
    assert essential(Phase.TECHNICAL, cues_of(probe_state, features)) is not answered


def test_feedback_asks_only_for_the_parts_of_an_account_the_answers_left_out() -> None:
    def entry(competency_id: str, kind: str) -> ScorecardEntry:
        quote = EvidenceQuote(quote="I got a male carer to help and warmed the bathroom first.", turn_index=2)
        return ScorecardEntry(
            competency_id=competency_id,
            name=competency_id,
            kind=kind,
            score=3,
            evidence=[quote],
            coverage="evidenced",
        )

    card = Scorecard(
        overall=3.0,
        status="scored",
        competencies=[entry("personal care", "job_knowledge"), entry("Teamwork", "behavioural")],
    )
    told = {
        "personal care": frozenset({"situation", "action"}),  # a case of her own, told without how it ended
        "Teamwork": frozenset({"situation", "action", "result"}),  # the whole account, thinly
    }
    care, team = with_feedback(SessionAssessment(), card, "Care Assistant", told).areas_to_improve
    assert "one case of your own" not in care and "how you checked the result" in care, care
    assert "what was at stake" not in team and "how it turned out" not in team, team
    assert "why you chose" in team, team
    # nothing told of an account: the general advice, as before
    general = with_feedback(SessionAssessment(), card, "Care Assistant").areas_to_improve[0]
    assert "one case of your own" in general and "how you checked the result" in general


def test_told_parts_are_read_from_the_answers_to_each_competencys_questions() -> None:
    baseline, state = start()
    state, _ = baseline.answer(state, "I have worked on the ward for six years.", T0 + timedelta(minutes=1))
    story = (
        "Last week one man he don't want to wash. I ask him why, he say the water is cold, so I get a male carer"
        " and I make the bathroom warm first."
    )
    question = state.turns[-1].question_id
    state, _ = baseline.answer(state, story, T0 + timedelta(minutes=2))
    competency_of = {q.id: q.competency_id for q in agenda_of(state)}
    told = told_parts(state.turns, competency_of)
    assert "situation" in told[competency_of[question]], told
