"""Fluent wrong answers in three structures are red flags, their right-practice near misses are not (issue #8
items 4 and 6): a safeguard skipped or cut down for convenience, the person served misled, a required check left to
someone senior's say-so. Jobs in no dataset nor the adversarial set (data/wrong27_reasons_and_deceit.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from workbench.interviewer.red_flags import red_flags_stated
from workbench.interviewer.unsafe_practice import unsafe_flag, unsafe_sentence

_DATA = yaml.safe_load(
    (Path(__file__).parent / "data" / "wrong27_reasons_and_deceit.yaml").read_text(encoding="utf-8")
)
_WRONG = [(kind, trade, text) for kind, rows in _DATA["wrong"].items() for trade, text in rows]


@pytest.mark.parametrize(("kind", "trade", "text"), _WRONG, ids=[f"{k}-{t}: {x[:40]}" for k, t, x in _WRONG])
def test_wrong_practice_is_a_red_flag(kind: str, trade: str, text: str) -> None:
    assert unsafe_sentence(text) == text
    # in an answer, after a right sentence: the flag the scorecard caps on and the interviewer probes
    answer = f"I've done this job for years and I know the rules. {text}"
    assert red_flags_stated(answer, []) == [unsafe_flag()]


@pytest.mark.parametrize(("trade", "text"), _DATA["good"], ids=[f"{t}: {x[:40]}" for t, x in _DATA["good"]])
def test_right_practice_is_not_flagged(trade: str, text: str) -> None:
    assert unsafe_sentence(text) is None


def test_the_set_spans_trades_and_structures() -> None:
    assert set(_DATA["wrong"]) == {"convenience", "deceit", "authority"}
    assert len({trade for _, trade, _ in _WRONG}) >= 7
    assert all(len(rows) >= 6 for rows in _DATA["wrong"].values())
    assert len(_DATA["good"]) >= 20
