"""Eval suites: which personas, jobs, recordings and repeats an eval plays, and running them.

`smoke` is a quick check (well under a minute with the baseline); `full` is the reference: every persona on
software jobs and jobs outside software, all held-out recordings replayed, injection pairs, test-retest repeats
and interviews cut after two answers; `occupations` plays every persona on every job outside software and
replays the held-out recordings of those jobs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from evals.answerers import Answerer, RuleBasedAnswerer
from evals.data import (
    DATASETS_DIR,
    load_candidates,
    load_interviews,
    load_jobs,
    occupation_families,
    pick_jobs,
)
from evals.metrics import InterviewTrace, interview_table, summarise, trace_from_simulation
from evals.metrics.relevance import relevance_case, relevance_metrics
from evals.personas import INJECTION_PAIRS, PERSONAS, PersonaSpec, get_persona
from evals.replay import replay_record
from evals.simulate import run_interview
from workbench.interviewer.api import Interviewer
from workbench.models import JobDetails, Preferences
from workbench.records import InterviewRecord

AnswererFactory = Callable[[PersonaSpec, int], Answerer]
EARLY_END_ANSWERS = (0, 2)  # interviews ended with no answer and after two: the overall must stay null


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
    occupation_jobs: int = 0  # jobs outside software added to the `job_count` software jobs (-1: all)
    early_end_persona: str = ""  # played on every job, ended before any answer and after two (overall null)
    recorded_occupations_only: bool = False
    # Also play each chosen job outside software as a user pastes it: title, description and requirements, no
    # skills list (the input that made the old interviewer fall back to software banks).
    pasted_variants: bool = False


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
        occupation_jobs=1,
        early_end_persona="strong",
    ),
    "full": Suite(
        name="full",
        personas=tuple(PERSONAS),
        job_count=3,
        recorded_limit=None,
        injection_pairs=INJECTION_PAIRS,
        retest_personas=("strong", "average", "weak"),
        retest_runs=3,
        occupation_jobs=3,
        early_end_persona="strong",
        pasted_variants=True,
    ),
    "occupations": Suite(
        name="occupations",
        personas=tuple(PERSONAS),
        job_count=0,
        recorded_limit=None,
        injection_pairs=(),
        retest_personas=(),
        retest_runs=1,
        occupation_jobs=-1,
        early_end_persona="strong",
        recorded_occupations_only=True,
        pasted_variants=True,
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
    early_end: list[InterviewTrace] = field(default_factory=list)
    records: list[InterviewRecord] = field(default_factory=list)
    non_software_jobs: frozenset[str] = frozenset()
    relevance: dict[str, float] = field(default_factory=dict)  # evals.metrics.relevance on the recordings

    def metrics(self) -> dict[str, float]:
        return {
            **summarise(
                self.simulated,
                self.recorded,
                self.injection_pairs,
                self.retest,
                non_software_jobs=self.non_software_jobs,
                early_end=self.early_end,
            ),
            **self.relevance,
        }

    def table(self) -> pd.DataFrame:
        return interview_table([*self.simulated, *self.recorded])


def get_suite(name: str) -> Suite:
    if name not in SUITES:
        raise KeyError(f"unknown suite {name!r}; known: {', '.join(SUITES)}")
    return SUITES[name]


def as_pasted(job: JobDetails) -> JobDetails:
    """The job as a hiring manager pastes an ad: the same text, no skills list."""
    return job.model_copy(update={"id": f"{job.id}-pasted", "skills_required": []})


def choose_jobs(suite: Suite, jobs: dict[str, JobDetails], non_software: frozenset[str]) -> list[JobDetails]:
    """`job_count` software jobs and `occupation_jobs` jobs outside software, each spread over its list."""
    software = {job_id: job for job_id, job in jobs.items() if job_id not in non_software}
    others = {job_id: job for job_id, job in jobs.items() if job_id in non_software}
    chosen = pick_jobs(software, suite.job_count) if suite.job_count else []
    if suite.occupation_jobs:
        count = len(others) if suite.occupation_jobs < 0 else suite.occupation_jobs
        chosen += pick_jobs(others, count)
    return chosen


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
    families = occupation_families(datasets_dir)
    chosen = choose_jobs(suite, jobs, frozenset(families))
    non_software = set(families)
    if suite.pasted_variants:
        pasted = [as_pasted(job) for job in chosen if job.id in families]
        chosen += pasted
        non_software.update(job.id for job in pasted)
    heldout = load_interviews(datasets_dir, split="heldout")
    if suite.recorded_occupations_only:
        heldout = [record for record in heldout if record.job_id in families]
    heldout = heldout[: suite.recorded_limit]
    candidates = load_candidates(datasets_dir)
    tasks = plan_tasks(suite, chosen, seed)
    preferences = Preferences(max_duration=suite.max_duration)
    by_key: dict[tuple[str, str, int], InterviewTrace] = {}
    result = SuiteResult(suite=suite, non_software_jobs=frozenset(non_software))
    with _progress(show_progress) as progress:
        bar = progress.add_task(f"{suite.name}: interviews", total=len(tasks) + len(heldout))
        for task in tasks:
            answerer = answerer_factory(task.persona, task.seed)
            played = run_interview(interviewer, task.job, answerer, task.seed, preferences)
            by_key[(task.persona.name, task.job.id, task.seed)] = trace_from_simulation(played)
            result.records.append(played.to_record())
            progress.advance(bar)
        if suite.early_end_persona:
            result.early_end = [
                trace_from_simulation(
                    run_interview(
                        interviewer,
                        job,
                        answerer_factory(get_persona(suite.early_end_persona), seed),
                        seed,
                        preferences,
                        max_turns=answers,
                    )
                )
                for job in chosen
                for answers in EARLY_END_ANSWERS
            ]
        for record in heldout:
            if record.job_id in jobs:
                job = jobs[record.job_id]
                trace = replay_record(interviewer, record, job, candidates.get(record.candidate_id))
                result.recorded.append(trace)
            progress.advance(bar)
    cases = [relevance_case(record, jobs[record.job_id]) for record in heldout if record.job_id in jobs]
    result.relevance = relevance_metrics([c for c in cases if c], getattr(interviewer, "rescore", None))
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
