"""Research commands of the `openhire` CLI: `simulate`, `eval`, `tune`.

Heavy imports (MLflow, DSPy, the interviewer) happen inside the commands so that `openhire --help` stays fast.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from workbench.settings import Settings

console = Console(stderr=True)

InterviewerOpt = Annotated[
    str, typer.Option("--interviewer", help="`baseline`, a program JSON or models:/name/v")
]
TrackingOpt = Annotated[
    str | None, typer.Option("--tracking-uri", help="MLflow store (default: local SQLite)")
]
SeedOpt = Annotated[int, typer.Option("--seed", help="Seed of the simulated candidates")]


def _print_metrics(title: str, metrics: dict[str, float]) -> None:
    table = Table(title=title)
    table.add_column("metric")
    table.add_column("value", justify="right")
    for name in sorted(metrics):
        table.add_row(name, f"{metrics[name]:.4g}")
    console.print(table)


def simulate(
    interviewer: InterviewerOpt = "baseline",
    personas: Annotated[
        str, typer.Option("--personas", help="`all` or comma-separated persona names")
    ] = "all",
    n: Annotated[int, typer.Option("--n", min=1, help="Interviews per persona")] = 1,
    job_id: Annotated[str | None, typer.Option("--job", help="Job id from datasets/jobs.jsonl")] = None,
    out: Annotated[Path | None, typer.Option("--out", help="Write InterviewRecords as JSONL here")] = None,
    seed: SeedOpt = 0,
    lm: Annotated[
        str | None, typer.Option("--lm", help="LM for the candidates (default: rule-based)")
    ] = None,
    server: Annotated[
        str | None, typer.Option("--server", help="ws://HOST:PORT: play over the protocol")
    ] = None,
    max_duration: Annotated[int, typer.Option("--max-duration", min=5, max=180)] = 30,
) -> None:
    """Play simulated candidates against an interviewer; write the transcripts with their ground truth."""
    from evals.answerers import Answerer, RuleBasedAnswerer
    from evals.data import load_jobs, pick_jobs
    from evals.personas import PersonaSpec, parse_personas
    from evals.run_eval import load_named_interviewer, write_records
    from evals.simulate import run_interview
    from evals.ws_runner import run_ws_interview
    from workbench.models import Preferences
    from workbench.records import InterviewRecord
    from workbench.settings import get_settings

    settings = get_settings()
    jobs = load_jobs()
    chosen = [jobs[job_id]] if job_id else pick_jobs(jobs, n)
    preferences = Preferences(max_duration=max_duration)

    def make_answerer(persona: PersonaSpec, run_seed: int) -> Answerer:
        if lm is None:
            return RuleBasedAnswerer(persona, run_seed)
        from evals.lm_answerer import LMAnswerer
        from evals.lms import make_lm

        return LMAnswerer(persona, make_lm(lm, settings), run_seed)

    subject = None if server else load_named_interviewer(interviewer, settings)
    records: list[InterviewRecord] = []
    for persona in parse_personas(personas):
        for run in range(n):
            job, answerer = chosen[run % len(chosen)], make_answerer(persona, seed + run)
            if server:
                candidate = persona.candidate(run)
                register_candidate(server, candidate.model_dump(mode="json"), settings)
                played = asyncio.run(run_ws_interview(server, job, candidate.id, answerer, preferences))
                records.append(played.to_record(answerer, interviewer))
            else:
                assert subject is not None
                records.append(run_interview(subject, job, answerer, seed + run, preferences).to_record())
            console.print(f"{persona.name} on {job.title}: {len(records[-1].turns)} turns")
    if out:
        write_records(records, out)
        console.print(f"wrote {len(records)} interviews to {out}")


def eval_command(
    interviewer: InterviewerOpt = "baseline",
    suite: Annotated[str, typer.Option("--suite", help="smoke | full | occupations")] = "smoke",
    tracking_uri: TrackingOpt = None,
    seed: SeedOpt = 0,
    quiet: Annotated[bool, typer.Option("--quiet", help="No progress bar")] = False,
) -> None:
    """Run an eval suite against an interviewer and log one MLflow run."""
    from evals.run_eval import evaluate
    from workbench.settings import get_settings

    outcome = evaluate(
        interviewer, suite, get_settings(), seed=seed, tracking_uri=tracking_uri, show_progress=not quiet
    )
    _print_metrics(f"{interviewer} on {suite} (seed {seed})", outcome.metrics)
    console.print(f"MLflow run {outcome.run_id} ({outcome.wall_seconds:.1f} s)")
    typer.echo(outcome.run_id)


def tune(
    module: Annotated[str, typer.Option("--module", help="assess | next_turn | feedback")] = "assess",
    optimizer: Annotated[str, typer.Option("--optimizer", help="bootstrap | mipro")] = "bootstrap",
    lm: Annotated[
        str, typer.Option("--lm", help="LiteLLM model string or local/smollm2-135m")
    ] = "local/smollm2-135m",
    tracking_uri: TrackingOpt = None,
    register_as: Annotated[str | None, typer.Option("--register-as", help="Registered model name")] = None,
    max_train: Annotated[int, typer.Option("--max-train", min=1)] = 24,
    max_eval: Annotated[int, typer.Option("--max-eval", min=1)] = 24,
    out_dir: Annotated[Path, typer.Option("--out-dir", help="Where the program JSON is saved")] = Path(
        "var/programs"
    ),
    seed: SeedOpt = 0,
) -> None:
    """Optimise a DSPy module on the training split; evaluate on held-out; save, log and register it."""
    from evals.tuning import TuneConfig, run_tuning
    from workbench.settings import get_settings

    config = TuneConfig(
        module=module,
        optimizer=optimizer,
        lm=lm,
        max_train=max_train,
        max_eval=max_eval,
        out_dir=out_dir,
        seed=seed,
        register_as=register_as,
    )
    outcome = run_tuning(config, get_settings(), tracking_uri=tracking_uri)
    _print_metrics(f"tune {module} with {optimizer} on {lm}", outcome.metrics)
    console.print(f"program: {outcome.program_path}; registered: {outcome.model_uri}; run {outcome.run_id}")
    typer.echo(outcome.model_uri)


def register(app: typer.Typer) -> None:
    """Adds this module's commands to `app`."""
    app.command("simulate")(simulate)
    app.command("eval")(eval_command)
    app.command("tune")(tune)


def register_candidate(server: str, candidate: dict[str, object], settings: Settings) -> None:
    """The server knows only candidates it stores: create the simulated one over REST (once)."""
    from app.client import ServerApi, ServerError
    from workbench.apikeys import read_client_key

    base = server.replace("ws://", "http://", 1).replace("wss://", "https://", 1).rstrip("/")
    key = read_client_key(settings.api_key.get_secret_value(), settings.local_api_key_file)
    api = ServerApi(base, api_key=key)
    try:
        api.create_candidate(candidate)
    except ServerError as exc:
        if exc.status != 409:  # 409: stored by an earlier run
            raise
    finally:
        api.close()
