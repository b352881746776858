"""Fit the baseline interviewer's score calibration on the train split (`python -m evals.calibrate_baseline`).

Every train recording is replayed through the baseline exactly as the eval suites replay held-out ones; for
each answer and each competency it gave evidence on, the baseline's 0..1 competency quality is recomputed
(and checked against the score the interviewer actually gave). A competency's session score is the rounded
mean of its per-answer scores, as in `feedback.competency_scores`, so the cut points are fitted for the score
the labels are compared with:

1. start from isotonic regression of the label on the competency's mean quality, reading off where the fitted
   curve crosses 1.5, 2.5, 3.5 and 4.5;
2. refine the four cut points by coordinate descent on a 0.01 grid, minimising the mean absolute error of
   the session scores against the labels (ties: higher quadratic-weighted kappa).

Only `train` is fitted on; `--check dev` reports the written mapping on dev. Held-out is never read here.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from sklearn.isotonic import IsotonicRegression

from evals.data import load_candidates, load_interviews, load_jobs
from evals.metrics.assessment import quadratic_weighted_kappa, spearman
from evals.replay import replay_state
from workbench.interviewer.api import InterviewState
from workbench.interviewer.assess import (
    AnswerFeatures,
    answer_quality,
    competencies_for,
    competency_quality,
    read_features,
    to_score,
)
from workbench.interviewer.baseline import BaselineInterviewer, profile_of
from workbench.interviewer.calibration import (
    CALIBRATION_PATH,
    Calibration,
    FittedOn,
    active_calibration,
    read_calibration,
    write_calibration,
)
from workbench.interviewer.competencies import normalise_skill
from workbench.interviewer.guards import neutralise
from workbench.models import Phase
from workbench.records import InterviewRecord, Split

FIT_SPLIT: Split = "train"
CHECK_SPLITS: tuple[Split, ...] = ("train", "dev")
GRID = tuple(round(step * 0.01, 2) for step in range(101))
MAX_ROUNDS = 20
Cuts = tuple[float, float, float, float]
METHOD = "isotonic init + coordinate descent on 0.01 grid, min session-score MAE vs labels (train split)"


@dataclass(frozen=True)
class CompetencyCase:
    """A labelled competency of one recording and the baseline's per-answer evidence on it."""

    record_id: str
    competency: str
    label: int
    evidence: list[tuple[float, AnswerFeatures]] = field(default_factory=list)

    def mean_quality(self) -> float:
        return float(np.mean([quality for quality, _ in self.evidence]))

    def session_score(self, calibration: Calibration) -> int:
        """The session score `feedback.competency_scores` would give under `calibration`."""
        scores = [to_score(quality, features, calibration) for quality, features in self.evidence]
        return max(1, min(5, round(sum(scores) / len(scores))))


def answer_evidence(
    interviewer: BaselineInterviewer, state: InterviewState
) -> dict[str, list[tuple[float, AnswerFeatures]]]:
    """Per competency, the (quality, features) of every answer that gave evidence on it, as assessed."""
    competencies = profile_of(state).competencies
    evidence: dict[str, list[tuple[float, AnswerFeatures]]] = {}
    for turn in state.turns:
        if turn.answer is None or turn.assessment is None:
            continue
        clean, _ = neutralise(turn.answer)
        question = interviewer.bank.question(turn.question_id)
        features = read_features(interviewer.bank, question, clean)
        quality = answer_quality(features, turn.phase == Phase.BEHAVIORAL)
        given = {item.name: item.score for item in turn.assessment.competencies}
        for name in competencies_for(question, turn.phase, competencies, features):
            value = competency_quality(name, quality, features)
            if to_score(value, features, active_calibration()) != given.get(name):
                raise RuntimeError(
                    f"replayed score of {name!r} differs from the interviewer's: assess drifted"
                )
            evidence.setdefault(normalise_skill(name), []).append((value, features))
    return evidence


def collect_cases(
    records: Sequence[InterviewRecord], interviewer: BaselineInterviewer
) -> list[CompetencyCase]:
    jobs, candidates = load_jobs(), load_candidates()
    cases = []
    for record in records:
        if record.job_id not in jobs:
            continue
        state, _ = replay_state(interviewer, record, jobs[record.job_id], candidates.get(record.candidate_id))
        evidence = answer_evidence(interviewer, state)
        for label in record.labels.competencies:
            name = normalise_skill(label.name)
            if evidence.get(name):
                cases.append(CompetencyCase(record.id, name, label.score, evidence[name]))
    return cases


def agreement(cases: Sequence[CompetencyCase], calibration: Calibration) -> dict[str, float]:
    predicted = [case.session_score(calibration) for case in cases]
    truth = [case.label for case in cases]
    return {
        "spearman": spearman(predicted, truth),
        "qwk": quadratic_weighted_kappa(predicted, truth),
        "score_mae": float(np.mean(np.abs(np.subtract(predicted, truth)))),
        "pairs": float(len(cases)),
    }


def isotonic_cuts(cases: Sequence[CompetencyCase]) -> Cuts:
    """Where the isotonic fit of label on mean quality crosses each half-point (the starting cut points)."""
    qualities = np.array([case.mean_quality() for case in cases])
    labels = np.array([case.label for case in cases], dtype=float)
    fitted = IsotonicRegression(y_min=1.0, y_max=5.0, out_of_bounds="clip").fit(qualities, labels)
    grid = np.array(GRID)
    curve = fitted.predict(grid)
    cuts = []
    for boundary in (1.5, 2.5, 3.5, 4.5):
        reached = np.nonzero(curve >= boundary)[0]
        cuts.append(float(grid[reached[0]]) if reached.size else 1.0)
    return (cuts[0], cuts[1], cuts[2], cuts[3])


def _loss(cases: Sequence[CompetencyCase], cuts: Cuts) -> tuple[float, float]:
    metrics = agreement(cases, Calibration(cut_points=cuts))
    return round(metrics["score_mae"], 9), -round(metrics["qwk"], 9)


def refine_cuts(cases: Sequence[CompetencyCase], start: Cuts) -> Cuts:
    """Coordinate descent: move one cut point at a time to its best grid value between its neighbours."""
    cuts = list(start)
    best = _loss(cases, start)
    for _ in range(MAX_ROUNDS):
        improved = False
        for k in range(4):
            low = cuts[k - 1] if k else 0.0
            high = cuts[k + 1] if k < 3 else 1.0
            for value in (v for v in GRID if low <= v <= high and v != cuts[k]):
                trial = (*cuts[:k], value, *cuts[k + 1 :])
                loss = _loss(cases, (trial[0], trial[1], trial[2], trial[3]))
                if loss < best:
                    best, cuts[k], improved = loss, value, True
        if not improved:
            break
    return (cuts[0], cuts[1], cuts[2], cuts[3])


def fit(records: Sequence[InterviewRecord]) -> Calibration:
    """The calibration fitted on `records`, which must all be train recordings."""
    if any(record.split != FIT_SPLIT for record in records):
        raise ValueError(f"the calibration is fitted on the {FIT_SPLIT} split only")
    cases = collect_cases(records, BaselineInterviewer())
    before = agreement(cases, Calibration())
    cuts = refine_cuts(cases, isotonic_cuts(cases))
    fitted = Calibration(cut_points=cuts, method=METHOD)
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


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--check", choices=CHECK_SPLITS, help="only report the written calibration on a split"
    )
    args = parser.parse_args(argv)
    if args.check:
        cases = collect_cases(load_interviews(split=args.check), BaselineInterviewer())
        for name, calibration in (
            ("uncalibrated", Calibration()),
            ("calibrated", read_calibration(CALIBRATION_PATH)),
        ):
            print(args.check, name, {k: round(v, 3) for k, v in agreement(cases, calibration).items()})
        return
    calibration = fit(load_interviews(split=FIT_SPLIT))
    write_calibration(calibration)
    print(f"cut points {calibration.cut_points} written to {CALIBRATION_PATH}")
    print({k: round(v, 3) for k, v in calibration.train_metrics.items()})


if __name__ == "__main__":
    main()
