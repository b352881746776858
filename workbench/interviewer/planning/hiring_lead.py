"""An ad's opening line that names the employer and the role it hires before the duties ("Busy family-run bakery
hiring counter assistants: serve customers, ..."): the lead is no duty of the job, what follows its colon is."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from workbench.interviewer.planning.lexicon import verb_base

DATA = Path(__file__).resolve().parent / "data" / "hiring_lead.yaml"
_WORD = r"[\w&'’/-]+"


def _words() -> dict[str, list[str]]:
    with DATA.open(encoding="utf-8") as handle:
        body: dict[str, list[str]] = yaml.safe_load(handle)
    return body


_DATA = _words()
_HIRES = "|".join(hire.replace(" ", r"\s+") for hire in _DATA["hires"])
# "<employer> [is|are|'re] [now] hiring|seeks|seeking|recruiting|looking for <role>:" with the duties after the
# colon; the employer is up to 8 words and the role up to 6 ("an experienced groom", "night custodians")
_LEAD = re.compile(
    rf"^(?P<employer>(?:{_WORD}\s+){{0,7}}?{_WORD})\s+(?:(?:is|are|'re|’re)\s+)?(?:now\s+)?"
    rf"(?:{_HIRES})"
    rf"(?:\s+(?P<role>(?:{_WORD}\s+){{0,5}}{_WORD}))?\s*:\s+(?=\S)",
    re.IGNORECASE,
)
# "the hiring manager", "for hiring": "hiring" as a noun's modifier or a gerund after a preposition is no lead
_NOT_AN_EMPLOYER_END = frozenset(_DATA["not_an_employer_end"])
# "seeking feedback from ...", "looking for faults": a role opens with no preposition nor "the"
_NOT_A_ROLE_START = frozenset(_DATA["not_a_role_start"])


def without_hiring_lead(item: str) -> str:
    """The item without its lead naming who hires whom ("Full-service restaurant hiring dishwashers: run the dish
    machine, ..." -> "run the dish machine, ..."); an item whose words before the colon open with a verb ("Support
    hiring managers: ...") is a duty with its examples and stays whole, as does any other item."""
    match = _LEAD.match(item.lstrip())
    if match is None:
        return item
    employer = match.group("employer").split()
    role = (match.group("role") or "").lower().split()
    first = employer[0].lower()
    if (
        employer[-1].lower() in _NOT_AN_EMPLOYER_END
        or (role and role[0] in _NOT_A_ROLE_START)
        or "to" in role
    ):
        return item
    if "-" not in first and verb_base(first) == first:
        return item  # "Support hiring managers: ...", "Lead recruiting drives: ..."
    return item.lstrip()[match.end() :]
