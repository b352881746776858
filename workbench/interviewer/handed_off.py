"""A check or an act the question asks the candidate about, handed to someone else: not their own part.

"The supervisor checks that", "that's the pharmacist's job, not mine", "I'd just tell the nurse": to "what would
you do?" none says what the candidate does, and each was scored 2 on its few words. An answer whose every sentence
hands off is no evidence for the competency (`rubric_score.judge`: "the check was left to someone else"); one with
the candidate's own acts beside it is scored, its deferring lowering the score (`left_to_others`).
Escalation with the candidate's own acts in the same sentence ("I'd stop, make it safe, then report to my
supervisor", "I'd move the stock and just tell the manager") is their part. The words are data
(`planning/data/handed_off.yaml`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from workbench.interviewer.clauses import splitter
from workbench.interviewer.regex_union import CaseBlind, case_blind
from workbench.interviewer.signals import sentences

DATA_FILE = Path(__file__).resolve().parent / "planning" / "data" / "handed_off.yaml"
_CLAUSE = splitter("hand_off")  # `planning/data/clauses.yaml`


@dataclass(frozen=True, slots=True)
class _Rules:
    handed: re.Pattern[str]
    handed_found: CaseBlind  # `handed`, behind its literals: most sentences hand nothing off (~3 us, not ~11)
    own_act: re.Pattern[str]
    others: re.Pattern[str]  # who a check is left to ("the pharmacist", "my supervisor")
    unnamed: re.Pattern[str]  # others that name nobody in particular ("someone else"): not said back


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    with DATA_FILE.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    others = data["others"]
    said = "|".join(f"(?:{pattern.replace('{others}', others)})" for pattern in data["patterns"])
    handed = re.compile(said, re.IGNORECASE)
    return _Rules(
        handed=handed,
        handed_found=CaseBlind(handed),
        own_act=re.compile(data["own_act"], re.IGNORECASE),
        others=re.compile(rf"\b(?:{others})\b", re.IGNORECASE),
        unnamed=re.compile(data["unnamed"], re.IGNORECASE),
    )


def hands_off(sentence: str) -> bool:
    """Whether the sentence hands the check or the act to someone else, with no act of the candidate's own."""
    rules = _rules()
    if not rules.handed_found.found(sentence):
        return False
    match = rules.handed.search(sentence)
    if match is None:
        return False
    # the candidate's own act in another clause of the sentence: "I'd check the label and then just tell the nurse"
    rest = sentence[: match.start()] + " , " + sentence[match.end() :]
    return not any(rules.own_act.search(clause) for clause in _CLAUSE.split(rest))


def handed_to(answer: str) -> str | None:
    """Whom an answer hands the whole check to, when every sentence of it hands off ("That's the pharmacist's
    job, not mine." -> "pharmacist"); "" when they name nobody in particular ("someone else sorts that"); None when
    the answer has a part of the candidate's own, or hands nothing off."""
    told = [sentence for sentence in sentences(answer) if sentence.strip(" .!?")]
    if not told or not all(map(hands_off, told)):
        return None
    rules = _rules()
    for sentence in told:
        handed = rules.handed.search(sentence)
        who = rules.others.search(handed.group(0)) if handed else None
        if who is not None and not rules.unnamed.fullmatch(who.group(0)):
            return who.group(0)
    return ""


@lru_cache(maxsize=1)
def left_to_others() -> CaseBlind:
    """Deferring counted against ownership in a scored answer ("I'd leave it for the pharmacist", "the hospital does
    it anyway"): the weaker reading of the same data (`handed_off.yaml`, `left_to_others`)."""
    with DATA_FILE.open(encoding="utf-8") as handle:
        patterns: list[str] = yaml.safe_load(handle)["left_to_others"]
    return case_blind("|".join(patterns), re.IGNORECASE)
