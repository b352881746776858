"""Realistic timestamps for a drafted interview: reading the question, thinking, speaking, reacting."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from compose import DraftTurn

from workbench.records import RecordedTurn, TurnLabels

SPEAKING_WORDS_PER_SECOND = 2.4  # conversational speech, a little slower than reading aloud
ASKING_WORDS_PER_SECOND = 3.0


def stamp_turns(
    rng: random.Random, drafts: list[DraftTurn], started_at: datetime, nervous: bool
) -> tuple[list[RecordedTurn], datetime]:
    """Turn drafts into records with increasing times; returns the turns and when the interview ended."""
    clock = started_at + timedelta(seconds=rng.randint(20, 60))  # greetings before the first question
    turns: list[RecordedTurn] = []
    for index, draft in enumerate(drafts):
        clock += _seconds(len(draft.question.split()) / ASKING_WORDS_PER_SECOND)
        asked_at = clock
        thinking = rng.uniform(2.0, 8.0) + (rng.uniform(3.0, 9.0) if nervous else 0.0)
        speaking = len(draft.answer.split()) / SPEAKING_WORDS_PER_SECOND
        clock += _seconds(thinking + speaking)
        answered_at = clock
        turns.append(
            RecordedTurn(
                index=index,
                phase=draft.phase,
                kind=draft.kind,
                competency=draft.competency,
                answer_kind=draft.answer_kind,
                question=draft.question,
                answer=draft.answer,
                asked_at=asked_at,
                answered_at=answered_at,
                labels=TurnLabels(comfort=draft.comfort, vague=draft.vague),
            )
        )
        clock += _seconds(rng.uniform(4.0, 14.0))  # the interviewer reacts and notes
    ended_at = clock + timedelta(seconds=rng.randint(30, 90))  # thanks and goodbyes
    return turns, ended_at


def _seconds(value: float) -> timedelta:
    # Whole milliseconds keep the stored timestamps short and exactly reproducible.
    return timedelta(milliseconds=round(value * 1000))
