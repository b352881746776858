"""At the close the turns and the scorecard tell one story (`turn_grades`): a turn's provisional score (lexical, the
answers so far) gives way to the final judgement of its planned question, so `GET /api/sessions/{id}` never shows a
turn scored 5 for a competency whose scorecard entry, resting on that answer, has no evidence."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.workbench.interviewer.unseen_jobs import at_first_question, written_job
from workbench.models import InterviewState
from workbench.store.records import graded_rows

LOCKSMITH = written_job(
    "Commercial Locksmith",
    "Fit, repair and service locks, master key systems, access control and safes for shops and offices.",
    "master key systems",
    "access control",
    "lock fitting",
)
OPENING = (
    "I've been fitting and repairing locks for six years, mostly for shops, and I want to work on bigger access "
    "control systems like yours."
)
ANSWERS = [
    # to "what does good practice in access control look like ...": a tangent, then (to the follow-up) a door
    # repair, which is another planned question's subject
    "Locks, yeah. My uncle had a shed with a padlock that rusted shut every winter, we used to laugh about it.",
    "I'd check the door and the frame first, see if the keep is out of line, then take the cylinder out, test it on "
    "the bench with the key, and fit a new one if the pins are worn. I'd log it on the job sheet.",
    "A master key suite: I'd get the chart from the customer, check which doors each key opens, and cut the change "
    "keys from the chart so no key opens more than it should.",
    "Last year a shop's access control kept locking staff out. I found the power supply was dropping out, swapped "
    "it and tested every door with the manager.",
]


def _scores(state: InterviewState) -> dict[int, int | None]:
    return {
        t.index: t.assessment.competencies[0].score
        for t in state.turns
        if t.assessment is not None and t.assessment.competencies
    }


@pytest.fixture(scope="module")
def played() -> tuple[InterviewState, InterviewState]:
    """The interview before the close (every answer graded) and after it."""
    baseline, state, now = at_first_question(LOCKSMITH, OPENING)
    for answer in ANSWERS:
        now += timedelta(minutes=2)
        state, _ = baseline.answer(state, answer, now)
    state = baseline.graded(state)
    return state, baseline.finish(state, now + timedelta(minutes=5))


def test_a_turn_scored_on_its_words_takes_the_scorecards_verdict(
    played: tuple[InterviewState, InterviewState],
) -> None:
    before, ended = played
    assert ended.scorecard is not None
    entry = next(e for e in ended.scorecard.competencies if e.competency_id == "access-control")
    follow_up = next(t for t in ended.turns if t.answer == ANSWERS[1])
    # provisionally the door repair read as evidence for access control (it shares the job's words) ...
    assert _scores(before)[follow_up.index] is not None
    # ... the scorecard found it answered another question: the turn now says the same, and why
    assert entry.score is None
    assert _scores(ended)[follow_up.index] is None
    assert follow_up.assessment is not None
    assert "answered a different question" in follow_up.assessment.notes


def test_every_turn_of_a_competency_asked_once_has_its_scorecard_score(
    played: tuple[InterviewState, InterviewState],
) -> None:
    _, ended = played
    assert ended.scorecard is not None
    card = {e.competency_id: e for e in ended.scorecard.competencies}
    compared = 0
    for turn in ended.turns:
        if turn.assessment is None or not turn.assessment.competencies:
            continue
        item = turn.assessment.competencies[0]
        entry = card[item.competency_id]
        if entry.questions_asked == 1 and entry.name.lower() != "communication":
            assert item.score == entry.score, (turn.index, item.competency_id)
            assert item.red_flags == entry.red_flags
            compared += 1
    assert compared >= 4


def test_the_closing_save_writes_every_stored_turns_final_grade(
    played: tuple[InterviewState, InterviewState],
) -> None:
    """Answered turns are stored as rows once; the close's save writes their final grades over them (the REST
    view reads the rows)."""
    before, ended = played
    answered = [t for t in ended.turns if t.answer is not None]
    rows = dict(graded_rows(ended, (), len(answered)))
    assert sorted(rows) == [t.index for t in answered]
    follow_up = next(t for t in ended.turns if t.answer == ANSWERS[1])
    assert follow_up.assessment is not None
    assert rows[follow_up.index] == follow_up.assessment.model_dump_json()
    assert graded_rows(before, (), len(answered)) == ()  # while the interview runs, only pending grades are
