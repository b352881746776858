"""Opening a store from what the user gave: a DuckDB file path or a `postgresql://` URL."""

from __future__ import annotations

import logging
from pathlib import Path

from workbench.store.interface import InterviewStore
from workbench.store.transfer import Bundle, read_bundle

log = logging.getLogger(__name__)
POSTGRES_SCHEMES = ("postgresql://", "postgres://")
SEED_LOCK = 0x0E1_5EED


def is_postgres(target: str | Path) -> bool:
    return isinstance(target, str) and target.startswith(POSTGRES_SCHEMES)


def describe(target: str | Path) -> str:
    """The target without a password, for logs and messages."""
    if not is_postgres(target):
        return str(target)
    scheme, _, rest = str(target).partition("://")
    return f"{scheme}://{rest.rpartition('@')[2]}"


async def open_store(
    target: str | Path,
    *,
    seed_if_new: bool = True,
    datasets_dir: Path | None = None,
    pool_size: int = 10,
) -> InterviewStore:
    """Open (and migrate) a store. A DuckDB file that did not exist, or a PostgreSQL database with no jobs
    and no candidates, is seeded with the demo dataset (`datasets/`) unless `seed_if_new` is False."""
    bundle: Bundle | None = None
    if seed_if_new:
        from workbench.settings import get_settings

        bundle = read_bundle(datasets_dir or get_settings().datasets_dir)
    if is_postgres(target):
        return await _open_postgres(str(target), bundle, pool_size)
    return await _open_duckdb(Path(target), bundle)


async def _open_duckdb(path: Path, bundle: Bundle | None) -> InterviewStore:
    from workbench.store.duckdb_store import DuckDBStore
    from workbench.store.store import Store
    from workbench.store.transfer import load_bundle

    is_new = not path.exists()
    store = Store(path)
    if is_new and bundle is not None:
        log.info("new store %s seeded: %s", path, load_bundle(store, bundle))
    return DuckDBStore(store)


async def _open_postgres(url: str, bundle: Bundle | None, pool_size: int) -> InterviewStore:
    from workbench.store.pg_store import PostgresStore

    store = await PostgresStore.open(url, min_size=min(2, pool_size), max_size=pool_size)
    if bundle is not None:
        seeded = await store.seed_if_empty(bundle, SEED_LOCK)
        if seeded:
            log.info("empty PostgreSQL store %s seeded: %s", describe(url), seeded)
    return store
