"""The reply to an answer reads only the judgement's verdict (is the answer evidence?), never its grade: with the
judgement cut to the verdict (`bench/reply_critical.py`), whole interviews get the same replies, while the turns'
stored scores are the cut's placeholders."""

from __future__ import annotations

from itertools import islice

from bench.interviewer_digest import Runner
from bench.reply_critical import PLACEHOLDER_SCORE, _interviews, judgement_cut, replies
from workbench.interviewer import scorecard
from workbench.interviewer.baseline import BaselineInterviewer


def test_whole_interviews_get_the_same_replies_with_the_judgement_cut_to_its_verdict() -> None:
    interviewer = BaselineInterviewer()
    played = list(islice((i for i in _interviews() if i[0] == "recorded"), 6))
    played += list(islice((i for i in _interviews() if i[0] == "load bench"), 3))
    compared = 0
    for _, opening, answers in played:
        full = replies(interviewer, opening, answers)
        with judgement_cut():
            cut = replies(interviewer, opening, answers)
        assert cut == full
        compared += len(full)
    assert compared > 30


def test_the_cut_leaves_the_grade_out_and_ends_with_its_block() -> None:
    interviewer = BaselineInterviewer()
    _, opening, answers = next(i for i in _interviews() if i[0] == "load bench")
    run = Runner(memo=True)
    with judgement_cut():
        state = run.call(interviewer.start, *opening)
        state, _ = run.call(interviewer.answer, state, *answers[0])
    scores = [c.score for c in state.turns[0].assessment.competencies] if state.turns[0].assessment else []
    assert scores == [PLACEHOLDER_SCORE]
    assert scorecard.judge is not None and scorecard.judge.__module__ == "workbench.interviewer.rubric_score"
    assert scorecard.grade.__module__ == "workbench.interviewer.rubric_score"
