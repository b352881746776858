"""A bare yes to a question that asks whether the candidate can or will tell something.

"Could you walk me through one particular time you had to respond to 999 calls?" - "Yes." is willingness, not the
answer: taken as one, the interviewer moved on and the candidate never told the story. The reply is recognised
here only where the question asks for willingness (a "could you", "is there", "do you have" sentence); to
"Did you check it?" a yes is the answer. What the interviewer says next is the question's own ask, said as a
request (`go_ahead_question`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from workbench.interviewer.signals import count_words

DATA = Path(__file__).resolve().parent / "planning" / "data" / "repair.yaml"
_SENTENCE = re.compile(r"(?<=[.?!])\s+(?=[A-Z\"“])")


@dataclass(frozen=True, slots=True)
class AssentRules:
    max_words: int
    reply: re.Pattern[str]
    asks: re.Pattern[str]
    recall: re.Pattern[str]
    content: re.Pattern[str]
    bare_no: re.Pattern[str]  # `non_answer.bare_no`, the reply whole: nothing before or after it
    config: dict[str, Any]


@lru_cache(maxsize=1)
def rules() -> AssentRules:
    with DATA.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    config: dict[str, Any] = data["assent"]
    return AssentRules(
        max_words=int(config["max_words"]),
        reply=re.compile(config["reply"], re.IGNORECASE),
        asks=re.compile(config["asks"], re.IGNORECASE),
        recall=re.compile(config["recall"], re.IGNORECASE),
        content=re.compile(config["asks_content"], re.IGNORECASE),
        bare_no=re.compile(rf"^\W*(?:{data['non_answer']['bare_no']})\W*$", re.IGNORECASE),
        config=config,
    )


def is_assent(reply: str, question: str) -> bool:
    """A bare yes ("Yes.", "Sure, I can.") to a question that asks whether the candidate can or will tell."""
    r = rules()
    if count_words(reply) > r.max_words or not r.reply.match(reply.strip()):
        return False
    return go_ahead_question(question) is not None


def bare_yes_or_no(reply: str) -> bool:
    """ "Yes.", "Sure.", "No.": a reply that is only an assent or a refusal."""
    text = reply.strip()
    return count_words(text) <= rules().max_words and bool(
        rules().reply.match(text) or rules().bare_no.match(text)
    )


def asks_for_content(question: str) -> bool:
    """Whether a sentence of the question asks for something a yes or a no does not give ("You mentioned the
    grinder — what did you check first?"); "Did you check it?" is answered by a yes."""
    r = rules()
    sentences = _SENTENCE.split(" ".join(question.split()))
    return any(r.content.match(part.split(" — ")[-1].strip()) for part in sentences)


def go_ahead_question(question: str) -> str | None:
    """What the question asks, as a request to go ahead with: the sentences after its yes/no one ("Is there
    anything close to it you've dealt with? How did you handle it?" -> "How did you handle it?"), or its
    "could you" ask as a request ("Walk me through one particular time ..."). None when no sentence of the
    question asks for willingness."""
    r = rules()
    sentences = _SENTENCE.split(" ".join(question.split()))
    for at in range(len(sentences) - 1, -1, -1):
        match = r.asks.match(sentences[at])
        if match is None:
            continue
        after = " ".join(sentences[at + 1 :]).strip()
        if after:
            return after
        rest = (match.group("rest") or "").strip()
        if rest and r.recall.match(rest):
            return str(r.config["recall_question"])
        if rest:
            return f"{rest[0].upper()}{rest[1:]}."
        key = (
            "ask_question" if re.search(r"\bquestions?\b", sentences[at], re.IGNORECASE) else "open_question"
        )
        return str(r.config[key])
    return None


def go_ahead(index: int) -> str:
    responses: list[str] = rules().config["responses"]
    return responses[index % len(responses)]
