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


def opens_as_addition(reply: str) -> bool:
    """Whether `reply` opens as an addition ("Oh, and also, ..."): without that, `is_addition` is False whatever
    the previous exchange, so a caller need not build its text (most replies)."""
    return _patterns()[0].search(reply) is not None


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


def refers_back(reply: str) -> bool:
    """Whether `reply` opens as a correction of or an addition to another question's answer: without that,
    `names_earlier` is False whatever was said before, so a caller need not build those texts (most replies)."""
    return re.match(rules().config["addition"]["names_earlier"], reply, re.IGNORECASE) is not None


def names_earlier(reply: str, current: str, earlier: str) -> bool:
    """Whether `reply` corrects or adds to an earlier question's answer, and says so ("sorry, back on the hoist
    question, I meant ...", "Correction, on that one about the ties ...", "let me correct what I said earlier, ..."),
    while another question is open, a follow-up's included: `current` is the open item's questions and answers so
    far, `earlier` the answered items' before it. A question named by its subject is an earlier one when the
    subject is none of the open item's words, or more of an earlier one's; one named by its place ("the first one") or not named ("let me
    correct myself") when the place says so or the reply shares more words with the earlier answers."""
    config = rules().config["addition"]
    named = re.match(config["names_earlier"], reply, re.IGNORECASE)
    if named is None or not earlier.strip():
        return False
    subject = _words(named.group("topic") or named.group("about") or "")
    place = {str(word) for word in config["place_words"]}
    if subject := subject - place:
        # "back on the cell checks question" while record keeping's checks are asked about: the cells name it
        here = subject & _words(current)
        return not here or len(subject & _words(earlier)) > len(here)
    if subject & {str(word) for word in config["earlier_words"]}:
        return True
    said = _words(reply[named.end() :])
    return len(said & _words(earlier)) > len(said & _words(current))


def opens_with_correction(reply: str) -> bool:
    """Whether the reply opens by correcting something the candidate said ("no wait i meant above 63",
    "Correction: it was Policy H4, not H7."): said to a question nothing has been answered to yet, it corrects an
    earlier answer."""
    return re.match(rules().config["addition"]["correction_opener"], reply, re.IGNORECASE) is not None


def corrects_answer(reply: str) -> bool:
    """Whether the answer to the open question opens by correcting what the candidate said or heard ("Sorry, I
    misheard, I meant ...", "Sorry, I meant I always clip on" to the challenge of an unsafe statement)."""
    return re.match(rules().config["addition"]["corrects_answer"], reply, re.IGNORECASE) is not None


def correction_thanks(index: int) -> str:
    """The thanks for a correction said as the answer: it is no new content to thank for as any answer."""
    replies: list[str] = rules().config["addition"]["corrects_answer_replies"]
    return replies[index % len(replies)]


def acknowledgement_of(reply: str) -> str:
    """The thanks for an addition, or for a correction as one ("I meant every 4 metres, not 6")."""
    config = rules().config["addition"]
    corrects = (
        opens_with_correction(reply) or re.search(config["correction"], reply, re.IGNORECASE) is not None
    )
    return str(config["correction_reply"] if corrects else config["reply"])


def adds_to_first(reply: str) -> bool:
    """Whether the addition names the interview's first question ("going back to the first question, I also ..."):
    it is evidence for that question's answer, not the one just before it."""
    return re.search(rules().config["addition"]["to_first"], reply, re.IGNORECASE) is not None
