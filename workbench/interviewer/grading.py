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

The grade reuses what the reply computed: the answer's group and its verdict (the evidence sifted from it, its
topic) stay in the session's memory (`memo.SessionMemory`, which an interviewer worker keeps between turns) with
the very turns, plan and job they were computed from (`remember`). A grade of that state (the worker's idle
grade, or the next answer's) takes them from there when the state still holds those objects (states are never
changed in place), so it costs only the grade itself (`rubric_score.grade`); any other state (parsed again, on
another process, or without a memory) is grouped and judged again, to the same grade.
"""

from __future__ import annotations

import contextlib
import operator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from workbench.interviewer.agenda import RESUME_PROBES
from workbench.interviewer.assess import graded_assessment
from workbench.interviewer.evidence import Evidence, Topic
from workbench.interviewer.feedback import running_notes
from workbench.interviewer.memo import TurnMemory, resumed, session_memory, this_turn
from workbench.interviewer.rubric_score import Judgement, grade
from workbench.interviewer.scorecard import AnswerGroup
from workbench.models import UNGRADED, Competency, InterviewState, Turn

if TYPE_CHECKING:
    from workbench.interviewer.baseline import BaselineInterviewer

# The session memory's key for the answer whose grade waits (`Pending`): no `@per_session` key starts with a str.
_PENDING: tuple[object, ...] = ("grading: the answer whose grade waits",)


def provisional(seen: Judgement | tuple[Evidence, Topic]) -> Judgement | None:
    """The judgement when the verdict is final (`judge` returns it as it is); None when the answer is evidence
    and waits for its grade."""
    return seen if isinstance(seen, Judgement) else None


def deferrable(group: AnswerGroup, judgement: Judgement | None, turn: Turn) -> bool:
    """Whether the answer's grade may wait: it is evidence (`provisional` gave nothing final), and for the
    competency of the turn's own question, which is all the reply reads of it (a grade for another competency
    is given at once: the reply would read that this one has none)."""
    competency = group.competency
    return judgement is None and competency is not None and competency.id == turn.competency_id


@dataclass(frozen=True, slots=True)
class Pending:
    """What the reply computed of the answer whose grade waits, and the objects it was computed from."""

    turns: tuple[Turn, ...]  # the state's turns up to the answer's (its provisional assessment on)
    plan: object
    job: object
    probes: object  # the scratch's resume probes (the plan's view reads them)
    group: AnswerGroup
    seen: tuple[Evidence, Topic]
    memo: TurnMemory | None  # the reply's turn memory: the answer's sentences, stems and signals read

    def of(self, state: InterviewState, index: int) -> bool:
        """Whether `state` holds the very objects this was computed from, up to turn `index`."""
        turns = self.turns
        return (
            len(turns) == index + 1
            and state.plan is self.plan
            and state.job is self.job
            and state.scratch.get(RESUME_PROBES) is self.probes
            and len(state.turns) > index
            and all(map(operator.is_, turns, state.turns[: index + 1]))
        )


def remember(state: InterviewState, group: AnswerGroup, seen: tuple[Evidence, Topic]) -> None:
    """Keep the group and verdict of `state`'s last answer, recorded ungraded, for its grade (in the turn's
    session memory, if any: one answer a session, the last)."""
    memory = session_memory()
    # (a session without a plan is viewed through its scratch: judged again)
    if memory is not None and state.plan is not None:
        probes = state.scratch.get(RESUME_PROBES)
        memory.pop(_PENDING)  # put back last: the memory lets its oldest entries go first
        memory.put(
            _PENDING, Pending(tuple(state.turns), state.plan, state.job, probes, group, seen, this_turn())
        )


def _reused(state: InterviewState, index: int) -> tuple[Judgement | None, Competency | None] | None:
    """The grade of turn `index` from the verdict its reply left in the session's memory, when it is this state's."""
    memory = session_memory()
    pending = memory.peek(_PENDING) if memory is not None else None
    if memory is None or not isinstance(pending, Pending) or not pending.of(state, index):
        return None
    memory.pop(_PENDING)  # used once: the state graded from here holds no pending grade
    with resumed(pending.memo) if pending.memo is not None else contextlib.nullcontext():
        return grade(pending.seen, pending.group.question), pending.group.competency


def graded(interviewer: BaselineInterviewer, state: InterviewState) -> InterviewState:
    """`state` with each pending grade given: each turn judged on the answers up to it, as on its own turn, its
    assessment made whole, the running notes read again, and the scratch's list dropped. The same state as when
    graded on the turn (bench/interviewer_digest.py checks it byte for byte)."""
    if not state.ungraded:
        return state
    turns = list(state.turns)
    for index in state.ungraded:
        turn = turns[index]
        judged = _reused(state, index)
        if judged is None:  # no verdict kept for this state: grouped and judged again
            judged = interviewer.judge_last(state.model_copy(update={"turns": turns[: index + 1]}))
        judgement, measured = judged
        if turn.assessment is not None and judgement is not None and judgement.score is not None:
            assessment = graded_assessment(turn.assessment, judgement, measured)
        else:  # (not what `deferrable` lets wait: made whole again)
            then = state.model_copy(update={"turns": turns[: index + 1]})
            assessment, _ = interviewer.assess(then, turn, judgement, measured)
        turns[index] = turn.model_copy(update={"assessment": assessment})
    strengths, probes = running_notes(turns)
    scratch = {key: value for key, value in state.scratch.items() if key != UNGRADED}
    update = {"turns": turns, "strengths": strengths, "areas_to_probe": probes, "scratch": scratch}
    return state.model_copy(update=update)
