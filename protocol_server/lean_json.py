"""A session's two JSONs at each answer, serialised once: what the session keeps and what the store writes.

At every answer an interviewer worker sends the server the state's JSON without its plan (the *lean* JSON: what
the session keeps, `state_codec.without_plan`) and its moving part (what the store writes: `split.moving_json`,
the lean JSON without the opening's fields and without the answered turns). Serialising both made the worker
serialise the moving part twice, and the lean JSON repeated the job, the resume and every answered turn, which
never change once written (the interviewer makes a new object for a turn it changes, as for any state), at every
answer: about 100 us of the worker's ~2.2 ms a turn at the load bench's sixth answer.

So the moving part is serialised once, and the lean JSON is put together from it and from the session's last
lean JSON, which the server sends back with the worker's mark: the opening's fields and the answered turns up
to the first whose object is not the one serialised there last time are copied from it (`LeanLayout` says where
they lie); the turns after (the one just answered, one graded since its reply) are serialised alone by `Turn`'s
own serialiser, the one the state's uses for its turns. The fields
keep the model's order (`job`, `candidate_id`, `resume_text`, `preferences`, `phase`, `turns`, ...); a key is
found by its text (`,"phase":`), which is the state's own: no JSON string holds `,"` (its quotes are escaped).
Any other shape (an unanswered turn before an answered one, a subclass in a field) is serialised whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic_core import to_json

from workbench.models import InterviewState, JobDetails, Preferences, Turn
from workbench.store.split import moving_json

_JOB = JobDetails.__pydantic_serializer__
_PREFERENCES = Preferences.__pydantic_serializer__
_TURN = Turn.__pydantic_serializer__
_HEAD = '{"candidate_id":'
_PHASE = ',"phase":'
_TURNS = ',"turns":['


@dataclass(frozen=True, slots=True)
class LeanLayout:
    """Where the parts of one lean JSON lie, and the objects they were serialised from (held, so that an
    object seen again is the one serialised: never another that took its id)."""

    job: JobDetails
    candidate_id: str  # its JSON
    resume_text: str
    preferences: Preferences
    opening_end: int  # lean[:opening_end] is '{"job":…,"candidate_id":…,"resume_text":…,"preferences":…'
    turns_start: int  # where the first answered turn's JSON begins
    turns: tuple[Turn, ...]  # the answered turns, first in the state
    ends: tuple[
        int, ...
    ]  # where each of their JSON ends, from `turns_start` (a comma follows all but the last)


def lean_and_moving(
    state: InterviewState, last: tuple[str, LeanLayout] | None = None
) -> tuple[str, str, LeanLayout | None]:
    """`without_plan(state)`, `moving_json(state, plan_by_reference=True)` and where the lean JSON's parts lie
    (None when it was serialised whole). `last`: an earlier lean JSON of the session and its layout, whose
    parts are copied where the state still holds their objects: the opening's fields, and the answered turns
    up to the first that is not the object serialised there last time."""
    turns = state.turns
    answered = _answered_first(turns)
    leave_out: dict[str, Any] = {"job": True, "resume_text": True, "preferences": True, "plan": True}
    if answered:
        leave_out["turns"] = set(range(answered))
    moving = state.model_dump_json(exclude=leave_out)
    after_id = moving.find(_PHASE)
    turns_at = moving.find(_TURNS, after_id)
    if (
        after_id < 0
        or turns_at < 0
        or not moving.startswith(_HEAD)
        or any(turn.answer is not None for turn in turns[answered:])
    ):
        return state.model_dump_json(exclude={"plan"}), moving_json(state, plan_by_reference=True), None
    candidate_id = moving[len(_HEAD) : after_id]
    open_turns = turns_at + len(_TURNS)
    old, layout = last if last is not None else ("", None)
    opening, copied = _opening(state, candidate_id, old, layout)
    parts = [opening, moving[after_id:open_turns]]
    turns_start = len(opening) + open_turns - after_id
    ends = _answered_turns(
        parts,
        turns[copied:answered],
        old,
        layout.turns_start if layout else 0,
        list(layout.ends[:copied]) if layout is not None else [],
    )
    if answered and moving[open_turns] != "]":
        parts.append(",")
    parts.append(moving[open_turns:])
    made = LeanLayout(
        state.job,
        candidate_id,
        state.resume_text,
        state.preferences,
        len(opening),
        turns_start,
        tuple(turns[:answered]),
        tuple(ends),
    )
    return "".join(parts), moving, made


def _answered_first(turns: list[Turn]) -> int:
    """How many turns are answered before the first that is not (the question still open is the last)."""
    answered = 0
    for turn in turns:
        if turn.answer is None:
            break
        answered += 1
    return answered


def _opening(
    state: InterviewState, candidate_id: str, old: str, layout: LeanLayout | None
) -> tuple[str, int]:
    """The lean JSON's opening fields, and how many answered turns are copied from `old`: both copied when the
    state holds the objects `layout` serialised (the turns up to the first object that is not), else made."""
    if (
        layout is not None
        and layout.job is state.job
        and layout.resume_text is state.resume_text
        and layout.preferences is state.preferences
        and layout.candidate_id == candidate_id
    ):
        copied = 0
        for turn, held in zip(state.turns, layout.turns, strict=False):
            if turn is not held:
                break
            copied += 1
        return old[: layout.opening_end], copied
    opening = "".join(
        (
            '{"job":',
            _JOB.to_json(state.job).decode(),
            ',"candidate_id":',
            candidate_id,
            ',"resume_text":',
            to_json(state.resume_text).decode(),
            ',"preferences":',
            _PREFERENCES.to_json(state.preferences).decode(),
        )
    )
    return opening, 0


def _answered_turns(
    parts: list[str], made: list[Turn], old: str, old_start: int, ends: list[int]
) -> list[int]:
    """Appends the answered turns' JSON to `parts`: those copied (`ends`, where each ends in `old` from
    `old_start`), then the `made` ones, serialised alone; returns where each of them ends."""
    if ends:
        parts.append(old[old_start : old_start + ends[-1]])
    for turn in made:
        text = _TURN.to_json(turn).decode()
        if ends:
            parts.append(",")
            ends.append(ends[-1] + 1 + len(text))
        else:
            ends.append(len(text))
        parts.append(text)
    return ends
