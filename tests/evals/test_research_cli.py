"""The research commands through typer, on a fresh Typer app (as `openhire.main` registers them)."""

from __future__ import annotations

from pathlib import Path

import typer
from typer.testing import CliRunner

from openhire.research_cmds import register
from workbench.records import InterviewRecord
from workbench.tracking import list_runs


def research_app() -> typer.Typer:
    app = typer.Typer()
    register(app)
    return app


def test_simulate_writes_records_with_ground_truth(tmp_path: Path) -> None:
    out = tmp_path / "sims.jsonl"
    result = CliRunner().invoke(
        research_app(), ["simulate", "--personas", "strong,weak-injecting", "--n", "2", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    records = [InterviewRecord.model_validate_json(line) for line in out.read_text().splitlines()]
    assert len(records) == 4
    assert sorted({r.persona.level for r in records}) == ["strong", "weak"]
    assert len({r.job_id for r in records}) == 2  # --n 2 spreads over two jobs
    assert all(r.interviewer == "baseline" and r.source == "simulated" for r in records)


def test_eval_command_logs_a_run_into_the_given_store(tmp_path: Path) -> None:
    from workbench.tracking import ephemeral_store

    uri, _ = ephemeral_store(tmp_path / "store")
    result = CliRunner().invoke(
        research_app(),
        ["eval", "--interviewer", "baseline", "--suite", "smoke", "--tracking-uri", uri, "--quiet"],
    )
    assert result.exit_code == 0, result.output
    run_id = result.output.strip().splitlines()[-1]
    runs = list_runs(["openhire-eval"])
    assert list(runs["run_id"]) == [run_id]
    assert runs.loc[0, "params.suite"] == "smoke"
    # an explicit SQLite store keeps its artifacts beside it
    assert (tmp_path / "store" / "mlartifacts" / "openhire-eval").is_dir()


def test_unknown_suite_fails_cleanly(tmp_path: Path) -> None:
    result = CliRunner().invoke(research_app(), ["eval", "--suite", "nope", "--quiet"])
    assert result.exit_code != 0
    assert "unknown suite" in str(result.exception)
