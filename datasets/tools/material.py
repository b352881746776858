"""The authored material (datasets/material/*.yaml) read into the shapes the generator composes from.

The text lives in YAML data files; this module only gives it types. Reading is strict: a missing key or a
misspelt level fails loudly with the file's name, so a typo in the material cannot silently thin a dataset.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any, NamedTuple, TypedDict

import yaml

from workbench.records import Level

MATERIAL_DIR = Path(__file__).resolve().parents[1] / "material"
LEVELS: tuple[Level, ...] = ("strong", "average", "weak")


class Answer(NamedTuple):
    """One authored answer: its text, the score it earns and a one-sentence rationale for that score."""

    score: int
    text: str
    rationale: str

    @property
    def vague(self) -> bool:
        # Low-scoring authored answers are vague or wrong on purpose; an interviewer should probe them.
        return self.score <= 2


class SkillQuestion(NamedTuple):
    skill: str
    question: str
    strong: Answer
    average: Answer
    weak: Answer

    def answer_for(self, level: Level) -> Answer:
        return {"strong": self.strong, "average": self.average, "weak": self.weak}[level]


class Role(NamedTuple):
    title: str
    company: str
    period: str
    achievements: list[str]  # past-tense sentences starting with a verb


class Person(NamedTuple):
    id: str
    name: str
    email: str
    family: str
    level: Level  # how well this person interviews
    city: str
    headline: str
    years: int
    summary: str
    roles: list[Role]
    skills: list[str]
    education: str
    selected_work: str
    non_native: bool = False


class JobSource(TypedDict):
    key: str
    family: str
    title: str
    company: str
    location: str
    salary_range: str
    experience_level: str
    description: str
    requirements: list[str]
    skills: list[str]


def read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise ValueError(f"{path}: not valid YAML: {error}") from None
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping at the top level")
    return data


@cache
def _file(name: str) -> dict[str, Any]:
    return read_yaml(MATERIAL_DIR / name)


def _question(raw: dict[str, Any]) -> SkillQuestion:
    answers = [Answer(raw[level]["score"], raw[level]["text"], raw[level]["rationale"]) for level in LEVELS]
    return SkillQuestion(raw["skill"], raw["question"], *answers)


def person(raw: dict[str, Any]) -> Person:
    roles = [Role(r["title"], r["company"], r["period"], list(r["achievements"])) for r in raw["roles"]]
    if raw["level"] not in LEVELS:
        raise ValueError(f"{raw['id']}: unknown level {raw['level']!r}")
    return Person(
        id=raw["id"],
        name=raw["name"],
        email=raw["email"],
        family=raw["family"],
        level=raw["level"],
        city=raw["city"],
        headline=raw["headline"],
        years=raw["years"],
        summary=raw["summary"],
        roles=roles,
        skills=list(raw["skills"]),
        education=raw["education"],
        selected_work=raw["selected_work"],
        non_native=bool(raw.get("non_native", False)),
    )


def seed_job_id() -> str:
    return str(_file("jobs.yaml")["seed_job_id"])


def jobs() -> list[JobSource]:
    return [JobSource(**raw) for raw in _file("jobs.yaml")["jobs"]]  # type: ignore[typeddict-item]


def people() -> list[Person]:
    return [person(raw) for raw in _file("people.yaml")["people"]]


def skill_questions() -> list[SkillQuestion]:
    return [_question(raw) for raw in _file("questions.yaml")["questions"]]


def stories(track: str) -> list[SkillQuestion]:
    return [_question(raw) for raw in _file("stories.yaml")[track]]


def talk(name: str) -> Any:
    """A list (or mapping) of conversation pieces from talk.yaml, e.g. `talk("intro_questions")`."""
    return _file("talk.yaml")[name]


def plan() -> tuple[int, list[tuple[str, str, list[str]]]]:
    """The seed and the (candidate id, job key, behaviours) rows of plan.yaml."""
    data = _file("plan.yaml")
    rows = [(row["candidate"], row["job"], list(row["behaviours"])) for row in data["interviews"]]
    return int(data["seed"]), rows
