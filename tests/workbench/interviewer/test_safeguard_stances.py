"""A required safeguard called optional, or gone without for years as a boast, is a red flag; the same words said of
a safeguard kept, of an outcome, of someone else's practice put right, or of what really is optional are not (issue
#8 item 4). Jobs in no dataset, occupation set, adversarial set nor wrong27's (data/wrong28_optional_and_without.yaml).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from workbench.interviewer.red_flags import red_flags_stated
from workbench.interviewer.unsafe_practice import unsafe_flag, unsafe_sentence

_DATA = yaml.safe_load(
    (Path(__file__).parent / "data" / "wrong28_optional_and_without.yaml").read_text(encoding="utf-8")
)
_WRONG = [(kind, trade, text) for kind, rows in _DATA["wrong"].items() for trade, text in rows]


@pytest.mark.parametrize(("kind", "trade", "text"), _WRONG, ids=[f"{k}-{t}: {x[:40]}" for k, t, x in _WRONG])
def test_a_safeguard_called_optional_or_gone_without_is_a_red_flag(kind: str, trade: str, text: str) -> None:
    assert unsafe_sentence(text) == text
    answer = f"I've done this job for years and I know the rules. {text}"
    assert red_flags_stated(answer, []) == [unsafe_flag()]


@pytest.mark.parametrize(("trade", "text"), _DATA["good"], ids=[f"{t}: {x[:40]}" for t, x in _DATA["good"]])
def test_the_same_words_of_a_safeguard_kept_or_of_an_outcome_are_not_flagged(trade: str, text: str) -> None:
    assert unsafe_sentence(text) is None


def test_the_set_spans_trades_and_both_structures() -> None:
    assert set(_DATA["wrong"]) == {"optional", "years_without"}
    assert len({trade for _, trade, _ in _WRONG}) >= 5
    assert all(len(rows) >= 8 for rows in _DATA["wrong"].values())
    assert len(_DATA["good"]) >= 20
