"""Which competencies an interview for a job is scored on. Shared by the interviewer, labels and evals."""

from __future__ import annotations

from workbench.models import JobDetails

BEHAVIORAL_COMPETENCIES: tuple[str, ...] = ("communication", "problem solving", "collaboration")
MAX_TECHNICAL_COMPETENCIES = 4


def normalise_skill(skill: str) -> str:
    return " ".join(skill.strip().lower().split())


def job_competencies(job: JobDetails) -> list[str]:
    """The job's first required skills (normalised, deduplicated) followed by the behavioral competencies."""
    technical: list[str] = []
    for skill in job.skills_required:
        name = normalise_skill(skill)
        if name and name not in technical and name not in BEHAVIORAL_COMPETENCIES:
            technical.append(name)
        if len(technical) == MAX_TECHNICAL_COMPETENCIES:
            break
    return [*technical, *BEHAVIORAL_COMPETENCIES]
