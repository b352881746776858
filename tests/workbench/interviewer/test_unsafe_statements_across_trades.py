"""Wrong practice across trades is flagged, the same trades' good practice is not (issue #8, point 4).

The statements (data/unsafe_statements_fix15b.yaml) were written before the patterns that catch them: a result
repeated until it passes, a check signed before it is done, findings told before the radiologist reads the scan, a
head-injured swimmer pulled out by the arms, red lights run on a non-emergency call, and more of the same classes in
other trades' words. The good side uses the same words done right: the false-positive side matters as much.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from workbench.interviewer.unsafe_practice import unsafe_sentence

_DATA = yaml.safe_load(
    (Path(__file__).parent / "data" / "unsafe_statements_fix15b.yaml").read_text(encoding="utf-8")
)


def _ids(rows: list[list[str]]) -> list[str]:
    return [f"{trade}: {text[:40]}" for trade, text in rows]


@pytest.mark.parametrize("row", _DATA["wrong"], ids=_ids(_DATA["wrong"]))
def test_wrong_practice_is_flagged(row: list[str]) -> None:
    assert unsafe_sentence(row[1]) == row[1]


@pytest.mark.parametrize("row", _DATA["good"], ids=_ids(_DATA["good"]))
def test_good_practice_is_not_flagged(row: list[str]) -> None:
    assert unsafe_sentence(row[1]) is None


def test_the_set_spans_many_trades() -> None:
    assert len({trade for trade, _ in _DATA["wrong"]}) >= 15
    assert len(_DATA["wrong"]) >= 30 and len(_DATA["good"]) >= 30
