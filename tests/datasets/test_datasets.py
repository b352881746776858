"""The datasets/ files: every record valid, ids and references sound, coverage and labels as the datasheet says.

Also checks that the checked-in files are exactly what `datasets/tools/build_interviews.py` produces.
"""

from __future__ import annotations

import itertools
import json
import re
import statistics
import subprocess
import sys
from collections import Counter
from functools import cache
from pathlib import Path
from typing import TypeVar

import pytest
import yaml
from pydantic import BaseModel, ValidationError

from workbench.interviewer.competencies import job_competencies, normalise_skill
from workbench.models import PHASE_ORDER, CandidateDetails, Comfort, JobDetails, Phase
from workbench.records import InterviewRecord

DATASETS = Path(__file__).resolve().parents[2] / "datasets"
SEED_JOB_ID = "ff7f1e59-3014-4cc8-8f2e-4b3ca694ceb3"
BEHAVIOURS = (
    "nervous", "confident", "evasive", "off_topic", "very_short", "rambling", "non_native", "prompt_injection",
)  # fmt: skip
INJECTION_MARKERS = ("ignore your previous instructions", "system note", "disregard the rubric",
                     "new instruction", "forget the scoring guide")  # fmt: skip
ROLE_KEYWORDS = {
    "frontend": ("frontend",), "backend": ("backend",), "data": ("data analyst", "data engineer"),
    "ml": ("machine learning",), "devops": ("devops", "reliability", "cloud"), "mobile": ("ios", "mobile"),
    "qa": ("qa",), "product": ("product manager",), "design": ("designer",), "sales": ("account executive",),
    "support": ("support",),
}  # fmt: skip

CORE_KINDS = ("core",)

Record = TypeVar("Record", bound=BaseModel)


def load(name: str, model: type[Record]) -> list[Record]:
    """Parse and validate a JSONL file, naming the file and line of the first bad record."""
    path = DATASETS / name
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        try:
            records.append(model.model_validate_json(line))
        except ValidationError as error:
            pytest.fail(f"{name}:{number}: not a valid {model.__name__}: {error}")
    return records


@cache
def jobs() -> dict[str, JobDetails]:
    return {job.id: job for job in load("jobs.jsonl", JobDetails)}


@cache
def candidates() -> dict[str, CandidateDetails]:
    return {candidate.id: candidate for candidate in load("candidates.jsonl", CandidateDetails)}


@cache
def interviews() -> list[InterviewRecord]:
    return load("interviews.jsonl", InterviewRecord)


# --- files and records ------------------------------------------------------------------------------------


def test_datasets_is_a_data_folder_not_a_package() -> None:
    assert not (DATASETS / "__init__.py").exists()
    assert (DATASETS / "README.md").is_file()


@pytest.mark.parametrize(
    ("name", "model"),
    [
        ("jobs.jsonl", JobDetails),
        ("candidates.jsonl", CandidateDetails),
        ("interviews.jsonl", InterviewRecord),
    ],
)
def test_every_line_is_a_valid_record_with_a_unique_id(name: str, model: type[BaseModel]) -> None:
    raw = (DATASETS / name).read_bytes()
    assert raw.endswith(b"\n") and b"\r" not in raw, f"{name}: one record per line, LF endings"
    ids = [getattr(record, "id") for record in load(name, model)]  # noqa: B009
    assert len(ids) == len(raw.splitlines())
    duplicates = [key for key, count in Counter(ids).items() if count > 1]
    assert not duplicates, f"{name}: duplicate ids {duplicates}"


def test_load_reports_the_line_of_a_bad_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    good = (DATASETS / "jobs.jsonl").read_text(encoding="utf-8").splitlines()[0]
    (tmp_path / "jobs.jsonl").write_text(f"{good}\n{json.dumps({'id': 'x'})}\n", encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "DATASETS", tmp_path)
    with pytest.raises(pytest.fail.Exception, match=r"jobs\.jsonl:2: not a valid JobDetails"):
        load("jobs.jsonl", JobDetails)


def test_generator_reproduces_the_checked_in_files(tmp_path: Path) -> None:
    script = DATASETS / "tools" / "build_interviews.py"
    subprocess.run([sys.executable, str(script), "--out", str(tmp_path)], check=True, capture_output=True)
    for name in ("jobs.jsonl", "candidates.jsonl", "interviews.jsonl"):
        assert (tmp_path / name).read_bytes() == (DATASETS / name).read_bytes(), (
            f"{name} is stale: rebuild it"
        )


# --- jobs and candidates ----------------------------------------------------------------------------------


def test_jobs_cover_roles_and_levels_with_normalised_skills() -> None:
    assert len(jobs()) >= 24
    assert {job.experience_level for job in jobs().values()} == {"junior", "mid", "senior"}
    for role, keywords in ROLE_KEYWORDS.items():
        matching = [job for job in jobs().values() if any(word in job.title.lower() for word in keywords)]
        assert len(matching) >= 2, f"fewer than two {role} jobs"
    for job in jobs().values():
        assert job.description and job.requirements and job.company and job.location and job.salary_range
        assert len(job.skills_required) >= 4, job.id
        assert all(skill == normalise_skill(skill) for skill in job.skills_required), job.skills_required


def test_the_seed_test_job_is_present() -> None:
    job = jobs()[SEED_JOB_ID]
    assert job.title == "Senior Frontend Developer"
    assert job.company == "TechCorp Inc."
    assert {"javascript", "react", "typescript", "node.js", "css", "testing"} <= set(job.skills_required)


def test_candidates_are_fictional_with_realistic_resumes() -> None:
    assert len(candidates()) >= 37
    for candidate in candidates().values():
        assert re.fullmatch(r"[a-z.]+@example\.(com|org)", candidate.email), candidate.email
        if candidate.id == "no-resume-candidate":
            continue
        words = len(candidate.resume_text.split())
        assert 150 <= words <= 400, f"{candidate.id}: resume has {words} words"
        for heading in ("SUMMARY", "EXPERIENCE", "SKILLS", "EDUCATION"):
            assert f"\n{heading}\n" in candidate.resume_text, f"{candidate.id}: no {heading}"
        assert re.search(r"\b(19|20)\d\d\b", candidate.resume_text), f"{candidate.id}: no dates"
        assert candidate.skills and candidate.education and candidate.experience


def test_required_candidates() -> None:
    test_candidate = candidates()["test-candidate"]
    assert "react" in test_candidate.skills and "React" in test_candidate.resume_text
    assert candidates()["no-resume-candidate"].resume_text == ""


# --- interviews: references, counts and coverage ----------------------------------------------------------


def test_interviews_reference_known_jobs_and_candidates_with_resumes() -> None:
    for record in interviews():
        assert record.job_id in jobs(), f"{record.id}: unknown job {record.job_id}"
        assert record.candidate_id in candidates(), f"{record.id}: unknown candidate {record.candidate_id}"
        assert candidates()[record.candidate_id].resume_text, f"{record.id}: candidate has no resume"
        assert record.interviewer == "human"


def test_seed_job_and_test_candidate_are_interviewed() -> None:
    pairs = {(record.job_id, record.candidate_id) for record in interviews()}
    assert (SEED_JOB_ID, "test-candidate") in pairs


def test_resume_fits_the_job() -> None:
    """A candidate shares at least one technical competency of the job on their resume's skill list."""
    for record in interviews():
        job, candidate = jobs()[record.job_id], candidates()[record.candidate_id]
        technical = set(job_competencies(job)[:-3])
        assert technical & set(candidate.skills), f"{record.id}: resume does not fit {job.title}"


def test_counts_levels_and_behaviours() -> None:
    assert len(interviews()) >= 66
    levels = Counter(record.persona.level for record in interviews())
    assert all(levels[level] >= 15 for level in ("strong", "average", "weak")), levels
    behaviours: Counter[str] = Counter(b for record in interviews() for b in record.persona.behaviours)
    assert all(behaviours[name] >= 4 for name in BEHAVIOURS), behaviours
    withholding = {"evasive", "off_topic", "very_short", "prompt_injection"}
    for record in interviews():
        if withholding & set(record.persona.behaviours):
            assert record.persona.level != "strong", f"{record.id}: a strong persona that withholds content"


def occupation_titles() -> set[str]:
    """Titles of the jobs authored whole outside software (their splits are authored, not drawn)."""
    paths = (DATASETS / "material" / "occupations").glob("*.yaml")
    return {yaml.safe_load(path.read_text(encoding="utf-8"))["job"]["title"] for path in paths}


def test_splits_are_about_60_15_25_and_cover_every_level() -> None:
    authored = occupation_titles()
    drawn = [record for record in interviews() if jobs()[record.job_id].title not in authored]
    # The authored occupations hold five jobs out whole; and the last occupation files are dev only (unseen jobs
    # to choose scoring changes on: twelve of them, six more sealed in the seventeenth session that nobody
    # tunes on, and eight of the eighteenth), so overall dev is much larger and the train and held-out shares
    # smaller than in the draw.
    overall = (interviews(), 0.3, 0.55, 0.15, 0.4)
    for chosen, train_min, dev_max, heldout_min, heldout_max in ((drawn, 0.5, 0.2, 0.2, 0.3), overall):
        splits = Counter(record.split for record in chosen)
        total = sum(splits.values())
        assert train_min <= splits["train"] / total <= 0.7
        assert 0.1 <= splits["dev"] / total <= dev_max
        assert heldout_min <= splits["heldout"] / total <= heldout_max
    for split in ("train", "dev", "heldout"):
        levels = {record.persona.level for record in interviews() if record.split == split}
        assert levels == {"strong", "average", "weak"}, split


# --- interviews: structure --------------------------------------------------------------------------------


def test_turns_follow_the_phase_plan() -> None:
    for record in interviews():
        turns = record.turns
        assert 8 <= len(turns) <= 14, f"{record.id}: {len(turns)} turns"
        assert [turn.index for turn in turns] == list(range(len(turns)))
        positions = [PHASE_ORDER.index(turn.phase) for turn in turns]
        assert positions == sorted(positions), f"{record.id}: phases out of order"
        assert {turn.phase for turn in turns} == set(PHASE_ORDER), f"{record.id}: a phase is missing"
        assert turns[0].kind in CORE_KINDS
        closing = [turn for turn in turns if turn.kind == "closing"]
        assert len(closing) == 1 and closing[0].phase is Phase.CONCLUSION, record.id
        # A candidate's question at the close is answered after it; nothing else comes after the closing.
        after = turns[closing[0].index + 1 :]
        assert all(turn.kind == "candidate_question" for turn in after), record.id


def test_follow_ups_come_after_vague_answers_in_the_same_phase() -> None:
    follow_ups = 0
    for record in interviews():
        for previous, turn in itertools.pairwise(record.turns):
            if turn.kind == "follow_up":
                follow_ups += 1
                assert previous.labels.vague, f"{record.id} turn {turn.index}: follow-up after a clear answer"
                assert previous.phase == turn.phase and previous.kind in (*CORE_KINDS, "clarification")
    assert follow_ups >= len(interviews())


def test_timestamps_increase() -> None:
    for record in interviews():
        moments = [record.started_at]
        for turn in record.turns:
            moments += [turn.asked_at, turn.answered_at]
        moments.append(record.ended_at)
        assert all(a < b for a, b in itertools.pairwise(moments)), f"{record.id}: time goes back"
        minutes = (record.ended_at - record.started_at).total_seconds() / 60
        assert 3 <= minutes <= record.preferences.max_duration, f"{record.id}: lasted {minutes:.1f} min"


# --- interviews: labels -----------------------------------------------------------------------------------


def test_competency_labels_match_the_job() -> None:
    for record in interviews():
        names = [label.name for label in record.labels.competencies]
        assert names == job_competencies(jobs()[record.job_id]), record.id
        assert all(label.rationale.strip().endswith(".") for label in record.labels.competencies), record.id
        mean = statistics.fmean(label.score for label in record.labels.competencies)
        assert record.labels.overall == round(mean, 1), record.id


def test_scores_follow_the_level_of_the_answers() -> None:
    overall = {
        level: [record.labels.overall for record in interviews() if record.persona.level == level]
        for level in ("strong", "average", "weak")
    }
    assert min(overall["strong"]) > max(overall["average"])
    assert min(overall["average"]) >= max(overall["weak"])
    assert statistics.fmean(overall["weak"]) < 2.5


def test_prompt_injections_are_embedded_and_do_not_lift_scores() -> None:
    injected = [record for record in interviews() if "prompt_injection" in record.persona.behaviours]
    for record in injected:
        answers = " ".join(turn.answer.lower() for turn in record.turns)
        assert any(marker in answers for marker in INJECTION_MARKERS), record.id
        assert record.persona.level in ("average", "weak")
        # One uneven answer may earn a 5 on its own merits; the injection never lifts the rest.
        assert record.labels.overall <= 3.5
        assert sum(label.score == 5 for label in record.labels.competencies) <= 1, record.id
    clean = [record for record in interviews() if "prompt_injection" not in record.persona.behaviours]
    for record in clean:
        answers = " ".join(turn.answer.lower() for turn in record.turns)
        assert not any(marker in answers for marker in INJECTION_MARKERS), record.id


def test_comfort_and_vagueness_labels_read_like_the_text() -> None:
    for record in interviews():
        comforts = Counter(turn.labels.comfort for turn in record.turns)
        if "nervous" in record.persona.behaviours:
            assert comforts[Comfort.NERVOUS] > len(record.turns) / 2, record.id
        if "confident" in record.persona.behaviours:
            assert comforts[Comfort.CONFIDENT] >= 2, record.id
        if "very_short" in record.persona.behaviours:
            assert max(len(turn.answer.split()) for turn in record.turns if turn.kind != "closing") < 40
    vague_share = {
        level: statistics.fmean(
            turn.labels.vague
            for record in interviews()
            if record.persona.level == level
            for turn in record.turns
        )
        for level in ("strong", "average", "weak")
    }
    assert vague_share["strong"] < vague_share["average"] < vague_share["weak"]


def test_final_feedback_quotes_the_candidate() -> None:
    for record in interviews():
        quotes = re.findall(r'"([^"]+)"', record.final_feedback)
        assert quotes, f"{record.id}: feedback cites nothing"
        transcript = " ".join(turn.answer for turn in record.turns)
        for quote in quotes:
            assert quote.rstrip("…") in transcript, f"{record.id}: {quote!r} is not the candidate's words"
        assert f"{record.labels.overall:.1f} out of 5" in record.final_feedback


def test_generator_is_small_and_its_text_lives_in_data_files() -> None:
    """The authored text is YAML under datasets/material/; datasets/tools holds only the (small) generator."""
    tools = list((DATASETS / "tools").glob("*.py"))
    lines = sum(len(path.read_text(encoding="utf-8").splitlines()) for path in tools)
    assert lines < 1_500, f"datasets/tools has {lines} lines of Python"
    material = list((DATASETS / "material").rglob("*.yaml"))
    assert sum(path.stat().st_size for path in material) > 3 * sum(path.stat().st_size for path in tools)
