"""One SHA-256 over everything the offline interviewer produces on many interviews: a check that a change
meant to be structural (faster, tidier) changes no output at all.

    .venv/bin/python bench/interviewer_digest.py            # prints the digest of each part and of the whole
    .venv/bin/python bench/interviewer_digest.py --no-memo  # the same without the turn/session memory
    .venv/bin/python bench/interviewer_digest.py --grade-later  # each answer graded after its reply

Run it before and after a change on the same datasets: the digests must be equal. The interviews played:

- every recorded interview (`datasets/interviews.jsonl`) replayed through `BaselineInterviewer` as
  `evals/replay.py` does (its job, its candidate's resume, its answers at their times, `finish`), and its own
  answers rescored against its own questions (`evals/assessment_replay.py`);
- the load bench's answers (`bench/ws_load.py`) on every job in `datasets/jobs.jsonl`, with the candidates of
  `datasets/candidates.jsonl` in turn, then ended with `finish`.

Each call runs inside `memo.one_turn()` with one `SessionMemory` per interview, as the server runs it, unless
`--no-memo` (the two modes must print the same digest: the memory never changes a result). What is hashed:
the JSON of every state returned by `start`, `answer`, `finish` and `rescore` (but the time its plan was
built), and every `NextStep`. With `--grade-later`, the interviewer grades an answer after its reply, as an
interviewer worker does (`workbench/interviewer/grading.py`), and each state is hashed as a reader of grades
gets it (`graded`: every turn's assessment as stored once graded, the running notes): the digest must be the
same as without, and the next answer is given the state still ungraded (it grades first, as a restarted
worker does).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import sys
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import TypeVar

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # run as a script: the repository's own modules come first

from bench.ws_load import ANSWERS  # noqa: E402
from evals.assessment_replay import recorded_state  # noqa: E402
from evals.data import load_candidates, load_interviews, load_jobs  # noqa: E402
from workbench.interviewer.api import InterviewState, NextStep  # noqa: E402
from workbench.interviewer.baseline import BaselineInterviewer  # noqa: E402
from workbench.interviewer.memo import SessionMemory, one_turn  # noqa: E402
from workbench.models import CandidateDetails, Preferences  # noqa: E402

T = TypeVar("T")
UNDECIDED = {"plan": {"created_at"}}


class Digest:
    """A running SHA-256 of the states and steps it is fed."""

    def __init__(self) -> None:
        self.hash = hashlib.sha256()
        self.items = 0

    def state(self, state: InterviewState) -> None:
        # The plan's `created_at` is the clock's time when it was built: the one output that is not the
        # interviewer's to decide.
        self.hash.update(state.model_dump_json(exclude=UNDECIDED).encode())
        self.items += 1

    def step(self, step: NextStep) -> None:
        self.hash.update(step.model_dump_json().encode())
        self.items += 1


class Runner:
    """Calls the interviewer as the server does: each call one turn, with the interview's own memory."""

    def __init__(self, memo: bool) -> None:
        self.memo = memo
        self.memory = SessionMemory()

    def graded(self, interviewer: BaselineInterviewer, state: InterviewState) -> InterviewState:
        """The state as a reader of grades gets it (the same state when no grade is pending)."""
        return self.call(interviewer.graded, state) if state.ungraded else state

    def call(self, fn: Callable[..., T], *args: object) -> T:
        with self.turn():
            return fn(*args)

    @contextlib.contextmanager
    def turn(self) -> Iterator[None]:
        if self.memo:
            with one_turn(self.memory):
                yield
        else:
            yield


def recorded_interviews(interviewer: BaselineInterviewer, digest: Digest, memo: bool) -> None:
    jobs, candidates = load_jobs(), load_candidates()
    for record in load_interviews():
        job = jobs[record.job_id]
        run = Runner(memo)
        person = candidates.get(record.candidate_id) or CandidateDetails(
            id=record.candidate_id, name="Recorded candidate"
        )
        state = run.call(
            interviewer.start, job, person, person.resume_text, record.preferences, record.started_at
        )
        digest.state(state)
        for turn in record.turns:
            if state.completed or state.current_question is None:
                break
            state, step = run.call(interviewer.answer, state, turn.answer, turn.answered_at)
            digest.state(run.graded(interviewer, state))
            digest.step(step)
            if step.completed:
                break
        if not state.completed or state.assessment is None:
            ended = max(record.ended_at, record.turns[-1].answered_at)
            digest.state(run.call(interviewer.finish, state, ended))
        digest.state(Runner(memo).call(interviewer.rescore, recorded_state(record, job)))


def load_bench_answers(interviewer: BaselineInterviewer, digest: Digest, memo: bool) -> None:
    candidates = sorted(load_candidates().values(), key=lambda c: c.id)
    started = datetime(2026, 1, 5, 9, 0)
    for j, job in enumerate(sorted(load_jobs().values(), key=lambda job: job.id)):
        for k in range(3):
            candidate = candidates[(3 * j + k) % len(candidates)]
            run = Runner(memo)
            now = started
            state = run.call(interviewer.start, job, candidate, candidate.resume_text, Preferences(), now)
            digest.state(state)
            for answer in ANSWERS:
                now += timedelta(seconds=30)
                state, step = run.call(interviewer.answer, state, f"{answer} That was with team {k}.", now)
                digest.state(run.graded(interviewer, state))
                digest.step(step)
                if step.completed:
                    break
            digest.state(run.call(interviewer.finish, state, now + timedelta(seconds=30)))


PARTS = {"recorded interviews": recorded_interviews, "load bench answers": load_bench_answers}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-memo", action="store_true", help="call without the turn and session memory")
    parser.add_argument("--grade-later", action="store_true", help="grade each answer after its reply")
    args = parser.parse_args()
    interviewer = BaselineInterviewer(grade_later=args.grade_later)
    whole = hashlib.sha256()
    for name, play in PARTS.items():
        digest = Digest()
        began = time.perf_counter()
        play(interviewer, digest, not args.no_memo)
        hexdigest = digest.hash.hexdigest()
        whole.update(hexdigest.encode())
        print(f"{name:20s} {digest.items:6d} outputs  {hexdigest}  ({time.perf_counter() - began:.1f} s)")
    print(f"{'all':20s} {'':14s} {whole.hexdigest()}")


if __name__ == "__main__":
    main()
