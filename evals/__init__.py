"""Research loop: simulated candidates, metrics, eval suites and DSPy tuning (see evals/METRICS.md)."""
