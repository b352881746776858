"""Moving jobs, candidates and transcripts between the store and files (JSONL or Parquet).

Every record is validated before anything is written; a bad record is reported with its file and line (or
row), and the load is all-or-nothing: one transaction, rolled back on any error.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Protocol, TypeVar

import pandas as pd
from pydantic import BaseModel, ValidationError

from workbench.models import CandidateDetails, JobDetails
from workbench.records import TranscriptRecord

Format = Literal["jsonl", "parquet"]
M = TypeVar("M", bound=BaseModel)
KINDS: tuple[str, ...] = ("jobs", "candidates", "interviews")


class Tables(Protocol):
    """What moving records needs of a backend (a synchronous DuckDB `Store` or PostgreSQL connection)."""

    def existing_ids(self, table: str, ids: Sequence[str]) -> set[str]: ...
    def bulk_insert(self, table: str, frame: pd.DataFrame) -> int: ...
    def transaction(self) -> AbstractContextManager[Any]: ...
    def export_frames(self) -> dict[str, pd.DataFrame]: ...


@dataclass(frozen=True)
class RecordProblem:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class ImportError_(Exception):
    """Records failed validation; nothing was loaded."""

    def __init__(self, problems: Sequence[RecordProblem]) -> None:
        self.problems = list(problems)
        shown = "\n".join(str(p) for p in self.problems[:20])
        more = f"\n… and {len(self.problems) - 20} more" if len(self.problems) > 20 else ""
        super().__init__(f"{len(self.problems)} bad record(s); nothing was imported:\n{shown}{more}")


@dataclass
class Bundle:
    jobs: list[JobDetails]
    candidates: list[CandidateDetails]
    interviews: list[TranscriptRecord]

    def counts(self) -> dict[str, int]:
        return {
            "jobs": len(self.jobs),
            "candidates": len(self.candidates),
            "interviews": len(self.interviews),
        }


def _summarise(exc: ValidationError) -> str:
    # Name the field and the rule, not the value: records hold personal data.
    return "; ".join(
        f"{'.'.join(str(p) for p in err['loc']) or 'record'}: {err['msg']}" for err in exc.errors()[:5]
    )


def _validate_rows(
    model: type[M], rows: Iterable[tuple[int, Any]], file: str, problems: list[RecordProblem]
) -> list[M]:
    records: list[M] = []
    seen: dict[str, int] = {}
    for line, raw in rows:
        try:
            record = model.model_validate_json(raw) if isinstance(raw, str) else model.model_validate(raw)
        except ValidationError as exc:
            problems.append(RecordProblem(file, line, _summarise(exc)))
            continue
        record_id = str(getattr(record, "id", ""))
        if record_id in seen:
            problems.append(
                RecordProblem(file, line, f"duplicate id {record_id} (first on line {seen[record_id]})")
            )
            continue
        seen[record_id] = line
        records.append(record)
    return records


def _jsonl_rows(path: Path) -> Iterable[tuple[int, str]]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                yield number, line


def read_jsonl(path: Path, model: type[M]) -> list[M]:
    problems: list[RecordProblem] = []
    records = _validate_rows(model, _jsonl_rows(path), path.name, problems)
    if problems:
        raise ImportError_(problems)
    return records


def read_bundle(directory: Path, fmt: Format = "jsonl") -> Bundle:
    """Read and validate whatever of jobs/candidates/interviews the directory holds."""
    problems: list[RecordProblem] = []
    rows = (
        _parquet_rows(directory)
        if fmt == "parquet"
        else {
            kind: list(_jsonl_rows(directory / f"{kind}.jsonl"))
            for kind in KINDS
            if (directory / f"{kind}.jsonl").exists()
        }
    )
    suffix = "parquet" if fmt == "parquet" else "jsonl"
    bundle = Bundle(
        jobs=_validate_rows(JobDetails, rows.get("jobs", []), f"jobs.{suffix}", problems),
        candidates=_validate_rows(
            CandidateDetails, rows.get("candidates", []), f"candidates.{suffix}", problems
        ),
        interviews=_validate_rows(
            TranscriptRecord, rows.get("interviews", []), f"interviews.{suffix}", problems
        ),
    )
    if problems:
        raise ImportError_(problems)
    return bundle


def _check_references(store: Tables, bundle: Bundle) -> list[RecordProblem]:
    problems: list[RecordProblem] = []
    for kind, table, ids in (
        ("jobs", "jobs", [j.id for j in bundle.jobs]),
        ("candidates", "candidates", [c.id for c in bundle.candidates]),
        ("interviews", "sessions", [i.id for i in bundle.interviews]),
    ):
        for record_id in sorted(store.existing_ids(table, ids)):
            problems.append(
                RecordProblem(kind, ids.index(record_id) + 1, f"id {record_id} already in the store")
            )
    known_jobs = {j.id for j in bundle.jobs} | store.existing_ids(
        "jobs", [i.job_id for i in bundle.interviews]
    )
    known_candidates = {c.id for c in bundle.candidates} | store.existing_ids(
        "candidates", [i.candidate_id for i in bundle.interviews]
    )
    for number, interview in enumerate(bundle.interviews, start=1):
        if interview.job_id not in known_jobs:
            problems.append(RecordProblem("interviews", number, f"unknown job_id {interview.job_id}"))
        if interview.candidate_id not in known_candidates:
            problems.append(
                RecordProblem("interviews", number, f"unknown candidate_id {interview.candidate_id}")
            )
    return problems


def load_bundle(store: Tables, bundle: Bundle) -> dict[str, int]:
    """Insert everything in one transaction, after checking ids and references against the store."""
    problems = _check_references(store, bundle)
    if problems:
        raise ImportError_(problems)
    with store.transaction():
        store.bulk_insert("jobs", pd.DataFrame([j.model_dump() for j in bundle.jobs]))
        store.bulk_insert("candidates", pd.DataFrame([c.model_dump() for c in bundle.candidates]))
        sessions, turns = _interview_frames(bundle.interviews)
        store.bulk_insert("sessions", sessions)
        store.bulk_insert("turns", turns)
    return bundle.counts()


def _dumps(value: Any) -> str | None:
    return None if value is None else json.dumps(value, default=str)


def _interview_frames(interviews: Sequence[TranscriptRecord]) -> tuple[pd.DataFrame, pd.DataFrame]:
    sessions: list[dict[str, Any]] = []
    turns: list[dict[str, Any]] = []
    for record in interviews:
        last = record.turns[-1]
        sessions.append(
            {
                "id": record.id,
                "job_id": record.job_id,
                "candidate_id": record.candidate_id,
                "status": "ended" if record.ended_at else "active",
                "source": record.source,
                "interviewer": record.interviewer,
                "split": record.split,
                "persona": _dumps(record.persona.model_dump() if record.persona else None),
                "labels": _dumps(record.labels.model_dump() if record.labels else None),
                "preferences": record.preferences.model_dump_json(),
                "state": None,
                "phase": last.phase.value,
                "questions_asked": len(record.turns),
                "overall": record.labels.overall if record.labels else None,
                "final_feedback": record.final_feedback or None,
                "started_at": record.started_at,
                "ended_at": record.ended_at,
                "updated_at": record.ended_at or last.answered_at or last.asked_at,
            }
        )
        turns.extend(
            {
                "session_id": record.id,
                "idx": turn.index,
                "phase": turn.phase.value,
                "kind": turn.kind,
                "question": turn.question,
                "answer": turn.answer,
                "asked_at": turn.asked_at,
                "answered_at": turn.answered_at,
                "assessment": _dumps(turn.assessment),
                "backend": None,
                "labels": _dumps(turn.labels.model_dump() if turn.labels else None),
            }
            for turn in record.turns
        )
    return pd.DataFrame(sessions), pd.DataFrame(turns)


# --- export ---------------------------------------------------------------------------------------------


def export_store(store: Tables, directory: Path, fmt: Format = "jsonl") -> dict[str, int]:
    directory.mkdir(parents=True, exist_ok=True)
    frames = store.export_frames()
    if fmt == "parquet":
        for name, frame in frames.items():
            frame.to_parquet(directory / f"{name}.parquet", index=False)
    else:
        for kind, records in _records_from_frames(frames).items():
            with (directory / f"{kind}.jsonl").open("w", encoding="utf-8") as handle:
                handle.writelines(json.dumps(record, default=str) + "\n" for record in records)
    return {
        "jobs": len(frames["jobs"]),
        "candidates": len(frames["candidates"]),
        "interviews": len(frames["sessions"]),
    }


def _parquet_rows(directory: Path) -> dict[str, list[tuple[int, Any]]]:
    frames = {
        name: pd.read_parquet(directory / f"{name}.parquet")
        for name in ("jobs", "candidates", "sessions", "turns")
        if (directory / f"{name}.parquet").exists()
    }
    records = _records_from_frames(frames)
    return {kind: list(enumerate(rows, start=1)) for kind, rows in records.items()}


def _plain(value: Any) -> Any:
    """pandas/numpy cells → JSON-friendly Python values."""
    if hasattr(value, "tolist"):
        return value.tolist()
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    return value


def _frame_records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return [{str(k): _plain(v) for k, v in row.items()} for row in frame.astype(object).to_dict("records")]


def _records_from_frames(frames: dict[str, pd.DataFrame]) -> dict[str, list[dict[str, Any]]]:
    turns_by_session: dict[str, list[dict[str, Any]]] = {}
    if "turns" in frames:
        for turn in _frame_records(frames["turns"]):
            session_id = turn.pop("session_id")
            for column in ("labels", "assessment"):
                turn[column] = json.loads(turn[column]) if isinstance(turn[column], str) else turn[column]
            turns_by_session.setdefault(session_id, []).append(turn)
    interviews = []
    for session in _frame_records(frames.get("sessions", pd.DataFrame())):
        for column in ("persona", "labels", "preferences", "assessment"):
            if isinstance(session[column], str):
                session[column] = json.loads(session[column])
        session["turns"] = turns_by_session.get(session["id"], [])
        interviews.append(session)
    return {
        "jobs": _frame_records(frames.get("jobs", pd.DataFrame())),
        "candidates": _frame_records(frames.get("candidates", pd.DataFrame())),
        "interviews": interviews,
    }
