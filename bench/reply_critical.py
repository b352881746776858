"""What an answer's reply needs of the answer's judgement, and what only the stored assessment needs.

The per-turn judgement (`scorecard.lexical_judge`: `verdict_of`, then `rubric_score.grade`) decides whether the answer is evidence
for its question's competency (its sentences sifted, the question's topic addressed, or a red flag stated), then
grades it: the rubric's content features, the quality and score, the caps, the quote. The reply reads only the
first part (an acknowledgement thanks an answer that is no evidence instead of praising it; the skills it names
are those of an answer that is evidence); the grade goes into the turn's stored assessment (its competency
score, level, quote and notes) and the running strengths and areas to probe, which the status message and the
REST views show. This module cuts the judgement to its first part, to measure what grading later (after the
reply) would take off an answer's critical path (`bench/turn_cost.py --reply-critical`), and checks that the
replies stay the same:

    .venv/bin/python bench/reply_critical.py   # every interview of bench/interviewer_digest.py, both ways

The cut judgement is a measuring device, never the interviewer's: its scores are placeholders.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # run as a script: the repository's own modules come first

from bench.interviewer_digest import Runner  # noqa: E402
from bench.ws_load import ANSWERS  # noqa: E402
from evals.data import load_candidates, load_interviews, load_jobs  # noqa: E402
from workbench.interviewer import scorecard  # noqa: E402
from workbench.interviewer.api import NextStep  # noqa: E402
from workbench.interviewer.baseline import BaselineInterviewer  # noqa: E402
from workbench.interviewer.calibration import Calibration  # noqa: E402
from workbench.interviewer.evidence import Evidence, Topic  # noqa: E402
from workbench.interviewer.rubric_score import Judgement, verdict  # noqa: E402
from workbench.models import (  # noqa: E402
    CandidateDetails,
    Competency,
    JobDetails,
    PlannedQuestion,
    Preferences,
)

Opening = tuple[JobDetails, CandidateDetails, str, Preferences, datetime]  # `start`'s arguments

PLACEHOLDER_SCORE = 3  # an answer that is evidence: its grade is what the cut leaves out


def reply_critical_judge(
    answer: str,
    question: PlannedQuestion,
    competency: Competency | None,
    earlier: frozenset[str] = frozenset(),
    calibration: Calibration | None = None,
    context: str = "",
    addressed: bool = False,
    every_cap: bool = False,
) -> Judgement:
    """`rubric_score.judge` up to its verdict (`rubric_score.verdict`): whether the answer is evidence, and the red
    flags of an answer that does not address its question (which make it evidence against the competency); an
    answer that is evidence gets a placeholder grade."""
    seen = verdict(answer, question, competency, earlier, context, addressed)
    return seen if isinstance(seen, Judgement) else placeholder_grade(seen, question)


def placeholder_grade(
    seen: tuple[Evidence, Topic],
    question: PlannedQuestion,
    calibration: Calibration | None = None,
    every_cap: bool = False,
) -> Judgement:
    """`rubric_score.grade` cut out: an answer that is evidence gets the placeholder."""
    return Judgement(PLACEHOLDER_SCORE, 0.5)


@contextlib.contextmanager
def judgement_cut() -> Iterator[None]:
    """The scorecard's judgements cut while the block runs: the per-turn one (`lexical_judge`) to its verdict and
    the placeholder grade, `judge` to `reply_critical_judge`."""
    full, full_grade = scorecard.judge, scorecard.grade
    scorecard.judge = reply_critical_judge  # type: ignore[assignment]
    scorecard.grade = placeholder_grade
    try:
        yield
    finally:
        scorecard.judge, scorecard.grade = full, full_grade


def _interviews() -> Iterator[tuple[str, Opening, list[tuple[str, datetime]]]]:
    """The interviews of `bench/interviewer_digest.py`: each opening's arguments, then the answers with their times."""
    jobs, candidates = load_jobs(), load_candidates()
    for record in load_interviews():
        person = candidates.get(record.candidate_id) or CandidateDetails(
            id=record.candidate_id, name="Recorded candidate"
        )
        opening = (jobs[record.job_id], person, person.resume_text, record.preferences, record.started_at)
        yield "recorded", opening, [(turn.answer, turn.answered_at) for turn in record.turns]
    people = sorted(candidates.values(), key=lambda c: c.id)
    started = datetime(2026, 1, 5, 9, 0)
    for j, job in enumerate(sorted(jobs.values(), key=lambda job: job.id)):
        person = people[j % len(people)]
        answers = [
            (f"{a} That was with team {j}.", started + timedelta(seconds=30 * (i + 1)))
            for i, a in enumerate(ANSWERS)
        ]
        yield "load bench", (job, person, person.resume_text, Preferences(), started), answers


def replies(
    interviewer: BaselineInterviewer, opening: Opening, answers: list[tuple[str, datetime]]
) -> list[NextStep]:
    """The interview's replies, each answer's turn run as the server runs it."""
    run = Runner(memo=True)
    state = run.call(interviewer.start, *opening)
    steps = []
    for answer, at in answers:
        if state.completed or state.current_question is None:
            break
        state, step = run.call(interviewer.answer, state, answer, at)
        steps.append(step)
        if step.completed:
            break
    return steps


def main() -> None:
    interviewer = BaselineInterviewer()
    counts: dict[str, list[int]] = {}
    for kind, opening, answers in _interviews():
        full = replies(interviewer, opening, answers)
        with judgement_cut():
            cut = replies(interviewer, opening, answers)
        same = sum(a == b for a, b in zip(full, cut, strict=False)) if len(full) == len(cut) else 0
        seen = counts.setdefault(kind, [0, 0, 0])
        seen[0] += 1
        seen[1] += len(full)
        seen[2] += same
    for kind, (interviews, turns, same) in counts.items():
        print(
            f"{kind:12s} {interviews:4d} interviews {turns:5d} replies, the same with the judgement cut: {same}"
        )


if __name__ == "__main__":
    main()
