"""A load bench's instrument: each cyclic collection of this process, when it began, its generation, its wall and
CPU time, what it freed and how many objects it had to scan. A collection holds its thread (and, through the GIL,
the process) for its whole length: in the server that is every session's answer, in an interviewer worker every
session the worker serves. `bench/serve_profiled.py` records the server's, an interviewer worker given
`OPENHIRE_WORKER_GC` its own (`interviewer_worker.py`); `bench/profile_readout.py` reads them.
"""

from __future__ import annotations

import gc
import threading
import time
from collections import Counter
from typing import Any

CENSUS_ENV = "OPENHIRE_GC_CENSUS"  # set (to anything): the recorders also count the scanned objects' types
CENSUS_TYPES = 8


class GcPauses:
    """Appends one record per collection to `pauses` while installed (`gc.callbacks`).

    A record: `gen` (the oldest generation collected), `start` (`time.perf_counter`, the clock the load bench's
    other times read), `ms` (wall), `cpu_ms` (this thread's CPU), `collected`, `scanned`: the objects in the
    generations it collected, counted just before it began (outside its timing: the count costs ~1 ms per
    50,000 objects, so the instrument itself delays the answers queued behind it a little), and `thread`: the
    thread whose allocation set it off (any thread's collection holds them all, through the GIL). With `census`,
    also `types`: the commonest types among the scanned objects (a few ms more per collection, untimed). The
    census is a diagnosis, never for figures: in one in-process 1,000-session run with it, two answers failed
    with a SystemError in `tuple(<generator>)` (unexplained; none in the runs without it)."""

    def __init__(self, census: bool = False) -> None:
        self.pauses: list[dict[str, Any]] = []
        self.census = census
        self._began = (0.0, 0.0)
        self._scanned = 0
        self._types: list[tuple[str, int]] = []

    def install(self) -> GcPauses:
        gc.callbacks.append(self._on_gc)
        return self

    def uninstall(self) -> None:
        if self._on_gc in gc.callbacks:
            gc.callbacks.remove(self._on_gc)

    def _on_gc(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            scanned = [gc.get_objects(generation) for generation in range(info["generation"] + 1)]
            self._scanned = sum(map(len, scanned))
            if self.census:
                kinds = Counter(type(obj).__qualname__ for objects in scanned for obj in objects)
                # (not most_common, which imports heapq: at the interpreter's exit that import fails)
                self._types = sorted(kinds.items(), key=lambda kind: -kind[1])[:CENSUS_TYPES]
            del scanned
            self._began = (time.perf_counter(), time.thread_time())
            return
        began, cpu = self._began
        self.pauses.append(
            {
                "gen": info["generation"],
                "start": began,
                "ms": round((time.perf_counter() - began) * 1000, 3),
                "cpu_ms": round((time.thread_time() - cpu) * 1000, 3),
                "collected": info["collected"],
                "scanned": self._scanned,
                "thread": threading.current_thread().name,
                **({"types": self._types} if self.census else {}),
            }
        )


def by_generation(pauses: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    """Per generation: how many collections, the longest and all pauses' wall time, the objects freed and the
    most objects one of them scanned."""
    summary: dict[str, dict[str, float]] = {}
    for generation in (0, 1, 2):
        mine = [pause for pause in pauses if pause["gen"] == generation]
        summary[f"gen{generation}"] = {
            "count": len(mine),
            "max_ms": max((pause["ms"] for pause in mine), default=0.0),
            "total_ms": sum(pause["ms"] for pause in mine),
            "collected": sum(pause["collected"] for pause in mine),
            "max_scanned": max((pause["scanned"] for pause in mine), default=0),
        }
    return summary
