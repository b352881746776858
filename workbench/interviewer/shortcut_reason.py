"""A step left out, said with the reason of speed or ease: "we ran the migrations by hand in production, it's faster
than waiting for the pipeline", "on a busy saturday we dont always change the gloves because theres no time", "we
sometimes just skip the cash count when its quiet because nothing ever changes".

The rubric's red flags and `unsafe_practice` name shortcuts by what is left out; a fluent candidate in any job says
what the shortcut is for. A step left out (skipped, "not always" done, done "by hand" or "without" its check, "just"
signed off) beside a reason of convenience (faster, quicker, easier, no time, saves or wastes time, takes too long,
nothing ever changes) is probed like any unsafe statement: the interviewer asks for its risks, never praises it.
This is the conversation's reading only (`probing.cues`): what an answer scores is the scorer's.

Read clause by clause as speech is said (`spoken`): the quote is the clause that leaves the step out and gives the
reason, not a whole unpunctuated answer.
"""

from __future__ import annotations

import re

from workbench.interviewer.clauses import splitter
from workbench.interviewer.signals import sentences

_LEFT_OUT = (
    r"\b(?:skip(?:s|ped|ping)?|(?:don\W?t|dont|do not|didn\W?t|didnt|not) (?:always|bother(?: with)?|really bother)"
    r"|without (?:\w+ing|a |the |any |checking|asking|testing)|by hand in (?:prod\w*|live)|(?:just|only) (?:sign|signs|signed"
    r"|tick|ticks|ticked|wave|waved|push|pushed|leave|left|skip|skipped) \w*|cut(?:ting)? (?:a |the )?corners?"
    r"|bypass\w*|leave (?:it|them|that) off|left (?:it|them) off)"
)
_FOR_EASE = (
    r"(?:(?:it|that|thats|its|it\W?s|that\W?s|is|was)\s+(?:a lot |much |way |so much |just )?(?:faster|quicker|easier)\b"
    r"|\b(?:faster|quicker|easier) than (?:waiting|going|doing|filling|using|raising|booking|running|getting)\b"
    r"|\b(?:there\W?s|theres|there is|there was|we\W?ve|weve|we have|i have|i\W?ve) (?:got )?no time\b|\bno time (?:for|to)\b"
    r"|\bsaves? (?:us |me |them |a lot of |loads of |so much )*time\b|\bto save (?:time|a few minutes)\b"
    r"|\bwastes? (?:the whole |a lot of |loads of |so much |too much )?(?:time|day|shift|morning|afternoon|night)\b"
    r"|\btakes? (?:too|so|way too) long\b|\bnothing ever (?:changes|happens|goes wrong)\b)"
)
# within a few words of each other, either way round: "skip it ... because it's faster", "to save time we just skip"
_NEAR = r"(?:\W+\w+){0,14}?\W+"
_SAID = re.compile(rf"({_LEFT_OUT}{_NEAR}{_FOR_EASE}|{_FOR_EASE}{_NEAR}{_LEFT_OUT})", re.IGNORECASE)
# not the candidate's practice: "I never skip it, even if it's quicker", "some people skip it to save time"
_NOT_OWN = re.compile(
    r"\b(?:never|wouldn\W?t|wouldnt|won\W?t|shouldn\W?t|must not|mustn\W?t|even (?:if|though|when)|rather than"
    r"|instead of|some (?:people|staff|of them|planners|colleagues|chefs|drivers|agents)|other (?:people|staff|firms)"
    r"|people (?:who|think|say)|cowboys?|mistakes?|tempting|temptation)\b"
    r"|\b(?:not|don\W?t|dont|didn\W?t|didnt|never|no)\s+(?:\w+\s+)?(?:skip|sign|tick|cut|bypass|leave|do (?:it|them) by hand)",
    re.IGNORECASE,
)
# where a clause of speech starts and ends: punctuation, or a joining word (`planning/data/clauses.yaml`)
_CLAUSE_START, _CLAUSE_END = splitter("shortcut_start"), splitter("shortcut_end")


def shortcut_for_ease(answer: str) -> str | None:
    """The clause of the answer that leaves a step out for speed or ease as the candidate's own practice, or None."""
    for sentence in sentences(answer):
        match = _SAID.search(sentence)
        if match is None:
            continue
        start = _CLAUSE_START.clause_start(sentence, match.start())
        if _NOT_OWN.search(sentence[start : match.end()]):
            continue
        return sentence[start : _CLAUSE_END.clause_end(sentence, match.end())].strip()
    return None
