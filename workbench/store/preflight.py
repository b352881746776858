"""Opening a DuckDB store before the server starts, so that a refusal is one clear message, not a traceback.

Start-up stops when the journal does not prove the store holds every acknowledged write (`JournalRefused`), when
the disk is full, or when DuckDB cannot open the file (e.g. another server holds it). Nothing is changed then.
A store that does not exist yet is created (and seeded) here, as the server would; if that fails, what was
made is removed, so the next start creates it afresh instead of finding an empty, unseeded file.
"""

from __future__ import annotations

import errno
from pathlib import Path

import duckdb

from workbench.store.journal import seq_mark_path
from workbench.store.recovery import JournalRefused, journal_path
from workbench.store.store import Store
from workbench.store.transfer import Bundle, load_bundle

DISK_FULL = "the disk is full. Nothing was lost or changed: free some space and start again."
DISK_FULL_ERRNOS = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
DISK_FULL_TEXTS = ("No space left", "disk is full", "File too large", "Disk quota exceeded")


class StoreOpenError(Exception):
    """The store cannot be opened; the message says why and what to do (no personal data)."""


def _refusal(path: Path, exc: Exception) -> StoreOpenError:
    if isinstance(exc, JournalRefused):
        return StoreOpenError(str(exc))
    if isinstance(exc, OSError):
        if exc.errno in DISK_FULL_ERRNOS:
            return StoreOpenError(f"cannot open the store {path}: {DISK_FULL}")
        return StoreOpenError(f"cannot open the store {path}: {exc.strerror or exc}")
    text = str(exc)
    if any(sign.lower() in text.lower() for sign in DISK_FULL_TEXTS):
        return StoreOpenError(f"cannot open the store {path}: {DISK_FULL}")
    return StoreOpenError(f"cannot open the store {path}: {text.splitlines()[0][:300] if text else exc}")


def check_opens(path: Path) -> None:
    """Open the store as the server will (replaying its journal) and close it; raise StoreOpenError if not."""
    try:
        Store(path).close()
    except (JournalRefused, OSError, duckdb.Error) as exc:
        raise _refusal(path, exc) from None


def create_new(path: Path, bundle: Bundle | None) -> None:
    """Create the store file (seeded with `bundle`) and close it; raise StoreOpenError if not, leaving no
    file behind."""
    try:
        store = Store(path)
        try:
            if bundle is not None:
                load_bundle(store, bundle)
        finally:
            store.close()
    except (JournalRefused, OSError, duckdb.Error) as exc:
        journal = journal_path(path)
        for made in (path, path.with_name(path.name + ".wal"), journal, seq_mark_path(journal)):
            made.unlink(missing_ok=True)
        raise _refusal(path, exc) from None
