"""Whole interviews with the offline baseline: structure, questions, follow-ups, scores and feedback."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.workbench.interviewer.interview_helpers import (
    JOBS,
    STRONG_BEHAVIORAL,
    T0,
    WEAK_ANSWER,
    candidate,
    run_interview,
    strong_answer,
)
from workbench.interviewer.agenda import planned
from workbench.interviewer.api import InterviewState
from workbench.interviewer.bank import normalise_text
from workbench.interviewer.baseline import BaselineInterviewer
from workbench.models import PHASE_ORDER, Difficulty, Phase, Preferences


def strong_for(baseline: BaselineInterviewer):  # type: ignore[no-untyped-def]
    def answer(state: InterviewState) -> str:
        turn = state.turns[-1]
        question = planned(state, turn.question_id)
        return strong_answer(tuple(question.rubric.look_for) if question else (), turn.phase.value)

    return answer


def weak(_: InterviewState) -> str:
    return WEAK_ANSWER


def phases_in_order(state: InterviewState) -> bool:
    indexes = [PHASE_ORDER.index(turn.phase) for turn in state.turns]
    return indexes == sorted(indexes)


@pytest.mark.parametrize("role", ["frontend", "backend", "data", "sales"])
def test_whole_interview_per_role(baseline: BaselineInterviewer, role: str) -> None:
    state, steps = run_interview(baseline, JOBS[role], strong_for(baseline))
    answered = [turn for turn in state.turns if turn.answer is not None]
    assert 8 <= len(answered) <= 14
    assert phases_in_order(state)
    assert {turn.phase for turn in state.turns} == set(Phase)
    assert steps[-1].completed and not any(step.completed for step in steps[:-1])
    texts = [normalise_text(turn.question) for turn in state.turns]
    assert len(texts) == len(set(texts))
    assert state.completed and state.ended_at is not None and state.final_feedback
    assert state.assessment is not None and (state.assessment.overall or 0) >= 3.5
    # Technical questions come from the job's skills: most of them measure one of the role's skills.
    job_skills = {s.lower() for s in JOBS[role].skills_required}
    technical = [t for t in state.turns if t.phase == Phase.TECHNICAL and t.kind == "core"]
    assert state.plan is not None
    names = {c.id: c.name.lower() for c in state.plan.competencies}
    on_skill = [t for t in technical if names.get(t.competency_id) in job_skills]
    assert len(on_skill) >= len(technical) - 1


@pytest.mark.parametrize("role", ["frontend", "backend", "data", "sales"])
def test_strong_and_weak_candidates_end_a_full_point_apart(baseline: BaselineInterviewer, role: str) -> None:
    strong_state, _ = run_interview(baseline, JOBS[role], strong_for(baseline))
    weak_state, _ = run_interview(baseline, JOBS[role], weak)
    assert strong_state.assessment and weak_state.assessment
    assert (strong_state.assessment.overall or 0) >= 3.5
    # The same vague sentence pasted into every answer is evidence once at most: no overall score.
    assert weak_state.assessment.overall is None
    assert weak_state.assessment.status == "insufficient_evidence"
    assert all((c.score or 0) <= 2 for c in weak_state.assessment.competencies)


def test_feedback_cites_the_candidates_words(baseline: BaselineInterviewer) -> None:
    state, _ = run_interview(baseline, JOBS["backend"], strong_for(baseline))
    assert state.assessment is not None and state.final_feedback is not None
    quotes = [c.evidence for c in state.assessment.competencies if c.evidence]
    assert quotes
    answers = " ".join(turn.answer or "" for turn in state.turns)
    for quote in quotes:
        assert quote.rstrip("…") in answers
        assert quote in state.final_feedback
    assert "Backend Engineer" in state.final_feedback
    names = [c.name.lower() for c in state.assessment.competencies]  # the plan's competencies
    assert "communication" in names and "python" in names
    assert all(c.score is None or 1 <= c.score <= 5 for c in state.assessment.competencies)


def test_vague_answer_gets_a_follow_up_on_the_same_topic(baseline: BaselineInterviewer) -> None:
    state = baseline.start(JOBS["frontend"], candidate(), "", Preferences(), T0)
    state, step = baseline.answer(state, "Stuff, various things.", T0 + timedelta(minutes=1))
    follow_up = state.turns[-1]
    assert follow_up.kind == "follow_up" and follow_up.topic == state.turns[0].topic
    assert not step.completed and step.question == follow_up.question
    # Never two follow-ups on one topic: the next answer moves on, whatever it is.
    state, _ = baseline.answer(state, "Stuff, various things.", T0 + timedelta(minutes=2))
    assert state.turns[-1].kind == "core"


def test_follow_up_quotes_what_the_candidate_did(baseline: BaselineInterviewer) -> None:
    state = baseline.start(JOBS["backend"], candidate(), "", Preferences(), T0)
    state, _ = baseline.answer(
        state, "I migrated our billing pipeline to Kafka last year.", T0 + timedelta(minutes=1)
    )
    assert state.turns[-1].kind == "follow_up"
    assert "you migrated your billing pipeline to Kafka" in state.turns[-1].question


def test_claimed_skill_gets_probed_once(baseline: BaselineInterviewer) -> None:
    state = baseline.start(JOBS["backend"], candidate(), "", Preferences(max_duration=60), T0)
    answer = (
        "At my last job I migrated our order events from cron jobs to Kafka, because the batch jobs lost "
        "orders. I designed the topics and I wrote the consumers, and we cut order delays from 20 minutes to "
        "under 5 seconds for 3 million orders a month."
    )
    state, _ = baseline.answer(state, answer, T0 + timedelta(minutes=2))
    probe = state.turns[-1]
    assert (
        probe.kind == "follow_up" and "Kafka" in probe.question and probe.question.startswith("You mentioned")
    )
    state, _ = baseline.answer(state, answer, T0 + timedelta(minutes=4))
    assert state.turns[-1].kind == "core"


def test_behavioral_star_gap_is_probed(baseline: BaselineInterviewer) -> None:
    state = baseline.start(JOBS["sales"], candidate(), "", Preferences(), T0)
    state = state.model_copy(update={"phase": Phase.BEHAVIORAL})
    # Put the interview at its first behavioral question.
    question = baseline.next_question(state, Phase.BEHAVIORAL)
    turn = state.turns[0].model_copy(
        update={
            "phase": Phase.BEHAVIORAL,
            "question": question.text,
            "question_id": question.question_id,
            "competency_id": question.competency_id,
            "topic": question.topic,
        }
    )
    state = state.model_copy(update={"turns": [turn]})
    no_result = (
        "Last year our team had a conflict about the release plan and I was responsible for the rollout. "
        "I met each engineer one to one, I listened to their concerns and I proposed a staged rollout plan "
        "that we agreed on together with the manager."
    )
    state, _ = baseline.answer(state, no_result, T0 + timedelta(minutes=2))
    assessment = state.turns[0].assessment
    assert assessment is not None and assessment.star == {
        "situation": True,
        "task": True,
        "action": True,
        "result": False,
    }
    probe = state.turns[-1]
    assert probe.kind == "follow_up"
    assert "outcome" in probe.question or "turn out" in probe.question


def test_complete_behavioral_answer_is_not_probed(baseline: BaselineInterviewer) -> None:
    from workbench.interviewer.assess import read_features

    features = read_features(baseline.bank, None, STRONG_BEHAVIORAL)
    assert not features.vague and features.signals.missing_star == []


def test_time_running_out_skips_to_conclusion(baseline: BaselineInterviewer) -> None:
    state = baseline.start(JOBS["data"], candidate(), "", Preferences(max_duration=30), T0)
    state, step = baseline.answer(
        state, strong_answer(("motivation",), "introduction"), T0 + timedelta(minutes=29)
    )
    assert state.phase == Phase.CONCLUSION and state.turns[-1].kind == "closing"
    assert not step.completed
    # The candidate's question is answered (here: routed honestly), then the interview closes.
    state, step = baseline.answer(state, "How big is the team?", T0 + timedelta(minutes=29.5))
    assert not step.completed and state.turns[-1].kind == "candidate_question"
    assert "hiring team" in step.response
    state, step = baseline.answer(state, "No, that's all, thanks.", T0 + timedelta(minutes=29.7))
    assert step.completed and step.question == ""


def test_focus_areas_steer_the_technical_phase(baseline: BaselineInterviewer) -> None:
    prefs = Preferences(focus_areas=["accessibility"])
    state, _ = run_interview(baseline, JOBS["frontend"], strong_for(baseline), preferences=prefs)
    technical = [t for t in state.turns if t.phase == Phase.TECHNICAL and t.kind == "core"]
    assert technical[0].competency_id == "accessibility"


def test_difficulty_shapes_the_plan_and_the_resume_gives_a_probe(baseline: BaselineInterviewer) -> None:
    job = JOBS["backend"].model_copy(update={"skills_required": ["Python"]})
    easy = baseline.start(
        job,
        candidate(),
        "Built Django services on Postgres.",
        Preferences(difficulty_level=Difficulty.EASY),
        T0,
    )
    hard = baseline.start(job, candidate(), "", Preferences(difficulty_level=Difficulty.HARD), T0)
    assert easy.plan is not None and hard.plan is not None
    assert [q.id for q in easy.plan.questions] != [q.id for q in hard.plan.questions]
    probe = easy.scratch["resume_probes"][0]  # type: ignore[index]
    assert '"Built Django services on Postgres"' in probe["text"]


def test_plan_sizes_follow_duration_and_difficulty(baseline: BaselineInterviewer) -> None:
    short, _ = run_interview(
        baseline, JOBS["frontend"], weak, preferences=Preferences(max_duration=10), minutes_per_answer=1
    )
    long, _ = run_interview(
        baseline, JOBS["frontend"], weak, preferences=Preferences(max_duration=60), minutes_per_answer=2
    )
    assert len(short.turns) < len(long.turns)
    assert phases_in_order(short) and phases_in_order(long)


def test_acknowledgements_reflect_words_and_never_repeat_the_question(baseline: BaselineInterviewer) -> None:
    _, steps = run_interview(baseline, JOBS["backend"], strong_for(baseline))
    for step in steps:
        if step.question:
            assert normalise_text(step.question) not in normalise_text(step.response)
    reflective = [s for s in steps if "you led the work" in s.response or "you measured" in s.response]
    assert reflective


def test_state_json_round_trip_mid_interview_continues_identically(baseline: BaselineInterviewer) -> None:
    state = baseline.start(JOBS["frontend"], candidate(), "React and TypeScript", Preferences(), T0)
    for minute in (2, 4, 6):
        state, _ = baseline.answer(
            state, strong_answer(("props", "state"), state.phase.value), T0 + timedelta(minutes=minute)
        )
    restored = InterviewState.model_validate_json(state.model_dump_json())
    assert restored == state
    answers = [WEAK_ANSWER, STRONG_BEHAVIORAL, "I migrated our app to TypeScript and cut bugs by 30%."]
    for offset, text in enumerate(answers, start=1):
        now = T0 + timedelta(minutes=6 + 2 * offset)
        state, step_a = baseline.answer(state, text, now)
        restored, step_b = baseline.answer(restored, text, now)
        assert step_a == step_b
        restored = InterviewState.model_validate_json(restored.model_dump_json())
    assert restored.model_dump() == state.model_dump()


def test_answer_does_not_mutate_the_previous_state(baseline: BaselineInterviewer) -> None:
    state = baseline.start(JOBS["frontend"], candidate(), "", Preferences(), T0)
    before = state.model_dump_json()
    baseline.answer(state, WEAK_ANSWER, T0 + timedelta(minutes=1))
    assert state.model_dump_json() == before


def test_finish_is_idempotent_and_answers_after_the_end_are_refused(baseline: BaselineInterviewer) -> None:
    state, _ = run_interview(baseline, JOBS["sales"], weak)
    again = baseline.finish(state, T0 + timedelta(hours=2))
    assert again == state
    after, step = baseline.answer(state, "one more thing", T0 + timedelta(hours=2))
    assert step.completed and after == state


def test_finish_mid_interview_scores_what_was_seen(baseline: BaselineInterviewer) -> None:
    state = baseline.start(JOBS["data"], candidate(), "", Preferences(), T0)
    opening = planned(state, state.turns[0].question_id)
    assert opening is not None
    look_for = tuple(opening.rubric.look_for)
    state, _ = baseline.answer(state, strong_answer(look_for, "introduction"), T0 + timedelta(minutes=2))
    done = baseline.finish(state, T0 + timedelta(minutes=3))
    assert done.completed and done.assessment is not None and done.scorecard is not None
    scored = [c.name for c in done.assessment.competencies if c.score is not None]
    assert scored == ["Motivation and fit for the role"]  # what the plan's opening question measures
    assert done.assessment.overall is None and done.assessment.status == "insufficient_evidence"
    not_asked = [e.name for e in done.scorecard.competencies if e.coverage == "not_asked"]
    assert not_asked and "did not get to" in done.assessment.summary
    said = done.assessment.summary.lower()  # behavioural names lose their capital inside the sentence
    assert all(name.lower() in said for name in not_asked)


def test_running_notes_fill_from_answers(baseline: BaselineInterviewer) -> None:
    strong_state, _ = run_interview(baseline, JOBS["frontend"], strong_for(baseline))
    weak_state, _ = run_interview(baseline, JOBS["frontend"], weak)
    assert strong_state.strengths and not strong_state.areas_to_probe
    assert weak_state.areas_to_probe and "specific examples" in weak_state.areas_to_probe


def test_comfort_is_tracked_but_never_scored(baseline: BaselineInterviewer) -> None:
    calm = strong_answer(("profiling", "index"), "technical")
    nervous = "Sorry, um, I'm a bit nervous, I think maybe... " + calm
    state = baseline.start(JOBS["backend"], candidate(), "", Preferences(), T0)
    calm_state, _ = baseline.answer(state, calm, T0 + timedelta(minutes=2))
    nervous_state, _ = baseline.answer(state, nervous, T0 + timedelta(minutes=2))
    assert nervous_state.comfort.value == "nervous" and calm_state.comfort.value != "nervous"
    calm_scores = [c.score for c in calm_state.turns[0].assessment.competencies]  # type: ignore[union-attr]
    nervous_scores = [c.score for c in nervous_state.turns[0].assessment.competencies]  # type: ignore[union-attr]
    assert calm_scores == nervous_scores
