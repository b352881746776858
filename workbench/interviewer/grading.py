"""An answer's grade off its reply's path: the verdict now, the grade after the reply.

The per-turn judgement of an answer (`rubric_score.judge`) first decides whether it is evidence for its question's
competency (`rubric_score.verdict`), then grades it (the rubric's content features, quality, score, caps, quote).
The reply reads only the verdict (an acknowledgement thanks an answer that is no evidence instead of praising it):
`bench/reply_critical.py` found every reply the same with the grade cut, on every recorded and load-bench
interview. The grade goes only into the turn's stored assessment and the running strengths and areas to probe.

So an interviewer with `grade_later` (an interviewer worker, `protocol_server/interviewer_worker.py`) records an
answer that is evidence with a provisional assessment (everything but its competency score and the judgement's
note) and lists the turn in the state's `UNGRADED` scratch; `graded` gives the grade later, from the state alone
(the judgement is a pure function of the answers up to that turn, the plan and the resume probes), so that a
worker grades while its pipe is idle and a process that loads a state with a pending grade (a restart, another
server process, a REST read) gives the same grade. Every reader of grades takes `graded(state)`; the next answer
and the close grade first, so a pending grade never outlives the next save.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.interviewer.assess import graded_assessment
from workbench.interviewer.evidence import earlier_sentences
from workbench.interviewer.feedback import running_notes
from workbench.interviewer.rubric_score import Judgement, verdict
from workbench.interviewer.scorecard import AnswerGroup
from workbench.models import UNGRADED, InterviewState, Turn

if TYPE_CHECKING:
    from workbench.interviewer.baseline import BaselineInterviewer


def provisional(group: AnswerGroup) -> Judgement | None:
    """The answer group's judgement when its verdict is final (no evidence, or a red flag stated off the
    question: `judge` returns it as it is); None when it is evidence and waits for its grade."""
    seen = verdict(
        group.text, group.question, group.competency, earlier_sentences(group.earlier), context=group.context
    )
    return seen if isinstance(seen, Judgement) else None


def deferrable(group: AnswerGroup, judgement: Judgement | None, turn: Turn) -> bool:
    """Whether the answer's grade may wait: it is evidence (`provisional` gave nothing final), and for the
    competency of the turn's own question, which is all the reply reads of it (a grade for another competency
    is given at once: the reply would read that this one has none)."""
    competency = group.competency
    return judgement is None and competency is not None and competency.id == turn.competency_id


def graded(interviewer: BaselineInterviewer, state: InterviewState) -> InterviewState:
    """`state` with each pending grade given: each turn judged on the answers up to it, as on its own turn, its
    assessment made whole, the running notes read again, and the scratch's list dropped. The same state as when
    graded on the turn (bench/interviewer_digest.py checks it byte for byte)."""
    if not state.ungraded:
        return state
    turns = list(state.turns)
    for index in state.ungraded:
        turn = turns[index]
        then = state.model_copy(update={"turns": turns[: index + 1]})
        judgement, measured = interviewer.judge_last(then)
        if turn.assessment is not None and judgement is not None and judgement.score is not None:
            assessment = graded_assessment(turn.assessment, judgement, measured)
        else:  # (not what `deferrable` lets wait: made whole again)
            assessment, _ = interviewer.assess(then, turn, judgement, measured)
        turns[index] = turn.model_copy(update={"assessment": assessment})
    strengths, probes = running_notes(turns)
    scratch = {key: value for key, value in state.scratch.items() if key != UNGRADED}
    update = {"turns": turns, "strengths": strengths, "areas_to_probe": probes, "scratch": scratch}
    return state.model_copy(update=update)
