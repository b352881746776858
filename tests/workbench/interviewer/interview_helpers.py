"""Test helpers for the interviewer: a small question bank in the packaged format, written to a temp dir, so the tests do not depend on the
packaged bank's exact contents; plus jobs, candidates and scripted answers used across the tests."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.controller import follow_ups_used
from workbench.models import CandidateDetails, InterviewState, JobDetails

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def _q(qid: str, phase: str, text: str, **extra: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": qid,
        "phase": phase,
        "text": text,
        "skills": [],
        "roles": ["general"],
        "difficulty": "medium",
        "competency": None,
        "look_for": [],
        "follow_ups": [],
    }
    base.update(extra)
    return base


INTRODUCTION = [
    _q(
        "in-1",
        "introduction",
        "Could you tell me a little about yourself and your recent work?",
        look_for=["recent role", "relevant experience", "motivation"],
    ),
    _q(
        "in-2",
        "introduction",
        "What drew you to apply for this position?",
        look_for=["motivation", "company"],
    ),
    _q(
        "in-3",
        "introduction",
        "Which project from your resume are you proudest of, and why?",
        roles=["frontend", "backend", "data"],
        look_for=["project", "impact", "your role"],
    ),
]
CONCLUSION = [
    _q("co-1", "conclusion", "What questions do you have for me about the team or the role?"),
    _q("co-2", "conclusion", "Is there anything we haven't covered that you'd like me to know?"),
]
BEHAVIORAL = [
    _q(
        "be-1",
        "behavioral",
        "Tell me about a time you disagreed with a teammate. How did you handle it?",
        competency="collaboration",
        look_for=["listened", "compromise", "outcome", "relationship"],
        follow_ups=["What would you do differently next time?"],
    ),
    _q(
        "be-2",
        "behavioral",
        "Describe a time you had to explain a technical decision to a non-technical audience.",
        competency="communication",
        look_for=["audience", "simplified", "checked understanding", "outcome"],
    ),
    _q(
        "be-3",
        "behavioral",
        "Tell me about the hardest problem you solved in the last year.",
        competency="problem solving",
        look_for=["root cause", "options", "trade-offs", "result"],
    ),
    _q(
        "be-4",
        "behavioral",
        "Describe a project where you took ownership beyond your role.",
        competency="ownership",
        look_for=["initiative", "stakeholders", "result"],
    ),
    _q(
        "be-5",
        "behavioral",
        "Tell me about a time priorities changed suddenly. What did you do?",
        competency="adaptability",
        look_for=["re-planned", "communicated", "result"],
    ),
    _q(
        "be-6",
        "behavioral",
        "Tell me about a time you helped a colleague grow.",
        competency="leadership",
        look_for=["mentoring", "feedback", "progress"],
    ),
]
TECHNICAL = [
    _q(
        "fe-1",
        "technical",
        "How do you decide when to split a React component, and how do you manage its state?",
        skills=["react", "javascript"],
        roles=["frontend"],
        look_for=["single responsibility", "props", "state lifting", "context", "reuse"],
        follow_ups=["How did you test that component?"],
    ),
    _q(
        "fe-2",
        "technical",
        "Walk me through how you would find why a web page renders slowly.",
        skills=["performance", "javascript"],
        roles=["frontend"],
        look_for=["profiler", "bundle size", "re-renders", "network waterfall", "measure"],
    ),
    _q(
        "fe-3",
        "technical",
        "How do you make a form accessible to screen-reader users?",
        skills=["accessibility", "html"],
        roles=["frontend"],
        look_for=["labels", "aria", "focus", "errors"],
    ),
    _q(
        "fe-4",
        "technical",
        "What does TypeScript buy you in a large frontend codebase, and what does it cost?",
        skills=["typescript"],
        roles=["frontend"],
        look_for=["type safety", "refactoring", "build time"],
    ),
    _q(
        "fe-5",
        "technical",
        "How would you structure CSS for a design system used by several teams?",
        skills=["css"],
        roles=["frontend", "design"],
        look_for=["tokens", "naming", "isolation"],
    ),
    _q(
        "be-py-1",
        "technical",
        "Walk me through how you would find and fix a slow endpoint in a Django service.",
        skills=["python", "django", "performance"],
        roles=["backend"],
        look_for=["profiling", "query count", "index", "caching", "measure before and after"],
        follow_ups=["What did you measure to confirm the fix worked?"],
    ),
    _q(
        "be-py-2",
        "technical",
        "How do you design a REST API so that clients can evolve with it?",
        skills=["api design"],
        roles=["backend"],
        look_for=["versioning", "backward compatible", "pagination"],
    ),
    _q(
        "be-py-3",
        "technical",
        "When would you put a message queue like Kafka between two services?",
        skills=["kafka", "distributed systems"],
        roles=["backend", "data"],
        look_for=["decoupling", "back pressure", "ordering", "retries", "idempotency"],
    ),
    _q(
        "be-py-4",
        "technical",
        "How do you choose between PostgreSQL and a document database for a new service?",
        skills=["postgresql", "databases"],
        roles=["backend"],
        look_for=["schema", "transactions", "queries"],
    ),
    _q(
        "be-py-5",
        "technical",
        "How do you test Python code that talks to external services?",
        skills=["python", "testing"],
        roles=["backend", "qa"],
        look_for=["fakes", "contract", "integration"],
        difficulty="easy",
    ),
    _q(
        "da-1",
        "technical",
        "How would you write SQL to find each customer's most recent order?",
        skills=["sql"],
        roles=["data"],
        look_for=["window function", "row_number", "partition", "join"],
    ),
    _q(
        "da-2",
        "technical",
        "How do you make a daily ETL pipeline reliable?",
        skills=["etl", "airflow"],
        roles=["data"],
        look_for=["idempotent", "retries", "monitoring", "backfill"],
    ),
    _q(
        "da-3",
        "technical",
        "How would you explore a new dataset in pandas before modelling?",
        skills=["pandas", "python"],
        roles=["data", "ml"],
        look_for=["missing values", "distributions", "outliers"],
    ),
    _q(
        "da-4",
        "technical",
        "How do you check that a dashboard's numbers are right?",
        skills=["sql", "analytics"],
        roles=["data"],
        look_for=["reconcile", "source of truth", "tests"],
    ),
    _q(
        "sa-1",
        "technical",
        "Walk me through how you qualify a new inbound lead.",
        skills=["lead qualification", "crm"],
        roles=["sales"],
        look_for=["budget", "authority", "need", "timeline"],
    ),
    _q(
        "sa-2",
        "technical",
        "How do you handle a prospect who says your product is too expensive?",
        skills=["negotiation"],
        roles=["sales"],
        look_for=["value", "listen", "discount", "roi"],
    ),
    _q(
        "sa-3",
        "technical",
        "How do you keep your pipeline accurate in the CRM?",
        skills=["crm", "forecasting"],
        roles=["sales"],
        look_for=["stages", "next steps", "hygiene", "forecast"],
    ),
    _q(
        "sa-4",
        "technical",
        "Tell me how you prepare for a discovery call with a large account.",
        skills=["discovery"],
        roles=["sales"],
        look_for=["research", "stakeholders", "questions", "goals"],
    ),
]
SKILLS = {
    "aliases": {
        "js": "javascript",
        "ts": "typescript",
        "postgres": "postgresql",
        "reactjs": "react",
        "salesforce": "crm",
        "node": "node.js",
    },
    "related": {
        "react": ["javascript", "frontend"],
        "django": ["python", "backend"],
        "sql": ["data"],
        "pandas": ["python", "data"],
        "crm": ["sales"],
        "kafka": ["backend", "data"],
    },
}


def write_bank(directory: Path) -> Path:
    files = {
        "introduction.json": INTRODUCTION,
        "conclusion.json": CONCLUSION,
        "behavioral.json": BEHAVIORAL,
        "technical_mixed.json": TECHNICAL,
    }
    directory.mkdir(parents=True, exist_ok=True)
    for name, questions in files.items():
        (directory / name).write_text(json.dumps({"questions": questions}), encoding="utf-8")
    (directory / "skills.json").write_text(json.dumps(SKILLS), encoding="utf-8")
    return directory


JOBS: dict[str, JobDetails] = {
    "frontend": JobDetails(
        id="job-fe",
        title="Senior Frontend Engineer",
        skills_required=["React", "TypeScript", "CSS", "accessibility"],
    ),
    "backend": JobDetails(
        id="job-be", title="Backend Engineer", skills_required=["Python", "Django", "PostgreSQL", "Kafka"]
    ),
    "data": JobDetails(id="job-da", title="Data Analyst", skills_required=["SQL", "pandas", "ETL"]),
    "sales": JobDetails(
        id="job-sa", title="Account Executive", skills_required=["CRM", "negotiation", "discovery"]
    ),
}


def candidate(name: str = "Ana Silva", resume: str = "", skills: list[str] | None = None) -> CandidateDetails:
    return CandidateDetails(
        id=f"cand-{name.split()[0].lower()}", name=name, resume_text=resume, skills=skills or []
    )


STRONG_TECHNICAL = (
    "At my last company I owned the checkout page. I profiled it with the browser profiler and found 40% of the "
    "render time came from re-renders of one list, because state lived too high. I split the component, moved "
    "state down and memoised the rows, and I measured before and after: p95 render time dropped from 900 ms to "
    "210 ms. I chose this instead of a full rewrite because the team needed the fix within two weeks, and I "
    "added a performance test so it would not regress."
)
STRONG_BEHAVIORAL = (
    "Last year our team had to migrate the billing service before a contract deadline, and I was responsible "
    "for the data migration. A teammate and I disagreed about doing it in one cut-over, so I listened to his "
    "concerns, we compared both options with our manager, and I proposed a compromise: dual writes for two "
    "weeks. I wrote the reconciliation job myself. As a result we shipped on time with zero lost invoices, and "
    "the relationship with that teammate got better because he felt heard."
)
WEAK_ANSWER = "I guess it depends, we usually just do the normal stuff, things like that."


def strong_answer(look_for: tuple[str, ...], phase: str) -> str:
    """A specific, owned answer that covers what a good answer should mention.

    Its sentences name the question's own points, so that no two answers repeat a sentence word for word
    (repeated text is never evidence)."""
    points = ", ".join(look_for) if look_for else "the context, the options and the result"
    first = look_for[0] if look_for else "the context"
    if phase == "behavioral":
        return (
            f"Last year our team had to migrate the billing service before a contract deadline, where {points} "
            f"mattered most, and I was responsible for the data migration. A teammate and I disagreed about "
            f"{first} in one cut-over, so I listened to his concerns, we compared both options with our manager, "
            f"and I proposed a compromise for {first}: dual writes for two weeks. I wrote the reconciliation job "
            f"for {first} myself. As a result we shipped on time with zero lost invoices, and the relationship "
            f"with that teammate got better on {first} because he felt heard."
        )
    return (
        f"At my last company I led the work on {points}, because we had to cut latency for 2 million users. "
        f"For {first}, I measured first, then I compared two designs and chose the simpler one instead of a "
        f"rewrite. As a result p95 latency dropped from 800 ms to 240 ms and I documented the {first} trade-offs "
        "for the team."
    )


def run_interview(
    interviewer: Any,
    job: JobDetails,
    answer_for: Any,
    *,
    minutes_per_answer: float = 2.5,
    preferences: Any = None,
    resume: str = "",
    max_answers: int = 40,
) -> tuple[Any, list[Any]]:
    """Drive a whole interview; `answer_for(state) -> str`. Returns the finished state and every NextStep."""
    from datetime import timedelta

    from workbench.models import Preferences

    now = T0
    state = interviewer.start(job, candidate(resume=resume), resume, preferences or Preferences(), now)
    steps = []
    for _ in range(max_answers):
        now += timedelta(minutes=minutes_per_answer)
        state, step = interviewer.answer(state, answer_for(state), now)
        steps.append(step)
        if step.completed:
            break
    return interviewer.finish(state, now), steps


def spend_follow_ups(
    baseline: BaselineInterviewer, state: InterviewState, start: datetime
) -> tuple[InterviewState, datetime]:
    """Vague answers until the follow-ups the earlier phases may use are spent; the state and the time reached."""
    minute = 1
    while follow_ups_used(state) < 1 or state.turns[-1].kind == "follow_up":
        state, _ = baseline.answer(
            state, "It depends, I just do what is needed.", start + timedelta(minutes=minute)
        )
        minute += 1
        assert minute < 20
    return state, start + timedelta(minutes=minute)


# A job outside the datasets, for the conversation-repair tests (a bare yes, an answer given again).
PARAMEDIC = JobDetails(
    id="paramedic",
    title="Paramedic",
    company="East Coast Ambulance Service",
    description=(
        "Respond to 999 calls, assess and treat patients in the pre-hospital setting, administer medicines under "
        "JRCALC guidelines and hand over to hospital teams."
    ),
    requirements="HCPC registration; resilience; teamwork",
)


# A rail job outside the datasets, for the rail, air, sea and care tests.
TRAIN_DRIVER = JobDetails(
    id="t-train",
    title="Trainee Train Driver",
    description=(
        "<ul><li>Drive passenger trains safely and punctually over the routes you are trained on</li>"
        "<li>Carry out pre-departure checks and preparation of trains in depots and sidings</li>"
        "<li>Comply with the Rule Book, signals and speed restrictions at all times</li></ul>"
    ),
)


def job_knowledge_names(job: JobDetails) -> list[str]:
    """The names of a job's job-knowledge competencies in its plan (default preferences), lower case."""
    from workbench.interviewer.planning.planner import build_interview_plan
    from workbench.models import Preferences

    plan = build_interview_plan(job, Preferences())
    return [c.name.lower() for c in plan.competencies if c.kind == "job_knowledge"]
