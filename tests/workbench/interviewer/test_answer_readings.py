"""How the baseline reads what an answer says: words that look like faults of the answer and are not. A habit
said with "usually" is a practice to be judged as one, and "whatever she says" is a firm rule, not vagueness."""

from __future__ import annotations

import pytest

from tests.workbench.interviewer.test_evidence_scoring import PLAN
from workbench.interviewer.rubric_score import judge
from workbench.models import Competency

WOUND = next(q for q in PLAN.questions if q.id == "q-wound")
WOUND_CARE = Competency(id="wound-care", name="wound care", kind="job_knowledge", source="test")


def _vague(answer: str) -> float:
    judged = judge(answer, WOUND, WOUND_CARE, addressed=True)
    assert judged.features is not None
    return judged.features.values["vague"]


@pytest.mark.parametrize(
    "answer",
    [
        # a habit stated: a practice, judged as one
        "I usually measure and photograph the ulcer before I dress it, and take the ABPI before compression.",
        # "whatever" that concedes nothing: a firm rule, and the cause found and fixed
        "No compression until the ABPI is done, whatever the patient says about the swelling.",
        "If the dressing keeps slipping I find out why and fix whatever caused it: the size, the tape or the skin.",
    ],
)
def test_a_habit_or_a_firm_whatever_is_not_read_as_vague(answer: str) -> None:
    assert _vague(answer) == 0.0, answer


def test_talking_around_the_work_is_still_vague() -> None:
    assert _vague("I'd put a dressing on it or whatever, and so on, depending on the wound.") > 0.0
