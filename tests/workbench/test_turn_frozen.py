"""A `Turn` never changes in place: the session's lean JSON (`protocol_server/lean_json.py`) copies the JSON of a
turn whose object it serialised before, so a turn changed in place would be sent and stored as it was."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from workbench.models import Phase, Turn


def test_a_turn_is_changed_only_by_a_copy() -> None:
    turn = Turn(
        index=0, phase=Phase.INTRODUCTION, question="Tell me about yourself.", asked_at=datetime.now(UTC)
    )
    with pytest.raises(ValidationError, match="frozen"):
        turn.answer = "I am a nurse."
    answered = turn.model_copy(update={"answer": "I am a nurse."})
    assert (turn.answer, answered.answer) == (None, "I am a nurse.")
