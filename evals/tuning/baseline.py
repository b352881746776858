"""The baseline interviewer's outputs on held-out transcripts, shaped like the DSPy modules' predictions.

Each held-out transcript is replayed through the baseline (its n-th answer given to the baseline's n-th
question); what the baseline assessed, asked next and concluded is keyed like the tuning examples
(`<record id>#<answer position>`, `<record id>#feedback`) so the same metric scores both.
"""

from __future__ import annotations

from typing import Any

from workbench.interviewer.api import AnswerAssessment, Interviewer, InterviewState, NextStep
from workbench.interviewer.baseline import BaselineInterviewer
from workbench.models import CandidateDetails, JobDetails
from workbench.records import InterviewRecord


def _assessment_prediction(assessment: AnswerAssessment | None) -> dict[str, Any]:
    if assessment is None:
        return {}
    return {
        "comfort": assessment.comfort.value,
        "vague": assessment.vague,
        "scores": [
            {"competency": c.name, "score": c.score, "evidence": c.evidence} for c in assessment.competencies
        ],
    }


def _replay(
    interviewer: Interviewer, record: InterviewRecord, job: JobDetails
) -> tuple[InterviewState, list[NextStep]]:
    candidate = CandidateDetails(id=record.candidate_id, name="Candidate")
    state = interviewer.start(job, candidate, "", record.preferences, record.started_at)
    steps: list[NextStep] = []
    for turn in record.turns:
        if state.completed or state.current_question is None:
            break
        state, step = interviewer.answer(state, turn.answer, turn.answered_at)
        steps.append(step)
    if state.assessment is None:
        state = interviewer.finish(state, max(record.ended_at, record.turns[-1].answered_at))
    return state, steps


def baseline_predictions(
    records: list[InterviewRecord], jobs: dict[str, JobDetails], interviewer: Interviewer | None = None
) -> dict[str, dict[str, Any]]:
    """Predictions keyed by example key, for all three modules at once."""
    subject = interviewer or BaselineInterviewer()
    predictions: dict[str, dict[str, Any]] = {}
    for record in records:
        if record.job_id not in jobs:
            continue
        state, steps = _replay(subject, record, jobs[record.job_id])
        answered = [turn for turn in state.turns if turn.answer is not None]
        for position, turn in enumerate(answered):
            prediction = _assessment_prediction(turn.assessment)
            if position < len(steps):
                prediction |= {"response": steps[position].response, "question": steps[position].question}
            predictions[f"{record.id}#{position}"] = prediction
        if state.assessment is not None:
            predictions[f"{record.id}#feedback"] = {
                "summary": state.assessment.summary,
                "strengths": state.assessment.strengths,
                "areas_to_improve": state.assessment.areas_to_improve,
            }
    return predictions
