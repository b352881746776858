"""`openhire import` and `openhire export`: jobs, candidates and transcripts ↔ JSONL/Parquet."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal, TypeVar

import typer

from workbench.settings import get_settings

if TYPE_CHECKING:
    from workbench.store.interface import InterviewStore

T = TypeVar("T")

FormatOption = Annotated[str, typer.Option("--format", help="jsonl or parquet")]
DbOption = Annotated[str | None, typer.Option("--db", help="A DuckDB file or a postgresql:// URL.")]


async def _with_store(db: str | None, work: Callable[[InterviewStore], Awaitable[T]]) -> T:
    """Run `work` on the store (opened without seeding), then close it."""
    from workbench.store.factory import open_store

    store = await open_store(db or get_settings().db_path, seed_if_new=False)
    try:
        return await work(store)
    finally:
        await store.close()


def _format(value: str) -> Literal["jsonl", "parquet"]:
    if value not in ("jsonl", "parquet"):
        raise typer.BadParameter("format must be jsonl or parquet")
    return "parquet" if value == "parquet" else "jsonl"


def import_command(
    source: Annotated[Path, typer.Argument(help="Folder with jobs, candidates, interviews files.")],
    db: DbOption = None,
    fmt: FormatOption = "jsonl",
) -> None:
    """Validate every record, then load them all in one transaction (nothing half-loaded on error)."""
    from workbench.store.transfer import ImportError_, read_bundle

    try:
        bundle = read_bundle(source, _format(fmt))
        counts = asyncio.run(_with_store(db, lambda store: store.import_bundle(bundle)))
    except ImportError_ as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from None
    typer.echo(f"imported {counts}")


def export_command(
    target: Annotated[Path, typer.Argument(help="Folder to write into.")],
    db: DbOption = None,
    fmt: FormatOption = "jsonl",
    server: Annotated[
        str | None,
        typer.Option(help="Export through a running server's REST API (admin key) instead of its file."),
    ] = None,
) -> None:
    """Export jobs, candidates and every session with its turns.

    A running server holds its DuckDB file locked; then the export goes through that server's API (`--server`,
    or `server_url` from settings when the file is locked)."""
    from workbench.store.factory import is_postgres

    settings = get_settings()
    store = db or settings.db_path
    if server is None and not is_postgres(store) and not Path(store).exists():
        typer.echo(f"no store at {store}", err=True)
        raise typer.Exit(2)
    if server is None:
        try:
            counts = asyncio.run(_with_store(db, lambda store: store.export(target, _format(fmt))))
        except Exception as exc:  # DuckDB's lock error, whatever wraps it: the file is a running server's
            if "lock" not in str(exc).lower():
                raise
            typer.echo(
                f"the store is in use by a running server; exporting through {settings.server_url}", err=True
            )
            server = settings.server_url
        else:
            typer.echo(f"exported {counts} to {target}")
            return
    files = export_via_server(server, target, _format(fmt))
    typer.echo(f"exported {', '.join(files)} to {target} through {server}")


def export_via_server(server: str, target: Path, fmt: Literal["jsonl", "parquet"]) -> list[str]:
    """`GET /api/export` with this client's key; the zip it returns is unpacked into `target`."""
    import io
    import zipfile

    import httpx

    from workbench.apikeys import read_client_key

    settings = get_settings()
    key = read_client_key(settings.api_key.get_secret_value(), settings.local_api_key_file)
    try:
        response = httpx.get(
            f"{server.rstrip('/')}/api/export",
            params={"format": fmt},
            headers={"Authorization": f"Bearer {key}"} if key else {},
            timeout=600,
        )
    except httpx.HTTPError as exc:
        typer.echo(f"cannot reach {server}: {exc}", err=True)
        raise typer.Exit(2) from None
    if response.status_code != 200:
        typer.echo(
            f"{server} refused the export: HTTP {response.status_code} {response.text[:300]}", err=True
        )
        raise typer.Exit(2)
    target.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        names = [name for name in archive.namelist() if "/" not in name and not name.startswith(".")]
        for name in names:
            (target / name).write_bytes(archive.read(name))
    return names


def register(app: typer.Typer) -> None:
    """Adds this module's commands to `app`."""
    app.command("import")(import_command)
    app.command("export")(export_command)
