"""A duty set aside, read from the candidate's reason for it, in any occupation.

Rubric red flags and `unsafe_practice` name a shortcut itself ("I skip the pressure test"). A fluent wrong answer
in the job's own words more often says what the shortcut is for or whose check it leans on: speed or money
("stopping a job costs money", "time's money"), the chance of being caught ("it's rarely enforced"), how rarely it
matters ("they're nearly always false alarms, so we kept checking people in"), someone else's earlier check ("the
inbound crew have already done the checks, so I'd sign the sheet"), the duty disowned ("the test stickers are the
boss's thing, not mine") or a safeguard taken off the work ("the guard's taken off because it jams"). A right answer
gives the duty's own reason (the person, the hazard, the rule). The stances are data
(`planning/data/set_aside.yaml`), one per kind and none per job; `unsafe_practice.states_unsafe_practice` reads
them after its own patterns, so a stance is a red flag wherever unsafe practice is one: it caps the answer's score,
is probed and never praised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from workbench.interviewer.clauses import splitter
from workbench.interviewer.regex_union import CaseBlind, LiteralPrefilter, case_blind

DATA_FILE = Path(__file__).resolve().parent / "planning" / "data" / "set_aside.yaml"
# A clause ends at a comma, a semicolon or a colon, or before "but", "so" or "because" (`planning/data/clauses.yaml`):
# "I never skip it, time's money for the customer too" would be read clause by clause.
_CLAUSE_BREAK = splitter("stance")


@dataclass(frozen=True, slots=True)
class _Stances:
    said: tuple[re.Pattern[str], ...]  # every stance of the data file
    # which stances could match a sentence at all (their literal words; 1 sentence in 100 holds any): a third of
    # the cost of one union of them all
    prefilter: LiteralPrefilter
    negation: re.Pattern[str]
    others: CaseBlind
    still: CaseBlind


@lru_cache(maxsize=1)
def _stances() -> _Stances:
    with DATA_FILE.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    said = tuple(re.compile(pattern, re.IGNORECASE) for kind in data["stances"].values() for pattern in kind)
    return _Stances(
        said=said,
        prefilter=LiteralPrefilter(said),
        negation=re.compile(data["negation"], re.IGNORECASE),
        others=case_blind(data["others"]),
        still=case_blind(data["still"]),
    )


def sets_aside(sentence: str) -> bool:
    """Whether the sentence sets a duty aside as the candidate's own practice, by its reason or its hand-off."""
    stances = _stances()
    candidates = stances.prefilter.candidates(sentence)
    if not candidates or stances.still.found(sentence):
        return False
    for pattern in candidates:
        for match in pattern.finditer(sentence):
            before = sentence[: match.start()]
            clause_before = before[_CLAUSE_BREAK.clause_start(before, len(before)) :]
            if not stances.negation.search(clause_before) and not stances.others.found(before):
                return True
    return False
