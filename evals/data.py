"""Loading the datasets (`datasets/*.jsonl`) that suites replay and the tuner learns from."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel

from workbench.models import CandidateDetails, JobDetails
from workbench.records import InterviewRecord, Split

DATASETS_DIR = Path(__file__).resolve().parents[1] / "datasets"
ModelT = TypeVar("ModelT", bound=BaseModel)


def _read_jsonl(path: Path, model: type[ModelT]) -> Iterator[ModelT]:
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if line.strip():
                try:
                    yield model.model_validate_json(line)
                except ValueError as error:
                    raise ValueError(f"{path}:{number}: invalid {model.__name__}: {error}") from error


def load_jobs(directory: Path = DATASETS_DIR) -> dict[str, JobDetails]:
    return {job.id: job for job in _read_jsonl(directory / "jobs.jsonl", JobDetails)}


def load_candidates(directory: Path = DATASETS_DIR) -> dict[str, CandidateDetails]:
    path = directory / "candidates.jsonl"
    if not path.exists():
        return {}
    return {candidate.id: candidate for candidate in _read_jsonl(path, CandidateDetails)}


def load_interviews(directory: Path = DATASETS_DIR, split: Split | None = None) -> list[InterviewRecord]:
    """Recorded interviews, optionally one split only (`heldout` is never used for tuning)."""
    records = _read_jsonl(directory / "interviews.jsonl", InterviewRecord)
    return [record for record in records if split is None or record.split == split]


def pick_jobs(jobs: dict[str, JobDetails], count: int) -> list[JobDetails]:
    """`count` jobs spread over the list (ordered by id so the choice is stable), favouring distinct titles."""
    ordered = sorted(jobs.values(), key=lambda job: job.id)
    if count >= len(ordered):
        return ordered
    step = len(ordered) / count
    return [ordered[int(i * step)] for i in range(count)]


def occupation_families(directory: Path = DATASETS_DIR) -> dict[str, str]:
    """Job id -> occupation family for the jobs outside software (datasets/material/occupations/*.yaml).

    The authored files name the job by title and company; the ids are the ones in jobs.jsonl.
    """
    folder = directory / "material" / "occupations"
    if not folder.is_dir():
        return {}
    authored = {}
    for path in sorted(folder.glob("*.yaml")):
        job = yaml.safe_load(path.read_text(encoding="utf-8"))["job"]
        authored[(job["title"], job["company"])] = str(job["family"])
    return {
        job.id: authored[(job.title, job.company)]
        for job in load_jobs(directory).values()
        if (job.title, job.company) in authored
    }
