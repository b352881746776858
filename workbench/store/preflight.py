"""Opening a DuckDB store before the server starts, so that a refusal is one clear message, not a traceback.

Start-up stops when the journal does not prove the store holds every acknowledged write (`JournalRefused`), when
the disk is full, or when DuckDB cannot open the file (e.g. another server holds it). Nothing is changed then.
"""

from __future__ import annotations

import errno
from pathlib import Path

import duckdb

from workbench.store.recovery import JournalRefused
from workbench.store.store import Store

DISK_FULL = "the disk is full. Nothing was lost or changed: free some space and start again."


class StoreOpenError(Exception):
    """The store cannot be opened; the message says why and what to do (no personal data)."""


def check_opens(path: Path) -> None:
    """Open the store as the server will (replaying its journal) and close it; raise StoreOpenError if not."""
    try:
        Store(path).close()
    except JournalRefused as exc:
        raise StoreOpenError(str(exc)) from None
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            raise StoreOpenError(f"cannot open the store {path}: {DISK_FULL}") from None
        raise StoreOpenError(f"cannot open the store {path}: {exc.strerror or exc}") from None
    except duckdb.Error as exc:
        text = str(exc)
        if "No space left" in text or "disk is full" in text.lower():
            raise StoreOpenError(f"cannot open the store {path}: {DISK_FULL}") from None
        raise StoreOpenError(f"cannot open the store {path}: {text.splitlines()[0][:300]}") from None
