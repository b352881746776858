"""Logging a finished mock interview to MLflow (experiment `mock-interviews`) with its scores.

Only identifiers, settings and scores are logged: answers and resumes are personal data and stay in the store.
"""

from __future__ import annotations

import re
from typing import Any

from workbench.tracking import log_run

EXPERIMENT = "mock-interviews"

JsonDict = dict[str, Any]


def metric_key(name: str) -> str:
    """An MLflow-safe metric key for a competency name."""
    return re.sub(r"[^0-9A-Za-z_\-. /]", "_", name.strip().lower()).replace(" ", "_") or "competency"


def interview_metrics(session: JsonDict) -> dict[str, float]:
    assessment = session.get("assessment") or {}
    metrics: dict[str, float] = {}
    if assessment.get("overall") is not None:
        metrics["overall"] = float(assessment["overall"])
    for competency in assessment.get("competencies") or []:
        if competency.get("score") is not None:
            metrics[f"competency.{metric_key(str(competency.get('name', '')))}"] = float(competency["score"])
    turns = session.get("turns") or []
    metrics["questions_asked"] = float(session.get("questions_asked") or len(turns))
    metrics["answers_given"] = float(sum(1 for turn in turns if turn.get("answer")))
    return metrics


def interview_params(session: JsonDict, preferences: JsonDict) -> dict[str, str | int | float]:
    focus = preferences.get("focus_areas") or []
    return {
        "session_id": str(session.get("id", "")),
        "job_id": str(session.get("job_id", "")),
        "candidate_id": str(session.get("candidate_id", "")),
        "max_duration": int(preferences.get("max_duration") or 30),
        "difficulty_level": str(preferences.get("difficulty_level") or "medium"),
        "focus_areas": ",".join(str(area) for area in focus),
        "answer_mode": str(preferences.get("answer_mode") or ""),
    }


def log_mock_interview(session: JsonDict, preferences: JsonDict) -> str:
    """Logs one finished interview; returns the MLflow run id."""
    assessment = session.get("assessment") or {}
    scores = {
        "overall": assessment.get("overall"),
        "competencies": [
            {"name": c.get("name"), "score": c.get("score")} for c in assessment.get("competencies") or []
        ],
    }
    return log_run(
        experiment=EXPERIMENT,
        run_name=str(session.get("id", "mock-interview")),
        params=interview_params(session, preferences),
        metrics=interview_metrics(session),
        json_artifacts={"scores": scores},
        tags={"openhire.kind": "mock-interview", "openhire.session_id": str(session.get("id", ""))},
    )
