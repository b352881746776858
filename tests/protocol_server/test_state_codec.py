"""The session state codec: the store receives the state's moving part (`workbench.store.split`), with a
reference to a plan it holds or the plan inline, and sessions share one plan."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from protocol_server.state_codec import PlanShelf, without_plan
from tests.workbench.interviewer.interview_helpers import JOBS, T0, WEAK_ANSWER, candidate, strong_answer
from workbench.interviewer.baseline import BaselineInterviewer
from workbench.models import InterviewState, Preferences, utc_now
from workbench.store.batch import new_session, state_saved
from workbench.store.records import SavedState
from workbench.store.split import moving_json
from workbench.store.store import Store

RESUME = "Backend engineer: Python, PostgreSQL and Kafka; led the billing migration at Acme (2021-2024)."


def interview_states() -> list[InterviewState]:
    """Every state of one whole interview (mixed strong and weak answers), then its finished state."""
    interviewer = BaselineInterviewer()
    state = interviewer.start(JOBS["backend"], candidate(resume=RESUME), RESUME, Preferences(), T0)
    states = [state]
    now = T0
    for turn in range(40):
        now += timedelta(minutes=2)
        answer = WEAK_ANSWER if turn % 3 == 2 else strong_answer(("queues", "retries"), state.phase.value)
        state, step = interviewer.answer(state, answer, now)
        states.append(state)
        if step.completed:
            break
    states.append(interviewer.finish(state, now))
    return states


def test_store_gets_the_moving_part_and_memory_keeps_the_state_without_its_plan() -> None:
    shelf = PlanShelf()
    states = interview_states()
    assert states[-1].completed and states[-1].scorecard is not None and len(states) > 5
    for state in states:
        encoded, stored = shelf.encode(state)
        assert stored.json == moving_json(state, plan_by_reference=False)
        assert stored.plan_key is None  # a plan the store may not hold: inline
        assert state.plan is not None and json.loads(stored.json)["plan"] == state.plan.model_dump(
            mode="json"
        )
        assert "plan" not in json.loads(encoded.lean)
        assert json.loads(encoded.lean) == json.loads(state.model_dump_json(exclude={"plan"}))
        decoded = encoded.decode()
        assert decoded == state
        assert decoded.plan is encoded.plan  # the shared object, not a copy
    assert len(shelf) == 1


def test_a_plan_parsed_again_is_replaced_by_the_shared_copy() -> None:
    shelf = PlanShelf()
    state = interview_states()[1]
    assert state.plan is not None
    first = shelf.share(state)
    loaded = InterviewState.model_validate_json(state.model_dump_json())  # as the store gives it back
    assert loaded.plan is not state.plan
    shared = shelf.share(loaded)
    assert shared.plan is first.plan and shared == loaded
    assert shelf.find(state.plan.job_id, state.plan.key) is first.plan
    assert shelf.find(state.plan.job_id, "another-key") is None


def test_a_stored_plan_is_written_as_a_reference_and_put_back_on_load(tmp_path: Path) -> None:
    states = interview_states()
    plan = states[0].plan
    assert plan is not None
    shelf = PlanShelf()
    shelf.shelve(plan, stored=True)  # as `job_plan` shelves the job's stored plan
    with Store(tmp_path / "s.duckdb") as store:
        store.add_job(JOBS["backend"])
        store.save_plan(plan)
        for number, state in enumerate(states):
            _, stored = shelf.encode(state)
            assert stored.plan_key == plan.key and stored.json == moving_json(state, plan_by_reference=True)
            written = json.loads(stored.json)
            assert "plan" not in written and "job" not in written  # the plan by reference, the job once
            assert all(turn["answer"] is None for turn in written["turns"])  # answered turns are rows
            if number == 0:
                store.apply(new_session("s1", state, stored, "baseline", utc_now()))
            else:
                store.apply(state_saved("s1", SavedState.of(state, stored, states[number - 1].answers_given)))
            loaded = store.load_state("s1")
            assert loaded is not None
            assert loaded[0] == state and loaded[3]  # the whole state again, its plan the stored one
    other = PlanShelf()
    other.shelve(plan.model_copy(update={"focus_areas": ["changed"]}), stored=True)
    # the state's plan is another plan of that version: it takes the shelf's place, and is not referred to
    assert other.encode(states[1])[1].plan_key is None


def test_a_lean_json_is_encoded_without_its_state_only_when_the_store_holds_the_plan() -> None:
    state = interview_states()[2]
    assert state.plan is not None
    lean = without_plan(state)
    shelf = PlanShelf()
    moving = moving_json(state, plan_by_reference=True)
    assert shelf.encode_lean(lean, moving, state.plan) is None  # the plan inline needs the state
    shelf.shelve(state.plan, stored=True)
    assert shelf.encode_lean(lean, moving, state.plan) == shelf.encode(state)  # what encoding the state gives


def test_a_state_without_a_plan_is_kept_whole() -> None:
    state = interview_states()[1].model_copy(update={"plan": None})
    encoded, stored = PlanShelf().encode(state)
    assert encoded.lean == state.model_dump_json() and encoded.plan is None
    assert stored.json == moving_json(state, plan_by_reference=False)
    assert encoded.decode() == state


def test_the_shelf_is_bounded() -> None:
    state = interview_states()[0]
    assert state.plan is not None
    shelf = PlanShelf(size=2)
    for version in range(1, 5):
        shelf.shelve(state.plan.model_copy(update={"version": version}))
    assert len(shelf) == 2
