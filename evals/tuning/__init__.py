"""DSPy tuning of the interviewer program's modules against labelled transcripts (`openhire tune`)."""

from evals.tuning.run import OPTIMIZERS, TuneConfig, TuneOutcome, run_tuning
from evals.tuning.tasks import MODULES, TASKS, get_task

__all__ = ["MODULES", "OPTIMIZERS", "TASKS", "TuneConfig", "TuneOutcome", "get_task", "run_tuning"]
