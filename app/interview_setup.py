"""The mock interview's setup form: who it is for, which job (or a pasted job description), which candidate (or a
pasted resume), and the interview's preferences. New jobs and candidates are created on the server over REST."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import streamlit as st

from app.client import ServerApi, ServerError
from app.ui import candidate_label, job_label
from app.wording import server_problem

PRACTICE = "Practice (candidate)"
COACH = "Coach / hiring"
EXISTING_JOB = "A job on the server"
NEW_JOB = "Paste a job description"
EXISTING_CANDIDATE = "Existing candidate"
NEW_CANDIDATE = "Paste a resume"
TITLE_LIMIT = 300
DESCRIPTION_LIMIT = 20_000
RESUME_LIMIT = 60_000


@dataclass
class SetupChoice:
    job: dict[str, str]  # {"id"} or {"title", "description", "company"}
    candidate: dict[str, str]  # {"id"} or {"name", "resume_text"}
    preferences: dict[str, Any]
    audience: str


def setup_form(api: ServerApi) -> SetupChoice | None:
    """Draws the form; returns the choice when "Start interview" is pressed."""
    try:
        jobs = {str(job["id"]): job for job in api.list_jobs()}
        candidates = {str(c["id"]): c for c in api.list_candidates()}
    except ServerError as exc:
        st.error(server_problem(exc, "load the jobs and candidates"))
        st.button("Retry", key="retry_setup")
        return None
    audience = st.radio(
        "Who is this for?",
        [PRACTICE, COACH],
        horizontal=True,
        key="audience_choice",
        help="Practice shows the candidate the questions only; coach mode also shows the interviewer's live notes.",
    )
    job = job_inputs(jobs)
    candidate = candidate_inputs(candidates)
    left, right = st.columns(2)
    duration = left.number_input("Duration (minutes)", 5, 180, 30, step=5, key="duration")
    difficulty = right.selectbox("Difficulty", ["easy", "medium", "hard"], index=1, key="difficulty")
    skills = [str(skill) for skill in jobs.get(job.get("id", ""), {}).get("skills_required") or []]
    focus = st.multiselect("Focus areas", skills, key="focus_areas", accept_new_options=True)
    preferences = {"max_duration": int(duration), "difficulty_level": difficulty, "focus_areas": list(focus)}
    if not st.button("Start interview", type="primary", key="start"):
        return None
    return SetupChoice(job, candidate, preferences, str(audience))


def job_inputs(jobs: dict[str, dict[str, Any]]) -> dict[str, str]:
    source = st.radio("Job", [EXISTING_JOB, NEW_JOB], horizontal=True, key="job_source")
    if source == EXISTING_JOB and jobs:
        chosen = st.selectbox(
            "Which job?", list(jobs), format_func=lambda jid: job_label(jobs[jid]), key="job_choice"
        )
        return {"id": str(chosen)}
    if source == EXISTING_JOB:
        st.info("No jobs on the server yet: paste a job description instead.")
    left, right = st.columns(2)
    title = left.text_input("Job title", key="new_job_title", max_chars=TITLE_LIMIT)
    company = right.text_input("Company (optional)", key="new_job_company", max_chars=TITLE_LIMIT)
    description = st.text_area(
        "Job description", key="new_job_description", height=200, max_chars=DESCRIPTION_LIMIT
    )
    return {"title": title.strip(), "company": company.strip(), "description": description.strip()}


def candidate_inputs(candidates: dict[str, dict[str, Any]]) -> dict[str, str]:
    """The chosen candidate: `{"id": ...}` for an existing one, `{"name", "resume_text"}` for a new one."""
    source = st.radio(
        "Candidate", [EXISTING_CANDIDATE, NEW_CANDIDATE], horizontal=True, key="candidate_source"
    )
    if source == EXISTING_CANDIDATE and candidates:
        chosen = st.selectbox(
            "Who is interviewing?",
            list(candidates),
            format_func=lambda cid: candidate_label(candidates[cid]),
            key="candidate_choice",
        )
        return {"id": str(chosen)}
    if source == EXISTING_CANDIDATE:
        st.info("No candidates yet: paste a resume instead.")
    name = st.text_input("Candidate name", key="new_candidate_name", max_chars=TITLE_LIMIT)
    resume = st.text_area("Resume", key="new_candidate_resume", height=200, max_chars=RESUME_LIMIT)
    return {"name": name.strip(), "resume_text": resume.strip()}


def resolve_job(api: ServerApi, job: dict[str, str]) -> str | None:
    """The job's id, creating the job on the server from a pasted description when needed."""
    if job.get("id"):
        return job["id"]
    if not job.get("title") or not job.get("description"):
        st.error("Give the job a title and paste its description.")
        return None
    payload = {key: value for key, value in job.items() if value}
    try:
        created = api.create_job(payload)
    except ServerError as exc:
        st.error(server_problem(exc, "save the job"))
        return None
    return str(created["id"])


def resolve_candidate(api: ServerApi, candidate: dict[str, str]) -> str | None:
    """The candidate's id, creating the candidate on the server from a pasted resume when needed."""
    if candidate.get("id"):
        return candidate["id"]
    if not candidate.get("name") or not candidate.get("resume_text"):
        st.error("Give the candidate's name and paste a resume.")
        return None
    try:
        created = api.create_candidate({"name": candidate["name"], "resume_text": candidate["resume_text"]})
    except ServerError as exc:
        st.error(server_problem(exc, "save the candidate"))
        return None
    return str(created["id"])
