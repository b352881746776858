"""An interviewer worker's two JSONs of a state, serialised once (`lean_json.py`): byte for byte what
`without_plan` and `moving_json` make, at every turn of an interview (its answers graded after their replies),
with the parts of the session's last JSON copied only where the state still holds the objects they were made of."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from protocol_server import lean_json
from protocol_server.interviewer_worker import Worker
from protocol_server.lean_json import lean_and_moving
from protocol_server.pipe import opening_fields, plain_time, plan_key
from protocol_server.state_codec import PlanShelf, without_plan
from tests.protocol_server.test_interviewer_pool import ANSWERS, CANDIDATE, JOB, NOW, opening
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import InterviewOpening, InterviewState, Preferences
from workbench.store.split import moving_json


class CountingTurns:
    """`Turn`'s serialiser, counting the turns it serialises."""

    def __init__(self) -> None:
        self.serialised = 0
        self.real = lean_json._TURN

    def to_json(self, turn: Any) -> bytes:
        self.serialised += 1
        return self.real.to_json(turn)


def both(state: InterviewState) -> tuple[str, str]:
    return without_plan(state), moving_json(state, plan_by_reference=True)


def test_a_workers_jsons_are_the_states_at_every_turn_and_each_answered_turn_is_serialised_about_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    counting = CountingTurns()
    monkeypatch.setattr(lean_json, "_TURN", counting)
    plan = PlanShelf().shelve(build_interview_plan(JOB, Preferences()), stored=True)[0]
    worker, key = Worker(), plan_key(plan)
    worker.handle(("plan", key, plan.model_dump_json()))
    start = InterviewOpening(JOB, CANDIDATE, CANDIDATE.resume_text, Preferences(), NOW, plan)
    _, _, (lean, mark) = worker.handle(("start", 1, key, "s-1", *opening_fields(start)))
    held = worker.sessions["s-1"]
    assert held.last is not None and (lean, moving_json(held.last[1], plan_by_reference=True)) == both(
        held.last[1]
    )
    answered = 0
    for i, answer in enumerate(ANSWERS * 2):
        now = plain_time(NOW + timedelta(minutes=i + 1))
        kind, _, thought = worker.handle(("answer", i + 2, key, "s-1", lean, mark, answer, now))
        assert kind == "ok" and held.last is not None
        state = held.last[1]
        assert (thought.state_json, thought.moving_json) == both(state)
        answered = state.answers_given
        while worker.grade_one():  # the reply sent: its grade given while the pipe is idle
            pass
        lean, mark = thought.state_json, thought.mark
    assert answered == len(ANSWERS) * 2
    # the turns answered, and those graded again after their reply: not every answered turn at every turn
    assert counting.serialised <= 2 * answered < sum(range(answered + 1))


def test_the_last_json_is_copied_only_where_the_state_holds_the_objects_it_was_made_of() -> None:
    state = opening()
    lean, moving, layout = lean_and_moving(state)
    assert (lean, moving) == both(state) and layout is not None
    other = opening()  # equal, other objects: serialised anew, with none of the last JSON copied
    assert lean_and_moving(other, ("x" * len(lean), layout))[:2] == both(other)
    (first,) = other.turns
    answered = other.model_copy(
        update={"turns": [first.model_copy(update={"answer": "Yes.", "answered_at": NOW})]}
    )
    lean, _, layout = lean_and_moving(answered)
    assert layout is not None
    # its answered turn changed into a new object: that turn serialised again, not copied
    regraded = answered.model_copy(
        update={"turns": [answered.turns[0].model_copy(update={"answer": "No."})], "candidate_id": "c-2"}
    )
    assert lean_and_moving(regraded, (lean, layout))[:2] == both(regraded)


def test_a_state_of_another_shape_is_serialised_whole() -> None:
    state = opening()
    (first,) = state.turns
    asked = first.model_copy(update={"index": 1, "question": "And then?"})
    done = first.model_copy(update={"index": 2, "answer": "Yes.", "answered_at": NOW})
    shapes = [
        state.model_copy(update={"turns": [first, done]}),  # an answered turn after an open one
        state.model_copy(update={"turns": []}),
        state.model_copy(update={"turns": [done.model_copy(update={"index": 0}), asked, done]}),
    ]
    for shape in shapes:
        lean, moving, _ = lean_and_moving(shape)
        assert (lean, moving) == both(shape)
