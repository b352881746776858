"""Shape of an authored candidate. Every person is fictional; emails use example.com / example.org."""

from __future__ import annotations

from typing import NamedTuple

from workbench.records import Level


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
    non_native: bool = False
