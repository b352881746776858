"""The non-software occupations (datasets/material/occupations/): coverage, unseen jobs and what makes them hard.

These interviews exist to catch an assessor that rewards length, figures or keywords instead of answers: the
tests check that the data really has that shape (long-winded weak answers are longer and carry more figures than
terse strong ones, yet are labelled lower), and that each job is a structured interview.
"""

from __future__ import annotations

import re
import statistics
from collections import defaultdict
from functools import cache
from pathlib import Path

import yaml

from workbench.models import JobDetails
from workbench.records import InterviewRecord

DATASETS = Path(__file__).resolve().parents[2] / "datasets"
OCCUPATIONS = DATASETS / "material" / "occupations"
FAMILIES = {"healthcare", "skilled trades", "education", "finance", "retail and operations", "public service"}
STAR_WORDS = re.compile(r"\b(situation|task|action|result)s?\b", re.IGNORECASE)
FIGURE = re.compile(r"\d")


@cache
def families() -> dict[str, str]:
    """Job id → family, for the jobs authored as occupations."""
    keys = {}
    for path in sorted(OCCUPATIONS.glob("*.yaml")):
        keys[yaml.safe_load(path.read_text(encoding="utf-8"))["job"]["title"]] = path
    jobs = [
        JobDetails.model_validate_json(line) for line in (DATASETS / "jobs.jsonl").read_text().splitlines()
    ]
    out = {}
    for job in jobs:
        if job.title in keys:
            out[job.id] = yaml.safe_load(keys[job.title].read_text(encoding="utf-8"))["job"]["family"]
    return out


@cache
def records() -> list[InterviewRecord]:
    lines = (DATASETS / "interviews.jsonl").read_text(encoding="utf-8").splitlines()
    every = [InterviewRecord.model_validate_json(line) for line in lines]
    return [record for record in every if record.job_id in families()]


def answers(record: InterviewRecord) -> list[str]:
    return [turn.answer for turn in record.turns if turn.kind != "closing"]


def first_answers(record: InterviewRecord) -> list[str]:
    """The answers to the core questions themselves (probes and repairs left out)."""
    return [turn.answer for turn in record.turns if turn.kind == "core" and turn.competency]


def test_six_families_outside_software_with_several_levels_per_job() -> None:
    assert set(families().values()) >= FAMILIES
    by_job: dict[str, set[str]] = defaultdict(set)
    for record in records():
        by_job[record.job_id].add(record.persona.level)
    assert set(by_job) == set(families())
    assert all(levels == {"strong", "average", "weak"} for levels in by_job.values()), by_job


def test_some_jobs_and_families_are_only_in_heldout() -> None:
    splits: dict[str, set[str]] = defaultdict(set)
    for record in records():
        splits[record.job_id].add(record.split)
    unseen = [job for job, seen in splits.items() if seen == {"heldout"}]
    assert len(unseen) >= 3
    seen_families = {families()[job] for job, seen in splits.items() if seen - {"heldout"}}
    assert {families()[job] for job in unseen} - seen_families, "no family is held out whole"
    assert all(len(seen) >= 1 for seen in splits.values())


def test_dev_holds_whole_jobs_that_train_never_sees() -> None:
    """Scoring changes are chosen on dev, so dev needs unseen jobs of its own with the hard behaviours."""
    splits: dict[str, set[str]] = defaultdict(set)
    for record in records():
        splits[record.job_id].add(record.split)
    dev_only = {job for job, seen in splits.items() if seen == {"dev"}}
    assert len(dev_only) >= 6
    train_families = {families()[job] for job, seen in splits.items() if "train" in seen}
    assert len({families()[job] for job in dev_only} - train_families) >= 3, "no family new to dev"
    chosen = [record for record in records() if record.job_id in dev_only]
    assert {record.persona.level for record in chosen} == {"strong", "average", "weak"}
    behaviours = {b for record in chosen for b in record.persona.behaviours}
    assert behaviours >= {"terse", "long_winded", "wrong_but_fluent", "clarifying", "asks_questions"}


def test_each_job_asks_every_candidate_the_same_core_questions_in_order() -> None:
    plans: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for record in records():
        plans[record.job_id].add(tuple(turn.question for turn in record.turns if turn.kind == "core"))
    assert all(len(variants) == 1 for variants in plans.values()), "a candidate heard other core questions"


def test_every_question_about_a_competency_names_a_labelled_one() -> None:
    for record in records():
        labelled = {label.name for label in record.labels.competencies}
        measured = {turn.competency for turn in record.turns if turn.competency}
        assert measured <= labelled, record.id
        assert len(measured) == len(labelled) - 1, f"{record.id}: communication is judged overall only"


def test_long_winded_weak_answers_are_longer_and_richer_in_figures_but_labelled_lower() -> None:
    def profile(behaviour: str) -> tuple[float, float, float]:
        chosen = [r for r in records() if behaviour in r.persona.behaviours]
        words = statistics.fmean(len(a.split()) for r in chosen for a in first_answers(r))
        figures = statistics.fmean(len(FIGURE.findall(" ".join(answers(r)))) for r in chosen)
        return words, figures, statistics.fmean(r.labels.overall for r in chosen)

    long_words, long_figures, long_overall = profile("long_winded")
    terse_words, terse_figures, terse_overall = profile("terse")
    assert long_words > 1.3 * terse_words
    assert long_figures > terse_figures
    assert long_overall <= 2.0 < 4.0 <= terse_overall


def test_hard_behaviours_are_present_and_labelled_as_a_careful_rater_would() -> None:
    present = {b for record in records() for b in record.persona.behaviours}
    assert present >= {"terse", "long_winded", "wrong_but_fluent", "disclaiming", "clarifying", "off_topic"}
    for record in records():
        top = max(label.score for label in record.labels.competencies if label.name != "communication")
        if {"off_topic", "disclaiming", "wrong_but_fluent"} & set(record.persona.behaviours):
            assert top <= 2 and record.labels.overall <= 2.0, record.id


def test_answers_are_not_written_in_the_scoring_rules_vocabulary() -> None:
    """No STAR keyword stuffing: at most a stray domain use ("the unsafe situations procedure")."""
    texts = [answer for record in records() for answer in answers(record)]
    stuffed = [text for text in texts if len(STAR_WORDS.findall(text)) >= 2]
    assert not stuffed
    assert sum(bool(STAR_WORDS.search(text)) for text in texts) <= len(texts) * 0.05


def test_clarifications_restate_the_question_and_candidate_questions_are_answered_from_the_job() -> None:
    jobs = {
        job.id: job
        for job in (
            JobDetails.model_validate_json(x) for x in (DATASETS / "jobs.jsonl").read_text().splitlines()
        )
    }
    clarifications = replies = 0
    for record in records():
        for turn in record.turns:
            if turn.kind == "clarification":
                clarifications += 1
                asked = record.turns[turn.index - 1]
                assert "?" in asked.answer, f"{record.id}: no request before a clarification"
                assert asked.competency == turn.competency and asked.question != turn.question
            if turn.kind == "candidate_question":
                replies += 1
                job = jobs[record.job_id]
                facts = [job.salary_range.split(" - ")[0], job.location.split(",")[0], "next", "step"]
                assert any(fact.lower() in turn.question.lower() for fact in facts), record.id
    assert clarifications >= 2 and replies >= 2


def test_some_long_answers_are_the_best_ones() -> None:
    """Length must not predict the label either way: long, correct answers earn 5 beside long, empty ones."""
    long_good = [
        turn.answer
        for record in records()
        for turn in record.turns
        if turn.kind == "core"
        and turn.competency
        and len(turn.answer.split()) >= 100
        and {label.name: label.score for label in record.labels.competencies}[turn.competency] == 5
    ]
    long_poor = [
        turn.answer
        for record in records()
        if "long_winded" in record.persona.behaviours
        for turn in record.turns
        if turn.kind == "core" and turn.competency and len(turn.answer.split()) >= 60
    ]
    assert len(long_good) >= 4 and len(long_poor) >= 4
