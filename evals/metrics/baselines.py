"""Trivial predictors of the labels and the length bias of an assessor (definitions in evals/METRICS.md).

Beside every agreement figure stands what a count achieves: the answer's length in words and the number of
figures it cites. An assessor that does not beat them on held-out labels is measuring length, not answers.
Length bias is the rank correlation of the assessor's score with answer length among items with the same
label: a fair assessor's scores do not grow with length once the quality is fixed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import numpy as np
from scipy.stats import rankdata

from evals.metrics.assessment import spearman
from evals.metrics.trace import InterviewTrace

MIN_STRATUM = 3


def _pairs(traces: Sequence[InterviewTrace], size: str) -> tuple[list[float], list[float]]:
    predictor: list[float] = []
    truth: list[float] = []
    for trace in traces:
        sizes = trace.competency_words if size == "words" else trace.competency_figures
        for name, label in trace.true_scores.items():
            if name in sizes:
                predictor.append(float(sizes[name]))
                truth.append(float(label))
    return predictor, truth


def baseline_spearman(traces: Sequence[InterviewTrace], size: str) -> float | None:
    """Spearman of a count (`words` or `figures` in the answers to a competency) with its label."""
    predictor, truth = _pairs(traces, size)
    return spearman(predictor, truth) if predictor else None


def baseline_overall_spearman(traces: Sequence[InterviewTrace], size: str) -> float | None:
    """The same over interviews: total words (or figures) in all answers against the overall label."""
    pairs = [
        (
            float(sum((t.competency_words if size == "words" else t.competency_figures).values())),
            t.true_overall,
        )
        for t in traces
        if t.true_overall is not None and t.competency_words
    ]
    if not pairs:
        return None
    return spearman([p for p, _ in pairs], [float(label) for _, label in pairs if label is not None])


def within_label_spearman(
    scores: Sequence[float], lengths: Sequence[float], labels: Sequence[float]
) -> float | None:
    """Rank correlation of score with length inside each label value, pooled: ranks are centred per label
    and correlated over all strata with at least 3 items and some spread on both sides."""
    groups: dict[float, list[tuple[float, float]]] = defaultdict(list)
    for score, length, label in zip(scores, lengths, labels, strict=True):
        groups[label].append((score, length))
    xs: list[float] = []
    ys: list[float] = []
    for items in groups.values():
        if len(items) < MIN_STRATUM:
            continue
        score_ranks = rankdata([s for s, _ in items])
        length_ranks = rankdata([n for _, n in items])
        if np.ptp(score_ranks) == 0 or np.ptp(length_ranks) == 0:
            continue
        xs.extend(score_ranks - score_ranks.mean())
        ys.extend(length_ranks - length_ranks.mean())
    if len(xs) < MIN_STRATUM:
        return None
    return float(np.corrcoef(xs, ys)[0, 1])


def length_bias(traces: Sequence[InterviewTrace]) -> float | None:
    """Within-label rank correlation of the assessor's competency score with the length of the answers."""
    scores: list[float] = []
    lengths: list[float] = []
    labels: list[float] = []
    for trace in traces:
        for name, label in trace.true_scores.items():
            if name in trace.predicted_scores and name in trace.competency_words:
                scores.append(float(trace.predicted_scores[name]))
                lengths.append(float(trace.competency_words[name]))
                labels.append(float(label))
    return within_label_spearman(scores, lengths, labels) if scores else None


def baseline_metrics(traces: Sequence[InterviewTrace], prefix: str) -> dict[str, float]:
    """`{prefix}baseline_*`: what the counts achieve; `{prefix}length_bias`: the assessor's length bias."""
    metrics = {
        f"{prefix}baseline_length_spearman": baseline_spearman(traces, "words"),
        f"{prefix}baseline_figures_spearman": baseline_spearman(traces, "figures"),
        f"{prefix}baseline_length_overall_spearman": baseline_overall_spearman(traces, "words"),
        f"{prefix}baseline_figures_overall_spearman": baseline_overall_spearman(traces, "figures"),
        f"{prefix}length_bias": length_bias(traces),
    }
    return {name: value for name, value in metrics.items() if value is not None}
