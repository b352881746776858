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
    sources: Collection[str] = field(default_factory=tuple)
    started_from: date | None = None
    started_to: date | None = None

    def matches(self, session: SessionRow) -> bool:
        if self.job_ids and session.get("job_id") not in self.job_ids:
            return False
        if self.candidate_ids and session.get("candidate_id") not in self.candidate_ids:
            return False
        if self.statuses and session.get("status") not in self.statuses:
            return False
        if self.sources and session.get("source", "live") not in self.sources:
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


def readable_time(raw: object) -> str:
    """ "29 Nov 2026, 07:12" from an ISO timestamp (UTC as stored); "" when absent or unreadable."""
    if not raw:
        return ""
    try:
        return datetime.fromisoformat(str(raw).replace("Z", "+00:00")).strftime("%d %b %Y, %H:%M")
    except ValueError:
        return str(raw)


def sessions_table(
    sessions: list[SessionRow], job_titles: dict[str, str], candidate_names: dict[str, str]
) -> pd.DataFrame:
    """The session list with readable names and dates, newest first; the score comes right after the names
    so it stays in view, and the id stays last (kept for opening a session, hidden on the page)."""
    ordered = sorted(sessions, key=lambda s: str(s.get("started_at") or ""), reverse=True)
    rows = [
        {
            "started": readable_time(s.get("started_at")),
            "candidate": candidate_names.get(str(s.get("candidate_id")), s.get("candidate_id")),
            "job": job_titles.get(str(s.get("job_id")), s.get("job_id")),
            "overall": s.get("overall"),
            "questions": s.get("questions_asked"),
            "status": s.get("status"),
            "source": s.get("source", "live"),
            "session": s.get("id"),
        }
        for s in ordered
    ]
    columns = ["started", "candidate", "job", "overall", "questions", "status", "source", "session"]
    return pd.DataFrame(rows, columns=columns)
