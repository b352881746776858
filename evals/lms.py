"""Language models for research commands (tuning, LM-backed candidates), from one model string.

`local/smollm2-135m` runs the interviewer's local llama.cpp engine (offline, the `local-lm` extra); anything else
is a LiteLLM model string (with `Settings.lm_api_base` / `lm_api_key` for OpenAI-compatible servers).
"""

from __future__ import annotations

import dspy

from workbench.interviewer.local_lm import LOCAL_PREFIX
from workbench.settings import Settings


def make_lm(model: str, settings: Settings, temperature: float | None = None) -> dspy.LM:
    heat = settings.lm_temperature if temperature is None else temperature
    if model.startswith(LOCAL_PREFIX):
        from workbench.interviewer.local_lm import LlamaCppEngine

        # No DSPy cache for the local model: its answers are cheap and a stale cache would hide engine changes.
        return dspy.LM(
            model, engine=LlamaCppEngine(), temperature=heat, max_tokens=settings.lm_max_tokens, cache=False
        )
    return dspy.LM(
        model,
        api_base=settings.lm_api_base or None,
        api_key=settings.lm_api_key or None,
        temperature=heat,
        max_tokens=settings.lm_max_tokens,
        timeout=settings.lm_timeout_seconds,
    )


def adapter_for(model: str) -> dspy.Adapter:
    """JSON outputs: with the local model they are grammar-constrained (20/20 parse, OFFLINE.md)."""
    return dspy.JSONAdapter()
