"""A follow-up that asks for the candidate's own example or steps, and a reply that gives none: the answer stays
at the anchors' generic statements (`probe_outcome`), however the first answer read."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.workbench.interviewer.test_evidence_scoring import JOB, PLAN, T0, scores
from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.probe_outcome import asks_for_account, gives_account
from workbench.models import InterviewState, Turn

CORE = (
    "I'd measure and photograph the ulcer, look at the exudate and the skin around it for infection, and check "
    "the pulses and the ankle brachial pressure index with a doppler before any compression."
)
EXAMPLE_PROBE = "Could you give me a specific example from your own work, and what the outcome was?"
RESULT_PROBE = "How did that turn out in the end — what changed as a result?"


def _with_follow_up(probe: str, reply: str) -> InterviewState:
    question = next(q for q in PLAN.questions if q.id == "q-wound")
    turns = [
        Turn(
            index=index,
            phase=question.phase,
            kind=kind,
            question=text,
            question_id=question.id,
            competency_id=question.competency_id,
            asked_at=T0 + timedelta(minutes=3 * index),
            answer=answer,
            answered_at=T0 + timedelta(minutes=3 * index + 2),
        )
        for index, (kind, text, answer) in enumerate(
            [("core", question.text, CORE), ("follow_up", probe, reply)]
        )
    ]
    return InterviewState(
        job=JOB, candidate_id="c1", turns=turns, started_at=T0, ended_at=T0 + timedelta(hours=1), plan=PLAN
    )


@pytest.fixture(scope="module")
def baseline() -> BaselineInterviewer:
    return BaselineInterviewer()


@pytest.mark.parametrize(
    "reply",
    ["Yes.", "It depends on the wound, really.", "Leg ulcers are slow to heal in older people."],
)
def test_a_probe_for_an_example_that_draws_none_caps_the_answer(
    baseline: BaselineInterviewer, reply: str
) -> None:
    answered = scores(baseline.rescore(_with_follow_up(EXAMPLE_PROBE, "Last spring I took an ABPI first.")))
    assert (answered["wound-care"] or 0) >= 3  # the core answer and an account: not capped
    unanswered = baseline.rescore(_with_follow_up(EXAMPLE_PROBE, reply))
    assert scores(unanswered)["wound-care"] == 2
    assert unanswered.scorecard is not None
    entry = next(e for e in unanswered.scorecard.competencies if e.competency_id == "wound-care")
    assert entry.evidence  # still evidence, at the lower anchor


@pytest.mark.parametrize(
    "reply",
    [
        "Last spring a venous ulcer with heavy exudate: I took the ABPI, started compression and it healed.",
        "Refer to the tissue viability nurse if it is no better in two weeks.",  # a practice, said without "I"
        "I'd ring the GP the same day.",
    ],
)
def test_a_reply_that_gives_an_account_or_a_practice_is_not_capped(
    baseline: BaselineInterviewer, reply: str
) -> None:
    assert (scores(baseline.rescore(_with_follow_up(EXAMPLE_PROBE, reply)))["wound-care"] or 0) >= 3


def test_a_probe_for_the_outcome_alone_needs_no_account(baseline: BaselineInterviewer) -> None:
    assert not asks_for_account(RESULT_PROBE)
    assert (scores(baseline.rescore(_with_follow_up(RESULT_PROBE, "It did.")))["wound-care"] or 0) >= 3


@pytest.mark.parametrize(
    "probe",
    [
        "What did you personally do in that situation — which steps were yours?",
        "Let me bring us back to the topic: what would you actually do here?",
        "Could you pick one particular time you did that and walk me through it?",
        "What tools or techniques have you actually used there, and how did it go?",
    ],
)
def test_probes_that_ask_for_the_candidates_account(probe: str) -> None:
    assert asks_for_account(probe)


@pytest.mark.parametrize(
    "probe",
    [
        "What would you want to know before any formal step?",  # what they would ask, not what they did
        "How did that turn out in the end — what changed as a result?",
        "Talk me through the risks of doing it that way: what could go wrong?",
        # a reflection on the account already given (the skill tails' last question)
        "What would you do differently if you did it again?",
        "Looking back, what did you do differently the second time?",
    ],
)
def test_probes_that_do_not_ask_for_an_account(probe: str) -> None:
    assert not asks_for_account(probe)


@pytest.mark.parametrize("reply", ["No.", "Nothing really.", "No, I think it went as well as it could."])
def test_a_bare_no_to_a_reflection_keeps_the_account_given(baseline: BaselineInterviewer, reply: str) -> None:
    """Seen: a good story, then "No." to "What would you do differently if you did it again?", scored 2 as a probe
    for an example that drew none: a closing non-answer took the earlier evidence away."""
    reflection = "What would you do differently if you did it again?"
    kept = scores(baseline.rescore(_with_follow_up(reflection, reply)))["wound-care"] or 0
    assert kept >= 3
    assert kept == scores(baseline.rescore(_with_follow_up(RESULT_PROBE, reply)))["wound-care"]


@pytest.mark.parametrize(
    ("reply", "account"),
    [
        ("A list is stored fully.", False),
        ("Secrets go in environment variables.", False),
        ("Nothing more to add, sorry.", False),
        ("Check that first fix is done.", True),
        ("We talked it through and picked one.", True),
        ("It took two weeks.", True),
    ],
)
def test_what_gives_an_account(reply: str, account: bool) -> None:
    assert gives_account(reply) is account
