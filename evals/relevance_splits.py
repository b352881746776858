"""Wrong- and own-question credit on the train and dev recordings (`python -m evals.relevance_splits`).

The held-out suite reports how often an on-the-job answer is credited to a question it did not answer
(`evals.metrics.relevance`: each job-knowledge core answer given to the next such question). Changes to the
relevance check are chosen on train and dev; this runs the same metric there, per split, for every recording and
for the jobs outside software, beside the word-only check. Held-out is never read here.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence

from evals.data import load_interviews, load_jobs, occupation_families
from evals.metrics.relevance import RelevanceCase, relevance_case, relevance_metrics
from workbench.interviewer.baseline import BaselineInterviewer
from workbench.records import InterviewRecord, Split

SPLITS: tuple[Split, ...] = ("train", "dev")


def split_records(split: Split, occupations_only: bool = False) -> list[InterviewRecord]:
    """The split's recordings of known jobs (outside software only, if asked); never held-out."""
    if split not in SPLITS:
        raise ValueError(f"relevance is measured on {SPLITS} only, not {split!r}")
    jobs = load_jobs()
    outside = occupation_families() if occupations_only else jobs
    return [r for r in load_interviews(split=split) if r.job_id in jobs and r.job_id in outside]


def relevance_cases(records: Sequence[InterviewRecord]) -> list[RelevanceCase]:
    jobs = load_jobs()
    return [case for r in records if (case := relevance_case(r, jobs[r.job_id])) is not None]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, action="append", help="default: train and dev")
    args = parser.parse_args(argv)
    rescore = BaselineInterviewer().rescore
    for split in args.split or SPLITS:
        for occupations_only in (False, True):
            cases = relevance_cases(split_records(split, occupations_only))
            name = f"{split} ({'outside software' if occupations_only else 'all'})"
            print(name, json.dumps(relevance_metrics(cases, rescore)))


if __name__ == "__main__":
    main()
