"""Filtering recorded sessions on the Transcripts page."""

from __future__ import annotations

from datetime import date

from app.session_filters import SessionFilter, SessionRow, filter_sessions, sessions_table

SESSIONS: list[SessionRow] = [
    {
        "id": "s1",
        "job_id": "j1",
        "candidate_id": "c1",
        "status": "completed",
        "started_at": "2026-11-20T10:00:00Z",
    },
    {
        "id": "s2",
        "job_id": "j2",
        "candidate_id": "c1",
        "status": "active",
        "started_at": "2026-11-25T09:00:00+00:00",
    },
    {"id": "s3", "job_id": "j1", "candidate_id": "c2", "status": "completed", "started_at": None},
]


def ids(criteria: SessionFilter) -> list[str]:
    return [s["id"] for s in filter_sessions(SESSIONS, criteria)]


def test_no_criteria_keeps_everything() -> None:
    assert ids(SessionFilter()) == ["s1", "s2", "s3"]


def test_each_criterion_narrows() -> None:
    assert ids(SessionFilter(job_ids=["j1"])) == ["s1", "s3"]
    assert ids(SessionFilter(candidate_ids=["c1"], statuses=["completed"])) == ["s1"]
    assert ids(SessionFilter(started_from=date(2026, 11, 21))) == ["s2"]
    assert ids(SessionFilter(started_from=date(2026, 11, 20), started_to=date(2026, 11, 20))) == ["s1"]


def test_table_uses_names_and_sorts_newest_first() -> None:
    table = sessions_table(SESSIONS, {"j1": "Backend — Acme"}, {"c1": "Ada"})
    assert table["session"].tolist() == ["s2", "s1", "s3"]
    assert table.loc[table["session"] == "s1", "job"].item() == "Backend — Acme"
    assert table.loc[table["session"] == "s2", "job"].item() == "j2"


def test_readable_dates_and_source_filter() -> None:
    table = sessions_table(SESSIONS, {}, {})
    assert table.loc[table["session"] == "s1", "started"].item() == "20 Nov 2026, 10:00"
    assert list(table.columns[:4]) == ["started", "candidate", "job", "overall"]  # the score stays in view
    mixed = [*SESSIONS, {"id": "d1", "job_id": "j1", "candidate_id": "c1", "source": "dataset"}]
    only_live = filter_sessions(mixed, SessionFilter(sources=["live"]))
    assert [s["id"] for s in only_live] == ["s1", "s2", "s3"]
