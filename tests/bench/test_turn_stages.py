"""The load bench's split of an answer's latency into its stages: the client's, the server's and the interviewer
workers' times of one answer joined (one monotonic clock), averaged over the median answers and the slowest 1%."""

from __future__ import annotations

import io
import json
import pickle
from pathlib import Path
from typing import Any, cast

import pytest

from bench.profile_readout import TURN_STAGES, turn_stages
from bench.ws_load import Result
from protocol_server.interviewer_worker import Worker, serve
from protocol_server.pipe import HEADER


def _write(tmp_path: Path, turns: int) -> tuple[Path, Result]:
    """`turns` answers, the k-th taking k ms in its worker and 1 ms at every other stage; the last one ran
    in-process (no call to a worker), as after a worker's restart."""
    prefix = tmp_path / "profile"
    server, worker, result = [], [], Result()
    for k in range(turns):
        ms = 0.001
        sent = 10.0 * k
        times = [sent + ms * i for i in range(5)]  # sent, taken, sent to the worker, worker read
        wrote = times[3] + ms * (k + 1)
        back, commit, committed, reply, replied = (wrote + ms * i for i in range(1, 6))
        session = f"s{k}"
        turn: dict[str, Any] = {"session": session, "answer": 1 + k % 3, "taken": times[1]}
        if k < turns - 1:
            turn.update(call=k, sent=times[2], back=back)
            worker.append((k, times[3], wrote))
        turn.update(commit=commit, committed=committed, reply=reply, replied=replied, done=replied)
        server.append(turn)
        result.sent_received.append((session, 1 + k % 3, sent, replied + ms))
    prefix.with_suffix(".turns.json").write_text(json.dumps(server))
    (tmp_path / "profile.worker-1.times.json").write_text(json.dumps(worker))
    return prefix, result


def test_each_stage_is_the_gap_between_its_times_and_the_stages_add_up_to_the_latency(tmp_path: Path) -> None:
    prefix, result = _write(tmp_path, 201)
    stages = turn_stages(prefix, result.sent_received)
    slowest, median = stages["slowest_1pct"], stages["median"]
    # the slowest 1% of the 200 answers that ran in a worker: the two whose worker took 199 and 200 ms
    assert slowest["worker"] == pytest.approx(199.5)
    assert median["worker"] == pytest.approx(100.5, abs=1.0)
    for spans in (slowest, median):
        assert sum(spans[stage] for stage, _, _ in TURN_STAGES) == pytest.approx(spans["latency"])
        assert spans["to_the_worker"] == pytest.approx(1.0) and spans["commit"] == pytest.approx(1.0)
    assert slowest["first_two_answers_share"] == pytest.approx(
        1.0
    )  # answers 1, 2, 3, 1, 2, 3...: 199 and 200


def test_too_few_answers_in_workers_give_no_split(tmp_path: Path) -> None:
    prefix, result = _write(tmp_path, 50)
    assert turn_stages(prefix, result.sent_received) == {}


class _Answering:
    def handle(self, message: tuple[Any, ...]) -> tuple[Any, ...] | None:
        return ("ok", message[1], None) if message[0] in {"answer", "stats"} else None

    def grade_one(self) -> bool:
        return False  # no grade pending: every answer here is replied to alone


def test_a_worker_records_when_it_read_and_answered_each_answer() -> None:
    requests = [("plan", "key", "{}"), ("answer", 7, "rest"), ("stats", 8), ("answer", 9, "rest")]
    source = io.BytesIO(b"".join(HEADER.pack(len(data)) + data for data in map(pickle.dumps, requests)))
    times: list[tuple[int, float, float]] = []
    serve(cast(Worker, _Answering()), source, io.BytesIO(), times)
    assert [call for call, _, _ in times] == [7, 9]  # answers only, not the other requests with a reply
    assert all(read <= wrote for _, read, wrote in times) and times[0][2] <= times[1][1]
