"""The store's error types (shared by every backend and by the interface)."""

from __future__ import annotations


class StoreError(Exception):
    """A store operation failed; the message is safe to show (no personal data)."""


class StoreUnavailable(StoreError):
    """The database cannot be reached (connection refused, pool exhausted, disk gone)."""


class DuplicateIdError(ValueError):
    """A record with this id exists already (a client error, not a store failure)."""


class LeaseLost(StoreError):
    """This process no longer drives the session: another process holds its lease, or the session moved on
    from the revision this process loaded. Nothing was written."""
