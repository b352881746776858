"""A simulated candidate over the real WebSocket protocol, against a real `openhire serve` process."""

from __future__ import annotations

import asyncio
from typing import Any

from evals.answerers import INJECTION_TEXT, RuleBasedAnswerer
from evals.data import load_jobs
from evals.personas import get_persona
from evals.ws_runner import run_ws_interview
from workbench.models import Preferences

SEED_JOB = "ff7f1e59-3014-4cc8-8f2e-4b3ca694ceb3"  # the seed document's test job, in datasets/jobs.jsonl


def test_a_persona_plays_a_whole_interview_over_the_protocol(server: Any) -> None:
    job = load_jobs()[SEED_JOB]
    answerer = RuleBasedAnswerer(get_persona("average-injecting"), seed=2)
    played = asyncio.run(
        run_ws_interview(
            f"ws://127.0.0.1:{server.port}", job, "test-candidate", answerer, Preferences(max_duration=15)
        )
    )

    assert played.ended_at is not None and played.final_feedback
    assert INJECTION_TEXT not in played.final_feedback
    record = played.to_record(answerer, interviewer="server-baseline")
    assert record.source == "simulated" and record.persona.behaviours == ["prompt_injection"]
    assert len(record.turns) >= 4
    assert {t.phase.value for t in record.turns} >= {"introduction", "technical"}
    assert len(played.latencies_ms) == len(record.turns)
    assert all(t.question for t in played.turns)
