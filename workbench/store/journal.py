"""A write-ahead journal in front of DuckDB: durability in a millisecond, analytics storage in batches.

DuckDB is an analytical engine: each transaction costs it tens of milliseconds of CPU, whatever its size. A
turn must be durable before its reply is sent, so live writes are first appended to this journal (one JSON
line per batch, fsynced per group), and applied to DuckDB in bulk right behind. Each DuckDB transaction also
records the last journal entry it holds (`journal_state`), so after a crash, entries the file does not hold
yet are replayed exactly once.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from workbench.store.batch import WriteBatch

log = logging.getLogger(__name__)
TIMESTAMP_SUFFIX = "_at"


def _encode(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"cannot journal {type(value).__name__}")


def _decode_row(row: dict[str, Any]) -> dict[str, Any]:
    """Timestamps travel as ISO strings; every timestamp column's name ends in `_at`."""
    return {
        key: datetime.fromisoformat(value)
        if key.endswith(TIMESTAMP_SUFFIX) and isinstance(value, str)
        else value
        for key, value in row.items()
    }


def encode_entry(seq: int, batch: WriteBatch) -> bytes:
    body = {
        "seq": seq,
        "new_sessions": batch.new_sessions,
        "session_updates": batch.session_updates,
        "turns": batch.turns,
        "events": batch.events,
    }
    return json.dumps(body, default=_encode, separators=(",", ":")).encode() + b"\n"


def decode_entry(line: bytes) -> tuple[int, WriteBatch]:
    body = json.loads(line)
    rows = {
        key: [_decode_row(row) for row in body[key]]
        for key in ("new_sessions", "session_updates", "turns", "events")
    }
    return int(body["seq"]), WriteBatch(**rows)


class Journal:
    """Append-only file of (seq, batch) entries. Used by one thread at a time."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file = path.open("ab")

    def append(self, entries: Iterable[tuple[int, WriteBatch]]) -> None:
        """Write the entries and fsync once: when this returns they survive a crash."""
        self._file.write(b"".join(encode_entry(seq, batch) for seq, batch in entries))
        self._file.flush()
        os.fsync(self._file.fileno())

    def size(self) -> int:
        return self._file.tell()

    def truncate(self) -> None:
        """Drop every entry: call only when DuckDB holds all of them."""
        self._file.truncate(0)
        self._file.seek(0)
        os.fsync(self._file.fileno())

    def close(self) -> None:
        self._file.close()

    @staticmethod
    def read(path: Path) -> list[tuple[int, WriteBatch]]:
        """Every complete entry; a torn last line (a crash mid-write, never acknowledged) is ignored."""
        if not path.exists():
            return []
        entries = []
        for number, line in enumerate(path.read_bytes().splitlines(), start=1):
            try:
                entries.append(decode_entry(line))
            except (ValueError, KeyError):
                log.warning(
                    "journal %s: line %d is incomplete and was never acknowledged; skipped", path, number
                )
        return entries
