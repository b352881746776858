"""The baseline's calibration: cut points that turn its 0..1 answer quality into the 1–5 scale of the labels.

The cut points are fitted on the train split of the recorded interviews (`python -m evals.calibrate_baseline`)
and stored in `calibration.json` beside the question bank; a score is 1 plus the number of cut points the
quality reaches, so the mapping is monotone by construction. Without the file the uncalibrated mapping
(`round(1 + 4 * quality)`) applies, so the interviewer still works from a bare checkout.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, Field, field_validator

CALIBRATION_PATH = Path(__file__).resolve().parent / "calibration.json"
# round(1 + 4q) expressed as cut points: the mapping the baseline used before it was calibrated.
UNCALIBRATED_CUTS = (0.125, 0.375, 0.625, 0.875)
LOWEST_SCORE, HIGHEST_SCORE = 1, 5


class FittedOn(BaseModel):
    """Provenance: which recordings the cut points were fitted on, so a test can check no held-out leaked."""

    split: str
    record_ids: list[str] = Field(default_factory=list)
    pairs: int = 0


class Calibration(BaseModel):
    """Four ascending cut points on the 0..1 quality scale: quality >= cut_points[k] scores at least k + 2."""

    cut_points: tuple[float, float, float, float] = UNCALIBRATED_CUTS
    weights: dict[str, float] = Field(
        default_factory=dict,
        description="Linear model of the label on the rubric features (empty: defaults).",
    )
    intercept: float = 0.0
    method: str = "uncalibrated"
    fitted_on: FittedOn | None = None
    train_metrics: dict[str, float] = Field(default_factory=dict)

    @field_validator("cut_points")
    @classmethod
    def _ascending_in_unit_range(
        cls, cuts: tuple[float, float, float, float]
    ) -> tuple[float, float, float, float]:
        if list(cuts) != sorted(cuts) or not all(0.0 <= cut <= 1.0 for cut in cuts):
            raise ValueError(f"cut points must ascend within 0..1, got {cuts}")
        return cuts

    def score(self, quality: float) -> int:
        """The 1–5 score of a 0..1 quality (monotone non-decreasing)."""
        return LOWEST_SCORE + bisect_right(self.cut_points, quality)


def read_calibration(path: Path) -> Calibration:
    """The calibration stored at `path`, or the uncalibrated mapping when there is no file."""
    if not path.exists():
        return Calibration()
    return Calibration.model_validate(json.loads(path.read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def active_calibration() -> Calibration:
    """The packaged calibration, read once per process (`active_calibration.cache_clear()` re-reads it)."""
    return read_calibration(CALIBRATION_PATH)


def write_calibration(calibration: Calibration, path: Path = CALIBRATION_PATH) -> None:
    path.write_text(calibration.model_dump_json(indent=2) + "\n", encoding="utf-8")
