"""Opening a store and loading the demo dataset (`datasets/`) into it."""

from __future__ import annotations

import logging
from pathlib import Path

from workbench.settings import get_settings
from workbench.store.store import Store
from workbench.store.transfer import load_bundle, read_bundle

log = logging.getLogger(__name__)


def seed(store: Store, datasets_dir: Path | None = None) -> dict[str, int]:
    """Load the jobs, candidates and labelled interviews of `datasets/` (all or nothing)."""
    directory = datasets_dir or get_settings().datasets_dir
    return load_bundle(store, read_bundle(directory))


def open_store(path: Path, *, seed_if_new: bool = True, datasets_dir: Path | None = None) -> Store:
    """Open (and migrate) the store; a file that did not exist is seeded with the demo dataset."""
    is_new = not Path(path).exists()
    store = Store(path)
    if is_new and seed_if_new:
        counts = seed(store, datasets_dir)
        log.info("new store %s seeded: %s", path, counts)
    return store
