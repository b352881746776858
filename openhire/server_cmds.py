"""`openhire serve`, `openhire seed`, `openhire new-key` and `openhire protocol-spec`."""

from __future__ import annotations

import asyncio
import json
import logging
import os
from pathlib import Path
from typing import Annotated

import typer

from workbench.settings import get_settings

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="A DuckDB file (created and seeded when new) or a postgresql:// URL (seeded when empty).",
    ),
]


def serve(
    host: Annotated[str, typer.Option(help="Interface to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    db: DbOption = None,
    interviewer: Annotated[
        str | None, typer.Option(help="baseline, a program JSON path, or models:/name/v")
    ] = None,
    log_level: Annotated[str, typer.Option(help="uvicorn log level")] = "info",
    workers: Annotated[
        int, typer.Option(min=1, help="Server processes on this port (more than 1 needs PostgreSQL).")
    ] = 1,
    interviewer_processes: Annotated[
        int | None,
        typer.Option(
            min=0,
            help="Worker processes per server process for the offline interviewer's turns (0: in-process; "
            "default: two when each server process has two cores to itself, else 0).",
        ),
    ] = None,
) -> None:
    """Start the protocol server (WebSocket interviews + REST API)."""
    import uvicorn

    from protocol_server.app import create_app
    from protocol_server.auth import StartupRefused, keyring_for_serving
    from protocol_server.header_timeout import HeaderTimeoutProtocol
    from protocol_server.interviewer_pool import usable_cores, worker_count
    from workbench.store.factory import is_postgres

    # Through the environment: with several workers, each process builds its own settings from it.
    given = {
        "HOST": host,
        "PORT": str(port),
        "DB_PATH": db,
        "INTERVIEWER": interviewer,
        "INTERVIEWER_PROCESSES": None if interviewer_processes is None else str(interviewer_processes),
    }
    for name, value in given.items():
        if value is not None:
            os.environ[f"OPENHIRE_{name}"] = value
    get_settings.cache_clear()
    settings = get_settings()
    if workers > 1 and settings.interviewer_processes == "auto":
        # `auto` counts the cores each of the server processes has to itself.
        os.environ["OPENHIRE_INTERVIEWER_PROCESSES"] = str(worker_count("auto", usable_cores(), workers))
    if workers > 1 and not is_postgres(settings.db_path):
        typer.echo("--workers above 1 needs --db postgresql://… (a DuckDB file has one writer)", err=True)
        raise typer.Exit(2)
    logging.basicConfig(level=log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        # Before any store file is made: refuses an open server beyond loopback; makes the local key once.
        keyring_for_serving(settings)
    except StartupRefused as exc:
        typer.echo(f"openhire serve: {exc}", err=True)
        raise typer.Exit(2) from None
    if is_postgres(settings.db_path):
        from workbench.store.factory import describe
        from workbench.store.pg_tables import check_reachable

        if problem := check_reachable(settings.db_path, describe(settings.db_path)):
            typer.echo(f"openhire serve: {problem}", err=True)
            raise typer.Exit(2)
    else:
        from workbench.store.preflight import StoreOpenError, check_opens, create_new
        from workbench.store.transfer import read_bundle

        path = Path(settings.db_path)
        try:
            if path.exists():
                check_opens(path)
            else:  # created and seeded here, so that a full disk is one line, not a traceback
                create_new(path, read_bundle(settings.datasets_dir))
        except StoreOpenError as exc:
            typer.echo(f"openhire serve: {exc}", err=True)
            raise typer.Exit(2) from None
    uvicorn.run(
        "protocol_server.app:create_app" if workers > 1 else create_app(settings),
        factory=workers > 1,
        workers=workers,
        http=HeaderTimeoutProtocol,
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
    from workbench.store.factory import describe, is_postgres, open_store
    from workbench.store.transfer import ImportError_, read_bundle

    target = db or get_settings().db_path
    is_new = is_postgres(target) or not Path(target).exists()

    async def run() -> str:
        # A new file, or an empty PostgreSQL database, is seeded as it is opened.
        store = await open_store(target, datasets_dir=datasets, seed_if_new=is_new)
        try:
            if is_postgres(target):
                return f"{describe(target)} is ready (seeded if it was empty)"
            if is_new:
                return f"created and seeded {describe(target)}"
            if if_new:
                return f"{describe(target)} exists; not seeded again"
            bundle = read_bundle(datasets or get_settings().datasets_dir)
            return f"seeded {describe(target)}: {await store.import_bundle(bundle)}"
        finally:
            await store.close()

    try:
        typer.echo(asyncio.run(run()))
    except ImportError_ as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from None


def protocol_spec(
    out: Annotated[Path | None, typer.Option(help="Write the spec here instead of stdout.")] = None,
) -> None:
    """Print the WebSocket protocol's machine-readable spec (generated from the pydantic models)."""
    from workbench.protocol import protocol_schema

    text = json.dumps(protocol_schema(), indent=2)
    if out:
        out.write_text(text + "\n", encoding="utf-8")
    else:
        typer.echo(text)


def new_key_command(
    role: Annotated[str, typer.Option(help="read, write or admin (admin may erase candidates).")] = "read",
    keys_file: Annotated[
        Path, typer.Option("--file", help="Key file the server reads (OPENHIRE_API_KEYS_FILE).")
    ] = Path("var/api-keys"),
) -> None:
    """Generate an API key: print it once, append only its hash to the key file (0600)."""
    from workbench.apikeys import Role, hash_key, new_key, write_private

    try:
        parsed = Role.parse(role)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
    key = new_key()
    write_private(keys_file, f"{parsed.name.lower()}:{hash_key(key)}\n", append=True)
    typer.echo(key)
    typer.echo(
        f"({parsed.name.lower()} key; its hash was added to {keys_file}; the key is not stored)", err=True
    )


def register(app: typer.Typer) -> None:
    """Adds this module's commands to `app`."""
    app.command("serve")(serve)
    app.command("new-key")(new_key_command)
    app.command("seed")(seed_command)
    app.command("protocol-spec")(protocol_spec)
