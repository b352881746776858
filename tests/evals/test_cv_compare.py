"""Paired comparison of two versions' leave-one-job-out scores (`calibrate_baseline --cv --compare-cv`)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from evals.calibrate_baseline import spearman_spread
from evals.cv_compare import ScoredCase, case_keys, compare, load_scores, paired_difference, save_scores

IDS = [f"r{i // 4}" for i in range(60)]
LABELS = [float(1 + (i * 7) % 5) for i in range(60)]
_RNG = np.random.default_rng(0)
# A scoring near the labels, and a version of it one point further from the label on every fifth case: two
# versions of one assessor that agree on most cases, as two versions of the baseline do.
GOOD = [float(np.clip(round(label + _RNG.normal(0, 0.8)), 1, 5)) for label in LABELS]
WORSE = [
    float(np.clip(score + (1 if label < 3 else -1), 1, 5)) if i % 5 == 0 else score
    for i, (label, score) in enumerate(zip(LABELS, GOOD, strict=True))
]


def test_the_same_scores_differ_by_nothing() -> None:
    same = paired_difference(IDS, LABELS, GOOD, GOOD)
    assert same.mean == 0.0 and same.sd == 0.0 and same.better_share == 0.0 and same.pairs == 60


def test_a_better_scoring_is_found_better_and_the_pairing_narrows_the_spread() -> None:
    difference = paired_difference(IDS, LABELS, WORSE, GOOD)
    assert difference.mean > 0.0 and difference.better_share > 0.9
    # the difference varies less than either figure on its own, which is why it is resampled in pairs
    assert difference.sd < min(spearman_spread(IDS, GOOD, LABELS), spearman_spread(IDS, WORSE, LABELS))
    assert paired_difference(IDS, LABELS, GOOD, WORSE).mean < 0.0


def test_keys_name_each_case_once() -> None:
    assert case_keys(["a", "a", "a", "b"], ["sql", "sql", "python", "sql"]) == [
        "a/sql",
        "a/sql#2",
        "a/python",
        "b/sql",
    ]


def test_compare_reads_the_saved_scores_and_pairs_the_same_cases(tmp_path: Path) -> None:
    keys = case_keys(IDS, ["c"] * len(IDS))
    occupation = [i >= 30 for i in range(60)]

    def scored(scores: list[float]) -> list[ScoredCase]:
        return [
            ScoredCase(k, r, int(label), int(s), o)
            for k, r, label, s, o in zip(keys, IDS, LABELS, scores, occupation, strict=True)
        ]

    path = tmp_path / "saved.json"
    save_scores(path, scored(WORSE))
    saved = load_scores(path)
    assert sorted(saved, key=lambda c: c.key) == sorted(scored(WORSE), key=lambda c: c.key)
    result = compare(
        [c for c in saved if c.key in keys[:50]], scored(GOOD)
    )  # a case only one version scored is left out
    assert result["all"].pairs == 50 and result["occupations"].pairs == 20
    assert result["all"].mean > 0.0
