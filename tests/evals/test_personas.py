"""Simulated candidates answer the question asked, at their level, with their behaviours."""

from __future__ import annotations

from evals.answerers import INJECTION_TEXT, STAR_PARTS, RuleBasedAnswerer
from evals.metrics.interviewer import star_parts_present
from evals.personas import PERSONAS, get_persona, parse_personas
from workbench.models import Comfort, JobDetails, Phase

JOB = JobDetails(id="j", title="Backend Engineer", skills_required=["Python", "PostgreSQL", "Kafka"])
KAFKA_Q = "How have you used Kafka to decouple services?"


def answer(name: str, question: str = KAFKA_Q, phase: Phase = Phase.TECHNICAL, seed: int = 0) -> str:
    return RuleBasedAnswerer(get_persona(name), seed).answer(question, phase, "core", JOB).text


def test_answers_name_the_skill_the_question_asks_about() -> None:
    for name in ("strong", "average", "weak"):
        assert "kafka" in answer(name).lower()


def test_level_sets_the_detail_and_the_ground_truth() -> None:
    strong, weak = answer("strong"), answer("weak")
    assert any(ch.isdigit() for ch in strong) and len(strong.split()) > 3 * len(weak.split())
    assert [get_persona(n).expected_score() for n in ("strong", "average", "weak")] == [4, 3, 2]
    assert get_persona("gibberish").expected_score() == 1  # nothing to assess


def test_behavioral_answers_follow_star_for_strong_candidates_only() -> None:
    question = "Tell me about a time a release was at risk."
    strong = RuleBasedAnswerer(get_persona("strong")).answer(question, Phase.BEHAVIORAL, "core", JOB)
    average = RuleBasedAnswerer(get_persona("average")).answer(question, Phase.BEHAVIORAL, "core", JOB)
    assert strong.star_parts == STAR_PARTS and star_parts_present(strong.text) == set(STAR_PARTS)
    assert average.star_parts == {"situation", "action"} and "result" not in star_parts_present(average.text)


def test_behaviours_shape_the_answer_and_its_labels() -> None:
    nervous = RuleBasedAnswerer(get_persona("strong-nervous")).answer(KAFKA_Q, Phase.TECHNICAL, "core", JOB)
    assert nervous.comfort is Comfort.NERVOUS and "nervous" in nervous.text and not nervous.vague
    assert INJECTION_TEXT in answer("weak-injecting")
    assert answer("empty") == ""
    assert len(answer("strong-very-short").split()) <= 5
    assert (
        "hiking" in answer("weak-off-topic")
        or "football" in answer("weak-off-topic")
        or "bread" in answer("weak-off-topic")
    )
    assert len(answer("average-rambling").split()) > 2 * len(answer("average").split())
    assert answer("strong-non-native") != answer("strong")
    evasive = RuleBasedAnswerer(get_persona("average-evasive")).answer(KAFKA_Q, Phase.TECHNICAL, "core", JOB)
    assert evasive.vague and "kafka" not in evasive.text.lower()


def test_a_repeating_candidate_repeats_the_first_answer() -> None:
    answerer = RuleBasedAnswerer(get_persona("average-repeating"))
    first = answerer.answer(KAFKA_Q, Phase.TECHNICAL, "core", JOB)
    second = answerer.answer("How do you index PostgreSQL tables?", Phase.TECHNICAL, "core", JOB)
    assert second.text == first.text and second.vague


def test_answers_are_deterministic_for_a_seed() -> None:
    assert answer("strong", seed=3) == answer("strong", seed=3)
    assert answer("gibberish", seed=1) != answer("gibberish", seed=2)


def test_persona_lists_parse() -> None:
    assert [p.name for p in parse_personas("strong, weak")] == ["strong", "weak"]
    assert len(parse_personas("all")) == len(PERSONAS)
    assert get_persona("weak").with_injection().has("prompt_injection")


def test_the_lm_answerer_writes_the_content_and_keeps_the_behaviours() -> None:
    import dspy
    from dspy.utils import DummyLM

    from evals.lm_answerer import LMAnswerer

    lm = DummyLM([{"answer": "I used Kafka consumer groups to decouple billing from orders."}] * 3)
    with dspy.context(adapter=dspy.ChatAdapter()):
        reply = LMAnswerer(get_persona("weak-injecting"), lm).answer(KAFKA_Q, Phase.TECHNICAL, "core", JOB)
    assert reply.text.startswith("I used Kafka consumer groups")
    assert reply.text.endswith(INJECTION_TEXT)
    assert reply.vague  # weak level: the ground truth does not depend on the LM's eloquence
