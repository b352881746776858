"""Fuzzing a real server: hypothesis over WebSocket frames, schemathesis over the REST API from its OpenAPI.

Both are deterministic (derandomized) and modest in size so that they fit the CI budget. The properties: no
5xx-equivalent error, every frame answered with a protocol message (no connection dropped without a typed
error), and a session that was running meanwhile is unaffected.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode

from tests.conftest import ServerProcess, auth, make_server
from tests.protocol_server.wsclient import SEED_CANDIDATE, SEED_JOB, STRONG_ANSWERS, Client
from workbench.protocol import CLIENT_MESSAGE_TYPES, GetStatus, start_interview

FUZZ = settings(
    max_examples=60,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def fuzz_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    # A server of its own: the REST fuzzer creates and erases records; no rate limit in the way of the fuzzer.
    proc = make_server(
        Path(tmp_path_factory.mktemp("fuzz")), rate_limit_per_second="1000", rate_limit_burst="1000"
    )
    proc.start()
    yield proc
    proc.stop()


# --- WebSocket frames ----------------------------------------------------------------------------------

scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=16,
)
plausible_data = st.fixed_dictionaries(
    {},
    optional={
        "job_id": st.sampled_from([SEED_JOB, "", "missing-job"]) | st.text(max_size=140),
        "candidate_id": st.sampled_from([SEED_CANDIDATE, ""]) | st.text(max_size=140),
        "resume_text": st.none() | st.text(max_size=200),
        "preferences": json_values
        | st.fixed_dictionaries(
            {},
            optional={
                "max_duration": st.integers() | st.floats() | st.text(max_size=5),
                "difficulty_level": st.sampled_from(["easy", "medium", "hard", "extreme"]),
                "focus_areas": st.lists(st.text(max_size=20), max_size=5) | json_values,
            },
        ),
        "response": st.text(max_size=300) | json_values,
        "transcript": st.text(max_size=300) | json_values,
        "is_final": st.booleans() | json_values,
    },
)
messages = st.fixed_dictionaries(
    {"type": st.sampled_from([*CLIENT_MESSAGE_TYPES, "bogus", ""]) | st.text(max_size=20)},
    optional={"data": plausible_data | json_values},
)
hostile = st.sampled_from(
    [
        '{"type": "get_status", "data": ' + "[" * 2000 + "]" * 2000 + "}",
        '{"type": "start_interview", "data": {"job_id": ' + "1" * 5000 + "}}",
        '{"type": "candidate_response", "data": {"response": "\\udfff\\ud800"}}',
        '{"type": "live_transcript", "data": {"transcript": "x", "is_final": true}, "type": "get_status"}',
        "[]",
        "null",
        '"text"',
        "{",
        "\x00",
    ]
)
frames: st.SearchStrategy[str | bytes] = (
    messages.map(json.dumps) | hostile | st.text(max_size=200) | st.binary(max_size=200)
)


def _check_reply(message: dict[str, Any]) -> None:
    if message["type"] == "error":
        assert message["status_code"] < 500, message
        assert message["exception_type"], message


def test_websocket_frames_get_typed_replies(fuzz_server: ServerProcess) -> None:
    with Client(fuzz_server.ws("fuzz-sentinel")) as sentinel:
        sentinel.start()
        sentinel.answer(STRONG_ANSWERS[0])
        before = sentinel.status()
        counter = iter(range(10**6))

        @FUZZ
        @given(frame=frames, started=st.booleans())
        def fuzz(frame: str | bytes, started: bool) -> None:
            session_id = f"fuzz-{next(counter)}"
            with Client(fuzz_server.ws(session_id)) as client:
                if started:
                    client.send(start_interview(SEED_JOB, SEED_CANDIDATE))
                    client.expect("interview_started")
                client.send_raw(frame)
                client.send(GetStatus())
                if not started:
                    # A fresh session answers each frame with exactly one message (a reply or a typed error).
                    _check_reply(client.recv())
                    last = client.recv()
                    _check_reply(last)
                    assert last["type"] in ("status_update", "error"), last
                    return
                while True:  # a started session may say more (an answer's reply), then the status
                    message = client.recv()
                    _check_reply(message)
                    if message["type"] == "status_update":
                        return

        fuzz()
        after = sentinel.status()
        assert after["questions_asked"] == before["questions_asked"] and not after["completed"]
        assert sentinel.answer(STRONG_ANSWERS[1])["questions_asked"] == before["questions_asked"] + 1


# --- REST, from the server's own OpenAPI -----------------------------------------------------------------


def test_rest_api_never_answers_5xx(fuzz_server: ServerProcess) -> None:
    """Every operation of the server's own OpenAPI, with valid (positive) and invalid (negative) requests."""
    schema = schemathesis.openapi.from_url(f"{fuzz_server.http}/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10
    calls: list[int] = []
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

            @settings(
                max_examples=12, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck)
            )
            @given(case=operation.as_strategy(generation_mode=mode))
            def call(case: Any) -> None:
                response = case.call(headers=auth(), timeout=30)
                calls.append(response.status_code)
                label = (case.method, case.formatted_path, response.status_code, response.content[:300])
                assert response.status_code < 500, label
                if response.status_code >= 400:
                    assert "application/json" in str(response.headers.get("content-type")), label

            try:
                call()
            except Unsatisfiable:  # an operation without inputs has no invalid requests to make
                assert mode == GenerationMode.NEGATIVE, operation.label
    assert len(calls) >= 10 * len(operations)
    assert httpx.get(f"{fuzz_server.http}/health", timeout=10).status_code == 200
