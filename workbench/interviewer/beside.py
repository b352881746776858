"""An answer said beside a repair: a reply that asks what the question means, or asks its own question, and
answers all the same.

"I'm not totally sure what you mean by restraint, but I'd hold the dog with one arm under the neck ..." asks and
answers: it was taken as a request to clarify, so the answer was lost (not evidence) and the question put again
in other words; "So I'd hold the dog close ..., sorry, what hours are the shifts by the way? and I'd keep talking to
it" was taken as the candidate's own question, and the question put again. Such a reply is an answer; its own
question, said inside it, is answered before the interview moves on (`asked_inside`).

The cue words (the reply's own act, how many words an answer needs) live in `planning/data/repair.yaml`
(`answer_beside`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.interviewer.clauses import splitter
from workbench.interviewer.repair_rules import rules
from workbench.interviewer.signals import count_words, sentences

# A clause ends at its punctuation, or before a word that joins another ("..., but I'd hold", "because I'd ..."),
# both kept with their clause (`answer_beside` of `planning/data/clauses.yaml`)
_CLAUSES = splitter("answer_beside")


@lru_cache(maxsize=1)
def _cues() -> tuple[int, re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    config = rules().config["answer_beside"]
    return (
        int(config["min_words"]),
        re.compile(config["own_act"], re.IGNORECASE),
        re.compile(config["subject"], re.IGNORECASE),
        re.compile(rules().config["clarification"]["term_asked"], re.IGNORECASE),
    )


def _asks(clause: str) -> re.Match[str] | None:
    """The request to clarify a clause holds, if any (or its question mark)."""
    term_asked = _cues()[3]
    found = [m for p in rules().clarify if (m := p.search(clause))]
    found += [m for m in (term_asked.search(clause), re.search(r"\?\s*$", clause)) if m]
    return max(found, key=lambda m: m.end()) if found else None


def said_beside(text: str) -> str:
    """What the reply says beside its requests and questions: its clauses that ask nothing, and in a spoken clause
    that asks, what the candidate goes on to say of their own after the ask ("sorry what do you mean by restraint
    exactly | i have only held dogs for the groomer ...")."""
    kept: list[str] = []
    subject = _cues()[2]
    for clause in _CLAUSES.split(text.strip()):
        ask = _asks(clause)
        if ask is None:
            if (
                rules().spoken.search(clause) is None
            ):  # "how much is tronc usually a week and do i get ...": asks
                kept.append(clause)
            continue
        after = clause[ask.end() :]
        own = subject.search(after) if not re.search(r"[?]", after) else None
        if own is not None:
            kept.append(after[own.start() :])
    return " ".join(kept).strip()


def answers_beside(text: str) -> bool:
    """Whether a reply that asks also answers: what it says beside the ask is long enough to be an answer and
    tells the candidate's own act ("I'd hold the dog ...", "i keep them calm by ...")."""
    min_words, own_act, _, _ = _cues()
    rest = said_beside(text)
    return count_words(rest) >= min_words and own_act.search(rest) is not None


def asked_inside(text: str) -> str | None:
    """The candidate's own question said inside an answer, not at its end ("..., sorry, what hours are the shifts by
    the way? and I'd keep talking to it"): the clause that asks it, or None."""
    said = sentences(text)
    for sentence in said[:-1]:
        if not sentence.rstrip().endswith("?"):
            continue
        clause = _CLAUSES.split(sentence.strip())[-1]
        opener = rules().opener.search(clause)
        if opener is not None and any(p.search(clause) for p in rules().topics_prefilter.candidates(clause)):
            return clause
    return None
