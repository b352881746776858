"""Whether a situation can happen in a duty: what the situation takes for granted (a person there who reacts, a
production run, a record of work, supplies, a plan, information held) and what the duty is, by its verb and object.

The preconditions are data (data/situation_fit.yaml), matched against the situation template, so they hold for any
family's situations and any job's duties, not for listed jobs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parent / "data" / "situation_fit.yaml"


@dataclass(frozen=True, slots=True)
class Precondition:
    """The situations that take something for granted, and the duties that give it (`duty`) or cannot (`not_duty`)."""

    situation: re.Pattern[str]
    duty: re.Pattern[str] | None
    not_duty: re.Pattern[str] | None

    def allows(self, duty: str) -> bool:
        if self.duty is not None and self.duty.search(duty) is None:
            return False
        return self.not_duty is None or self.not_duty.search(duty) is None


def _compiled(pattern: str | None) -> re.Pattern[str] | None:
    return re.compile(pattern, re.IGNORECASE) if pattern else None


@lru_cache(maxsize=1)
def preconditions() -> tuple[Precondition, ...]:
    with DATA.open(encoding="utf-8") as handle:
        body: dict[str, dict[str, dict[str, str]]] = yaml.safe_load(handle)
    return tuple(
        Precondition(
            re.compile(entry["situation"], re.IGNORECASE),
            _compiled(entry.get("duty")),
            _compiled(entry.get("not_duty")),
        )
        for entry in body["preconditions"].values()
    )


@lru_cache(maxsize=4096)
def situation_fits_duty(situation: str, duty: str) -> bool:
    """Every precondition the situation template takes for granted is one the duty gives ("a swimmer keeps ignoring
    you" needs a duty done with people; "first aid" alone, or "keep the poolside clean", is none)."""
    return all(p.allows(duty) for p in preconditions() if p.situation.search(situation))
