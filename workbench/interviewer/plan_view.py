"""Which planned question, competency and rubric a turn answers.

With a plan (`InterviewState.plan`) every asked turn names its `question_id` and `competency_id`. A turn whose
question is not in the job's plan (a per-candidate resume probe) is judged against its own text, the competency
it names and a generic rubric. Sessions without a plan (stored before plans existed, or an interviewer that
asks from the question bank) get the same treatment through `legacy_plan`, built from what was asked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from workbench.interviewer.agenda import resume_probes_of
from workbench.interviewer.memo import per_session_by_identity
from workbench.models import (
    Competency,
    CompetencyKind,
    InterviewPlan,
    InterviewState,
    Phase,
    PlannedQuestion,
    Rubric,
    RubricAnchors,
    Turn,
)

# Turns whose answers can be evidence: answers to planned questions, to their probes, and to a question asked
# again after a request to clarify or after the candidate's own question (a `candidate_question` turn). The
# request and the candidate's question themselves never are (their `answer_kind` says so), nor is the close.
SCORED_KINDS = frozenset({"core", "follow_up", "resume_probe", "clarification", "candidate_question"})
GENERIC_ANCHORS = RubricAnchors(
    one="No relevant example or method; generic statements, a disclaimer or wrong practice.",
    three="A relevant example or a correct method, but general: little of what they did, why, or what came of it.",
    five="A specific example of their own: the actions they took and why, how they checked it, and the result.",
)
_SLUG = re.compile(r"[^a-z0-9]+")


def slug(name: str) -> str:
    return _SLUG.sub("-", name.lower()).strip("-") or "competency"


@dataclass(frozen=True, slots=True)
class PlannedView:
    """The plan as scoring sees it: competencies and the questions that measure them."""

    competencies: dict[str, Competency]
    questions: dict[str, PlannedQuestion]
    version: int | None = None
    key: str = ""
    all_measured: bool = False  # a bank interview means to cover all its competencies, asked or not
    probes: tuple[PlannedQuestion, ...] = ()  # this candidate's resume probes (not the job's plan)

    def measured(self) -> list[Competency]:
        """Competencies at least one planned question measures (the ones an interview can cover)."""
        if self.all_measured:
            return list(self.competencies.values())
        measured_ids = {q.competency_id for q in self.questions.values()}
        return [c for c in self.competencies.values() if c.id in measured_ids]


def generic_question(turn: Turn, competency_id: str, look_for: Iterable[str] = ()) -> PlannedQuestion:
    return PlannedQuestion(
        id=turn.question_id or f"turn-{turn.index}",
        kind="resume_probe" if turn.kind == "resume_probe" else "core",
        phase=turn.phase,
        competency_id=competency_id,
        form="behavioural" if turn.phase == Phase.BEHAVIORAL else "how_do_you",
        text=turn.question,
        minutes=3.0,
        rubric=Rubric(anchors=GENERIC_ANCHORS, look_for=list(look_for)),
    )


def known_red_flags(questions: Iterable[PlannedQuestion], competency_id: str) -> list[str]:
    """The wrong practice the plan's questions on a competency know. A probe of the same competency (of the
    resume, or unplanned) measures it too, so "our SLO is 100% uptime" is as wrong in answer to it."""
    flags = (f for q in questions if q.competency_id == competency_id for f in q.rubric.red_flags)
    return list(dict.fromkeys(flags))


def competency(name: str, kind: CompetencyKind, terms: Iterable[str] = ()) -> Competency:
    return Competency(id=slug(name), name=name, kind=kind, source="session", terms=list(terms))


def view_of(state: InterviewState) -> PlannedView | None:
    """The state's plan as a `PlannedView`, or None when the session has no plan."""
    plan = state.plan
    if plan is None:
        return None
    return _planned_view(plan, resume_probes_of(state))


# Every turn reads the view (the answers grouped under it, the plan's rivals of each): built once a session where
# the plan and the probes are the very same objects from turn to turn (an interviewer worker keeps the state; the
# server's plans are shared objects, `PlanShelf`), its maps once a session where the plan alone is (a state parsed
# again each turn parses its probes again), so what is read from the maps is kept too (`scorecard.plan_rivals`).
# A view and its maps are read, never changed.
@per_session_by_identity
def _planned_view(plan: InterviewPlan, probes: list[PlannedQuestion]) -> PlannedView:
    competencies, questions = _plan_maps(plan)
    return PlannedView(competencies, questions, version=plan.version, key=plan.key, probes=tuple(probes))


@per_session_by_identity
def _plan_maps(plan: InterviewPlan) -> tuple[dict[str, Competency], dict[str, PlannedQuestion]]:
    return {c.id: c for c in plan.competencies}, {q.id: q for q in plan.questions}


def question_for(view: PlannedView, turn: Turn) -> tuple[PlannedQuestion, Competency | None] | None:
    """The planned question a turn answers (its own text for an unplanned probe), or None if unscored."""
    if turn.kind not in SCORED_KINDS or turn.phase == Phase.CONCLUSION:
        return None
    planned = view.questions.get(turn.question_id)
    competency_id = turn.competency_id or (planned.competency_id if planned else "")
    if not competency_id:
        return None
    if planned is None:
        planned = generic_question(turn, competency_id)
        flags = known_red_flags(view.questions.values(), competency_id)
        if flags:
            planned = planned.model_copy(
                update={"rubric": planned.rubric.model_copy(update={"red_flags": flags})}
            )
        probe = next((p for p in view.probes if p.id == turn.question_id), None)
        if turn.kind == "resume_probe" and probe is not None and probe.resume_item:
            # what it asked about: its answer must be about that item (`evidence.addresses_question`)
            planned = planned.model_copy(update={"resume_item": probe.resume_item})
    return planned, view.competencies.get(competency_id)
