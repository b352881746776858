"""Async work on a store for the tests that run on both stores (their `target` fixture is in conftest.py)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

from workbench.store.factory import open_store
from workbench.store.interface import InterviewStore

T = TypeVar("T")


def run(target: str, work: Callable[[InterviewStore], Awaitable[T]]) -> T:
    """Open the store at `target`, await `work` on it, close it."""

    async def main() -> T:
        store = await open_store(target, seed_if_new=False)
        try:
            return await work(store)
        finally:
            await store.close()

    return asyncio.run(main())
