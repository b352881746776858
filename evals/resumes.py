"""Made-up resumes for simulated candidates, written from the job they apply for (no real person).

A resume probe is only a probe if it cites something concrete from the resume, so these resumes carry concrete
items an interviewer can cite (an employer, achievements with figures) and the metric checks for them
(`resume_items`, `cites_resume` in evals/metrics/structure.py).
"""

from __future__ import annotations

import random

from evals.answerers import lines, requirement_lines
from evals.personas import PersonaSpec
from workbench.models import JobDetails

YEARS = {"strong": 8, "average": 4, "weak": 1}


def synthetic_resume(persona: PersonaSpec, job: JobDetails, seed: int = 0) -> str:
    """A plain-text resume consistent with the persona's level, in the job's own field."""
    rng = random.Random(f"resume:{persona.seed_name}:{job.id}:{seed}")
    employer = rng.choice(lines()["employers"])
    city = rng.choice(lines()["cities"])
    years = YEARS[persona.level]
    skills = [skill for skill in job.skills_required[:5]] or [job.title]
    fill = {
        "employer": employer,
        "city": city,
        "skill0": skills[0],
        "skill1": skills[min(1, len(skills) - 1)],
        "n": str(rng.randint(3, 15)),
        "years": str(rng.randint(2, 4)),
        "months": str(rng.randint(2, 9)),
        "year": rng.choice(("2021", "2022", "2023", "2024")),
    }
    # Two distinct, concrete items a probe can cite (and the metric can check for).
    achievements = [line.format(**fill) for line in rng.sample(lines()["resume_achievements"], 2)]
    if persona.level == "weak":
        achievements = [f"Helped the team with {skills[0]} when needed."]
    focus = requirement_lines(job)[:1] or [job.title]
    return "\n".join(
        [
            f"Simulated {persona.name} #{seed}",
            f"{job.title} | {city}",
            "",
            "SUMMARY",
            f"{years} years of experience. Focus: {focus[0][0].lower() + focus[0][1:]}.",
            "",
            "EXPERIENCE",
            f"{job.title}, {employer} ({2025 - years} – present)",
            *(f"- {line}" for line in achievements),
            "",
            "SKILLS",
            ", ".join(skills),
        ]
    )
