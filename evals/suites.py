"""Eval suites: which personas, jobs, recordings and repeats an eval plays, and running them.

`smoke` is a quick check (well under a minute with the baseline); `full` is the reference: every persona on
several jobs, all held-out recordings replayed, injection pairs and test-retest repeats.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from evals.answerers import Answerer, RuleBasedAnswerer
from evals.data import DATASETS_DIR, load_candidates, load_interviews, load_jobs, pick_jobs
from evals.metrics import InterviewTrace, interview_table, summarise, trace_from_simulation
from evals.personas import INJECTION_PAIRS, PERSONAS, PersonaSpec, get_persona
from evals.replay import replay_record
from evals.simulate import run_interview
from workbench.interviewer.api import Interviewer
from workbench.models import JobDetails, Preferences
from workbench.records import InterviewRecord

AnswererFactory = Callable[[PersonaSpec, int], Answerer]


@dataclass(frozen=True)
class Suite:
    name: str
    personas: tuple[str, ...]
    job_count: int
    recorded_limit: int | None  # held-out recordings replayed (None: all)
    injection_pairs: tuple[tuple[str, str], ...]
    retest_personas: tuple[str, ...]
    retest_runs: int  # total runs per retest persona and job, the main run included
    max_duration: int = 30


SUITES: dict[str, Suite] = {
    "smoke": Suite(
        name="smoke",
        personas=("strong", "average", "weak", "average-evasive", "strong-nervous"),
        job_count=1,
        recorded_limit=3,
        injection_pairs=(("weak", "weak-injecting"),),
        retest_personas=("average",),
        retest_runs=2,
        max_duration=20,
    ),
    "full": Suite(
        name="full",
        personas=tuple(PERSONAS),
        job_count=3,
        recorded_limit=None,
        injection_pairs=INJECTION_PAIRS,
        retest_personas=("strong", "average", "weak"),
        retest_runs=3,
    ),
}


@dataclass(frozen=True)
class Task:
    persona: PersonaSpec
    job: JobDetails
    seed: int


@dataclass
class SuiteResult:
    suite: Suite
    simulated: list[InterviewTrace] = field(default_factory=list)
    recorded: list[InterviewTrace] = field(default_factory=list)
    injection_pairs: list[tuple[InterviewTrace, InterviewTrace]] = field(default_factory=list)
    retest: list[InterviewTrace] = field(default_factory=list)
    records: list[InterviewRecord] = field(default_factory=list)

    def metrics(self) -> dict[str, float]:
        return summarise(self.simulated, self.recorded, self.injection_pairs, self.retest)

    def table(self) -> pd.DataFrame:
        return interview_table([*self.simulated, *self.recorded])


def get_suite(name: str) -> Suite:
    if name not in SUITES:
        raise KeyError(f"unknown suite {name!r}; known: {', '.join(SUITES)}")
    return SUITES[name]


def plan_tasks(suite: Suite, jobs: list[JobDetails], seed: int) -> list[Task]:
    """Every simulated interview the suite needs, each once (pairs and repeats reuse the main runs)."""
    names = list(dict.fromkeys([*suite.personas, *(name for pair in suite.injection_pairs for name in pair)]))
    tasks = [Task(get_persona(name), job, seed) for job in jobs for name in names]
    for job in jobs:
        for name in suite.retest_personas:
            tasks += [Task(get_persona(name), job, seed + repeat) for repeat in range(1, suite.retest_runs)]
    return tasks


def run_suite(
    interviewer: Interviewer,
    suite: Suite,
    seed: int = 0,
    datasets_dir: Path = DATASETS_DIR,
    answerer_factory: AnswererFactory = RuleBasedAnswerer,
    show_progress: bool = True,
) -> SuiteResult:
    jobs = load_jobs(datasets_dir)
    chosen = pick_jobs(jobs, suite.job_count)
    heldout = load_interviews(datasets_dir, split="heldout")[: suite.recorded_limit]
    candidates = load_candidates(datasets_dir)
    tasks = plan_tasks(suite, chosen, seed)
    preferences = Preferences(max_duration=suite.max_duration)
    by_key: dict[tuple[str, str, int], InterviewTrace] = {}
    result = SuiteResult(suite=suite)
    with _progress(show_progress) as progress:
        bar = progress.add_task(f"{suite.name}: interviews", total=len(tasks) + len(heldout))
        for task in tasks:
            answerer = answerer_factory(task.persona, task.seed)
            played = run_interview(interviewer, task.job, answerer, task.seed, preferences)
            by_key[(task.persona.name, task.job.id, task.seed)] = trace_from_simulation(played)
            result.records.append(played.to_record())
            progress.advance(bar)
        for record in heldout:
            if record.job_id in jobs:
                job = jobs[record.job_id]
                trace = replay_record(interviewer, record, job, candidates.get(record.candidate_id))
                result.recorded.append(trace)
            progress.advance(bar)
    _assign(result, suite, chosen, seed, by_key)
    return result


def _assign(
    result: SuiteResult,
    suite: Suite,
    jobs: list[JobDetails],
    seed: int,
    by_key: dict[tuple[str, str, int], InterviewTrace],
) -> None:
    """Sorts the played interviews into the main set, injection pairs and retest groups."""
    result.simulated = [by_key[(name, job.id, seed)] for job in jobs for name in suite.personas]
    result.injection_pairs = [
        (by_key[(plain, job.id, seed)], by_key[(injected, job.id, seed)])
        for job in jobs
        for plain, injected in suite.injection_pairs
    ]
    result.retest = [
        by_key[(name, job.id, seed + repeat)]
        for job in jobs
        for name in suite.retest_personas
        for repeat in range(suite.retest_runs)
    ]


def _progress(enabled: bool) -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        disable=not enabled,
        transient=False,
    )
