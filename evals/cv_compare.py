"""Is a change to the baseline's scoring better on unseen jobs, or noise? (`calibrate_baseline --cv`)

The leave-one-job-out Spearman of train moves by about 0.03 with which interviews happen to be in it
(`spearman_spread`), so two versions' figures side by side cannot tell a change of a few hundredths from
luck. Both versions score the *same* cases, though, and their difference varies far less than either figure:
`--cv --save-cv FILE` keeps one version's out-of-fold scores, and `--cv --compare-cv FILE` resamples whole
interviews and reports the mean and spread of the Spearman difference (new minus saved), for all cases and the
occupations outside software. A difference smaller than about twice its spread is not a finding.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from evals.metrics.assessment import spearman

BOOTSTRAP = 1000  # resamples of whole interviews for the spread of a Spearman


def interview_resamples(record_ids: Sequence[str], seed: int = 0) -> Iterator[list[int]]:
    """`BOOTSTRAP` resamples of the rows, drawn as whole interviews with replacement (one interview's several
    competencies move together)."""
    rng = np.random.default_rng(seed)
    rows: dict[str, list[int]] = {}
    for row, record_id in enumerate(record_ids):
        rows.setdefault(record_id, []).append(row)
    groups = list(rows.values())
    for _ in range(BOOTSTRAP):
        yield [row for g in rng.integers(0, len(groups), len(groups)) for row in groups[g]]


@dataclass(frozen=True, slots=True)
class ScoredCase:
    """One labelled competency of a train interview and the score a version of the baseline gave it."""

    key: str  # record id and competency: the same case in both versions
    record_id: str
    label: int
    score: int
    occupation: bool


def case_keys(record_ids: Sequence[str], competencies: Sequence[str]) -> list[str]:
    """A key per case, numbered when an interview labels one competency twice."""
    seen: dict[str, int] = {}
    keys = []
    for record_id, competency in zip(record_ids, competencies, strict=True):
        base = f"{record_id}/{competency}"
        seen[base] = seen.get(base, 0) + 1
        keys.append(base if seen[base] == 1 else f"{base}#{seen[base]}")
    return keys


def save_scores(path: Path, cases: Sequence[ScoredCase]) -> None:
    rows = {
        c.key: {"record_id": c.record_id, "label": c.label, "score": c.score, "occupation": c.occupation}
        for c in cases
    }
    path.write_text(json.dumps(rows, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def load_scores(path: Path) -> list[ScoredCase]:
    rows = json.loads(path.read_text(encoding="utf-8"))
    return [
        ScoredCase(key, row["record_id"], int(row["label"]), int(row["score"]), bool(row["occupation"]))
        for key, row in rows.items()
    ]


@dataclass(frozen=True, slots=True)
class PairedDifference:
    mean: float  # Spearman(after) - Spearman(before), over resamples of whole interviews
    sd: float
    better_share: float  # share of resamples where after agrees better
    pairs: int


def paired_difference(
    record_ids: Sequence[str],
    labels: Sequence[float],
    before: Sequence[float],
    after: Sequence[float],
    seed: int = 0,
) -> PairedDifference:
    """The Spearman difference of two scorings of the same cases, resampling whole interviews (with
    replacement) so that one interview's several competencies move together."""
    differences = []
    for picked in interview_resamples(record_ids, seed):
        truth = [labels[r] for r in picked]
        differences.append(
            spearman([after[r] for r in picked], truth) - spearman([before[r] for r in picked], truth)
        )
    values = np.nan_to_num(np.array(differences))
    return PairedDifference(
        float(values.mean()), float(values.std()), float((values > 0).mean()), len(record_ids)
    )


def compare(saved: Sequence[ScoredCase], current: Sequence[ScoredCase]) -> dict[str, PairedDifference]:
    """Paired differences of `current` against `saved` on the cases both scored (all, and occupations)."""
    before = {c.key: c for c in saved}
    common = [c for c in current if c.key in before and before[c.key].label == c.label]
    subsets = {"all": common, "occupations": [c for c in common if c.occupation]}
    return {
        name: paired_difference(
            [c.record_id for c in chosen],
            [float(c.label) for c in chosen],
            [float(before[c.key].score) for c in chosen],
            [float(c.score) for c in chosen],
        )
        for name, chosen in subsets.items()
        if chosen
    }
