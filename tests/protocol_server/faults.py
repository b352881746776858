"""Helpers for the fault-injection tests: interviews whose acknowledged answers are known, a refused start-up,
and a disk that can be filled (a small tmpfs where mounting works, else a file-size limit on the server)."""

from __future__ import annotations

import contextlib
import errno
import os
import resource
import subprocess
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import httpx

from tests.conftest import OPENHIRE, REPO, ServerProcess, auth
from tests.protocol_server.wsclient import STRONG_ANSWERS, Client


def unique_answer(session_id: str, index: int) -> str:
    """A real answer with a marker, so that every acknowledged answer can be counted in the store."""
    return f"{STRONG_ANSWERS[index % len(STRONG_ANSWERS)]} (ref {session_id}-{index})"


def interview(proc: ServerProcess, session_id: str, answers: int) -> list[str]:
    """Start an interview and answer; returns the answers the server acknowledged (an ai_response came)."""
    acked: list[str] = []
    with Client(proc.ws(session_id)) as client:
        client.start()
        for index in range(answers):
            text = unique_answer(session_id, index)
            reply = client.answer(text)
            acked.append(text)
            if reply["completed"]:
                break
    return acked


def stored_answers(proc: ServerProcess, session_id: str) -> Counter[str]:
    detail = httpx.get(f"{proc.http}/api/sessions/{session_id}", headers=auth(), timeout=30).json()
    return Counter(turn["answer"] for turn in detail.get("turns", []) if turn["answer"])


def assert_exactly_once(proc: ServerProcess, acked: dict[str, list[str]]) -> None:
    for session_id, answers in acked.items():
        stored = stored_answers(proc, session_id)
        assert all(stored[answer] == 1 for answer in answers), (session_id, stored, answers)
        assert all(count == 1 for count in stored.values()), stored


def run_refused(proc: ServerProcess, preexec: Callable[[], None] | None = None) -> tuple[int, str]:
    """Start the server expecting it to refuse: its exit code and what it printed."""
    done = subprocess.run(
        [*OPENHIRE, "serve", "--port", str(proc.port), "--db", str(proc.db), "--log-level", "warning"],
        env=proc.env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=preexec,
    )
    return done.returncode, done.stdout + done.stderr


def openhire(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    done = subprocess.run([*OPENHIRE, *args], env=env, cwd=REPO, capture_output=True, text=True, timeout=120)
    return done.returncode, done.stdout + done.stderr


class Disk:
    """A disk the test fills and frees under a running server: a real tmpfs (ENOSPC) when this process may
    mount one, else the server's file-size limit (EFBIG) lowered and raised with prlimit."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.root.mkdir(parents=True, exist_ok=True)
        self.tmpfs = (
            subprocess.run(
                ["mount", "-t", "tmpfs", "-o", "size=48m", "tmpfs", str(root)], capture_output=True
            ).returncode
            == 0
        )
        self.filler = root / "filler"

    def fill(self, pid: int) -> None:
        if not self.tmpfs:
            resource.prlimit(pid, resource.RLIMIT_FSIZE, (0, resource.RLIM_INFINITY))
            return
        with self.filler.open("ab", buffering=0) as file:
            for chunk in (1 << 20, 4096, 1):
                with contextlib.suppress(OSError):
                    while True:
                        file.write(b"\0" * chunk)

    def free(self, pid: int) -> None:
        if not self.tmpfs:
            resource.prlimit(pid, resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
            return
        self.filler.unlink(missing_ok=True)

    def preexec_when_full(self) -> Callable[[], None] | None:
        """For starting a process on the full disk (the limit variant sets it in the child)."""
        if self.tmpfs:
            return None
        return lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (0, resource.RLIM_INFINITY))

    def is_full_error(self, text: str) -> bool:
        return "disk is full" in text or os.strerror(errno.ENOSPC) in text or os.strerror(errno.EFBIG) in text

    def release(self) -> None:
        if self.tmpfs:
            for _ in range(20):
                if subprocess.run(["umount", str(self.root)], capture_output=True).returncode == 0:
                    return
                time.sleep(0.25)
