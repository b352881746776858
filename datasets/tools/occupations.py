"""Interviews for jobs outside software, authored whole in datasets/material/occupations/*.yaml.

Unlike the software families (composed from a bank of answers), every answer here is written for its
candidate and its question, and every score is a rater's judgement of that answer against the job's rubric.
Each file holds one job, its structured interview (the same core questions, in the same order, for every
candidate), its candidates and their interviews. This module only gives the text its record shape: turn order,
kinds, timestamps and the labels' arithmetic.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import transforms as tf
from catalogue import experience_summary, preferences_for, resume_text
from compose import DraftTurn, Judgement, Persona
from material import MATERIAL_DIR, person, read_yaml
from timeline import stamp_turns

from workbench.interviewer.competencies import job_competencies
from workbench.models import CandidateDetails, Comfort, JobDetails, Phase, TurnKind
from workbench.records import CompetencyLabel, InterviewLabels, InterviewRecord
from workbench.records import Persona as RecordPersona

OCCUPATIONS_DIR = MATERIAL_DIR / "occupations"
_ID_NAMESPACE = uuid.UUID("6f1c3f0e-2a52-4c4e-9a47-0b6d0d9b7a11")  # the same namespace as catalogue.job_id
_PHASES = {"technical": Phase.TECHNICAL, "behavioral": Phase.BEHAVIORAL}


@dataclass
class Occupation:
    job: JobDetails
    family: str
    source: dict[str, Any]
    candidates: list[CandidateDetails]


def load_occupations(jobs_epoch: datetime, people_epoch: datetime) -> list[Occupation]:
    """Every occupation file, in name order, with ids and creation times that never change."""
    occupations = []
    for index, path in enumerate(occupation_files()):
        raw = read_yaml(path)
        spec = raw["job"]
        job = JobDetails(
            id=str(uuid.uuid5(_ID_NAMESPACE, f"job/{spec['key']}")),
            title=spec["title"],
            description=spec["description"],
            requirements="\n".join(f"- {line}" for line in spec["requirements"]),
            company=spec["company"],
            location=spec["location"],
            salary_range=spec["salary_range"],
            experience_level=spec["experience_level"],
            skills_required=spec["skills"],
            created_at=jobs_epoch + timedelta(days=index, hours=index % 5),
        )
        people = [person({**entry, "family": spec["family"]}) for entry in raw["candidates"]]
        candidates = [
            CandidateDetails(
                id=someone.id,
                name=someone.name,
                email=someone.email,
                resume_text=resume_text(someone),
                skills=someone.skills,
                experience=experience_summary(someone),
                education=someone.education,
                created_at=people_epoch + timedelta(hours=7 * (index * 4 + position)),
            )
            for position, someone in enumerate(people)
        ]
        occupations.append(Occupation(job, spec["family"], raw, candidates))
    return occupations


def _draft(
    phase: Phase, kind: TurnKind, question: str, said: dict[str, Any], vague: bool, competency: str = ""
) -> DraftTurn:
    comfort = Comfort(said.get("comfort", "neutral"))
    return DraftTurn(phase, kind, question, said["text"], comfort, bool(said.get("vague", vague)), competency)


def draft_turns(
    occupation: Occupation, interview: dict[str, Any]
) -> tuple[list[DraftTurn], dict[str, Judgement]]:
    """The interview's turns in order and, per competency, the rater's judgement with a quote."""
    questions = occupation.source["questions"]
    answers = interview["answers"]
    level = interview["level"]
    intro = answers["intro"]
    turns = [_draft(Phase.INTRODUCTION, "core", questions["intro"], intro, level == "weak")]
    judgements = {"_intro": Judgement(0, "", tf.quote(intro["text"]))}
    for planned in questions["core"]:
        said = answers[planned["id"]]
        phase, competency = _PHASES[planned["phase"]], planned["competency"]
        clarify, probe = said.get("clarify"), said.get("follow_up")
        if clarify:  # the candidate asks what the question means; the interviewer says it in other words
            turns.append(_draft(phase, "core", planned["text"], {"text": clarify["ask"]}, False, competency))
            turns[-1].answer_kind = "clarification_request"
            turns.append(
                _draft(phase, "clarification", clarify["rephrase"], said, said["score"] <= 2, competency)
            )
        else:
            turns.append(_draft(phase, "core", planned["text"], said, said["score"] <= 2, competency))
        if probe:
            turns.append(
                _draft(phase, "follow_up", probe["question"], probe, probe.get("vague", True), competency)
            )
        quote_from = probe if probe and probe.get("quote") else said
        judgements[competency] = Judgement(said["score"], said["rationale"], tf.quote(quote_from["text"]))
    closing = answers["closing"]
    turns.append(_draft(Phase.CONCLUSION, "closing", questions["closing"], closing, False))
    if "?" in closing["text"]:
        turns[-1].answer_kind = "candidate_question"
    if "reply" in closing:  # the candidate asked about the job: the interviewer answers from the job record
        reply = closing["reply"]
        turns.append(
            _draft(Phase.CONCLUSION, "candidate_question", reply["say"], {"text": reply["answer"]}, False)
        )
    communication = interview["communication"]
    judgements["communication"] = Judgement(communication["score"], communication["rationale"], "")
    return turns, judgements


def compose_occupation_interview(
    interview_id: str,
    occupation: Occupation,
    interview: dict[str, Any],
    started_at: datetime,
    seed: int,
) -> tuple[InterviewRecord, Persona, dict[str, Judgement]]:
    """One labelled record; the persona and judgements are returned for the final feedback."""
    rng = random.Random(f"{seed}/{interview_id}")
    people = {c.id: c for c in occupation.candidates}
    candidate = people[interview["candidate"]]
    someone = person({**_candidate_source(occupation, candidate.id), "family": occupation.family})
    behaviours = list(interview["behaviours"])
    persona = Persona(someone, interview["level"], set(behaviours))
    drafts, judgements = draft_turns(occupation, interview)
    names = job_competencies(occupation.job)
    missing = [name for name in names if name not in judgements]
    if missing:
        raise ValueError(f"{interview_id}: no judgement for {missing}")
    labels = [
        CompetencyLabel(name=name, score=judgements[name].score, rationale=judgements[name].rationale)
        for name in names
    ]
    overall = round(sum(label.score for label in labels) / len(labels), 1)
    turns, ended_at = stamp_turns(rng, drafts, started_at, nervous="nervous" in behaviours)
    record = InterviewRecord(
        id=interview_id,
        job_id=occupation.job.id,
        candidate_id=candidate.id,
        split=interview["split"],
        persona=RecordPersona(level=interview["level"], behaviours=behaviours),
        preferences=preferences_for(occupation.job),
        interviewer="human",
        started_at=started_at,
        ended_at=ended_at,
        turns=turns,
        labels=InterviewLabels(competencies=labels, overall=overall),
    )
    return record, persona, judgements


def _candidate_source(occupation: Occupation, candidate_id: str) -> dict[str, Any]:
    entries: list[dict[str, Any]] = occupation.source["candidates"]
    return next(entry for entry in entries if entry["id"] == candidate_id)


def occupation_files() -> list[Path]:
    """The files in the order of datasets/material/occupations.yaml; every file must be listed exactly once."""
    listed = [
        OCCUPATIONS_DIR / f"{name}.yaml" for name in read_yaml(MATERIAL_DIR / "occupations.yaml")["files"]
    ]
    present = set(OCCUPATIONS_DIR.glob("*.yaml"))
    if len(set(listed)) != len(listed) or set(listed) != present:
        raise ValueError(f"occupations.yaml must list each of {sorted(p.name for p in present)} exactly once")
    return listed
