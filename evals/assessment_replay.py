"""Scores a recorded interview's own answers to its own questions, to compare the assessment with its labels.

Replaying recorded answers to an interviewer's *different* questions would make every answer off-topic under
scoring that needs evidence; here the recorded questions become the plan. Each recorded core question is
mapped to one labelled competency: the competency a turn names (`TranscriptTurn.competency`) when the record
has it, otherwise the labelled competency whose name and terms (`resources/skill_terms.json`,
`resources/behavioural_terms.json`) it shares the most words with; introduction questions measure
communication. Follow-ups belong to the question before them. The answers are then judged by the interviewer's
assessor (`rescore`) exactly as a live interview's are.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from workbench.interviewer.bank import load_bank, normalise_text
from workbench.interviewer.competencies import BEHAVIORAL_COMPETENCIES, normalise_skill
from workbench.interviewer.evidence import stems
from workbench.interviewer.plan_view import GENERIC_ANCHORS, slug
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import (
    Competency,
    Difficulty,
    InterviewPlan,
    InterviewState,
    JobDetails,
    Phase,
    PlannedQuestion,
    Rubric,
    Turn,
)
from workbench.records import InterviewRecord

RESOURCES = Path(__file__).resolve().parent / "resources"
INTRODUCTION_COMPETENCY = "communication"


class Rescorer(Protocol):
    def rescore(self, state: InterviewState) -> InterviewState: ...


@lru_cache(maxsize=1)
def competency_terms() -> dict[str, list[str]]:
    terms: dict[str, list[str]] = {}
    for name in ("skill_terms.json", "behavioural_terms.json"):
        data = json.loads((RESOURCES / name).read_text(encoding="utf-8"))
        for key, words in data.items():
            if not key.startswith("_"):
                terms.setdefault(normalise_skill(key), []).extend(words)
    return terms


def labelled_competencies(record: InterviewRecord) -> list[Competency]:
    names = [normalise_skill(label.name) for label in record.labels.competencies]
    return [
        Competency(
            id=slug(name),
            name=name,
            kind="behavioural" if name in BEHAVIORAL_COMPETENCIES else "job_knowledge",
            source="labels",
            terms=competency_terms().get(name, []),
        )
        for name in dict.fromkeys(names)
    ]


def map_question(question: str, phase: Phase, competencies: list[Competency]) -> Competency | None:
    """The labelled competency a recorded question measures (None: no competency fits)."""
    by_name = {c.name: c for c in competencies}
    if phase == Phase.INTRODUCTION:
        return by_name.get(INTRODUCTION_COMPETENCY)
    question_stems = stems(question)
    best, best_hits = None, 0.0
    for competency in competencies:
        name_hits = len(stems(competency.name) & question_stems)
        term_hits = len(stems(" ".join(competency.terms)) & question_stems)
        preferred = (competency.kind == "behavioural") == (phase == Phase.BEHAVIORAL)
        hits = 2.0 * name_hits + term_hits + (0.5 if preferred and name_hits + term_hits else 0.0)
        if hits > best_hits:
            best, best_hits = competency, hits
    return best


@lru_cache(maxsize=1)
def bank_look_for() -> dict[str, list[str]]:
    """Look-for points of the question bank by normalised question text: a recorded question taken from the
    bank is judged against the bank's points, as the interviewer judges it live."""
    bank = load_bank()
    return {normalise_text(q.text): list(q.look_for) for phase in Phase for q in bank.by_phase[phase]}


def live_rubrics(job: JobDetails, record: InterviewRecord) -> dict[str, Rubric]:
    """The rubric the interviewer's own plan for the job gives each of its job-knowledge competencies, by
    normalised name: a recorded question outside the bank is judged against the points, anchors and red flags a
    live interview's question on that competency has, so that the scores compared with the labels are the ones
    a hiring team would see (without them the rubric's look-for points counted for nothing in the replay)."""
    plan = build_interview_plan(job, record.preferences)
    rubrics: dict[str, Rubric] = {}
    for competency in plan.competencies:
        if competency.kind != "job_knowledge":
            continue
        asked = next((q for q in plan.questions if q.competency_id == competency.id), None)
        if asked is not None:
            rubrics.setdefault(normalise_skill(competency.name), asked.rubric)
    return rubrics


def _rubric_of(question: str, competency: str, live: dict[str, Rubric]) -> Rubric:
    """A bank question's own points; else the live plan's rubric for the competency; else the generic anchors."""
    look_for = bank_look_for().get(normalise_text(question), [])
    if not look_for and competency in live:
        return live[competency]
    return Rubric(anchors=GENERIC_ANCHORS, look_for=look_for)


def recorded_state(record: InterviewRecord, job: JobDetails) -> InterviewState:
    """The record as a session whose plan is its own questions, answers in place, nothing assessed yet."""
    competencies = labelled_competencies(record)
    by_name = {c.name: c for c in competencies}
    live = live_rubrics(job, record)
    questions: list[PlannedQuestion] = []
    turns: list[Turn] = []
    current: PlannedQuestion | None = None
    for turn in record.turns:
        if turn.kind in ("candidate_question", "closing") or turn.phase == Phase.CONCLUSION:
            current = None
        elif turn.kind in ("core", "resume_probe") or current is None:
            named = by_name.get(normalise_skill(turn.competency))
            competency = named or map_question(turn.question, turn.phase, competencies)
            current = None
            if competency is not None:
                current = PlannedQuestion(
                    id=f"q{turn.index}",
                    kind="resume_probe" if turn.kind == "resume_probe" else "core",
                    phase=turn.phase,
                    competency_id=competency.id,
                    form="behavioural" if turn.phase == Phase.BEHAVIORAL else "how_do_you",
                    text=turn.question,
                    minutes=3.0,
                    rubric=_rubric_of(turn.question, competency.name, live),
                )
                questions.append(current)
        turns.append(
            Turn(
                index=turn.index,
                phase=turn.phase,
                kind=turn.kind,
                question=turn.question,
                question_id=current.id if current else "",
                competency_id=current.competency_id if current else "",
                asked_at=turn.asked_at,
                answer=turn.answer,
                answer_kind=turn.answer_kind,
                answered_at=turn.answered_at,
            )
        )
    plan = InterviewPlan(
        job_id=job.id,
        version=1,
        key=f"recorded:{record.id}",
        difficulty_level=Difficulty(record.preferences.difficulty_level),
        max_duration=record.preferences.max_duration,
        competencies=competencies,
        questions=questions,
    )
    return InterviewState(
        job=job,
        candidate_id=record.candidate_id,
        preferences=record.preferences,
        phase=Phase.CONCLUSION,
        turns=turns,
        started_at=record.started_at,
        ended_at=record.ended_at,
        plan=plan,
    )


def rescore_record(interviewer: Rescorer, record: InterviewRecord, job: JobDetails) -> InterviewState:
    return interviewer.rescore(recorded_state(record, job))
