"""The wrong-question metric (`evals.metrics.relevance`) on held-out recordings, with the real model."""

from __future__ import annotations

from evals.data import load_interviews, load_jobs, occupation_families
from evals.metrics.relevance import relevance_case, relevance_metrics
from workbench.interviewer.baseline import BaselineInterviewer
from workbench.models import Phase


def test_rotated_answers_come_from_other_competencies_and_are_credited_less_than_by_the_lexical_rule() -> (
    None
):
    jobs, families = load_jobs(), occupation_families()
    records = [r for r in load_interviews(split="heldout") if r.job_id in families][:3]
    cases = [case for r in records if (case := relevance_case(r, jobs[r.job_id])) is not None]
    assert cases
    for case in cases:
        own = {t.index: t for t in case.own.turns}
        moved = [t for t in case.rotated.turns if t.answer != own[t.index].answer]
        assert moved and all(t.phase == Phase.TECHNICAL for t in moved)
        for turn in moved:
            donor = next(t for t in case.own.turns if t.answer == turn.answer)
            assert donor.competency_id != turn.competency_id
    metrics = relevance_metrics(cases, BaselineInterviewer().rescore)
    assert metrics["wrong_question_credit"] < metrics["wrong_question_credit_lexical"]
    assert metrics["own_question_credit"] > metrics["wrong_question_credit"] + 0.5
