"""Two fluent wrong answers of any job that name no skipped step: the person served misled, and a required check
left to someone senior's word.

`unsafe_practice` and the rubric's red flags name a shortcut by what is left out ("I skip the pressure test"). A
candidate who misleads the person they serve says what they tell them and, in the same sentence, what makes it
untrue ("I tell them it's in stock and order it later", "I tell her she has, even when she hasn't"); one who leans on
a senior's word says whose word and that they acted on it ("the supervisor told me not to bother with the RCD test,
so I signed the certificate", "if the nurse says it's fine I give the tablets"). The words are data
(`planning/data/reasons_and_deceit.yaml`), none per job. `unsafe_practice.states_unsafe_practice` reads them, so
each is a red flag: it caps the answer's score, is probed and never praised.

Not when the candidate says it straight or only once it is so ("I tell them honestly", "only after I've checked"),
still checks or refuses ("I still probe it"), speaks of a hypothetical ("If I told them that they'd never trust me
again") or, in the clause before, negates, warns or speaks of others ("I'd never tell them ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from workbench.interviewer.clauses import splitter
from workbench.interviewer.people import alternation

DATA_FILE = Path(__file__).resolve().parent / "planning" / "data" / "reasons_and_deceit.yaml"
# The clause before a statement, read for its negation (`planning/data/clauses.yaml`, as `set_aside` reads it).
_CLAUSE_BREAK = splitter("stance")
# A clause that opens with its condition before the candidate's act.
_CONDITION = re.compile(r"\s*(?:and\s+|so\s+|but\s+|then\s+)?(?:if|when|whenever|once)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Patterns:
    deceit: re.Pattern[str]
    deceit_marker: re.Pattern[str]
    account: re.Pattern[str]
    promise: re.Pattern[str]
    honest: re.Pattern[str]
    say_so: re.Pattern[str]
    say_so_if: re.Pattern[str]
    say_so_gap: re.Pattern[str]
    say_so_own: re.Pattern[str]
    hypothetical: re.Pattern[str]
    not_own: re.Pattern[str]


def _union(patterns: str | list[str]) -> str:
    return patterns if isinstance(patterns, str) else "|".join(f"(?:{p})" for p in patterns)


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    with DATA_FILE.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    names = {name: f"(?:{_union(data[name])})" for name in ("person", "senior", "check")}
    # the people of the work, as the person served who is told something (`people_of_the_work.json`)
    names["person"] = names["person"].replace("{people}", alternation("told"))

    def compiled(key: str) -> re.Pattern[str]:
        text = _union(data[key])
        for name, value in names.items():
            text = text.replace("{" + name + "}", value)
        return re.compile(text, re.IGNORECASE)

    return _Patterns(
        *(
            compiled(key)
            for key in (
                "deceit",
                "deceit_marker",
                "deceit_account",
                "deceit_promise",
                "deceit_honest",
                "say_so",
                "say_so_if",
                "say_so_gap",
                "say_so_own",
                "hypothetical",
                "not_own",
            )
        )
    )


def _own(sentence: str, match: re.Match[str]) -> bool:
    """The statement is the candidate's own practice: no negation, warning or other person in its clause before."""
    before = sentence[: match.start()]
    clause_before = before[_CLAUSE_BREAK.clause_start(before, len(before)) :]
    if _CONDITION.match(clause_before):
        return True  # "If it's not on the shelf I tell them ...": the negation is the situation's
    return not _patterns().not_own.search(clause_before)


def misleads_or_defers(sentence: str) -> bool:
    """Whether the sentence misleads the person served, or leaves a required check to a senior's word, as the
    candidate's own practice."""
    patterns = _patterns()
    if patterns.hypothetical.search(sentence):
        return False
    return any(_misleads(sentence, told) for told in patterns.deceit.finditer(sentence)) or _defers(sentence)


def _misleads(sentence: str, told: re.Match[str]) -> bool:
    """What the candidate tells the person served is a claim (not an account or a promise), and the rest of the
    sentence makes it untrue."""
    patterns = _patterns()
    after = sentence[told.end() :]
    marker = patterns.deceit_marker.search(after)
    return bool(
        marker
        and not patterns.account.match(after)
        and not patterns.promise.search(after[: marker.start()])
        and not patterns.honest.search(after)
        and _own(sentence, told)
    )


def _defers(sentence: str) -> bool:
    """A required check left to a senior's word and acted on: told to skip it, or the word taken for it over a
    gap the candidate names."""
    patterns = _patterns()
    deferred = patterns.say_so.search(sentence)
    if deferred is None:
        deferred = patterns.say_so_if.search(sentence)
        if deferred is None or not patterns.say_so_gap.search(sentence, deferred.start()):
            return False
    return not patterns.say_so_own.search(sentence[deferred.start() :]) and _own(sentence, deferred)
