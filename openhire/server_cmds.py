"""`openhire serve`, `openhire seed` and `openhire protocol-spec`."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Annotated

import typer

from workbench.settings import get_settings

DbOption = Annotated[Path | None, typer.Option("--db", help="DuckDB file (created and seeded when new).")]


def serve(
    host: Annotated[str, typer.Option(help="Interface to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    db: DbOption = None,
    interviewer: Annotated[
        str | None, typer.Option(help="baseline, a program JSON path, or models:/name/v")
    ] = None,
    log_level: Annotated[str, typer.Option(help="uvicorn log level")] = "info",
) -> None:
    """Start the protocol server (WebSocket interviews + REST API)."""
    import uvicorn

    from protocol_server.app import create_app

    settings = get_settings()
    updates: dict[str, object] = {"host": host, "port": port}
    if db is not None:
        updates["db_path"] = db
    if interviewer is not None:
        updates["interviewer"] = interviewer
    settings = settings.model_copy(update=updates)
    logging.basicConfig(level=log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    uvicorn.run(
        create_app(settings),
        host=host,
        port=port,
        log_level=log_level,
        ws_max_size=4 * settings.max_message_bytes,  # hard cap; up to it, oversize frames get a typed 413
        ws_per_message_deflate=False,
        ws_ping_interval=settings.ws_ping_interval,
        ws_ping_timeout=settings.ws_ping_timeout,
        timeout_graceful_shutdown=5,
    )


def seed_command(
    db: DbOption = None,
    datasets: Annotated[
        Path | None, typer.Option(help="Folder with jobs/candidates/interviews JSONL.")
    ] = None,
    if_new: Annotated[
        bool, typer.Option("--if-new", help="Only seed a file that does not exist yet.")
    ] = False,
) -> None:
    """Load the demo dataset (jobs, candidates, labelled interviews) into a store."""
    from workbench.store.seed import open_store, seed
    from workbench.store.store import Store
    from workbench.store.transfer import ImportError_

    path = db or get_settings().db_path
    if if_new and path.exists():
        typer.echo(f"{path} exists; not seeded again")
        return
    try:
        if not path.exists():
            with open_store(path, datasets_dir=datasets):
                typer.echo(f"created and seeded {path}")
            return
        with Store(path) as store:
            counts = seed(store, datasets)
    except ImportError_ as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from None
    typer.echo(f"seeded {path}: {counts}")


def protocol_spec(
    out: Annotated[Path | None, typer.Option(help="Write the spec here instead of stdout.")] = None,
) -> None:
    """Print the WebSocket protocol's machine-readable spec (generated from the pydantic models)."""
    from protocol_server.protocol import protocol_schema

    text = json.dumps(protocol_schema(), indent=2)
    if out:
        out.write_text(text + "\n", encoding="utf-8")
    else:
        typer.echo(text)


def register(app: typer.Typer) -> None:
    """Adds this module's commands to `app`."""
    app.command("serve")(serve)
    app.command("seed")(seed_command)
    app.command("protocol-spec")(protocol_spec)
