"""The PostgreSQL store's plumbing, shared by its parts (`pg_store`, `pg_leases`, `pg_erasure`): a pooled
connection whose failures become store errors, SELECT helpers, and bulk work on a synchronous connection."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from typing import Any, TypeVar

import psycopg
from psycopg_pool import AsyncConnectionPool, PoolTimeout

from workbench.store.errors import DuplicateIdError, StoreError, StoreUnavailable
from workbench.store.pg_tables import PgTables
from workbench.store.sql import select_sql

T = TypeVar("T")
Con = psycopg.AsyncConnection[Any]


def insert_sql(table: str, columns: Sequence[str]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('%s' for _ in columns)})"


def loads(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


def safe_url(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        info = psycopg.conninfo.conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return "the PostgreSQL database"
    return f"postgresql://{info.get('host', '')}:{info.get('port', '')}/{info.get('dbname', '')}"


class PgBase:
    def __init__(self, url: str, pool: AsyncConnectionPool[Con]) -> None:
        self.url = url
        self._pool = pool

    @asynccontextmanager
    async def _con(self, *, transaction: bool = False) -> AsyncIterator[Con]:
        """A pooled connection (in one transaction if asked); database failures become store errors."""
        try:
            async with self._pool.connection() as con:
                if transaction:
                    async with con.transaction():
                        yield con
                else:
                    yield con
        except psycopg.errors.UniqueViolation:
            raise DuplicateIdError("A record with this ID already exists") from None
        except (psycopg.OperationalError, PoolTimeout) as exc:
            raise StoreUnavailable(f"Database error: connection failed ({exc.__class__.__name__})") from exc
        except psycopg.Error as exc:
            raise StoreError(f"Database error: {exc.__class__.__name__}") from exc

    async def _rows(self, sql: str, params: Sequence[Any], columns: Sequence[str]) -> list[dict[str, Any]]:
        async with self._con() as con:
            cursor = await con.execute(sql, params)
            return [dict(zip(columns, row, strict=True)) for row in await cursor.fetchall()]

    async def _select(
        self,
        table: str,
        columns: Sequence[str],
        where: str = "TRUE",
        params: Sequence[Any] = (),
        *,
        order: str = "",
        limit: int | None = None,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        sql = select_sql(table, columns, where, order, limit, offset)
        return await self._rows(sql, params, columns)

    async def _bulk(self, fn: Callable[[PgTables], T]) -> T:
        """Run `fn` on a synchronous connection of its own, in a worker thread (import, export, seeding)."""

        def run() -> T:
            with psycopg.connect(self.url, autocommit=True) as con:
                return fn(PgTables(con))

        try:
            return await asyncio.to_thread(run)
        except psycopg.OperationalError as exc:
            raise StoreUnavailable(f"Database error: connection failed ({exc.__class__.__name__})") from exc
        except psycopg.Error as exc:
            raise StoreError(f"Database error: {exc.__class__.__name__}") from exc
