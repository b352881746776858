"""Opening the journal against its DuckDB file: replay, or refuse with a reason; and the operator's tools.

At start-up the journal must continue exactly what DuckDB says it applied (same journal id, a record with the
applied sequence ending at the recorded offset; or a fresh journal that starts right after it). Entries after
that are replayed exactly once, a torn tail is dropped with a log line, and the journal starts over empty.
Anything else — damage inside the file, a missing journal, one cut short or from elsewhere — stops start-up
and leaves the journal untouched for `openhire store check` and `openhire store recover`.
"""

from __future__ import annotations

import json
import logging
import shutil
import struct
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from workbench.store.batch import WriteBatch, apply_batch
from workbench.store.journal import (
    FILE_HEADER,
    FILE_MAGIC,
    RECORD_HEADER,
    RECORD_MAGIC,
    Entry,
    Journal,
    Scan,
    SeqMarkDamaged,
    decode_batch,
    read_seq_mark,
    scan_bytes,
    seq_mark_path,
)
from workbench.store.schema import rollback

log = logging.getLogger(__name__)
HINT = (
    "Nothing was changed. Inspect with `openhire store check --db {db}`; `openhire store recover --db {db}` "
)
HINT += "applies the good records and keeps a copy of the journal."


class JournalRefused(Exception):
    """The journal does not prove that every acknowledged write is in the store: start-up stops."""


@dataclass
class Position:
    """What the DuckDB file says about the journal: the last entry it holds and where that entry ends."""

    last_seq: int
    journal_id: str | None
    journal_end: int | None


@dataclass
class Verdict:
    journal: Path
    position: Position
    scan: Scan | None = None
    todo: list[Entry] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    legacy: bool = False

    def describe(self) -> list[str]:
        lines = [
            f"store applied up to seq {self.position.last_seq} (journal {self.position.journal_id or '-'})"
        ]
        if self.scan is not None:
            scan = self.scan
            lines.append(
                f"journal {self.journal}: id {scan.journal_id or '-'}, after seq {scan.base}, "
                f"{len(scan.entries)} good records up to seq {scan.last_seq}, {scan.size} bytes"
            )
            if scan.torn_tail:
                lines.append(
                    f"torn tail of {scan.torn_tail} bytes after seq {scan.last_seq} (never acknowledged)"
                )
        lines.append(
            f"{len(self.todo)} records to replay" + (f" (seq {self.todo[0].seq}..)" if self.todo else "")
        )
        return lines + [f"PROBLEM: {problem}" for problem in self.problems]


def journal_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".journal")


def read_position(con: duckdb.DuckDBPyConnection) -> Position:
    rows = con.execute("SELECT last_seq, journal_id, journal_end FROM journal_state").fetchall()
    seq, journal_id, end = rows[0] if rows else (0, None, None)
    return Position(int(seq), journal_id, None if end is None else int(end))


def record_position(con: duckdb.DuckDBPyConnection, position: Position) -> None:
    con.execute(
        "UPDATE journal_state SET last_seq = ?, journal_id = ?, journal_end = ?",
        [position.last_seq, position.journal_id, position.journal_end],
    )


def _legacy_scan(path: Path, data: bytes) -> tuple[Scan, str]:
    """A JSON-lines journal of the previous format (no checksums): only an unfinished last line is torn."""
    scan, damage = Scan(path=path, size=len(data)), ""
    lines = data.split(b"\n")
    for number, line in enumerate(lines, start=1):
        if not line:
            continue
        try:
            body = json.loads(line)
            scan.entries.append(Entry(int(body["seq"]), 0, 0, 0, decode_batch(line)))
        except (ValueError, KeyError, TypeError):
            if number == len(lines):
                scan.torn_tail = len(line)
            else:
                damage = f"journal {path}: line {number} of the old format cannot be decoded"
                break
    return scan, damage


def check(position: Position, path: Path) -> Verdict:
    """Decide, without writing anything, whether the journal continues the store and what to replay."""
    verdict = Verdict(journal=path, position=position)
    if not path.exists():
        if position.journal_id is not None:
            verdict.problems.append(
                f"journal {path} is missing: the store applied up to seq {position.last_seq} of journal "
                f"{position.journal_id}; whatever was acknowledged after that cannot be proven"
            )
        return verdict
    data = path.read_bytes()
    if position.journal_id is None and not data.startswith(FILE_MAGIC):
        verdict.legacy = True
        verdict.scan, damage = _legacy_scan(path, data)
        verdict.problems += [damage] if damage else []
    else:
        verdict.scan = scan = scan_bytes(path, data)
        if scan.damage:
            verdict.problems.append(scan.damage)
        else:
            verdict.problems += _continuation_problems(position, scan)
    verdict.todo = [entry for entry in verdict.scan.entries if entry.seq > position.last_seq]
    return verdict


def _continuation_problems(position: Position, scan: Scan) -> list[str]:
    if scan.journal_id == position.journal_id:
        if position.last_seq == scan.base and position.journal_end in (None, FILE_HEADER.size):
            return []
        entry = scan.entry(position.last_seq)
        if entry is not None and entry.end == position.journal_end:
            return []
        return [
            f"journal {scan.path} is cut short or altered: the store applied seq {position.last_seq} ending at "
            f"byte {position.journal_end}, but the journal's good records end at seq {scan.last_seq}, byte "
            f"{scan.good_end}"
        ]
    if scan.base == position.last_seq:
        return []  # a fresh journal started right after what the store holds
    if scan.base < position.last_seq and scan.entry(position.last_seq) is not None:
        # Started over while DuckDB was applying the old journal's last entries: it holds them, copied (and
        # its chain of records proves that none after the applied one is missing).
        return []
    return [
        f"journal {scan.path} (id {scan.journal_id}, after seq {scan.base}) does not continue the store, which "
        f"applied up to seq {position.last_seq} of journal {position.journal_id or '(none)'}"
    ]


def _replay(con: duckdb.DuckDBPyConnection, verdict: Verdict, entries: list[Entry]) -> Position:
    """Apply `entries` in one transaction that also records them as held (exactly once)."""
    merged = WriteBatch()
    for entry in entries:
        merged.extend(entry.batch)
    if verdict.legacy or verdict.scan is None:
        done = Position(entries[-1].seq, None, None)
    else:
        done = Position(entries[-1].seq, verdict.scan.journal_id, entries[-1].end)
    con.execute("BEGIN TRANSACTION")
    try:
        apply_batch(con, merged)
        record_position(con, done)
        con.execute("COMMIT")
    except BaseException:
        rollback(con)
        raise
    return done


def open_journal(con: duckdb.DuckDBPyConnection, db_path: Path) -> Journal:
    """Replay what the journal holds beyond the store, then start it over; or refuse (JournalRefused)."""
    path = journal_path(db_path)
    verdict = check(read_position(con), path)
    if verdict.problems:
        raise JournalRefused(
            f"store {db_path} will not start: " + "; ".join(verdict.problems) + ". " + HINT.format(db=db_path)
        )
    position = verdict.position
    if verdict.scan is not None and verdict.scan.torn_tail:
        log.warning(
            "journal %s: dropped a torn tail of %d bytes after seq %d (a write cut by a crash, never acknowledged)",
            path.name,
            verdict.scan.torn_tail,
            verdict.scan.last_seq,
        )
    if verdict.todo:
        position = _replay(con, verdict, verdict.todo)
        log.info(
            "store %s: replayed %d journal records up to seq %d",
            db_path.name,
            len(verdict.todo),
            position.last_seq,
        )
    journal = Journal.fresh(path, position.last_seq)
    record_position(con, Position(position.last_seq, journal.journal_id, journal.end))
    return journal


def _max_seq_in_damage(data: bytes, start: int) -> int:
    """The highest sequence named by any intact-looking record header after the damage, so that no sequence
    number that may have been acknowledged is handed out again."""
    highest, at = 0, data.find(RECORD_MAGIC, start)
    while at != -1 and at + RECORD_HEADER.size <= len(data):
        fields = data[at : at + RECORD_HEADER.size - 8]
        (header_crc,) = struct.unpack_from("<I", data, at + RECORD_HEADER.size - 8)
        if zlib.crc32(fields) == header_crc:
            highest = max(highest, RECORD_HEADER.unpack_from(data, at)[2])
        at = data.find(RECORD_MAGIC, at + 1)
    return highest


def recover(con: duckdb.DuckDBPyConnection, db_path: Path) -> list[str]:
    """The operator's choice when start-up refused: keep a copy of the journal, apply its good records beyond
    the store, and start a fresh journal after every sequence number seen."""
    path = journal_path(db_path)
    verdict = check(read_position(con), path)
    report = verdict.describe()
    position, highest = verdict.position, verdict.position.last_seq
    if path.exists():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        kept = path.with_name(f"{path.name}.quarantine-{stamp}")
        shutil.copy2(path, kept)
        report.append(f"kept a copy of the journal as {kept}")
        if verdict.scan is not None and not verdict.legacy:
            highest = max(
                highest, verdict.scan.last_seq, _max_seq_in_damage(path.read_bytes(), verdict.scan.good_end)
            )
    if verdict.todo:
        position = _replay(con, verdict, verdict.todo)
        report.append(f"applied {len(verdict.todo)} good records up to seq {position.last_seq}")
    highest = max(highest, position.last_seq)
    journal = Journal.fresh(path, highest)
    record_position(con, Position(highest, journal.journal_id, journal.end))
    journal.close()
    report.append(f"started a fresh journal after seq {highest}")
    return report


def _position_read_only(db_path: Path) -> Position:
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        columns = {row[0] for row in con.execute("DESCRIBE journal_state").fetchall()}
        if "journal_id" not in columns:  # a file from before journal ids: nothing recorded yet
            rows = con.execute("SELECT last_seq FROM journal_state").fetchall()
            return Position(int(rows[0][0]) if rows else 0, None, None)
        return read_position(con)
    finally:
        con.close()


def check_store(db_path: Path) -> tuple[bool, list[str]]:
    """`openhire store check`: whether the server would start, and a description of store and journal."""
    try:
        position = _position_read_only(db_path)
    except duckdb.Error as exc:
        return False, [
            f"cannot read {db_path} (is a server running on it?): {str(exc).splitlines()[0][:300]}"
        ]
    journal = journal_path(db_path)
    verdict = check(position, journal)
    lines = verdict.describe()
    try:
        reserved = read_seq_mark(journal)
    except SeqMarkDamaged as exc:
        return False, [*lines, f"PROBLEM: {exc}"]
    lines.insert(1, f"sequence numbers handed out up to at most {reserved} ({seq_mark_path(journal).name})")
    return not verdict.problems, lines
