"""A write-ahead journal in front of DuckDB: durability in a millisecond, analytics storage in batches.

DuckDB is an analytical engine: each transaction costs it tens of milliseconds of CPU, whatever its size. A
turn must be durable before its reply is sent, so live writes are first appended to this journal (fsynced per
group) and applied to DuckDB in bulk right behind. Each DuckDB transaction also records the last entry it
holds and where that entry ends in the journal (`journal_state`), so after a crash the entries the file does
not hold yet are replayed exactly once, and a journal that is missing or cut short is noticed.

The file proves its records. It opens with a header (magic, journal id, base sequence) and every record is
framed: magic, payload length, sequence number, the sequence of the record before it, a CRC-32 of that header
and a CRC-32 of the payload. Sequence numbers only grow and are never reused: a failed append is cut back to
the last good record, its numbers are skipped, and the next record names its predecessor, so a gap is
explicit while a record removed from the middle is not silently accepted. Numbers are handed out only from a
range whose end is first made durable in a small file beside the journal (`<journal>.seq`): a number taken by an
append that failed just before a crash is above that mark, so the next process, which starts after the mark,
never takes it again.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import struct
import uuid
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import orjson

from workbench.store.batch import WriteBatch

log = logging.getLogger(__name__)
TIMESTAMP_SUFFIX = "_at"

FILE_MAGIC = b"OHJOURN2"
FILE_HEADER = struct.Struct("<8s16sQI")  # magic, journal id, base seq, crc32 of the fields before it
RECORD_MAGIC = b"OHJR"
RECORD_HEADER = struct.Struct("<4sIQQII")  # magic, payload length, seq, prev seq, header crc, payload crc
MAX_PAYLOAD = 256 * 1024 * 1024
SEQ_MAGIC = "openhire-journal-seq-reserved"
SEQ_BLOCK = 4096  # numbers reserved at a time: one small atomic file write per this many appended records


class JournalWriteError(OSError):
    """An append failed; the journal was cut back to its last good record and nothing of it is kept."""


class SeqMarkDamaged(OSError):
    """The file that holds the reserved sequence numbers cannot be read: start-up stops (never guess)."""


def seq_mark_path(journal: Path) -> Path:
    return journal.with_name(journal.name + ".seq")


def read_seq_mark(journal: Path) -> int:
    """The highest sequence number any process may have handed out (0 when none was ever reserved)."""
    path = seq_mark_path(journal)
    try:
        text = path.read_text()
    except FileNotFoundError:
        return 0
    magic, _, number = text.strip().partition(" ")
    if magic != SEQ_MAGIC or not number.isdigit():
        raise SeqMarkDamaged(f"{path} does not hold a reserved sequence number; restore or remove it")
    return int(number)


def write_seq_mark(journal: Path, reserved: int) -> None:
    """Make `reserved` the durable high-water mark, atomically (write aside, fsync, rename, fsync the dir)."""
    path = seq_mark_path(journal)
    tmp = path.with_name(path.name + ".new")
    with tmp.open("w") as file:
        file.write(f"{SEQ_MAGIC} {reserved}\n")
        file.flush()
        os.fsync(file.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


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


def encode_batch(batch: WriteBatch) -> bytes:
    body = {
        "new_sessions": batch.new_sessions,
        "session_updates": batch.session_updates,
        "turns": batch.turns,
        "events": batch.events,
        "grades": batch.grades,
    }
    try:
        # orjson: a quarter of the time of `json`, on the journal thread that shares the GIL with the loop.
        return orjson.dumps(body, default=_encode, option=orjson.OPT_PASSTHROUGH_DATETIME)
    except TypeError:  # what orjson refuses (a lone surrogate) `json` escapes; `decode_batch` reads both
        return json.dumps(body, default=_encode, separators=(",", ":")).encode()


def decode_batch(payload: bytes) -> WriteBatch:
    body = json.loads(payload)
    rows = {
        key: [_decode_row(row) for row in body[key]]
        for key in ("new_sessions", "session_updates", "turns", "events", "grades")
        if key in body  # a journal written before grades were deferred has none
    }
    return WriteBatch(**rows)


def frame_header(journal_id: uuid.UUID, base: int) -> bytes:
    fields = FILE_MAGIC + journal_id.bytes + struct.pack("<Q", base)
    return fields + struct.pack("<I", zlib.crc32(fields))


def frame_record(seq: int, prev: int, payload: bytes) -> bytes:
    fields = struct.pack("<4sIQQ", RECORD_MAGIC, len(payload), seq, prev)
    return fields + struct.pack("<II", zlib.crc32(fields), zlib.crc32(payload)) + payload


@dataclass(frozen=True)
class Entry:
    seq: int
    prev: int
    offset: int
    end: int
    batch: WriteBatch


@dataclass
class Scan:
    """What a journal file holds, checked record by record."""

    path: Path
    journal_id: str = ""
    base: int = 0
    entries: list[Entry] = field(default_factory=list)
    good_end: int = 0  # the end of the last good record: where appends continue
    size: int = 0
    torn_tail: int = 0  # bytes of an incomplete last record (a crash mid-write, never acknowledged)
    damage: str = ""  # damage that is not a torn tail: start-up stops here

    @property
    def last_seq(self) -> int:
        return self.entries[-1].seq if self.entries else self.base

    def entry(self, seq: int) -> Entry | None:
        return next((entry for entry in self.entries if entry.seq == seq), None)


def _damage(scan: Scan, offset: int, what: str, seq: int | None = None) -> Scan:
    where = f"offset {offset}" + (f", seq {seq}" if seq is not None else "")
    after = scan.entries[-1].seq if scan.entries else scan.base
    scan.damage = (
        f"journal {scan.path}: {what} at {where} (the last good record before it is seq {after}; "
        f"{scan.size - offset} bytes from there on are not trusted)"
    )
    return scan


def scan_bytes(path: Path, data: bytes) -> Scan:
    """Check every record. Stops at the first damage; an incomplete last record is a torn tail."""
    scan = Scan(path=path, size=len(data))
    if len(data) < FILE_HEADER.size or not data.startswith(FILE_MAGIC):
        if FILE_MAGIC.startswith(data[: len(FILE_MAGIC)]) and len(data) < FILE_HEADER.size:
            return _damage(scan, 0, "the file header is incomplete")
        return _damage(scan, 0, "the file does not start with a journal header")
    magic, raw_id, base, crc = FILE_HEADER.unpack_from(data)
    if zlib.crc32(data[: FILE_HEADER.size - 4]) != crc:
        return _damage(scan, 0, "the file header fails its checksum")
    scan.journal_id, scan.base = str(uuid.UUID(bytes=raw_id)), base
    offset = scan.good_end = FILE_HEADER.size
    prev = base
    while offset < len(data):
        rest = data[offset:]
        if len(rest) < RECORD_HEADER.size:
            if RECORD_MAGIC.startswith(rest[:4]) or not rest.strip(b"\0"):
                scan.torn_tail = len(rest)
                return scan
            return _damage(scan, offset, "bytes that are not a record")
        magic, length, seq, record_prev, header_crc, payload_crc = RECORD_HEADER.unpack_from(rest)
        if magic != RECORD_MAGIC or zlib.crc32(rest[: RECORD_HEADER.size - 8]) != header_crc:
            if not rest.strip(b"\0"):  # a write the crash left as zeros (the size grew, the data did not)
                scan.torn_tail = len(rest)
                return scan
            return _damage(scan, offset, "a record header that fails its checksum (bad magic, length or seq)")
        if length > MAX_PAYLOAD:
            return _damage(scan, offset, f"an impossible record length {length}", seq)
        end = offset + RECORD_HEADER.size + length
        if end > len(data):
            scan.torn_tail = len(rest)
            return scan
        if record_prev != prev or seq <= prev:
            return _damage(
                scan,
                offset,
                f"a broken sequence chain (record names seq {record_prev} before it, found {prev})",
                seq,
            )
        payload = data[offset + RECORD_HEADER.size : end]
        if zlib.crc32(payload) != payload_crc:
            return _damage(scan, offset, "a record whose payload fails its checksum", seq)
        try:
            batch = decode_batch(payload)
        except (ValueError, KeyError, TypeError):
            return _damage(scan, offset, "a record whose payload cannot be decoded", seq)
        scan.entries.append(Entry(seq, record_prev, offset, end, batch))
        offset = scan.good_end = end
        prev = seq
    return scan


def scan_file(path: Path) -> Scan:
    return scan_bytes(path, path.read_bytes())


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_fresh(path: Path, base: int) -> str:
    """Replace the journal, atomically, by an empty one that continues after `base`; returns its id."""
    journal_id, fd = _swap_in(path, base, b"")
    os.close(fd)
    fsync_dir(path.parent)
    return journal_id


def _swap_in(path: Path, base: int, records: bytes) -> tuple[str, int]:
    """Write a journal that continues after `base` holding `records` (framed records whose chain starts at
    `base`) beside `path`, then rename it into place; returns its id and a descriptor open on it (opened before
    the rename: nothing can fail between the swap and appending to the new file). On failure the file written
    aside is removed (it may hold candidates' words) and the old journal stays as it was. The caller syncs the
    directory, so that the rename survives a crash."""
    journal_id = uuid.uuid4()
    tmp = path.with_name(path.name + ".new")
    fd = -1
    try:
        fd = os.open(tmp, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
        data = frame_header(journal_id, base) + records
        written = 0
        while written < len(data):
            written += os.pwrite(fd, data[written:], written)
        os.fsync(fd)
        os.replace(tmp, path)
    except BaseException:
        if fd >= 0:
            os.close(fd)
        tmp.unlink(missing_ok=True)
        raise
    return str(journal_id), fd


class Journal:
    """The open journal, appended to by one thread at a time. Open it only on a checked file (`Scan`)."""

    def __init__(self, scan: Scan) -> None:
        self.path = scan.path
        self.journal_id = scan.journal_id
        self.base = scan.base
        self._fd = os.open(self.path, os.O_RDWR)
        self._end = scan.good_end
        self._last_seq = scan.last_seq
        self._dirty = True  # cut any torn tail before the first append
        self._dir_synced = True
        # Every number up to the mark may have been handed out before (by a write that then failed): start after.
        self._reserved = max(read_seq_mark(self.path), scan.last_seq)
        self._next_seq = self._reserved + 1

    @classmethod
    def fresh(cls, path: Path, base: int) -> Journal:
        write_fresh(path, base)
        return cls(scan_file(path))

    @property
    def end(self) -> int:
        """The end of the last good record."""
        return self._end

    def size(self) -> int:
        return self._end

    @property
    def last_seq(self) -> int:
        """The sequence number of the last good record (or the base of an empty journal)."""
        return self._last_seq

    def take_seqs(self, count: int) -> list[int]:
        """`count` new sequence numbers, never handed out before nor again, even across a crash: when they
        pass the reserved range, a new range is made durable first (an OSError then hands out none)."""
        first, last = self._next_seq, self._next_seq + count - 1
        if last > self._reserved:
            write_seq_mark(self.path, last + SEQ_BLOCK)
            self._reserved = last + SEQ_BLOCK
        self._next_seq = last + 1
        return list(range(first, last + 1))

    def append(self, entries: Sequence[tuple[int, WriteBatch]]) -> int:
        """Write the entries and fsync once: when this returns they survive a crash. Returns the end offset.

        On any failure the file is cut back to its last good record (and fsynced) before this raises; if even
        that fails, every later append tries it again first and fails until it succeeds."""
        if not entries:
            return self._end
        if not self._dir_synced:
            try:
                self._sync_dir()
            except OSError as exc:
                raise JournalWriteError(
                    exc.errno, f"journal directory sync failed ({exc.strerror}); nothing was stored"
                ) from exc
        if self._dirty:
            self._cut_back()
        records, prev = [], self._last_seq
        for seq, batch in entries:
            records.append(frame_record(seq, prev, encode_batch(batch)))
            prev = seq
        data = b"".join(records)
        try:
            written = 0
            while written < len(data):
                written += os.pwrite(self._fd, data[written:], self._end + written)
            os.fsync(self._fd)
        except OSError as exc:
            self._dirty = True
            try:
                self._cut_back()
            except OSError:
                log.error("journal %s: could not cut back a failed append; appends refused", self.path.name)
            raise JournalWriteError(
                exc.errno, f"journal write failed ({exc.strerror}); nothing was stored"
            ) from exc
        self._end += len(data)
        self._last_seq = entries[-1][0]
        self._next_seq = max(self._next_seq, self._last_seq + 1)
        return self._end

    def _cut_back(self) -> None:
        os.ftruncate(self._fd, self._end)
        os.fsync(self._fd)
        self._dirty = False

    def restart(self, base: int) -> None:
        """Start over with an empty journal after `base`: call only when DuckDB holds every entry."""
        self._start_over(base, b"")
        self._last_seq = base

    def rotate(self, base: int, start: int) -> None:
        """Start over after `base` without waiting for DuckDB to hold every entry: the new journal holds this
        one's records from byte `start` on (the end of entry `base`), copied as they are, since a record's
        frame names its sequence number and its predecessor, never its place in the file. The old journal is
        replaced atomically, so a crash leaves one or the other; recovery accepts a store that applied some of
        the copied records from the old journal (`recovery._continuation_problems`)."""
        if self._dirty:
            self._cut_back()
        records = self._read(start, self._end - start)
        if records:
            first_prev = RECORD_HEADER.unpack_from(records)[3]
            if first_prev != base:
                raise ValueError(f"journal byte {start} does not start the record after seq {base}")
        elif self._last_seq != base:
            raise ValueError(f"journal ends at seq {self._last_seq}, not {base}")
        self._start_over(base, records)

    def _start_over(self, base: int, records: bytes) -> None:
        journal_id, fd = _swap_in(self.path, base, records)
        # The new file is the journal from here on, whatever happens next: appends must go to it.
        os.close(self._fd)
        self._fd = fd
        self.journal_id, self.base = journal_id, base
        self._end, self._dirty = FILE_HEADER.size + len(records), False
        self._dir_synced = False
        self._sync_dir()

    def _sync_dir(self) -> None:
        """Make the last swap durable. Until it is, an append tries it first and fails if it cannot: a record
        acknowledged in a file whose name a crash could take back would be lost."""
        fsync_dir(self.path.parent)
        self._dir_synced = True

    def _read(self, start: int, length: int) -> bytes:
        chunks, done = [], 0
        while done < length:
            chunk = os.pread(self._fd, length - done, start + done)
            if not chunk:
                raise OSError(errno.EIO, f"journal {self.path} ends before byte {start + length}")
            chunks.append(chunk)
            done += len(chunk)
        return b"".join(chunks)

    def close(self) -> None:
        os.close(self._fd)
