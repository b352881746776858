"""A recorded interview is scored against the rubric a live interview's question would have: a job-knowledge
question outside the software bank gets the points, anchors and red flags of the interviewer's own plan for the
job, so the agreement measured with the labels is the agreement a hiring team gets."""

from __future__ import annotations

import json
from pathlib import Path

from evals.assessment_replay import live_rubrics, recorded_state
from workbench.interviewer.competencies import normalise_skill
from workbench.interviewer.plan_view import GENERIC_ANCHORS
from workbench.models import JobDetails
from workbench.records import InterviewRecord

DATASETS = Path(__file__).resolve().parents[2] / "datasets"


def _first_train_occupation_record() -> tuple[InterviewRecord, JobDetails]:
    jobs = {}
    for line in (DATASETS / "jobs.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        jobs[row["id"]] = JobDetails(**{k: v for k, v in row.items() if k in JobDetails.model_fields})
    for line in (DATASETS / "interviews.jsonl").read_text(encoding="utf-8").splitlines():
        record = InterviewRecord.model_validate_json(line)
        if record.split == "train" and any(t.competency and t.kind == "core" for t in record.turns):
            job = jobs[record.job_id]
            if "Nurse" in job.title or "Plumb" in job.title or "Electric" in job.title:
                return record, job
    raise AssertionError("no train interview outside software")


def test_a_recorded_question_outside_the_bank_gets_the_live_plans_rubric() -> None:
    record, job = _first_train_occupation_record()
    live = live_rubrics(job, record)
    state = recorded_state(record, job)
    assert state.plan is not None
    names = {c.id: normalise_skill(c.name) for c in state.plan.competencies}
    judged = [q for q in state.plan.questions if names.get(q.competency_id) in live]
    assert judged, "no recorded question matched a live competency"
    for question in judged:
        rubric = live[names[question.competency_id]]
        assert question.rubric == rubric
        assert question.rubric.look_for and question.rubric.anchors != GENERIC_ANCHORS
