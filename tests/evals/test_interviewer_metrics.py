"""Interviewer metrics on hand-built transcripts whose right answers are known."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from evals.metrics import TraceTurn
from evals.metrics.interviewer import (
    follow_up_rate_on_vague,
    job_relevance,
    phase_coverage,
    protected_topic_violations,
    question_relevance,
    questions_per_minute,
    repeats,
    skill_coverage,
    star_gap_probe_rate,
    star_parts_present,
)
from evals.metrics.trace import InterviewTrace
from workbench.models import JobDetails, Phase

JOB = JobDetails(
    id="job-1",
    title="Backend Engineer",
    description="Build payment APIs in Python with PostgreSQL and Kafka.",
    requirements="Experience with distributed systems.",
    skills_required=["Python", "PostgreSQL", "Kafka"],
)
START = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)


def turn(
    index: int,
    phase: Phase,
    question: str,
    kind: str = "core",
    vague: bool = False,
    answer: str = "an answer",
    star_gap: bool | None = None,
) -> TraceTurn:
    return TraceTurn(
        index=index,
        phase=phase,
        kind=kind,
        question=question,
        answer=answer,
        label_vague=vague,
        star_gap=star_gap,
    )


def trace(turns: list[TraceTurn], minutes: float = 10.0) -> InterviewTrace:
    return InterviewTrace(
        id="t",
        source="simulated",
        persona="p",
        seed=0,
        job=JOB,
        turns=turns,
        started_at=START,
        ended_at=START + timedelta(minutes=minutes),
    )


def test_a_repeated_question_counts_once() -> None:
    turns = [
        turn(0, Phase.TECHNICAL, "How do you design indexes in PostgreSQL?"),
        turn(1, Phase.TECHNICAL, "How would you scale Kafka consumers?"),
        turn(2, Phase.TECHNICAL, "How do you design indexes in PostgreSQL?"),
    ]
    assert repeats(trace(turns)) == 1.0


def test_the_question_put_again_after_the_candidates_own_question_is_not_a_repeat() -> None:
    asked = "How do you design indexes in PostgreSQL?"
    turns = [
        turn(0, Phase.TECHNICAL, asked, answer="What is the salary?"),
        turn(1, Phase.TECHNICAL, f"Coming back to my question: {asked}", kind="candidate_question"),
        turn(2, Phase.TECHNICAL, f"Coming back to my question: {asked}", kind="follow_up"),
    ]
    assert repeats(trace(turns)) == 1.0  # only the follow-up that asks it again counts


def test_the_ask_put_again_after_a_bare_yes_is_not_a_repeat_but_after_an_answer_it_is() -> None:
    asked = "Could you walk me through one time you designed indexes in PostgreSQL?"
    again = "Walk me through one time you designed indexes in PostgreSQL."
    invited = [
        turn(0, Phase.TECHNICAL, asked, answer="Yes."),
        turn(1, Phase.TECHNICAL, again, kind="clarification", answer="We had a slow report..."),
    ]
    repeated = [
        turn(0, Phase.TECHNICAL, asked, answer="We had a slow report, so I added a composite index."),
        turn(1, Phase.TECHNICAL, again, kind="clarification"),
    ]
    assert repeats(trace(invited)) == 0.0
    assert repeats(trace(repeated)) == 1.0


def test_a_reworded_question_with_the_same_content_is_a_repeat_but_a_new_topic_is_not() -> None:
    same = [
        turn(0, Phase.TECHNICAL, "Describe how you design PostgreSQL indexes."),
        turn(1, Phase.TECHNICAL, "Can you describe how you design PostgreSQL indexes?"),
    ]
    different = [
        turn(0, Phase.TECHNICAL, "Describe how you design PostgreSQL indexes."),
        turn(1, Phase.TECHNICAL, "Describe how you monitor Kafka lag."),
    ]
    assert repeats(trace(same)) == 1.0
    assert repeats(trace(different)) == 0.0


def test_follow_up_rate_counts_vague_main_answers_followed_by_a_probe() -> None:
    turns = [
        turn(0, Phase.TECHNICAL, "Tell me about Python.", vague=True),
        turn(1, Phase.TECHNICAL, "Could you give a concrete example?", kind="follow_up"),
        turn(2, Phase.TECHNICAL, "How do you use Kafka?", vague=True),
        turn(3, Phase.BEHAVIORAL, "Tell me about a conflict."),
        turn(4, Phase.CONCLUSION, "Any questions for us?", vague=True),  # last answer: nothing follows
    ]
    assert follow_up_rate_on_vague(trace(turns)) == 0.5


def test_follow_up_rate_does_not_apply_without_vague_answers() -> None:
    assert follow_up_rate_on_vague(trace([turn(0, Phase.TECHNICAL, "Python?")])) is None


def test_star_gap_probe_rate_uses_known_gaps_and_the_lexical_detector() -> None:
    full_star = (
        "Last year we had an outage. I was responsible for the fix. I decided to roll back. "
        "As a result errors dropped 90%."
    )
    turns = [
        turn(0, Phase.BEHAVIORAL, "Tell me about a hard deadline.", star_gap=True),
        turn(1, Phase.BEHAVIORAL, "What was the result?", kind="follow_up"),
        turn(2, Phase.BEHAVIORAL, "Tell me about an outage.", answer=full_star),
        turn(3, Phase.BEHAVIORAL, "Tell me about a disagreement.", answer="I just talk to people."),
        turn(4, Phase.CONCLUSION, "Any questions?"),
    ]
    assert star_parts_present(full_star) == {"situation", "task", "action", "result"}
    assert star_gap_probe_rate(trace(turns)) == 0.5  # two gaps (turns 0 and 3), one probed


def test_relevance_is_one_for_a_named_skill_and_a_share_of_job_words_otherwise() -> None:
    t = trace([])
    assert question_relevance("How do you tune PostgreSQL queries?", t) == 1.0
    assert question_relevance("What is your favourite holiday destination?", t) == 0.0
    assert question_relevance("How would you secure payment dashboards?", t) == pytest.approx(1 / 3)
    assert question_relevance("How do you choose an isolation level for transactions?", t) == 1.0  # glossary


def test_job_relevance_averages_the_technical_questions_only() -> None:
    turns = [
        turn(0, Phase.INTRODUCTION, "Tell me about yourself and your hobbies."),
        turn(1, Phase.TECHNICAL, "How do you use Python generators?"),
        turn(2, Phase.TECHNICAL, "What is your favourite holiday destination?"),
    ]
    assert job_relevance(trace(turns)) == 0.5
    assert skill_coverage(trace(turns)) == pytest.approx(1 / 3)


def test_follow_up_probes_do_not_count_towards_job_relevance() -> None:
    turns = [
        turn(0, Phase.TECHNICAL, "How do you partition Kafka topics?"),
        turn(1, Phase.TECHNICAL, "Could you make that more concrete?", kind="follow_up"),
    ]
    assert job_relevance(trace(turns)) == 1.0


def test_phase_coverage_and_questions_per_minute() -> None:
    turns = [
        turn(0, Phase.INTRODUCTION, "Hi?"),
        turn(1, Phase.TECHNICAL, "Python?"),
        turn(2, Phase.TECHNICAL, "Kafka?"),
        turn(3, Phase.CONCLUSION, "Bye.", kind="closing"),
    ]
    assert phase_coverage(trace(turns)) == 0.75
    assert questions_per_minute(trace(turns, minutes=6.0)) == 0.5  # the closing line is not a question
    assert questions_per_minute(trace(turns, minutes=0.0)) is None


def test_protected_topic_questions_are_counted_but_job_words_are_not() -> None:
    turns = [
        turn(0, Phase.INTRODUCTION, "Are you married, and do you plan to have children?"),
        turn(1, Phase.INTRODUCTION, "How old are you?"),
        turn(2, Phase.TECHNICAL, "How would you store health data for an age verification service?"),
        turn(3, Phase.BEHAVIORAL, "Where were you born?"),
        turn(4, Phase.BEHAVIORAL, "You disabled the cache first: what was the outcome?"),
        turn(5, Phase.TECHNICAL, "Imagine you find a fault on a piece of kit that is needed straight away."),
        turn(6, Phase.BEHAVIORAL, "Are you straight?"),
    ]
    assert protected_topic_violations(trace(turns)) == 4.0


def test_pregnancy_and_disability_words_held_by_the_people_of_the_work_ask_nothing_of_the_candidate() -> None:
    # resume probes of a midwife and a support worker quote their care work (care26): no protected question
    turns = [
        turn(
            0,
            Phase.TECHNICAL,
            'Your resume mentions "Led antenatal classes for 20 pregnant women a month". How?',
        ),
        turn(
            1, Phase.TECHNICAL, 'Your resume mentions "Supported 8 adults with learning disabilities". How?'
        ),
        turn(2, Phase.BEHAVIORAL, "Are you pregnant, or planning a pregnancy soon?"),
        turn(3, Phase.BEHAVIORAL, "Do you have any disabilities colleagues should know about?"),
        turn(4, Phase.BEHAVIORAL, "Does a pregnancy affect how many patients you can lift?"),
        turn(5, Phase.BEHAVIORAL, "Is your disability a problem with clients with learning disabilities?"),
    ]
    assert protected_topic_violations(trace(turns)) == 4.0
