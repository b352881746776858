"""What the semantic relevance check costs: per turn and per assessment (`python bench/relevance_cost.py`).

Plays simulated interviews (every persona on a few jobs, offline baseline) and times, in the same run and
process: every `answer` call (the per-turn path: it must embed nothing), and the end-of-interview assessment
of each interview twice, with the semantic check (`baseline_judge`, what `finish` runs) and with the lexical
check alone (`lexical_judge`).
Prints milliseconds of CPU (process time, so other processes on a shared machine count less) and the ratio,
and how many texts the model embedded. The model is loaded (and warmed) before timing, as the server does.
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import datetime

from evals.answerers import RuleBasedAnswerer
from evals.data import load_jobs, pick_jobs
from evals.personas import PERSONAS
from evals.simulate import run_interview
from workbench.interviewer.api import NextStep
from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.relevance.encoder import encoder, warm_up
from workbench.interviewer.scorecard import baseline_judge, build_scorecard, lexical_judge
from workbench.models import InterviewState


class TimedInterviewer(BaselineInterviewer):
    """The baseline, with the CPU time of every `answer` call (the per-turn path) recorded."""

    def __init__(self) -> None:
        super().__init__()
        self.turn_ms: list[float] = []
        self.turn_texts = 0

    def answer(self, state: InterviewState, answer: str, now: datetime) -> tuple[InterviewState, NextStep]:
        started, calls = time.process_time(), encoder().calls
        try:
            return super().answer(state, answer, now)
        finally:
            self.turn_ms.append(1000 * (time.process_time() - started))
            self.turn_texts += encoder().calls - calls


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=4)
    args = parser.parse_args()
    warm_up()
    interviewer = TimedInterviewer()
    states = []
    for job in pick_jobs(load_jobs(), args.jobs):
        for persona in PERSONAS.values():
            simulated = run_interview(interviewer, job, RuleBasedAnswerer(persona, 0))
            states.append(simulated.state)
    turn_ms = interviewer.turn_ms
    turn_texts = interviewer.turn_texts
    results = {}
    for name, judge in (("lexical", lexical_judge), ("semantic", baseline_judge)):
        spent = []
        calls = encoder().calls
        for state in states:
            open_state = state.model_copy(update={"completed": False})
            started = time.process_time()
            build_scorecard(interviewer.view(open_state), open_state, judge)
            spent.append(1000 * (time.process_time() - started))
        results[name] = (
            statistics.mean(spent),
            sorted(spent)[int(0.95 * (len(spent) - 1))],
            encoder().calls - calls,
        )
    print(f"interviews: {len(states)}; answered turns timed: {len(turn_ms)}")
    print(
        f"per turn (answer): mean {statistics.mean(turn_ms):.2f} ms CPU, texts embedded on this path {turn_texts}"
    )
    for name, (mean, p95, texts) in results.items():
        print(f"assessment, {name:8s}: mean {mean:.1f} ms CPU, p95 {p95:.1f} ms; texts embedded {texts}")
    print(f"semantic / lexical assessment CPU: {results['semantic'][0] / results['lexical'][0]:.1f}x")


if __name__ == "__main__":
    main()
