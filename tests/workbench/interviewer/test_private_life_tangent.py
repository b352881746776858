"""The candidate's private life told in a work answer (a pet, a relative, a holiday) is a tangent: never evidence,
wherever it stands in the sentence. The work's own holidays and families (staff cover, a patient's family) are
kept, and so is a relative named as how the candidate came to the work. Written for these tests: none is in the
datasets."""

from __future__ import annotations

import pytest

from workbench.interviewer.evidence import sift
from workbench.interviewer.plan_view import GENERIC_ANCHORS
from workbench.interviewer.rubric_score import judge
from workbench.models import Competency, Phase, PlannedQuestion, Rubric

PRIVATE = [
    "My own dog Pepper only eats if you hand-feed her chicken, so I'd try that first.",
    "We got a flat tyre on holiday in Cornwall once and I changed it in the rain.",
    "My brother says I should have been a tour guide, I know every back lane round here.",
    "I learned patience from my nan, she had a stroke when I was twelve.",
    "I also run my niece's netball team on Sundays, they won the league this year.",
    "My uncle's spaniel is the same, he'll eat anything off the table.",
    "My cousin works at a bank and says their rota is far worse.",
]
WORK = [
    "When two of the team are on holiday I cover the early shift and move the deliveries to the afternoon.",
    "I rang the patient's family and explained the change to her medication.",
    "I check the stock against the delivery note before I sign for it.",
    "My mum was a district nurse, which is why I went into nursing.",
    "My dad ran a garage, so I grew up around engines.",
    "My uncle was a joiner, which is how I got into the trade.",
    "I rang the resident's niece to tell her about the fall.",
]


@pytest.mark.parametrize("sentence", PRIVATE)
def test_the_candidate_s_private_life_is_a_tangent(sentence: str) -> None:
    evidence = sift(sentence)
    assert evidence.tangents == 1 and not evidence.kept, sentence


@pytest.mark.parametrize("sentence", WORK)
def test_the_work_s_own_holidays_and_families_are_kept(sentence: str) -> None:
    evidence = sift(sentence)
    assert evidence.kept == [sentence] and evidence.tangents == 0, sentence


def test_an_answer_of_private_life_alone_is_no_evidence() -> None:
    """A story in the trade's words that is the candidate's own pet, not the patient asked about."""
    question = PlannedQuestion(
        id="q1",
        kind="core",
        phase=Phase.TECHNICAL,
        competency_id="inpatient-care",
        form="how_do_you",
        text="A dog recovering from surgery won't eat on the second day. What do you do?",
        minutes=3.0,
        rubric=Rubric(anchors=GENERIC_ANCHORS, look_for=[]),
    )
    competency = Competency(id="inpatient-care", name="inpatient care", kind="job_knowledge", source="labels")
    answer = "Dogs are funny about food, my own dog Pepper will only eat chicken if you hand-feed her."
    assert judge(answer, question, competency).score is None
