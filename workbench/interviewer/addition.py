"""An addition to the previous answer ("Oh, and also, about the keys: we sometimes use ids from the database"):
said after the next question was put, it is no answer to that question. It is recorded as an addition (evidence
for the question it adds to, `scorecard.answer_groups`), and the open question stands.

A reply is an addition when it opens as one and either says which answer it adds to ("going back to the last
question", "I forgot to mention") or shares more of its words with the previous question and answer than with the
open question. The words are data (`planning/data/repair.yaml`: `addition`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.interviewer.planning.esco import singular, tokens
from workbench.interviewer.repair_rules import rules
from workbench.interviewer.stemming import STOPWORDS


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    config = rules().config["addition"]
    return re.compile(config["opener"], re.IGNORECASE), re.compile(config["back_reference"], re.IGNORECASE)


def is_addition(reply: str, previous: str, open_question: str) -> bool:
    """Whether `reply` adds to the previous exchange (`previous`: its question and answer) rather than answering
    `open_question`."""
    opener, back_reference = _patterns()
    opened = opener.search(reply)
    if not previous.strip() or not opened:
        return False
    if back_reference.search(reply):
        return True
    # what is added, without the words that open it ("actually going back to ..." shares its "actually" with
    # "what do you actually do?", not its subject)
    said = _words(reply[opened.end() :])
    return len(said & _words(previous)) > len(said & _words(open_question))


def _words(text: str) -> set[str]:
    return {singular(word) for word in tokens(text) if len(word) > 2} - STOPWORDS


def adds_to_first(reply: str) -> bool:
    """Whether the addition names the interview's first question ("going back to the first question, I also ..."):
    it is evidence for that question's answer, not the one just before it."""
    return re.search(rules().config["addition"]["to_first"], reply, re.IGNORECASE) is not None


def acknowledgement() -> str:
    return str(rules().config["addition"]["reply"])
