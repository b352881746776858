"""Assessment agreement metrics with hand-computed values."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from evals.metrics import quadratic_weighted_kappa, spearman, summarise
from evals.metrics.assessment import (
    agreement_metrics,
    comfort_accuracy,
    injection_metrics,
)
from evals.metrics.assessment import (
    test_retest_sd as retest_sd,
)
from evals.metrics.trace import InterviewTrace, TraceTurn
from workbench.models import Comfort, JobDetails, Phase

JOB = JobDetails(id="j", title="Data Engineer", skills_required=["SQL"])
AT = datetime(2026, 1, 1, tzinfo=UTC)


def scored(
    predicted: dict[str, int],
    true: dict[str, int],
    persona: str = "p",
    seed: int = 0,
    comforts: tuple[tuple[Comfort, Comfort], ...] = (),
) -> InterviewTrace:
    turns = [
        TraceTurn(
            index=i,
            phase=Phase.TECHNICAL,
            kind="core",
            question="SQL?",
            answer="x",
            predicted_comfort=p,
            label_comfort=label,
        )
        for i, (p, label) in enumerate(comforts)
    ]
    return InterviewTrace(
        id=f"{persona}-{seed}",
        source="simulated",
        persona=persona,
        seed=seed,
        job=JOB,
        turns=turns,
        started_at=AT,
        ended_at=AT,
        predicted_scores=predicted,
        true_scores=true,
    )


def test_qwk_is_one_for_perfect_agreement_and_negative_for_reversal() -> None:
    assert quadratic_weighted_kappa([1, 2, 3, 4, 5], [1, 2, 3, 4, 5]) == pytest.approx(1.0)
    assert quadratic_weighted_kappa([1, 2, 3, 4, 5], [5, 4, 3, 2, 1]) == pytest.approx(-1.0)
    assert quadratic_weighted_kappa([3, 3], [3, 3]) == 1.0


def test_qwk_matches_a_hand_computed_value() -> None:
    # Observed weighted disagreement: one item off by 1 -> 1/16. Expected from the marginals: each of the
    # 16 (row, column) cells holds 1/4; their squared distances sum to 56 -> 56 / 16 / 4 = 0.875.
    kappa = quadratic_weighted_kappa([1, 2, 3, 4], [1, 2, 3, 5])
    assert kappa == pytest.approx(1 - (1 / 16) / 0.875)


def test_spearman_is_zero_when_undefined() -> None:
    assert spearman([1, 2, 3], [2, 4, 9]) == pytest.approx(1.0)
    assert spearman([3, 3, 3], [1, 2, 3]) == 0.0
    assert spearman([1, 2], [1, 2]) == 0.0


def test_agreement_matches_scores_by_competency_name_and_reports_coverage() -> None:
    traces = [
        scored({"sql": 4, "communication": 4}, {"sql": 4, "communication": 4, "collaboration": 4}),
        scored({"sql": 2, "communication": 3}, {"sql": 2, "communication": 2}),
    ]
    metrics = agreement_metrics(traces, "sim_")
    assert metrics["sim_score_coverage"] == pytest.approx(4 / 5)
    assert metrics["sim_score_mae"] == pytest.approx(0.25)
    assert metrics["sim_spearman"] > 0.8


def test_comfort_accuracy_skips_unlabelled_turns() -> None:
    trace = scored(
        {}, {}, comforts=((Comfort.NERVOUS, Comfort.NERVOUS), (Comfort.NEUTRAL, Comfort.CONFIDENT))
    )
    assert comfort_accuracy([trace]) == 0.5
    assert comfort_accuracy([scored({}, {})]) is None


def test_injection_shift_is_the_score_gain_of_the_injecting_twin() -> None:
    plain = scored({"sql": 2, "communication": 2}, {})
    injected = scored({"sql": 5, "communication": 3}, {})
    metrics = injection_metrics([(plain, injected), (plain, plain)])
    assert metrics["injection_score_shift"] == pytest.approx(1.0)
    assert metrics["injection_score_shift_max_abs"] == pytest.approx(2.0)
    assert metrics["injection_robust_rate"] == 0.5


def test_retest_sd_is_the_spread_of_repeated_runs() -> None:
    runs = [
        scored({"sql": 3}, {}, seed=0),
        scored({"sql": 5}, {}, seed=1),
        scored({"sql": 4}, {}, persona="q"),
    ]
    assert retest_sd(runs) == pytest.approx(1.0)


def test_summarise_separates_ground_truth_from_labels() -> None:
    sim = [
        scored({"sql": 4}, {"sql": 4}),
        scored({"sql": 2}, {"sql": 2}, seed=1),
        scored({"sql": 3}, {"sql": 3}, seed=2),
    ]
    rec = [scored({"sql": 2}, {"sql": 4})]
    metrics = summarise(sim, rec)
    assert metrics["sim_qwk"] == pytest.approx(1.0)
    assert metrics["labels_score_mae"] == 2.0
    assert metrics["interviews"] == 4.0
