"""Evidence relevance on held-out recordings: is an on-the-job answer credited to a question it did not answer?

Each held-out recording is judged twice against its own questions (`assessment_replay.recorded_state`), on its
job-knowledge core answers only (follow-ups and clarifications of that phase left out, so that nothing else
can back those competencies):

- as recorded: every answer to its own question (`own_question_credit`: the share of those competencies that
  get a score: the check must keep them);
- rotated: each core answer given to the next job-knowledge question of the interview, measuring another
  competency (`wrong_question_credit`: the share of competencies scored from an answer written for another
  question: the check must reject them).

Beside them, the same two shares under the lexical check alone (`*_lexical`: the rule before the semantic
check, judged with `scorecard.lexical_judge` in the same run): the trivial baseline to beat.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from evals.assessment_replay import recorded_state
from workbench.interviewer.plan_view import view_of
from workbench.interviewer.scorecard import build_scorecard, lexical_judge
from workbench.models import InterviewState, JobDetails, Phase, Turn
from workbench.records import InterviewRecord

Rescore = Callable[[InterviewState], InterviewState]
CORE_KINDS = frozenset({"core", "main"})


@dataclass(frozen=True, slots=True)
class RelevanceCase:
    """One recording, as recorded and rotated, and the competencies that count."""

    own: InterviewState
    rotated: InterviewState
    competencies: tuple[str, ...]


def _technical_core(turn: Turn) -> bool:
    return (
        turn.phase == Phase.TECHNICAL
        and turn.kind in CORE_KINDS
        and bool(turn.competency_id)
        and bool(turn.answer)
    )


def relevance_case(record: InterviewRecord, job: JobDetails) -> RelevanceCase | None:
    """None when the recording has fewer than two job-knowledge competencies to swap answers between."""
    state = recorded_state(record, job)
    kept = [t for t in state.turns if t.phase != Phase.TECHNICAL or _technical_core(t)]
    core = [i for i, t in enumerate(kept) if _technical_core(t)]
    counted = {kept[i].competency_id for i in core}
    # A competency some other kept turn also measures could be backed by that turn: it does not count.
    counted -= {t.competency_id for t in kept if not _technical_core(t)}
    if len({kept[i].competency_id for i in core}) < 2 or not counted:
        return None
    rotated = list(kept)
    for position, index in enumerate(core):
        donor = kept[core[(position + 1) % len(core)]]
        if donor.competency_id == kept[index].competency_id:
            counted.discard(kept[index].competency_id)
        rotated[index] = kept[index].model_copy(update={"answer": donor.answer})
    own_state = state.model_copy(update={"turns": kept})
    rotated_state = state.model_copy(update={"turns": rotated})
    return RelevanceCase(own_state, rotated_state, tuple(sorted(counted)))


def _credited(state: InterviewState, competencies: Sequence[str]) -> list[bool]:
    card = state.scorecard
    scored = {e.competency_id for e in card.competencies if e.score is not None} if card else set()
    return [c in scored for c in competencies]


def _lexically_scored(state: InterviewState) -> InterviewState:
    view = view_of(state)
    if view is None:
        return state
    return state.model_copy(update={"scorecard": build_scorecard(view, state, lexical_judge)})


def relevance_metrics(cases: Sequence[RelevanceCase], rescore: Rescore | None) -> dict[str, float]:
    """The four shares over every counted (recording, competency); nothing without cases."""
    if not cases:
        return {}
    shares: dict[str, list[bool]] = {}
    for case in cases:
        runs: dict[str, Rescore] = {"_lexical": _lexically_scored}
        if rescore is not None:
            runs[""] = rescore
        for suffix, score in runs.items():
            shares.setdefault(f"own_question_credit{suffix}", []).extend(
                _credited(score(case.own), case.competencies)
            )
            shares.setdefault(f"wrong_question_credit{suffix}", []).extend(
                _credited(score(case.rotated), case.competencies)
            )
    out = {name: round(sum(values) / len(values), 4) for name, values in shares.items() if values}
    out["wrong_question_cases"] = float(sum(len(case.competencies) for case in cases))
    return out
