"""A step left out, said with the reason of speed or ease: "we ran the migrations by hand in production, it's faster
than waiting for the pipeline", "on a busy saturday we dont always change the gloves because theres no time", "we
sometimes just skip the cash count when its quiet because nothing ever changes".

The rubric's red flags and `unsafe_practice` name shortcuts by what is left out; a fluent candidate in any job says
what the shortcut is for. A step left out (skipped, "not always" done, done "by hand" or "without" its check, "just"
signed off) beside a reason of convenience (faster, quicker, easier, no time, saves or wastes time, takes too long,
nothing ever changes, nobody checks anyway) is probed like any unsafe statement: the interviewer asks for its risks,
never praises it (`probing.cues`), and `unsafe_practice.states_unsafe_practice` reads it too, so it is a red flag that
caps the answer's score (on the train and dev answers it found nothing the other patterns had not). The left-out
step includes a safeguard cut down rather than skipped: switched off, made from memory or from the cab, one sampled
for the batch, done less often than due. The words are data (`planning/data/shortcut_reason.yaml`).

Read clause by clause as speech is said (`spoken`): the quote is the clause that leaves the step out and gives the
reason, not a whole unpunctuated answer.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from workbench.interviewer.clauses import splitter
from workbench.interviewer.regex_union import CaseBlind
from workbench.interviewer.signals import sentences

DATA_FILE = Path(__file__).resolve().parent / "planning" / "data" / "shortcut_reason.yaml"


def _pattern(value: str | list[str]) -> str:
    """A pattern of the data file: a string, or a list of the alternatives of one."""
    return value if isinstance(value, str) else "|".join(value)


@lru_cache(maxsize=1)
def _said() -> CaseBlind:
    """`_patterns()`'s first as a `CaseBlind`: most sentences hold none of the reasons' literals ("faster", "no time",
    "save", ...), and are passed over at ~1.7 us instead of the whole pattern's ~12.5 us search (several sentences a
    turn, read by the probing and the unsafe-practice checks); the same sentences found."""
    return CaseBlind(_patterns()[0])


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The step left out for ease, said either way round within a few words, and what says it is not the
    candidate's own practice (`planning/data/shortcut_reason.yaml`, read once)."""
    with DATA_FILE.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    # one list of safeguards for each way of saying one was switched off or disabled
    steps = _pattern(data["left_out"]).replace("{safeguard}", data["safeguard"])
    left_out, for_ease = rf"\b(?:{steps})", f"(?:{_pattern(data['for_ease'])})"
    near = _pattern(data["near"])
    said = re.compile(rf"({left_out}{near}{for_ease}|{for_ease}{near}{left_out})", re.IGNORECASE)
    return said, re.compile(_pattern(data["not_own"]), re.IGNORECASE)


# where a clause of speech starts and ends: punctuation, or a joining word (`planning/data/clauses.yaml`)
_CLAUSE_START, _CLAUSE_END = splitter("shortcut_start"), splitter("shortcut_end")


def shortcut_for_ease(answer: str) -> str | None:
    """The clause of the answer that leaves a step out for speed or ease as the candidate's own practice, or None."""
    said, not_own = _patterns()
    prefilter = _said()
    for sentence in sentences(answer):
        if not prefilter.found(sentence):
            continue
        match = said.search(sentence)
        if match is None:
            continue
        start = _CLAUSE_START.clause_start(sentence, match.start())
        if not_own.search(sentence[start : match.end()]):
            continue
        return sentence[start : _CLAUSE_END.clause_end(sentence, match.end())].strip()
    return None
