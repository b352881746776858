"""An answer graded after its reply (`workbench/interviewer/grading.py`): the reply is the same, the pending grade
is marked in the state, and the grade given later (by the next answer, the close, or a reader) is the one given
on the turn, byte for byte. The whole-dataset check is `bench/interviewer_digest.py --grade-later`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import pytest

from bench.ws_load import ANSWERS
from workbench.interviewer import baseline, grading, rubric_score, scorecard
from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.memo import SessionMemory, one_turn, this_turn
from workbench.interviewer.rubric_score import Judgement
from workbench.models import UNGRADED, CandidateDetails, InterviewState, JobDetails, Preferences

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
JOB = JobDetails(
    id="grading-job",
    title="Frontend developer",
    requirements="- React and TypeScript\n- Testing (Jest, Playwright)\n- Accessibility",
)
CANDIDATE = CandidateDetails(
    id="grading-candidate", name="Ada Stone", resume_text="Frontend developer, 5 years."
)
NO_EVIDENCE = "Honestly I'm not sure."
T = TypeVar("T")


@pytest.fixture(scope="module")
def now_and_later() -> tuple[BaselineInterviewer, BaselineInterviewer]:
    now = BaselineInterviewer()
    return now, BaselineInterviewer(bank=now.bank, grade_later=True)


def opening(interviewer: BaselineInterviewer) -> InterviewState:
    return interviewer.start(JOB, CANDIDATE, CANDIDATE.resume_text, Preferences(), NOW)


def play(interviewer: BaselineInterviewer, answers: list[str]) -> list[tuple[InterviewState, str]]:
    memory, state, seen = SessionMemory(), opening(interviewer), []
    for i, answer in enumerate(answers):
        with one_turn(memory):
            state, step = interviewer.answer(state, answer, NOW + timedelta(minutes=i + 1))
        seen.append((state, step.model_dump_json()))
    return seen


def test_an_answer_that_is_evidence_waits_for_its_grade_and_gets_the_same_one_later(
    now_and_later: tuple[BaselineInterviewer, BaselineInterviewer],
) -> None:
    now, later = now_and_later
    answers = [f"{answer} That was with team 7." for answer in ANSWERS]
    graded_at_once, graded_later = play(now, answers), play(later, answers)
    assert [step for _, step in graded_later] == [step for _, step in graded_at_once]  # the same replies
    pending = [state.ungraded for state, _ in graded_later]
    assert all(len(indices) == 1 for indices in pending[:3])  # the load bench's answers are evidence
    for (at_once, _), (deferred, _) in zip(graded_at_once, graded_later, strict=True):
        assert not at_once.ungraded and UNGRADED not in at_once.scratch
        (index,) = deferred.ungraded or (None,)
        if index is not None:
            provisional = deferred.turns[index].assessment
            assert provisional is not None and provisional.competencies == []  # its grade is not in it yet
            assert at_once.turns[index].assessment != provisional
        assert later.graded(deferred).model_dump_json() == at_once.model_dump_json()


def test_the_next_answer_and_the_close_grade_a_pending_answer_first(
    now_and_later: tuple[BaselineInterviewer, BaselineInterviewer],
) -> None:
    now, later = now_and_later
    answers = [ANSWERS[0], ANSWERS[1]]
    (first_now, _), (second_now, _) = play(now, answers)
    [(first_later, _)] = play(later, answers[:1])
    assert first_later.ungraded
    with one_turn():
        second_later, _ = later.answer(first_later, ANSWERS[1], NOW + timedelta(minutes=2))
    assert second_later.ungraded == (second_later.turns[-2].index,)  # only the new answer waits
    assert later.graded(second_later).model_dump_json() == second_now.model_dump_json()
    end = NOW + timedelta(minutes=5)
    assert later.finish(first_later, end).model_dump_json() == now.finish(first_now, end).model_dump_json()


def test_an_answer_that_is_no_evidence_is_judged_on_its_turn(
    now_and_later: tuple[BaselineInterviewer, BaselineInterviewer],
) -> None:
    now, later = now_and_later
    [(at_once, step_now)] = play(now, [NO_EVIDENCE])
    [(deferred, step_later)] = play(later, [NO_EVIDENCE])
    # its verdict is its judgement: nothing to wait for
    assert not deferred.ungraded and step_later == step_now
    assert deferred.model_dump_json() == at_once.model_dump_json()


def test_a_grade_reuses_its_replys_group_verdict_and_turn_memory_only_for_that_very_state(
    now_and_later: tuple[BaselineInterviewer, BaselineInterviewer], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An interviewer worker grades the state it returned, in the session's memory: the answer is neither grouped
    nor given its verdict again, and the grade reads the reply's turn memory; a state parsed again (a restart,
    another process) is grouped and judged afresh. Both give the grade given on the turn."""
    now, later = now_and_later
    answers = [f"{answer} That was with team 3." for answer in ANSWERS[:2]]
    at_once = [state for state, _ in play(now, answers)]
    calls = {"verdict": 0, "answer_groups": 0}
    grades_in: list[object] = []

    def counted(name: str, fn: Callable[..., T]) -> Callable[..., T]:
        def call(*args: object, **kwargs: object) -> T:
            calls[name] += 1
            return fn(*args, **kwargs)

        return call

    def grade_seen(*args: Any, **kwargs: Any) -> Judgement:
        grades_in.append(this_turn())
        return rubric_score.grade(*args, **kwargs)

    # (every verdict counted: the per-turn one, `scorecard.verdict_of`'s, and any through `rubric_score.judge`)
    monkeypatch.setattr(rubric_score, "verdict", counted("verdict", rubric_score.verdict))
    monkeypatch.setattr(scorecard, "verdict", counted("verdict", scorecard.verdict))
    monkeypatch.setattr(baseline, "answer_groups", counted("answer_groups", scorecard.answer_groups))
    monkeypatch.setattr(grading, "grade", grade_seen)
    memory, state = SessionMemory(), opening(later)
    for i, answer in enumerate(answers):
        with one_turn(memory):
            reply_memo = this_turn()
            state, _ = later.answer(state, answer, NOW + timedelta(minutes=i + 1))
        assert len(state.ungraded) == 1
        parsed = InterviewState.model_validate_json(state.model_dump_json())
        with one_turn(memory):  # another state, equal in value: no verdict of its own kept
            calls.update(verdict=0, answer_groups=0)
            assert later.graded(parsed).model_dump_json() == at_once[i].model_dump_json()
            assert calls["verdict"] >= 1 and calls["answer_groups"] >= 1 and grades_in == []
        with one_turn(memory):  # the very state returned: its reply's group, verdict and turn memory
            calls.update(verdict=0, answer_groups=0)
            assert later.graded(state).model_dump_json() == at_once[i].model_dump_json()
            assert calls == {"verdict": 0, "answer_groups": 0}
            assert len(grades_in) == 1 and grades_in.pop() is reply_memo
        with one_turn(memory):  # used once: graded again, it is judged afresh
            assert later.graded(state).model_dump_json() == at_once[i].model_dump_json()
            assert calls["verdict"] >= 1 and grades_in == []
