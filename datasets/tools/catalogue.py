"""Turn the authored jobs and people into the seed's `JobDetails` and `CandidateDetails` records."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import material
from material import JobSource, Person

from workbench.models import CandidateDetails, Difficulty, JobDetails, Preferences

PEOPLE: list[Person] = material.people()
JOBS: list[JobSource] = material.jobs()
SEED_JOB_ID = material.seed_job_id()
JOBS_EPOCH = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
PEOPLE_EPOCH = datetime(2026, 3, 20, 10, 0, tzinfo=UTC)
NO_RESUME_ID = "no-resume-candidate"
_ID_NAMESPACE = uuid.UUID("6f1c3f0e-2a52-4c4e-9a47-0b6d0d9b7a11")


def job_id(source: JobSource) -> str:
    # The seed's documented test job keeps its id; the others get stable UUIDs derived from their key.
    if source["key"] == "fe-senior-techcorp":
        return SEED_JOB_ID
    return str(uuid.uuid5(_ID_NAMESPACE, f"job/{source['key']}"))


def build_jobs() -> dict[str, JobDetails]:
    """Jobs keyed by their authored key (the interview plan refers to jobs by key)."""
    jobs: dict[str, JobDetails] = {}
    for index, source in enumerate(JOBS):
        jobs[source["key"]] = JobDetails(
            id=job_id(source),
            title=source["title"],
            description=source["description"],
            requirements="\n".join(f"- {line}" for line in source["requirements"]),
            company=source["company"],
            location=source["location"],
            salary_range=source["salary_range"],
            experience_level=source["experience_level"],
            skills_required=source["skills"],
            created_at=JOBS_EPOCH + timedelta(days=index, hours=index % 5),
        )
    return jobs


def resume_text(person: Person) -> str:
    """A plain-text resume in the usual order: contact line, summary, experience, skills, education."""
    blocks = [
        f"{person.name}\n{person.headline} | {person.city} | {person.email}",
        f"SUMMARY\n{person.summary}",
    ]
    experience = ["EXPERIENCE"]
    for role in person.roles:
        experience.append(f"{role.title}, {role.company} ({role.period})")
        experience.extend(f"- {line}" for line in role.achievements)
    blocks.append("\n".join(experience))
    blocks.append(f"SELECTED WORK\n{person.selected_work}")
    blocks.append("SKILLS\n" + ", ".join(person.skills))
    blocks.append(f"EDUCATION\n{person.education}")
    return "\n\n".join(blocks) + "\n"


def experience_summary(person: Person) -> str:
    roles = "; ".join(f"{role.title} at {role.company} ({role.period})" for role in person.roles)
    plural = "year" if person.years == 1 else "years"
    return f"{person.years} {plural} of experience. {roles}."


def build_candidates() -> list[CandidateDetails]:
    candidates = [
        CandidateDetails(
            id=person.id,
            name=person.name,
            email=person.email,
            resume_text=resume_text(person),
            skills=person.skills,
            experience=experience_summary(person),
            education=person.education,
            created_at=PEOPLE_EPOCH + timedelta(hours=7 * index),
        )
        for index, person in enumerate(PEOPLE)
    ]
    # Demonstrates the server's "No resume found for candidate" error: a known person with no resume.
    candidates.append(
        CandidateDetails(
            id=NO_RESUME_ID,
            name="Sam Rivera",
            email="sam.rivera@example.org",
            resume_text="",
            skills=["javascript"],
            experience="",
            education="",
            created_at=PEOPLE_EPOCH + timedelta(hours=7 * len(PEOPLE)),
        )
    )
    return candidates


def preferences_for(job: JobDetails) -> Preferences:
    difficulty = {"junior": Difficulty.EASY, "mid": Difficulty.MEDIUM, "senior": Difficulty.HARD}
    minutes = 45 if job.experience_level == "senior" else 30
    return Preferences(max_duration=minutes, difficulty_level=difficulty[job.experience_level])
