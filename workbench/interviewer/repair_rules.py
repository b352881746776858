"""The conversation-repair rules (`planning/data/repair.yaml`), loaded once: what a request to clarify, a
request to end and a candidate's own question look like, and how each is answered."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from workbench.interviewer.regex_union import CaseBlind, LiteralPrefilter, case_blind

DATA = Path(__file__).resolve().parent / "planning" / "data" / "repair.yaml"


@dataclass(frozen=True, slots=True)
class RepairRules:
    clarify: tuple[re.Pattern[str], ...]
    clarify_max_words: int
    end: tuple[CaseBlind, ...]  # (each behind its literals: most replies say no "we", "to ", "interview")
    end_max_words: int
    question_max_words: int
    opener: re.Pattern[str]
    spoken: re.Pattern[str]
    spoken_max_words: int
    topics: dict[str, re.Pattern[str]]
    config: dict[str, Any]
    # The requests to clarify and the topics a text could match at all (most replies are answers).
    clarify_prefilter: LiteralPrefilter
    topics_prefilter: LiteralPrefilter


@lru_cache(maxsize=1)
def rules() -> RepairRules:
    with DATA.open(encoding="utf-8") as handle:
        config: dict[str, Any] = yaml.safe_load(handle)
    clarification, question, end = (
        config["clarification"],
        config["candidate_question"],
        config["end_request"],
    )
    clarify = tuple(re.compile(p, re.IGNORECASE) for p in clarification["patterns"])
    topics = {name: re.compile(p, re.IGNORECASE) for name, p in question["topics"].items()}
    return RepairRules(
        clarify=clarify,
        clarify_max_words=int(clarification["max_words"]),
        end=tuple(case_blind(p) for p in end["patterns"]),
        end_max_words=int(end["max_words"]),
        question_max_words=int(question["max_words"]),
        opener=re.compile(question["openers"], re.IGNORECASE),
        spoken=re.compile(question["spoken"], re.IGNORECASE),
        spoken_max_words=int(question["spoken_max_words"]),
        topics=topics,
        config=config,
        clarify_prefilter=LiteralPrefilter(clarify),
        topics_prefilter=LiteralPrefilter(topics.values()),
    )


@lru_cache(maxsize=1)
def self_correction() -> re.Pattern[str]:
    """A sorry that repairs the candidate's own answer ("Sorry, that was off the point"): no sign of nerves
    (`signals.AnswerSignals.apologies`). Loaded apart from `rules`, which the signals of every answer do not need."""
    with DATA.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    # (and a sorry that opens a question put to the interviewer: `polite_sorry`)
    return re.compile(f"(?:{data['self_correction']})|(?:{data['polite_sorry']})", re.IGNORECASE)


@lru_cache(maxsize=1)
def _hesitation() -> re.Pattern[str]:
    return re.compile(rules().config["hesitation"]["pattern"], re.IGNORECASE)


def hesitates(text: str) -> bool:
    """ "...", "hmm", "erm... let me think": a pause said aloud or typed, no answer yet (an empty reply is none)."""
    return bool(text.strip()) and _hesitation().match(text) is not None


@lru_cache(maxsize=1)
def _repeat() -> tuple[re.Pattern[str], re.Pattern[str]]:
    clarification = rules().config["clarification"]
    return re.compile(clarification["repeat"], re.IGNORECASE), re.compile(
        clarification["reword"], re.IGNORECASE
    )


def asks_to_repeat(text: str) -> bool:
    """A request to clarify that asks to hear the question again ("could you repeat that?", "sorry what was the
    question again"), not for other words: the question is said again as it was asked."""
    repeat, reword = _repeat()
    return repeat.search(text) is not None and reword.search(text) is None
