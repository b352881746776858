"""Complete grades for the REST views: a live session's answer may still wait for its grade.

An interviewer worker replies to an answer before grading it (`workbench/interviewer/grading.py`); the answer's
turn is committed with a provisional assessment, and its grade is written with the session's next save (the
next answer, or the close). A view read in between gets the grade here, from the stored state: the grade is a
pure function of it, so any server process gives the one the worker gives.
"""

from __future__ import annotations

from protocol_server.thinker import Thinker
from workbench.store.interface import InterviewStore
from workbench.store.records import SessionDetail


async def with_grades(thinker: Thinker, store: InterviewStore, detail: SessionDetail) -> SessionDetail:
    """`detail` with each stored turn's assessment graded (an ended session's always are)."""
    if detail.status != "active":
        return detail
    loaded = await store.load_session(detail.id)
    if loaded is None or not loaded.state.ungraded:
        return detail
    pending = set(loaded.state.ungraded)
    graded = await thinker.graded(loaded.state)
    assessments = {turn.index: turn.assessment for turn in graded.turns if turn.index in pending}
    turns = [
        turn.model_copy(update={"assessment": assessments[turn.index]}) if turn.index in assessments else turn
        for turn in detail.turns
    ]
    return detail.model_copy(update={"turns": turns})
