"""A bare "No." or "I don't know" to a question that asked for judgement (the probe of a wrong statement, a "what
would you do if…"), seen on a forklift operator written for these tests: the probe asks for that judgement, not for
"anything close to it you've dealt with"."""

from __future__ import annotations

from workbench.interviewer.assess import AnswerFeatures
from workbench.interviewer.probing import ProbeContext, vague_probes
from workbench.interviewer.signals import read_signals
from workbench.models import Phase

RISK_PROBE = (
    'You said "I don\'t bother with the seat belt, it slows me down". Talk me through the risks of doing it that '
    "way: what could go wrong, and what does standard practice require?"
)
SITUATION = (
    "Suppose you're about to inspect the forklift when you are two people short. How would you handle it?"
)


def _first_probe(question: str, answer: str) -> str:
    context = ProbeContext(
        question=question, answer=answer, phase=Phase.TECHNICAL, subject="forklift inspections"
    )
    features = AnswerFeatures(signals=read_signals(answer), skills=[], coverage=0.0, vague=True)
    return vague_probes(context, features)[0]


def test_no_to_the_risks_of_a_stated_practice_asks_for_the_safe_way() -> None:
    probe = _first_probe(RISK_PROBE, "No.")
    assert "dealt with" not in probe and "safe and correct" in probe, probe


def test_i_don_t_know_to_a_situation_asks_for_the_first_step() -> None:
    probe = _first_probe(SITUATION, "I don't know.")
    assert "dealt with" not in probe and "first thing you would do" in probe, probe


def test_no_to_a_question_on_experience_still_asks_for_something_close() -> None:
    probe = _first_probe("Tell me about a time you noticed a safety risk on a shift. What did you do?", "No.")
    assert "safe and correct" not in probe and "first thing you would do" not in probe, probe


def test_a_probe_of_a_non_answer_says_no_acknowledgement_of_its_own() -> None:
    """The reply's acknowledgement ("Okay, thank you.") comes before the probe: "Okay, thank you. No problem. Is
    there a related situation ..." said it twice."""
    for question in (
        RISK_PROBE,
        SITUATION,
        "Tell me about a time you noticed a safety risk. What did you do?",
    ):
        for answer in ("No.", "I don't know."):
            probe = _first_probe(question, answer)
            assert not probe.startswith(("No problem", "That's fine")), (question, probe)
