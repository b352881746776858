"""A session's state in memory and on its way to the store: one shared plan per job, the rest as JSON.

Every session of a job follows the job's stored plan, which is about two thirds of a state's JSON and most of
its objects once parsed. The server keeps one copy of each plan per process (`PlanShelf`), with its JSON made
once, and between messages a session keeps only the JSON of the rest of its state: about 6 KiB instead of 17,
parsed again in a third of the time, with the shared plan put back. The store receives the same JSON without
the plan when the plan is one the store holds (`StoredState`: a reference to it), and without what the store
holds already (the job, the resume, the answered turns: `workbench.store.split`); otherwise with the plan inline.

Plans are immutable once stored (a changed analysis makes a new version), so sharing one object is safe;
nothing in the server or the interviewers changes a plan in place.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from workbench.models import InterviewPlan, InterviewState
from workbench.store.records import StoredState
from workbench.store.split import moving_json

PLAN_FIELD = "plan"
_PLAN_ONLY: set[str] = {PLAN_FIELD}
SHELF_SIZE = 256


@dataclass(frozen=True, slots=True)
class EncodedState:
    """What a session keeps of its state between messages: the JSON without the plan, and the shared plan.
    `mark`: the interviewer worker's mark for this very JSON, when a worker made it (`Thought.mark`): the worker
    keeps that state parsed, and knows it again by its mark without holding the JSON as well."""

    lean: str
    plan: InterviewPlan | None
    mark: int | None = None

    def decode(self) -> InterviewState:
        """The state again, holding the shared plan object."""
        state = InterviewState.model_validate_json(self.lean)
        if self.plan is not None:
            state.plan = self.plan
        return state


def without_plan(state: InterviewState) -> str:
    """The state's JSON without its plan: what a session keeps, and what the store writes beside a reference to
    the stored plan."""
    return state.model_dump_json(exclude=_PLAN_ONLY)


@dataclass(slots=True)
class _Shelved:
    plan: InterviewPlan
    json: str
    stored: bool  # read from or written to the store, so states may refer to it


class PlanShelf:
    """One object (and one JSON) per stored plan version in this process; the least recently used leave
    first (sessions that hold a plan keep it alive)."""

    def __init__(self, size: int = SHELF_SIZE) -> None:
        self._size = size
        self._plans: OrderedDict[tuple[str, int, str], _Shelved] = OrderedDict()

    def __len__(self) -> int:
        return len(self._plans)

    def find(self, job_id: str, key: str) -> InterviewPlan | None:
        """The shelved plan of a job for one set of plan inputs: the store keeps the first plan made for
        them forever (a changed job or analyser has another key), so it need not be read again."""
        for (held_job, _, held_key), held in reversed(self._plans.items()):
            if held_job == job_id and held_key == key:
                return held.plan
        return None

    def shelve(self, plan: InterviewPlan, *, stored: bool = False) -> tuple[InterviewPlan, str]:
        """The shared copy of `plan` and its JSON. A plan equal to the shelved one of its version (e.g. parsed
        again from the store) is replaced by it; a different one with the same version takes its place.
        `stored`: the plan was read from or written to the store, so states may refer to it."""
        held = self._held(plan, stored)
        return held.plan, held.json

    def _held(self, plan: InterviewPlan, stored: bool) -> _Shelved:
        key = (plan.job_id, plan.version, plan.key)
        found = self._plans.get(key)
        if found is not None and (found.plan is plan or found.plan == plan):
            self._plans.move_to_end(key)
            found.stored = found.stored or stored
            return found
        held = _Shelved(plan, plan.model_dump_json(), stored)
        self._plans[key] = held
        self._plans.move_to_end(key)
        while len(self._plans) > self._size:
            self._plans.popitem(last=False)
        return held

    def encode(
        self, state: InterviewState, lean: str | None = None, mark: int | None = None
    ) -> tuple[EncodedState, StoredState]:
        """What the session keeps, and what the store writes: the state without its plan, and the state's
        moving part (`workbench.store.split`) with a reference to the plan when the store holds it, else with
        the plan inline. `lean`: the state's JSON without its plan when already made (by an interviewer worker,
        with its `mark`, kept only with that very JSON)."""
        if state.plan is None:
            whole = state.model_dump_json()
            return EncodedState(whole, None), StoredState(moving_json(state, plan_by_reference=False))
        held = self._held(state.plan, stored=False)
        if lean is None:
            lean, mark = without_plan(state), None
        kept = EncodedState(lean, held.plan, mark)
        if held.stored:  # the store refers to the plan
            return kept, StoredState(moving_json(state, plan_by_reference=True), held.plan.key)
        return kept, StoredState(moving_json(state, plan_by_reference=False))

    def encode_lean(
        self, lean: str, moving: str, plan: InterviewPlan, mark: int | None = None
    ) -> tuple[EncodedState, StoredState] | None:
        """What `encode` gives for a state whose JSON without its plan is `lean`, whose moving part without its
        plan is `moving` and whose plan is `plan`, made without the state (an interviewer worker's, with its
        `mark`); None unless the store holds the plan (the moving part is then made from the state)."""
        held = self._held(plan, stored=False)
        if not held.stored:
            return None
        return EncodedState(lean, held.plan, mark), StoredState(moving, held.plan.key)

    def share(self, state: InterviewState, *, stored: bool = False) -> InterviewState:
        """`state` holding the shared copy of its plan (a state loaded from the store brings its own;
        `stored`: the store read it from its plans)."""
        if state.plan is None:
            return state
        plan, _ = self.shelve(state.plan, stored=stored)
        return state if plan is state.plan else state.model_copy(update={PLAN_FIELD: plan})
