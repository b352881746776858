"""A DuckDB reader: a thread that runs read calls on a connection of its own, beside the store's writing one.

DuckDB runs queries of several connections to one database at once (and without the GIL), each seeing the last
commit. The async store keeps two: one for the short reads an interview start makes, one for bulk reads (REST
listings, exports), so that neither a long read nor a bulk apply ever holds up a start.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from workbench.store.store import Store

ReadCall = tuple[Callable[["Store"], Any], Future[Any]]


class Reader:
    def __init__(self, name: str, open_view: Callable[[], Store]) -> None:
        self._open_view = open_view  # called on the thread that owns the store's connection
        self._view: Store | None = open_view()
        self._lock = threading.Lock()  # held while a call reads, or while the view is closed
        self._queue: queue.SimpleQueue[ReadCall | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._loop, name=name, daemon=True)
        self._thread.start()

    def submit(self, fn: Callable[[Store], Any]) -> Future[Any]:
        future: Future[Any] = Future()
        self._queue.put((fn, future))
        return future

    def _loop(self) -> None:
        while (call := self._queue.get()) is not None:
            fn, future = call
            if not future.set_running_or_notify_cancel():
                continue
            try:
                with self._lock:
                    if self._view is None:
                        raise RuntimeError("the store is closed")
                    result = fn(self._view)
            except Exception as exc:  # handed to the awaiting coroutine, which reports it
                future.set_exception(exc)
            else:
                future.set_result(result)

    @contextmanager
    def paused(self) -> Iterator[None]:
        """No read meanwhile, and the connection closed (the file may be swapped); reopened after."""
        with self._lock:
            if self._view is not None:
                self._view.close()
                self._view = None
            try:
                yield
            finally:
                self._view = self._open_view()

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join(timeout=30)
        with self._lock:
            if self._view is not None:
                self._view.close()
                self._view = None
