"""Scores pooled over the whole interview, and the quotes that back them (moved from `scorecard`).

Communication shows in how every answer is given, and a structured interview rates it over the whole interview
(as OPM's guidance does for oral communication). Once it has been asked about, its score pools the quality of
every answer that was evidence, its own questions' answers included, but a pasted one (`scoring_groups`). Its
quotes come from its own questions, and when none of those was evidence, from a sentence of the pooled answers
that no other competency quotes (`with_pooled_quotes`); a pooled score with nothing left to quote is no evidence
(a score is never shown without the words it rests on).

A quote backs one competency: `cited` tells a quote another competency already cites, whatever its cut, and
`fresh_sentence` finds a group's next sentence that none cites.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from workbench.interviewer.evidence import pasted_texts, sift
from workbench.interviewer.quoting import quoted, says_something
from workbench.interviewer.rubric_score import Judgement
from workbench.models import Competency, EvidenceQuote, ScorecardEntry

if TYPE_CHECKING:
    from workbench.interviewer.scorecard import AnswerGroup

INTERVIEW_WIDE = frozenset({"communication"})
_WORD = re.compile(r"[a-z0-9]+(?:['.+#-][a-z0-9]+)*")


def interview_wide(competency: Competency) -> bool:
    """Whether the competency is rated over the whole interview rather than on its own questions."""
    return bool({competency.id.lower(), competency.name.strip().lower()} & INTERVIEW_WIDE)


def scoring_groups(competency: Competency, groups: list[AnswerGroup]) -> list[AnswerGroup]:
    """The answers a competency's score rests on: its own, and for an interview-wide competency that was
    asked about, every other answer too (only those that are evidence count) but a pasted one: an answer given
    again, word for word, to another question shows how well it was said nowhere (adv22: the same story pasted
    to every question was evidence once, for the first question, and earned communication from there)."""
    mine = [g for g in groups if g.question.competency_id == competency.id]
    if not (mine and interview_wide(competency)):
        return mine
    pasted = pasted_texts([g.text for g in groups])
    return [g for g, copy in zip(groups, pasted, strict=True) if g in mine or not copy]


def with_pooled_quotes(
    competencies: list[Competency],
    entries: list[ScorecardEntry],
    groups: list[AnswerGroup],
    judged: dict[str, Judgement],
    used_quotes: set[str],
) -> list[ScorecardEntry]:
    """Quotes for scores pooled over the interview, picked last, from what no other competency quotes."""
    return [
        _unquoted_unscored(
            entry.model_copy(
                update={"evidence": _pooled_quote(scoring_groups(c, groups), judged, used_quotes)}
            )
        )
        if entry.score is not None and not entry.evidence and interview_wide(c)
        else entry
        for c, entry in zip(competencies, entries, strict=True)
    ]


def _pooled_quote(
    pooled: list[AnswerGroup], judged: dict[str, Judgement], used_quotes: set[str]
) -> list[EvidenceQuote]:
    """For a competency rated over the whole interview whose own questions left no quote: the longest sentence
    of its best pooled answer that no other competency quotes."""
    ranked = sorted(
        (g for g in pooled if judged[g.key].score is not None),
        key=lambda g: judged[g.key].quality or 0.0,
        reverse=True,
    )
    for group in ranked:
        quote = fresh_sentence(group, used_quotes)
        if quote:
            used_quotes.add(quote)
            return [EvidenceQuote(quote=quote, turn_index=group.turn_indices[0], question_id=group.key)]
    return []


def _unquoted_unscored(entry: ScorecardEntry) -> ScorecardEntry:
    """A pooled score with no words left of its own to quote (every sentence it rests on backs another
    competency) is no evidence: a score is never shown without the words it rests on (adv22: one sentence
    stuffed with every competency's words backed one of them and left communication scored 1 with no quote)."""
    if entry.evidence:
        return entry
    note = "answered, but not evidence: its answers' words back other competencies"
    return entry.model_copy(
        update={"score": None, "rubric_level": None, "anchor": "", "coverage": "no_evidence", "note": note}
    )


def fresh_sentence(group: AnswerGroup, used_quotes: set[str]) -> str:
    """The group's longest sentence that no competency cites yet, cut as a quote is ("" when none is left)."""
    for sentence in sorted(filter(says_something, sift(group.text).kept), key=len, reverse=True):
        candidate = quoted(sentence)
        if not cited(candidate, used_quotes):
            return candidate
    return ""


def cited(quote: str, used_quotes: set[str]) -> bool:
    """Whether another competency already cites the quote (the same sentence, whatever its cut)."""
    return opening(quote) in {opening(used) for used in used_quotes}


def opening(quote: str) -> str:
    """A quote's first words: a sentence said twice, or cut at another length, is still the same quote."""
    return " ".join(_WORD.findall(quote.lower())[:8])
