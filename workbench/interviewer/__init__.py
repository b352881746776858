"""OpenHire's interviewer: a deterministic controller, an offline baseline, and DSPy modules on any LM.

`load_interviewer(name, settings)` is the one entry point the server, the CLI and the evals use.
"""

from __future__ import annotations

from workbench.interviewer.registry import load_interviewer

__all__ = ["load_interviewer"]
