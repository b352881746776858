"""Whether a follow-up that asked for the candidate's own account got one.

An interviewer probes a vague answer for what the candidate did: "Could you give me a specific example from your
own work — what exactly did you do?", "What did you personally do in that situation?", "How would you approach it
in practice?". A reply that tells nothing done or to be done ("Df for disk space and look at logs.", "A list is
stored fully.", "Not really, no.", "Yes.") leaves the answer where it was: the candidate was asked for the
example, the steps or the practice that the upper anchors describe, and gave none. A trained assessor reads the
failed probe as evidence in its own right (the answer stays at the anchors' "generic statements"), whatever the
length of either answer; a reply that narrates an action, states a practice, gives a figure or a result has
answered the probe, however briefly.
"""

from __future__ import annotations

import re

from workbench.interviewer.evidence import STOPWORDS
from workbench.interviewer.regex_union import case_blind
from workbench.interviewer.rubric_score import SPELLED_QUANTITY
from workbench.interviewer.signals import read_signals, sentences

PROBE_UNANSWERED_CAP = 2
# A follow-up that asks for the candidate's own account: an example, their steps, what they did or would do.
# (A follow-up asking only for the outcome, the scene or the risks is answered without one; so is one asking what
# they would do differently: a reflection on the account already given, to which "No." takes nothing back.)
_ASKS_FOR_ACCOUNT = case_blind(
    r"\bwhat (?:exactly |specifically |else )?(?:did|would|do) you (?:personally |actually |yourself |really )?do\b"
    r"(?!\s+(?:anything\s+)?differently\b)"
    r"|\bwhat you (?:actually |personally )?did\b|\bwhat did you do\b(?!\s+(?:anything\s+)?differently\b)|\b(?:the|your|which|what|specific) steps\b|\bsteps? by step\b"
    r"|\bsteps (?:you|were yours)\b|\bexample\b"
    r"|\breal (?:situation|case)\b|\bparticular time\b|\bin practice\b|\bhow did you (?:handle|go about|approach)\b"
    r"|\bhow would you (?:approach|handle|go about)\b|\btools or techniques\b|\byour own part\b"
    r"|\bwhich part of (?:that|it) did you\b",
    re.IGNORECASE,
)
# What one would do or does ("I'd move them onto other plots", "we use IAM roles"): a practice stated.
_OWN_PRACTICE = case_blind(
    r"\b(?:i|we)(?:'d|'ll|\s+would|\s+will|\s+always|\s+usually|\s+normally|\s+then|\s+just)?\s+(?!(?:think|guess|suppose"
    r"|believe|hope|mean|know|feel|have|had|said|say|don'?t|do not|can'?t|wouldn'?t|won'?t|am|was|were|are|be|not|never)\b)"
    r"[a-z]{2,}\b",
    re.IGNORECASE,
)
# An instruction: a word that is no function word, then the determiner or pronoun of its object ("Move the
# plasterers", "Check that first fix is done", "Ring them"), the way a terse expert states a practice without "I".
_INSTRUCTION = re.compile(
    r"^\W*([a-z][a-z-]+)\s+(?:the|a|an|it|them|him|her|that|this|those|these|their|every|each|both|all|any|my|our)\b",
    re.IGNORECASE,
)
_NOT_VERBS = frozenset(
    {"there", "here", "then", "now", "once", "also", "yes", "okay", "well", "sometimes", "today"}
)


def _instruction(sentence: str) -> bool:
    """A sentence that opens with a verb and its object, without the "I": "Move the plasterers onto the plots
    that are ready." is the practice of a terse expert."""
    match = _INSTRUCTION.match(sentence)
    if match is None:
        return False
    first = match.group(1).lower()
    return first not in STOPWORDS and first not in _NOT_VERBS and not first.endswith("ly")


def asks_for_account(question: str) -> bool:
    """Whether a follow-up asks for the candidate's own example, steps or practice."""
    return _ASKS_FOR_ACCOUNT.found(question)


def gives_account(reply: str) -> bool:
    """Whether a reply (its evidence: disclaimers and asides already set aside) answers such a probe: an action
    narrated, a practice stated, a figure or a result."""
    if not reply.strip():
        return False
    signals = read_signals(reply)
    if signals.first_person_actions + signals.team_actions + signals.elided_actions + signals.practices:
        return True
    if (
        signals.numbers
        or signals.star["result"]
        or SPELLED_QUANTITY.found(reply)
        or _OWN_PRACTICE.found(reply)
    ):
        return True
    return any(_instruction(sentence) for sentence in sentences(reply))


def probe_unanswered(asked: list[str], replies: list[str]) -> bool:
    """Whether the follow-ups that asked for the candidate's account (`asked[1:]`, the core question first) all
    drew replies (`replies[1:]`, their evidence) that give none."""
    probes = [
        reply for question, reply in zip(asked[1:], replies[1:], strict=True) if asks_for_account(question)
    ]
    return bool(probes) and not any(gives_account(reply) for reply in probes)
