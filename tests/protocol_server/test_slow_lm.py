"""A slow LM cannot starve the server (real server; the LM is `bench/lm_stub.py`, a local OpenAI-compatible
stub standing in for a hosted LLM, which cannot be reached here): starts and statuses do not wait behind LM
calls, and a full LM queue answers a typed "busy, retry" error that loses nothing."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.conftest import REPO, ServerProcess, free_port, make_server
from tests.protocol_server.wsclient import STRONG_ANSWERS, Client
from workbench.protocol import candidate_response

LM_DELAY = "2.0"


@pytest.fixture(scope="module")
def slow_lm_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    stub_port = free_port()
    stub = subprocess.Popen(
        [
            sys.executable,
            str(REPO / "bench" / "lm_stub.py"),
            "--port",
            str(stub_port),
            "--min-delay",
            LM_DELAY,
            "--max-delay",
            LM_DELAY,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while True:
        try:
            httpx.get(f"http://127.0.0.1:{stub_port}/stats", timeout=1)
            break
        except httpx.HTTPError:
            assert time.monotonic() < deadline and stub.poll() is None, "LM stub did not start"
            time.sleep(0.2)
    proc = make_server(
        Path(tmp_path_factory.mktemp("slow-lm")),
        lm_model="openai/stub",
        lm_api_base=f"http://127.0.0.1:{stub_port}/v1",
        lm_api_key="stub",
        lm_max_concurrency="1",
        lm_max_waiting="0",
    )
    try:
        proc.start()
        yield proc
    finally:
        proc.stop()
        stub.terminate()
        stub.wait(timeout=10)


def test_starts_and_status_do_not_wait_and_a_full_queue_says_retry(slow_lm_server: ServerProcess) -> None:
    with Client(slow_lm_server.ws("slow-a")) as first, Client(slow_lm_server.ws("slow-b")) as second:
        first.start()
        first.send(candidate_response(STRONG_ANSWERS[0]))  # holds the one LM slot for ~4 s
        time.sleep(0.5)
        sent = time.monotonic()
        second.start()
        assert second.status()["questions_asked"] == 1
        waited = time.monotonic() - sent
        second.send(candidate_response(STRONG_ANSWERS[1]))
        busy = second.expect("error")
        assert busy["status_code"] == 503 and busy["exception_type"] == "InterviewerBusy"
        assert "retry" in busy["details"]
        assert second.status()["questions_asked"] == 1  # the refused answer was not taken
        reply = first.expect("ai_response", timeout=60)["data"]
        answered = time.monotonic() - sent
        # The start and status came back while the first session's LM calls (2 x 2 s) were still running.
        assert waited < answered and answered > 2.5
        assert reply["question"] == "What would you do differently next time?"  # the stub's wording: LM path
        assert second.answer(STRONG_ANSWERS[1])["questions_asked"] == 2  # the retry goes through
