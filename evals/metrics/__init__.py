"""Interviewer and assessment metrics (see evals/METRICS.md), and their aggregation over a suite."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from evals.metrics.assessment import (
    agreement_metrics,
    comfort_accuracy,
    injection_metrics,
    mean_predicted,
    quadratic_weighted_kappa,
    spearman,
    test_retest_sd,
)
from evals.metrics.baselines import baseline_metrics
from evals.metrics.interviewer import INTERVIEWER_METRICS, interviewer_metrics
from evals.metrics.occupations import occupation_metrics, software_question_share
from evals.metrics.structure import (
    STRUCTURE_METRICS,
    overall_null_after_two_answers,
    overall_null_without_answers,
    plan_consistency,
    resume_probe_control,
)
from evals.metrics.trace import InterviewTrace, TraceTurn, trace_from_replay, trace_from_simulation


def interview_table(traces: Sequence[InterviewTrace]) -> pd.DataFrame:
    """One row per interview: identity, interviewer metrics, predicted vs true scores. No candidate text."""
    rows = []
    for trace in traces:
        comfort = comfort_accuracy([trace])
        rows.append(
            {
                "interview_id": trace.id,
                "source": trace.source,
                "persona": trace.persona,
                "job_id": trace.job.id,
                "job_title": trace.job.title,
                "seed": trace.seed,
                **interviewer_metrics(trace),
                "minutes": trace.minutes,
                "hit_turn_limit": trace.hit_turn_limit,
                "predicted_mean_score": mean_predicted(trace),
                "true_mean_score": float(np.mean(list(trace.true_scores.values())))
                if trace.true_scores
                else None,
                "predicted_overall": trace.predicted_overall,
                "true_overall": trace.true_overall,
                "comfort_accuracy": comfort,
            }
        )
    return pd.DataFrame(rows)


def _mean_defined(values: Sequence[float | None]) -> float | None:
    defined = [v for v in values if v is not None and np.isfinite(v)]
    return float(np.mean(defined)) if defined else None


def summarise(
    simulated: Sequence[InterviewTrace],
    recorded: Sequence[InterviewTrace] = (),
    injection_pairs: Sequence[tuple[InterviewTrace, InterviewTrace]] = (),
    retest: Sequence[InterviewTrace] = (),
    non_software_jobs: frozenset[str] = frozenset(),
    early_end: Sequence[InterviewTrace] = (),
) -> dict[str, float]:
    """Every metric of a suite as a flat `name -> float` dict (metrics that never applied are left out).

    Interviewer (conduct) metrics are averaged over the simulated interviews only: a replayed recording ends
    when its recorded answers run out, which would distort phase coverage and pace. Replays feed the
    assessment agreement with human labels (`labels_*`), reported apart from the agreement with simulated
    ground truth (`sim_*`), and the latency figures.
    """
    everything = [*simulated, *recorded]
    metrics: dict[str, float | None] = {}
    for name, metric in INTERVIEWER_METRICS.items():
        metrics[name] = _mean_defined([metric(trace) for trace in simulated])
    metrics["protected_topic_violations_total"] = float(
        sum(INTERVIEWER_METRICS["protected_topic_violations"](t) or 0.0 for t in everything)
    )
    metrics["repeats_total"] = float(sum(INTERVIEWER_METRICS["repeats"](t) or 0.0 for t in everything))
    all_latencies = [ms for trace in everything for ms in trace.latencies_ms]
    if all_latencies:
        metrics["latency_mean_ms"] = float(np.mean(all_latencies))
    if all_latencies:
        metrics["latency_p95_ms"] = float(np.percentile(all_latencies, 95))
    if simulated:
        metrics.update(agreement_metrics(simulated, "sim_"))
        metrics["sim_comfort_accuracy"] = comfort_accuracy(simulated)
    if recorded:
        metrics.update(agreement_metrics(recorded, "labels_"))
        metrics["labels_comfort_accuracy"] = comfort_accuracy(recorded)
    metrics.update(injection_metrics(injection_pairs))
    metrics.update(structure_summary(simulated, early_end))
    occupations = [t for t in simulated if t.job.id in non_software_jobs]
    software = [t for t in simulated if t.job.id not in non_software_jobs]
    metrics.update(occupation_metrics(occupations))
    metrics["software_question_share_software_jobs"] = software_question_share(software)
    if recorded:
        metrics.update(baseline_metrics(recorded, "labels_"))
        heldout_occupations = [t for t in recorded if t.job.id in non_software_jobs]
        if heldout_occupations:
            metrics.update(agreement_metrics(heldout_occupations, "occupations_labels_"))
            metrics.update(baseline_metrics(heldout_occupations, "occupations_labels_"))
    metrics["test_retest_sd"] = test_retest_sd(retest)
    metrics["interviews"] = float(len(everything))
    return {name: float(value) for name, value in metrics.items() if value is not None}


def structure_summary(
    simulated: Sequence[InterviewTrace], early_end: Sequence[InterviewTrace] = ()
) -> dict[str, float | None]:
    """Structured-interview and repair metrics, each averaged over the interviews where it applies."""
    metrics: dict[str, float | None] = {
        name: _mean_defined([metric(trace) for trace in simulated])
        for name, metric in STRUCTURE_METRICS.items()
    }
    metrics["plan_consistency"] = plan_consistency(simulated)
    metrics["resume_probe_rate_control"] = resume_probe_control(simulated)
    metrics["overall_null_without_answers"] = _mean_defined(
        [overall_null_without_answers(t) for t in early_end]
    )
    metrics["overall_null_after_two_answers"] = _mean_defined(
        [overall_null_after_two_answers(t) for t in early_end]
    )
    return metrics


__all__ = [
    "InterviewTrace",
    "TraceTurn",
    "interview_table",
    "interviewer_metrics",
    "quadratic_weighted_kappa",
    "spearman",
    "summarise",
    "trace_from_replay",
    "trace_from_simulation",
]
