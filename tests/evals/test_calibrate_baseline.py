"""The baseline's score calibration: fitted on train only, monotone, loaded by the interviewer, and better."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from pathlib import Path

import numpy as np
import pytest

from evals.calibrate_baseline import (
    FITTED,
    MIN_CUT_GAP,
    CompetencyCase,
    JudgedAnswer,
    agreement,
    collect_cases,
    fit,
    length_within_label,
    out_of_fold,
    spearman_spread,
)
from evals.data import load_interviews
from workbench.interviewer.calibration import (
    CALIBRATION_PATH,
    Calibration,
    active_calibration,
    read_calibration,
    write_calibration,
)
from workbench.interviewer.plan_view import GENERIC_ANCHORS
from workbench.interviewer.rubric_score import FEATURE_SIGNS, RubricFeatures, judge
from workbench.models import Phase, PlannedQuestion, Rubric


def test_packaged_calibration_is_fitted_on_train_ids_only() -> None:
    packaged = read_calibration(CALIBRATION_PATH)
    assert packaged.fitted_on is not None and packaged.fitted_on.split == "train"
    train = {record.id for record in load_interviews(split="train")}
    others = {record.id for record in load_interviews() if record.split != "train"}
    assert packaged.fitted_on.record_ids and set(packaged.fitted_on.record_ids) <= train
    assert not set(packaged.fitted_on.record_ids) & others


def test_interviewer_uses_the_packaged_calibration() -> None:
    assert active_calibration() == read_calibration(CALIBRATION_PATH)
    assert active_calibration().cut_points != Calibration().cut_points
    assert active_calibration().weights


def test_mapping_is_monotone_and_spans_the_scale() -> None:
    calibration = read_calibration(CALIBRATION_PATH)
    scores = [calibration.score(step / 100) for step in range(101)]
    assert scores == sorted(scores)
    assert scores[-1] == 5 and all(1 <= s <= 5 for s in scores)
    # every score is a band of quality, not a hair: neighbouring cut points are apart
    cuts = calibration.cut_points
    assert all(high - low >= MIN_CUT_GAP - 1e-9 for low, high in pairwise(cuts))


def test_cut_points_must_ascend() -> None:
    with pytest.raises(ValueError):
        Calibration(cut_points=(0.5, 0.4, 0.6, 0.7))


def test_missing_file_falls_back_to_the_uncalibrated_mapping(tmp_path: Path) -> None:
    fallback = read_calibration(tmp_path / "absent.json")
    assert [fallback.score(q) for q in (0.0, 0.3, 0.5, 0.7, 1.0)] == [1, 2, 3, 4, 5]
    write_calibration(Calibration(cut_points=(0.1, 0.2, 0.3, 0.4)), tmp_path / "c.json")
    assert read_calibration(tmp_path / "c.json").score(0.35) == 4


QUESTION = PlannedQuestion(
    id="q",
    phase=Phase.TECHNICAL,
    competency_id="selenium",
    form="how_do_you",
    text="How do you keep Selenium browser tests reliable?",
    minutes=3,
    rubric=Rubric(anchors=GENERIC_ANCHORS, look_for=["explicit waits", "stable selectors"]),
)


def test_disclaimers_are_not_evidence_however_generous_the_calibration() -> None:
    generous = Calibration(cut_points=(0.0, 0.0, 0.0, 0.0))
    for text in (
        "I'm not sure, I have only read a little about selenium tests, I haven't used it.",
        "no idea",
    ):
        assert judge(text, QUESTION, None, calibration=generous).score is None


def test_fitting_refuses_other_splits_and_improves_train_agreement() -> None:
    with pytest.raises(ValueError):
        fit(load_interviews(split="dev"))
    fitted = fit(load_interviews(split="train"))
    assert fitted.train_metrics["after_score_mae"] < fitted.train_metrics["before_score_mae"]
    assert fitted.train_metrics["after_qwk"] > fitted.train_metrics["before_qwk"]
    assert fitted.cut_points == read_calibration(CALIBRATION_PATH).cut_points  # the packaged file is current
    dev = collect_cases(load_interviews(split="dev"))
    assert agreement(dev, fitted)["score_mae"] < agreement(dev, Calibration())["score_mae"]


def test_a_disclaimer_beside_specific_work_is_still_evidence() -> None:
    text = (
        "I had never used Selenium before, so I read the docs, then I rebuilt our browser tests with explicit "
        "waits and stable selectors and cut flaky failures by 40%."
    )
    judgement = judge(text, QUESTION, None)
    assert judgement.score is not None and judgement.score >= 3


def test_fitted_weights_keep_their_signs_and_ignore_length_at_a_fixed_label() -> None:
    """A quality never weighs against an answer (padding that dilutes it would raise the score), a fault never
    for it; and on train, the estimate does not grow with answer length among answers of the same label."""
    packaged = read_calibration(CALIBRATION_PATH)
    for name in FITTED:
        assert FEATURE_SIGNS[name] * packaged.weights[name] >= 0, name
    cases = collect_cases(load_interviews(split="train"))
    estimates = np.array([np.mean([a.features.quality(packaged) for a in case.answers]) for case in cases])
    assert abs(np.corrcoef(estimates, length_within_label(cases))[0, 1]) < 0.1


def test_leave_one_job_out_never_fits_on_the_job_it_scores() -> None:
    """`--cv`: each job's cases are scored by a calibration fitted on the other jobs' cases only."""
    features = RubricFeatures(dict.fromkeys(FITTED, 0.5))
    cases = [
        CompetencyCase(record_id=f"r{i}", competency="c", label=1 + i % 5, answers=[JudgedAnswer(features)])
        for i in range(6)
    ]
    job_of = {f"r{i}": f"job{i % 3}" for i in range(6)}
    # One calibration per fold, each scoring the same answer (quality 0.5) differently: 5, 4, then 3.
    folds = [(0.1, 0.2, 0.3, 0.4), (0.1, 0.2, 0.3, 0.9), (0.1, 0.2, 0.8, 0.9)]
    seen: list[set[str]] = []

    def spy(fitted_on: Sequence[CompetencyCase]) -> Calibration:
        seen.append({job_of[case.record_id] for case in fitted_on})
        cuts = folds[len(seen) - 1]
        return Calibration(weights={"look_for": 0.0}, intercept=3.0, cut_points=cuts)

    scores = out_of_fold(cases, job_of, spy)
    assert seen == [{"job1", "job2"}, {"job0", "job2"}, {"job0", "job1"}]
    assert scores == [5, 4, 3, 5, 4, 3]


def test_the_spread_of_a_spearman_comes_from_resampling_whole_interviews() -> None:
    ids = [f"r{i // 3}" for i in range(30)]
    labels = [float(1 + i % 5) for i in range(30)]
    assert spearman_spread(ids, labels, labels) < 1e-9  # perfect in every resample
    noisy = [label if i % 4 else 6.0 - label for i, label in enumerate(labels)]
    assert 0.0 < spearman_spread(ids, noisy, labels) < 0.5


def test_an_answers_cap_is_the_same_under_any_calibration_and_bites_only_above_it() -> None:
    """The fit reads each answer's cap (`Judgement.cap`), so fitting does not depend on the calibration that is
    active when it runs (it once alternated between two fits); the cap bites where the scorecard's does."""
    generous = Calibration(cut_points=(0.0, 0.0, 0.0, 0.0))
    strict = Calibration(cut_points=(1.0, 1.0, 1.0, 1.0))
    thin = "I check the waits and selectors."
    high, low = (
        judge(thin, QUESTION, None, calibration=generous),
        judge(thin, QUESTION, None, calibration=strict),
    )
    assert high.cap == low.cap == 2
    assert high.score == 2 and high.reason and low.score == 1 and not low.reason
    assert high.features is not None
    answer = JudgedAnswer(high.features, high.cap)
    assert answer.capped_at(generous) == 2 and answer.capped_at(strict) is None
    assert JudgedAnswer(high.features, 2, flagged=True).capped_at(strict) == 1  # a red flag always counts
