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
    assert len(strong.split()) > 2 * len(weak.split())
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


def test_an_injecting_candidate_says_what_the_plain_one_says_plus_the_injection() -> None:
    """The injection-robustness pairs differ by the injection alone: with their own random choices the two
    answered differently, and the metric measured answer variance (0.83 robust; 1.0 once paired)."""
    questions = [KAFKA_Q, "Tell me about a time you disagreed with a colleague.", "How do you index a table?"]
    for plain_name, injecting in (("average", get_persona("average-injecting")), ("weak", None)):
        plain = get_persona(plain_name)
        other = injecting or plain.with_injection()
        for seed in (0, 5):
            a, b = RuleBasedAnswerer(plain, seed), RuleBasedAnswerer(other, seed)
            for question in questions:
                said = a.answer(question, Phase.TECHNICAL, "core", JOB).text
                assert b.answer(question, Phase.TECHNICAL, "core", JOB).text == f"{said} {INJECTION_TEXT}"


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


NURSE = JobDetails(
    id="n",
    title="ICU Staff Nurse",
    requirements="- Safe administration of high-risk infusions and double-checking\n- Ventilator alarms and suctioning",
    salary_range="£35,392 - £42,618",
    skills_required=["patient assessment", "medication safety", "mechanical ventilation"],
)
INFUSION_Q = "How do you check a high-risk infusion when you take over a patient at handover?"


def test_answers_for_a_job_outside_software_use_its_record_not_software_words() -> None:
    from evals.metrics.occupations import is_software_question

    for name in ("strong", "average", "strong-terse", "weak-wrong-but-fluent", "weak-long-winded"):
        reply = RuleBasedAnswerer(get_persona(name)).answer(INFUSION_Q, Phase.TECHNICAL, "core", NURSE)
        assert not is_software_question(reply.text), (name, reply.text)
    strong = RuleBasedAnswerer(get_persona("strong")).answer(INFUSION_Q, Phase.TECHNICAL, "core", NURSE)
    assert "infusions" in strong.text and "double-checking" in strong.text


def test_repair_personas_ask_instead_of_answering_once() -> None:
    clarifying = RuleBasedAnswerer(get_persona("average-clarifying"))
    first = clarifying.answer(INFUSION_Q, Phase.TECHNICAL, "core", NURSE)
    assert first.intent == "clarification_request" and first.text.endswith("?")
    again = clarifying.answer(
        "At handover, what do you check on the infusion?", Phase.TECHNICAL, "clarification", NURSE
    )
    assert again.intent == "answer" and not again.vague
    asking = RuleBasedAnswerer(get_persona("average-asks-questions"))
    salary = asking.answer(INFUSION_Q, Phase.TECHNICAL, "core", NURSE)
    assert salary.intent == "candidate_question" and salary.asks_about == "salary"
    assert asking.answer(INFUSION_Q, Phase.TECHNICAL, "core", NURSE).intent == "answer"
    closing = asking.answer("Any questions for us?", Phase.CONCLUSION, "closing", NURSE)
    assert closing.asks_about == "next_steps"


def test_no_evidence_and_red_flag_personas_have_the_minimum_truth() -> None:
    for name in ("weak-disclaiming", "weak-off-topic", "weak-one-word", "weak-wrong-but-fluent"):
        assert get_persona(name).expected_score() == 1, name
    assert get_persona("strong-terse").expected_score() == 4
    assert get_persona("strong-clarifying").expected_score() == 4
    disclaim = RuleBasedAnswerer(get_persona("weak-disclaiming")).answer(
        INFUSION_Q, Phase.TECHNICAL, "core", NURSE
    )
    assert disclaim.intent == "disclaimer" and disclaim.vague
    wrong = RuleBasedAnswerer(get_persona("weak-wrong-but-fluent")).answer(
        INFUSION_Q, Phase.TECHNICAL, "core", NURSE
    )
    assert wrong.wrong and wrong.text.startswith("Absolutely")
    one = RuleBasedAnswerer(get_persona("weak-one-word")).answer(INFUSION_Q, Phase.TECHNICAL, "core", NURSE)
    assert len(one.text.split()) == 1


def test_asked_what_came_of_it_a_candidate_finishes_the_story() -> None:
    answerer = RuleBasedAnswerer(get_persona("average"))
    story = answerer.answer("Tell me about a time a plan failed.", Phase.BEHAVIORAL, "core", NURSE)
    outcome = answerer.answer("What was the outcome?", Phase.BEHAVIORAL, "follow_up", NURSE)
    assert story.star_parts == {"situation", "action"} and outcome.star_parts == {"result"}
    assert "result" in star_parts_present(outcome.text) and outcome.text not in story.text
    weak = RuleBasedAnswerer(get_persona("weak"))
    weak.answer("Tell me about a time a plan failed.", Phase.BEHAVIORAL, "core", NURSE)
    assert weak.answer("What was the outcome?", Phase.BEHAVIORAL, "follow_up", NURSE).vague
