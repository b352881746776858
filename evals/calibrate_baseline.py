"""Fit the baseline's rubric scoring on the train split (`python -m evals.calibrate_baseline`).

Every train recording is scored against its own questions (`evals.assessment_replay`): each planned question
with its follow-ups is one answer, judged for one competency. Only answers that are evidence are used. Then:

1. a ridge regression of the competency's label on its answers' mean rubric features (standardised, λ = 3)
   gives the linear model the baseline turns features into a 0..1 quality with (look-for coverage and red
   flags keep fixed weights: the recordings' questions have no rubric to learn them from). Each weight keeps
   the sign of its feature's meaning, and the estimate is held (nearly) uncorrelated with answer length among
   train answers of the same label, so that volume cannot stand in for quality;
2. the four cut points on that quality start where the model's estimate crosses 1.5, 2.5, 3.5 and 4.5 and are
   refined by coordinate descent on a 0.01 grid, maximising the quadratic-weighted kappa of the competency
   scores against the labels (ties: lower mean absolute error). Minimising the error alone collapsed the
   scale onto the commonest labels. Neighbouring cut points stay `MIN_CUT_GAP` apart: unconstrained, the
   kappa squeezed the 4 into a band 0.02 wide, so that a hair of quality (one more term in a longer answer)
   turned a 3 into a 5.

Only `train` is fitted on; `--check dev` reports the written calibration on dev, and `--cv` the agreement on
jobs the fit has not seen: leave-one-job-out over train (`cross_validate`), beside the length-only and
figure-count predictors and the length bias at fixed label of the same cases; `--save-cv`/`--compare-cv` keep
one version's out-of-fold scores and compare another with them, paired (`evals.cv_compare`). Held-out is never
read here.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import numpy as np
from scipy.optimize import lsq_linear

from evals.assessment_replay import recorded_state
from evals.cv_compare import (
    ScoredCase,
    case_keys,
    compare,
    interview_resamples,
    load_scores,
    save_scores,
)
from evals.data import load_interviews, load_jobs, occupation_families
from evals.metrics.assessment import quadratic_weighted_kappa, spearman
from evals.metrics.baselines import within_label_spearman
from evals.metrics.trace import answer_size_by_competency
from workbench.interviewer.calibration import (
    CALIBRATION_PATH,
    Calibration,
    FittedOn,
    read_calibration,
    write_calibration,
)
from workbench.interviewer.competencies import normalise_skill
from workbench.interviewer.plan_view import view_of
from workbench.interviewer.pooled_quote import scoring_groups
from workbench.interviewer.rubric_score import FEATURE_SIGNS, FEATURES, RubricFeatures
from workbench.interviewer.scorecard import answer_groups, baseline_judge
from workbench.interviewer.signals import count_words
from workbench.records import InterviewRecord, Split

FIT_SPLIT: Split = "train"
CHECK_SPLITS: tuple[Split, ...] = ("train", "dev")
GRID = tuple(round(step * 0.01, 2) for step in range(101))
MAX_ROUNDS = 20
MIN_CUT_GAP = (
    0.06  # about a quarter of a label point on the 0..1 scale (chosen on dev and --cv, not held-out)
)
RIDGE = 3.0
LENGTH_NEUTRAL = True
CONSTRAINT_WEIGHT = 10.0
# Rubric content the recordings cannot teach (their questions carry no look-for points or red flags): these
# keep fixed weights on the label scale instead of fitted ones. Full look-for coverage is worth 1.5 points.
FIXED_WEIGHTS = {"look_for": 1.5, "red_flags": -2.0}
FITTED = tuple(name for name in FEATURES if name not in FIXED_WEIGHTS)
Cuts = tuple[float, float, float, float]
METHOD = (
    "sign-constrained, length-neutral ridge regression of label on rubric features + cut points by "
    "coordinate descent on a 0.01 grid, "
    "max quadratic-weighted kappa of competency scores vs labels (train split)"
)


class JudgedAnswer(NamedTuple):
    """One answer's features and the cap its content puts on it (`Judgement.cap`): a red flag always caps, a
    thin or general answer only where the calibration would score it higher, as the scorecard does."""

    features: RubricFeatures
    cap: int | None = None
    flagged: bool = False

    def capped_at(self, calibration: Calibration) -> int | None:
        if self.cap is None:
            return None
        score = calibration.score(self.features.quality(calibration))
        return min(score, self.cap) if self.flagged or score > self.cap else None


@dataclass(frozen=True)
class CompetencyCase:
    """A labelled competency of one recording and the rubric features of each answer that was evidence."""

    record_id: str
    competency: str
    label: int
    answers: list[JudgedAnswer] = field(default_factory=list)
    words: int = 0  # words of every answer its score rests on (`scoring_groups`), evidence or not
    occupation: bool = False  # a job outside software (datasets/material/occupations)

    def mean_features(self) -> np.ndarray:
        return np.array([[a.features.values[name] for name in FITTED] for a in self.answers]).mean(axis=0)

    def score(self, calibration: Calibration) -> int:
        """The competency score the scorecard gives under `calibration` (`scorecard.competency_score`)."""
        qualities = [answer.features.quality(calibration) for answer in self.answers]
        score = calibration.score(sum(qualities) / len(qualities))
        caps = [cap for cap in (answer.capped_at(calibration) for answer in self.answers) if cap]
        if len(caps) == len(self.answers):
            score = min(score, max(caps))
        return max(1, min(5, score))


def collect_cases(records: Sequence[InterviewRecord]) -> list[CompetencyCase]:
    """Each labelled competency with the judgements its score rests on (`pooled_quote.scoring_groups`)."""
    jobs = load_jobs()
    occupations = occupation_families()
    cases = []
    for record in records:
        if record.job_id not in jobs:
            continue
        state = recorded_state(record, jobs[record.job_id])
        view = view_of(state)
        assert view is not None
        groups = answer_groups(view, state)
        judged = {group.key: baseline_judge(group) for group in groups}
        by_name = {c.name: c for c in view.competencies.values()}
        for label in record.labels.competencies:
            name = normalise_skill(label.name)
            competency = by_name.get(name)
            if competency is None:
                continue
            basis = scoring_groups(competency, groups)
            answers = [
                JudgedAnswer(j.features, j.cap, bool(j.red_flags))
                for j in (judged[g.key] for g in basis)
                if j.score is not None and j.features is not None
            ]
            if answers:
                words = sum(count_words(g.text) for g in basis)
                occupation = record.job_id in occupations
                cases.append(CompetencyCase(record.id, name, label.score, answers, words, occupation))
    return cases


def agreement(cases: Sequence[CompetencyCase], calibration: Calibration) -> dict[str, float]:
    predicted = [case.score(calibration) for case in cases]
    truth = [case.label for case in cases]
    return {
        "spearman": spearman(predicted, truth),
        "qwk": quadratic_weighted_kappa(predicted, truth),
        "score_mae": float(np.mean(np.abs(np.subtract(predicted, truth)))),
        "pairs": float(len(cases)),
    }


def spearman_spread(
    record_ids: Sequence[str], predicted: Sequence[float], labels: Sequence[float], seed: int = 0
) -> float:
    """The standard deviation of the Spearman over resamples of whole interviews (with replacement): how far
    the figure moves with which interviews happen to be in the split. A change smaller than this is noise (a
    dev figure of 81 pairs from 14 interviews moves by about 0.1)."""
    values = [
        spearman([predicted[r] for r in picked], [labels[r] for r in picked])
        for picked in interview_resamples(record_ids, seed)
    ]
    return float(np.std(values))


def length_report(cases: Sequence[CompetencyCase], calibration: Calibration) -> dict[str, float]:
    """Length bias (within-label rank correlation of score with words, `evals.metrics.baselines`) beside what
    the trivial predictors achieve: the Spearman of the words alone with the labels; and the Spearman's spread
    over resampled interviews (`spearman_sd`)."""
    scores = [float(case.score(calibration)) for case in cases]
    words = [float(case.words) for case in cases]
    labels = [float(case.label) for case in cases]
    bias = within_label_spearman(scores, words, labels)
    return {
        "spearman": spearman(scores, labels),
        "spearman_sd": spearman_spread([case.record_id for case in cases], scores, labels),
        "length_bias": float("nan") if bias is None else bias,
        "length_only_spearman": spearman(words, labels),
        "pairs": float(len(cases)),
    }


def length_within_label(cases: Sequence[CompetencyCase]) -> np.ndarray:
    """Log answer length centred inside each label value: the part of length that says nothing of quality."""
    length = np.log1p(np.array([case.words for case in cases], dtype=float))
    labels = np.array([case.label for case in cases])
    centred = length.copy()
    for label in np.unique(labels):
        centred[labels == label] -= length[labels == label].mean()
    return centred


def fit_weights(cases: Sequence[CompetencyCase]) -> tuple[dict[str, float], float]:
    """Ridge regression of the label on the mean features, returned in the features' own units.

    The fit is constrained so that its estimate does not covary with answer length among train answers of the
    same label: the recordings' strong answers are longer on average, and without the constraint the fit
    learns volume (features that grow with length) as a stand-in for quality. Each feature keeps the sign its
    meaning gives it (`FEATURE_SIGNS`): otherwise the length constraint is met by weighting a quality density
    negatively, and padding an answer with filler (which dilutes the density) would raise its score."""
    x = np.array([case.mean_features() for case in cases])
    y = np.array([case.label for case in cases], dtype=float)
    mean, spread = x.mean(axis=0), x.std(axis=0)
    spread[spread == 0] = 1.0
    design = np.c_[(x - mean) / spread, np.ones(len(x))]
    penalty = RIDGE * np.eye(design.shape[1])
    penalty[-1, -1] = 0.0
    rows = [design, np.sqrt(penalty)]
    targets = [y, np.zeros(design.shape[1])]
    if LENGTH_NEUTRAL:
        # covariance of the estimate with within-label length, weighted to hold as (nearly) an equality
        rows.append(CONSTRAINT_WEIGHT * (length_within_label(cases) @ design)[None, :])
        targets.append(np.zeros(1))
    signs = [FEATURE_SIGNS.get(name, 0) for name in FITTED]
    low = [0.0 if sign > 0 else -np.inf for sign in signs] + [-np.inf]
    high = [0.0 if sign < 0 else np.inf for sign in signs] + [np.inf]
    beta = lsq_linear(np.vstack(rows), np.concatenate(targets), bounds=(low, high)).x
    weights = beta[:-1] / spread
    intercept = float(beta[-1] - (weights * mean).sum())
    fitted = {name: round(float(w), 6) for name, w in zip(FITTED, weights, strict=True)}
    return fitted | FIXED_WEIGHTS, round(intercept, 6)


class CutScorer:
    """The competency scores of `cases` under calibrations that differ in their cut points only, as
    `CompetencyCase.score` gives them: each answer's quality is worked out once, since the weights stay fixed while
    the cut points are refined (the per-fold refinement of `--cv` spent most of its time recomputing them)."""

    def __init__(self, cases: Sequence[CompetencyCase], calibration: Calibration) -> None:
        qualities = [[answer.features.quality(calibration) for answer in case.answers] for case in cases]
        self.mean = np.array([sum(q) / len(q) for q in qualities])
        self.quality = np.array([q for case in qualities for q in case])
        caps = [answer.cap for case in cases for answer in case.answers]
        self.capped = np.array([cap is not None for cap in caps])
        self.cap = np.array([0 if cap is None else cap for cap in caps])
        self.flagged = np.array([answer.flagged for case in cases for answer in case.answers])
        self.counts = np.array([len(case.answers) for case in cases])
        self.starts = np.concatenate([[0], np.cumsum(self.counts)[:-1]])
        self.labels = np.array([case.label for case in cases])

    def scores(self, cuts: Sequence[float]) -> np.ndarray:
        points = np.array(cuts)
        score = 1 + np.searchsorted(points, self.mean, side="right")
        each = 1 + np.searchsorted(points, self.quality, side="right")
        bites = self.capped & (self.flagged | (each > self.cap))  # `JudgedAnswer.capped_at` is not None
        capped = np.where(bites, np.minimum(each, self.cap), 0)
        every = np.add.reduceat(bites.astype(int), self.starts) == self.counts
        score = np.where(every, np.minimum(score, np.maximum.reduceat(capped, self.starts)), score)
        return np.clip(score, 1, 5)

    def loss(self, cuts: Sequence[float]) -> tuple[float, float]:
        """`agreement`'s quadratic-weighted kappa (negated) and mean absolute error, rounded for stable ties."""
        predicted = self.scores(cuts)
        kappa = quadratic_weighted_kappa([int(p) for p in predicted], [int(t) for t in self.labels])
        return -round(kappa, 9), round(float(np.mean(np.abs(predicted - self.labels))), 9)


def refine_cuts(cases: Sequence[CompetencyCase], start: Calibration) -> Cuts:
    """Coordinate descent: move one cut point at a time to its best grid value between its neighbours, at
    least `MIN_CUT_GAP` from each."""
    cuts = list(start.cut_points)
    scorer = CutScorer(cases, start)
    best = scorer.loss(cuts)
    for _ in range(MAX_ROUNDS):
        improved = False
        for k in range(4):
            low = round(cuts[k - 1] + MIN_CUT_GAP, 2) if k else 0.0
            high = round(cuts[k + 1] - MIN_CUT_GAP, 2) if k < 3 else 1.0
            for value in (v for v in GRID if low <= v <= high and v != cuts[k]):
                trial = (*cuts[:k], value, *cuts[k + 1 :])
                loss = scorer.loss(trial)
                if loss < best:
                    best, cuts[k], improved = loss, value, True
        if not improved:
            break
    return (cuts[0], cuts[1], cuts[2], cuts[3])


def fit_cases(cases: Sequence[CompetencyCase]) -> Calibration:
    """The linear model and its cut points fitted on `cases` (no provenance)."""
    weights, intercept = fit_weights(cases)
    linear = Calibration(weights=weights, intercept=intercept, method=METHOD)
    return linear.model_copy(update={"cut_points": refine_cuts(cases, linear)})


Fitter = Callable[[Sequence[CompetencyCase]], Calibration]


def out_of_fold(
    cases: Sequence[CompetencyCase], group_of: dict[str, str], fitter: Fitter = fit_cases
) -> list[int]:
    """Each case's score under a calibration fitted on the cases of the other groups only (`group_of`:
    record id -> its job), in the order of `cases`."""
    scores: dict[int, int] = {}
    for group in sorted(set(group_of[case.record_id] for case in cases)):
        inside = [i for i, case in enumerate(cases) if group_of[case.record_id] == group]
        calibration = fitter([case for case in cases if group_of[case.record_id] != group])
        scores.update((i, cases[i].score(calibration)) for i in inside)
    return [scores[i] for i in range(len(cases))]


def out_of_fold_scores(records: Sequence[InterviewRecord]) -> tuple[list[CompetencyCase], list[int]]:
    """The train cases of `records` and each one's leave-one-job-out score (`out_of_fold`)."""
    cases = collect_cases(records)
    return cases, out_of_fold(cases, {record.id: record.job_id for record in records})


def cross_validate(
    records: Sequence[InterviewRecord], scored: tuple[list[CompetencyCase], list[int]] | None = None
) -> dict[str, float]:
    """Leave-one-job-out agreement over `records` (train): what held-out measures, on jobs the fit never saw,
    without reading held-out. Beside it, as the eval defines them for the same cases: the length-only and
    figure-count predictors, and the rank correlation of score with length at fixed label (all and the
    occupations outside software, `occupations_*`). `scored`: the cases and scores `out_of_fold_scores` gave."""
    cases, predicted = scored or out_of_fold_scores(records)
    by_id = {record.id: record for record in records}
    sizes = {record.id: answer_size_by_competency(record) for record in records}
    words = [float(sizes[c.record_id][0].get(c.competency, 0)) for c in cases]
    figures = [float(sizes[c.record_id][1].get(c.competency, 0)) for c in cases]
    outside = set(occupation_families())
    metrics: dict[str, float] = {}
    subsets = {
        "": list(range(len(cases))),
        "occupations_": [i for i, c in enumerate(cases) if by_id[c.record_id].job_id in outside],
    }
    for prefix, chosen in subsets.items():
        labels = [float(cases[i].label) for i in chosen]
        scores = [float(predicted[i]) for i in chosen]
        metrics |= {
            f"{prefix}spearman": spearman(scores, labels),
            f"{prefix}spearman_sd": spearman_spread([cases[i].record_id for i in chosen], scores, labels),
            f"{prefix}qwk": quadratic_weighted_kappa(
                [predicted[i] for i in chosen], [cases[i].label for i in chosen]
            ),
            f"{prefix}baseline_length_spearman": spearman([words[i] for i in chosen], labels),
            f"{prefix}baseline_figures_spearman": spearman([figures[i] for i in chosen], labels),
            f"{prefix}length_bias": within_label_spearman(scores, [words[i] for i in chosen], labels) or 0.0,
            f"{prefix}pairs": float(len(chosen)),
        }
    return metrics


def fit(records: Sequence[InterviewRecord]) -> Calibration:
    """The calibration fitted on `records`, which must all be train recordings."""
    if any(record.split != FIT_SPLIT for record in records):
        raise ValueError(f"the calibration is fitted on the {FIT_SPLIT} split only")
    cases = collect_cases(records)
    before = agreement(cases, Calibration())
    fitted = fit_cases(cases)
    after = agreement(cases, fitted)
    return fitted.model_copy(
        update={
            "fitted_on": FittedOn(
                split=FIT_SPLIT, record_ids=sorted({case.record_id for case in cases}), pairs=len(cases)
            ),
            "train_metrics": {f"before_{k}": v for k, v in before.items()}
            | {f"after_{k}": v for k, v in after.items()},
        }
    )


def scored_cases(cases: Sequence[CompetencyCase], scores: Sequence[int]) -> list[ScoredCase]:
    keys = case_keys([c.record_id for c in cases], [c.competency for c in cases])
    return [
        ScoredCase(key, c.record_id, c.label, score, c.occupation)
        for key, c, score in zip(keys, cases, scores, strict=True)
    ]


def report_cv(save: Path | None, against: Path | None) -> None:
    """`--cv`: leave-one-job-out figures; the scores kept (`--save-cv`) or compared with kept ones, paired."""
    records = load_interviews(split=FIT_SPLIT)
    scored = out_of_fold_scores(records)
    metrics = cross_validate(records, scored)
    print("train, leave one job out", {k: round(v, 3) for k, v in metrics.items()})
    current = scored_cases(*scored)
    if save:
        save_scores(save, current)
        print(f"out-of-fold scores of {len(current)} cases written to {save}")
    if against:
        for name, d in compare(load_scores(against), current).items():
            print(
                f"{name}: Spearman difference against {against.name} {d.mean:+.3f} ± {d.sd:.3f} "
                f"(better in {d.better_share:.0%} of resampled train sets, {d.pairs} cases)"
            )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--check", choices=CHECK_SPLITS, help="only report the written calibration on a split"
    )
    parser.add_argument(
        "--cv", action="store_true", help="only report leave-one-job-out agreement on train (writes nothing)"
    )
    parser.add_argument("--save-cv", type=Path, help="with --cv: keep the out-of-fold scores in this file")
    parser.add_argument(
        "--compare-cv",
        type=Path,
        help="with --cv: the paired difference of the Spearman against scores saved by --save-cv",
    )
    args = parser.parse_args(argv)
    if args.cv or args.save_cv or args.compare_cv:
        report_cv(args.save_cv, args.compare_cv)
        return
    if args.check:
        cases = collect_cases(load_interviews(split=args.check))
        for name, calibration in (
            ("uncalibrated", Calibration()),
            ("calibrated", read_calibration(CALIBRATION_PATH)),
        ):
            print(args.check, name, {k: round(v, 3) for k, v in agreement(cases, calibration).items()})
        written = read_calibration(CALIBRATION_PATH)
        for name, chosen in (("all", cases), ("occupations", [case for case in cases if case.occupation])):
            if chosen:
                print(args.check, name, {k: round(v, 3) for k, v in length_report(chosen, written).items()})
        return
    calibration = fit(load_interviews(split=FIT_SPLIT))
    write_calibration(calibration)
    print(f"cut points {calibration.cut_points} written to {CALIBRATION_PATH}")
    print({k: round(v, 3) for k, v in calibration.train_metrics.items()})


if __name__ == "__main__":
    main()
