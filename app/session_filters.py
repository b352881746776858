"""Filtering the server's session list for the Transcripts page (pure, so it is tested directly)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import pandas as pd

SessionRow = dict[str, Any]


@dataclass(frozen=True)
class SessionFilter:
    job_ids: Collection[str] = field(default_factory=tuple)
    candidate_ids: Collection[str] = field(default_factory=tuple)
    statuses: Collection[str] = field(default_factory=tuple)
    started_from: date | None = None
    started_to: date | None = None

    def matches(self, session: SessionRow) -> bool:
        if self.job_ids and session.get("job_id") not in self.job_ids:
            return False
        if self.candidate_ids and session.get("candidate_id") not in self.candidate_ids:
            return False
        if self.statuses and session.get("status") not in self.statuses:
            return False
        return self._in_date_range(started_on(session))

    def _in_date_range(self, day: date | None) -> bool:
        if self.started_from is None and self.started_to is None:
            return True
        if day is None:
            return False
        after_start = self.started_from is None or day >= self.started_from
        before_end = self.started_to is None or day <= self.started_to
        return after_start and before_end


def started_on(session: SessionRow) -> date | None:
    """The (UTC) day a session started, from its ISO timestamp."""
    raw = session.get("started_at")
    if not raw:
        return None
    try:
        return datetime.fromisoformat(str(raw).replace("Z", "+00:00")).date()
    except ValueError:
        return None


def filter_sessions(sessions: list[SessionRow], criteria: SessionFilter) -> list[SessionRow]:
    return [session for session in sessions if criteria.matches(session)]


def sessions_table(
    sessions: list[SessionRow], job_titles: dict[str, str], candidate_names: dict[str, str]
) -> pd.DataFrame:
    """The session list with readable job and candidate names, newest first."""
    rows = [
        {
            "session": s.get("id"),
            "job": job_titles.get(str(s.get("job_id")), s.get("job_id")),
            "candidate": candidate_names.get(str(s.get("candidate_id")), s.get("candidate_id")),
            "status": s.get("status"),
            "phase": s.get("phase"),
            "started": s.get("started_at"),
            "questions": s.get("questions_asked"),
            "overall": s.get("overall"),
        }
        for s in sessions
    ]
    table = pd.DataFrame(
        rows, columns=["session", "job", "candidate", "status", "phase", "started", "questions", "overall"]
    )
    return table.sort_values("started", ascending=False, na_position="last").reset_index(drop=True)
