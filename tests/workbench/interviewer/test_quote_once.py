"""A quote backs one competency: the eval's `evidence_reuse_max` was 1.16-1.18 (a sixth of the simulated
interviews cited one sentence for two competencies, once cut at another length)."""

from __future__ import annotations

from datetime import timedelta

from tests.workbench.interviewer.interview_helpers import T0
from tests.workbench.interviewer.test_repair_and_probes import start
from workbench.interviewer.plan_view import view_of
from workbench.interviewer.pooled_quote import opening
from workbench.interviewer.rubric_score import Judgement
from workbench.interviewer.scorecard import AnswerGroup, build_scorecard

STORY = (
    "I checked every instrument against the tray list before the list started. Then I ran the autoclave cycle "
    "and recorded the cycle number in the log. Last month that caught a missing retractor before the first "
    "patient."
)


def test_two_competencies_never_cite_the_same_sentence() -> None:
    baseline, state = start()
    for minute in range(1, 8):
        state, _ = baseline.answer(state, STORY, T0 + timedelta(minutes=minute))
    view = view_of(state)
    assert view is not None

    def same_quote_everywhere(group: AnswerGroup) -> Judgement:
        return Judgement(score=4, quality=0.7, quote=STORY.split(". ")[0] + ".")

    card = build_scorecard(view, state, judge_group=same_quote_everywhere)
    cited = [quote.quote for entry in card.competencies for quote in entry.evidence]
    assert len(cited) >= 2, cited
    assert len({opening(quote) for quote in cited}) == len(cited), cited
