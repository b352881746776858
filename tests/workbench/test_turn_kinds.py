"""Turn kinds: the six kinds of the plan, and the legacy `main` of old stores and datasets read as `core`."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from workbench.models import Phase, Turn
from workbench.records import TranscriptTurn
from workbench.store.records import TurnView

NOW = datetime(2026, 1, 1, tzinfo=UTC)


@pytest.mark.parametrize("model", [Turn, TranscriptTurn, TurnView])
def test_legacy_main_loads_as_core(model: type[Turn] | type[TranscriptTurn] | type[TurnView]) -> None:
    turn = model.model_validate(
        {"index": 0, "phase": Phase.TECHNICAL, "kind": "main", "question": "Q?", "asked_at": NOW}
    )
    assert turn.kind == "core"


def test_every_plan_kind_round_trips_and_unknown_kinds_are_refused() -> None:
    kinds = ("core", "follow_up", "resume_probe", "clarification", "candidate_question", "closing")
    for kind in kinds:
        turn = Turn(index=1, phase=Phase.TECHNICAL, kind=kind, question="Q?", asked_at=NOW)
        assert Turn.model_validate_json(turn.model_dump_json()).kind == kind
    with pytest.raises(ValidationError):
        Turn.model_validate(
            {"index": 0, "phase": "technical", "kind": "chit_chat", "question": "Q", "asked_at": NOW}
        )
