"""Selecting an interviewer by name: `baseline`, a tuned program's JSON path, or `models:/<name>/<version>`.

The baseline is the default and needs nothing but the question bank. Anything else runs the DSPy modules and
needs an LM (`settings.lm_model` and/or `settings.lm_api_base`); when one is configured, even `baseline` runs
the untuned DSPy program, with the baseline as its per-turn fallback.
"""

from __future__ import annotations

from pathlib import Path

from workbench.interviewer.api import Interviewer
from workbench.interviewer.baseline import BaselineInterviewer
from workbench.settings import Settings


def lm_configured(settings: Settings) -> bool:
    return bool(settings.lm_model.strip() or settings.lm_api_base.strip())


def load_interviewer(name: str, settings: Settings, bank_dir: Path | str | None = None) -> Interviewer:
    """The interviewer called `name`, ready to run. `bank_dir` overrides the packaged question bank."""
    baseline = BaselineInterviewer(bank_dir=bank_dir)
    choice = name.strip() or "baseline"
    if choice == "baseline" and not lm_configured(settings):
        return baseline
    if not lm_configured(settings):
        raise ValueError(
            f"Interviewer {choice!r} is a DSPy program and needs an LM: set OPENHIRE_LM_MODEL "
            "(e.g. openai/gpt-4o-mini or local/smollm2-135m) and/or OPENHIRE_LM_API_BASE."
        )
    # Imported here so that the baseline never pays for importing DSPy and LiteLLM.
    from workbench.interviewer.lm import LMInterviewer, build_lm, program_path_for

    if choice == "baseline":
        return LMInterviewer(baseline, build_lm(settings), settings)
    with program_path_for(choice, settings) as program_path:  # the program is read here, its download removed
        return LMInterviewer(baseline, build_lm(settings), settings, program_path=program_path)
