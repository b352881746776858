"""Build datasets/jobs.jsonl, candidates.jsonl and interviews.jsonl from the authored material.

Run from the repository root:  .venv/bin/python datasets/tools/build_interviews.py [--out DIR]
The output is deterministic (fixed seed, string-seeded generators per interview): re-running it reproduces
the checked-in files byte for byte, which tests/datasets/test_datasets.py verifies.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path

import material
from catalogue import JOBS, JOBS_EPOCH, PEOPLE, PEOPLE_EPOCH, build_candidates, build_jobs, preferences_for
from compose import InterviewComposer, Persona, final_feedback
from material import SkillQuestion
from occupations import compose_occupation_interview, load_occupations
from timeline import stamp_turns

from workbench.interviewer.competencies import BEHAVIORAL_COMPETENCIES, job_competencies
from workbench.models import CandidateDetails, JobDetails
from workbench.records import (
    Behaviour,
    CompetencyLabel,
    InterviewLabels,
    InterviewRecord,
    Level,
    Split,
)
from workbench.records import (
    Persona as RecordPersona,
)

DATASETS_DIR = Path(__file__).resolve().parents[1]
SEED, PLAN = material.plan()
TECH_FAMILIES = {"frontend", "backend", "data", "ml", "devops", "mobile", "qa"}
INTERVIEWS_EPOCH = datetime(2026, 4, 6, 9, 0, tzinfo=UTC)
SPLIT_SHARES: tuple[tuple[Split, float], ...] = (("dev", 0.15), ("heldout", 0.25))


class QuestionPicker:
    """Chooses questions so a candidate never hears the same one twice and the bank is used evenly."""

    def __init__(self) -> None:
        self.bank: dict[str, list[SkillQuestion]] = defaultdict(list)
        for item in material.skill_questions():
            self.bank[item.skill].append(item)
        self.stories = {track: material.stories(track) for track in ("tech", "business")}
        self.uses: Counter[str] = Counter()
        self.heard: dict[str, set[str]] = defaultdict(set)

    def pick(self, rng: random.Random, candidate_id: str, options: list[SkillQuestion]) -> SkillQuestion:
        fresh = [item for item in options if item.question not in self.heard[candidate_id]] or options
        least = min(self.uses[item.question] for item in fresh)
        chosen = rng.choice([item for item in fresh if self.uses[item.question] == least])
        self.uses[chosen.question] += 1
        self.heard[candidate_id].add(chosen.question)
        return chosen

    def technical(self, rng: random.Random, candidate_id: str, skill: str) -> SkillQuestion:
        if skill not in self.bank:
            raise KeyError(f"no authored question for skill {skill!r}")
        return self.pick(rng, candidate_id, self.bank[skill])

    def behavioral(
        self, rng: random.Random, candidate_id: str, family: str, competency: str
    ) -> SkillQuestion:
        track = "tech" if family in TECH_FAMILIES else "business"
        options = [item for item in self.stories[track] if item.skill == competency]
        return self.pick(rng, candidate_id, options)


def assign_splits(levels: dict[str, Level]) -> dict[str, Split]:
    """About 60/15/25 train/dev/heldout, stratified by persona level, from a fixed seed."""
    rng = random.Random(SEED)
    splits: dict[str, Split] = {}
    for level in ("strong", "average", "weak"):
        ids = sorted(interview_id for interview_id, lvl in levels.items() if lvl == level)
        rng.shuffle(ids)
        start = 0
        for split, share in SPLIT_SHARES:
            count = round(share * len(ids))
            splits.update(dict.fromkeys(ids[start : start + count], split))
            start += count
        splits.update(dict.fromkeys(ids[start:], "train"))
    return splits


def uneven_answer(rng: random.Random, level: Level) -> tuple[int, Level] | None:
    """Most interviews have one technical answer from a neighbouring level; returns (position, level)."""
    if rng.random() < 0.3:
        return None
    neighbours: dict[Level, list[Level]] = {
        "strong": ["average"],
        "average": ["strong", "weak"],
        "weak": ["average"],
    }
    neighbour = neighbours[level]
    return rng.randrange(4), rng.choice(neighbour)


def compose_interview(
    index: int,
    picker: QuestionPicker,
    job: JobDetails,
    persona: Persona,
    behaviours: list[Behaviour],
    split: Split,
) -> InterviewRecord:
    interview_id = f"interview-{index + 1:03d}"
    rng = random.Random(f"{SEED}/{interview_id}")
    names = job_competencies(job)
    technical_skills = [name for name in names if name not in BEHAVIORAL_COMPETENCIES]
    with_motivation = rng.random() < 0.5
    main_turns = 1 + int(with_motivation) + len(technical_skills) + 2 + 1
    composer = InterviewComposer(rng, job, persona, main_turns, shifted=uneven_answer(rng, persona.level))
    composer.introduction(with_motivation)
    for position, skill in enumerate(technical_skills):
        composer.technical(picker.technical(rng, persona.person.id, skill), position)
    stories = ["collaboration", "problem solving"]
    rng.shuffle(stories)
    for position, competency in enumerate(stories):
        composer.behavioral(
            picker.behavioral(rng, persona.person.id, persona.person.family, competency), position
        )
    composer.closing()
    composer.judgements["communication"] = composer.communication()
    labels = [
        CompetencyLabel(
            name=name, score=composer.judgements[name].score, rationale=composer.judgements[name].rationale
        )
        for name in names
    ]
    overall = round(sum(label.score for label in labels) / len(labels), 1)
    started_at = INTERVIEWS_EPOCH + timedelta(
        days=index, hours=rng.randrange(8), minutes=rng.choice([0, 15, 30])
    )
    turns, ended_at = stamp_turns(rng, composer.turns, started_at, nervous="nervous" in persona.behaviours)
    return InterviewRecord(
        id=interview_id,
        job_id=job.id,
        candidate_id=persona.person.id,
        split=split,
        persona=RecordPersona(level=persona.level, behaviours=behaviours),
        preferences=preferences_for(job),
        interviewer="human",
        started_at=started_at,
        ended_at=ended_at,
        turns=turns,
        final_feedback=final_feedback(persona, composer.judgements, overall),
        labels=InterviewLabels(competencies=labels, overall=overall),
    )


def build_interviews(jobs: dict[str, JobDetails]) -> list[InterviewRecord]:
    people = {person.id: person for person in PEOPLE}
    interview_ids = [f"interview-{index + 1:03d}" for index in range(len(PLAN))]
    levels = {iid: people[row[0]].level for iid, row in zip(interview_ids, PLAN, strict=True)}
    splits = assign_splits(levels)
    picker = QuestionPicker()
    records = []
    for index, (candidate_id, job_key, behaviours) in enumerate(PLAN):
        person = people[candidate_id]
        persona = Persona(person, person.level, set(behaviours))
        records.append(
            compose_interview(index, picker, jobs[job_key], persona, behaviours, splits[interview_ids[index]])
        )
    return records


def build_occupation_records(
    first_index: int, jobs_epoch: datetime, people_epoch: datetime
) -> tuple[list[JobDetails], list[CandidateDetails], list[InterviewRecord]]:
    """The non-software occupations: authored whole, appended after the software families' records."""
    occupations = load_occupations(jobs_epoch, people_epoch)
    records = []
    index = first_index
    for occupation in occupations:
        for interview in occupation.source["interviews"]:
            # Interviews added to a published file carry their own id, so no later id moves.
            if "id" in interview:
                interview_id, number = interview["id"], int(interview["id"].rsplit("-", 1)[1]) - 1
            else:
                interview_id, number = f"interview-{index + 1:03d}", index
                index += 1
            started_at = INTERVIEWS_EPOCH + timedelta(days=number, hours=number % 8)
            record, persona, judgements = compose_occupation_interview(
                interview_id, occupation, interview, started_at, SEED
            )
            feedback = final_feedback(persona, judgements, record.labels.overall)
            records.append(record.model_copy(update={"final_feedback": feedback}))
    jobs = [occupation.job for occupation in occupations]
    candidates = [candidate for occupation in occupations for candidate in occupation.candidates]
    return jobs, candidates, records


def write_jsonl(path: Path, lines: list[str]) -> None:
    path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", type=Path, default=DATASETS_DIR, help="directory to write the JSONL files to"
    )
    out: Path = parser.parse_args().out
    out.mkdir(parents=True, exist_ok=True)
    jobs = build_jobs()
    ordered_jobs = [jobs[source["key"]] for source in JOBS]
    candidates = build_candidates()
    interviews = build_interviews(jobs)
    more_jobs, more_candidates, more_interviews = build_occupation_records(
        len(interviews),
        JOBS_EPOCH + timedelta(days=len(ordered_jobs)),
        PEOPLE_EPOCH + timedelta(hours=7 * len(candidates)),
    )
    ordered_jobs += more_jobs
    candidates += more_candidates
    interviews += more_interviews
    write_jsonl(out / "jobs.jsonl", [job.model_dump_json() for job in ordered_jobs])
    write_jsonl(out / "candidates.jsonl", [c.model_dump_json() for c in candidates])
    write_jsonl(out / "interviews.jsonl", [record.model_dump_json() for record in interviews])
    print(
        f"wrote {len(ordered_jobs)} jobs, {len(candidates)} candidates, {len(interviews)} interviews to {out}"
    )


if __name__ == "__main__":
    main()
