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
) -> None:
    """Export jobs, candidates and every session with its turns."""
    counts = asyncio.run(_with_store(db, lambda store: store.export(target, _format(fmt))))
    typer.echo(f"exported {counts} to {target}")


def register(app: typer.Typer) -> None:
    """Adds this module's commands to `app`."""
    app.command("import")(import_command)
    app.command("export")(export_command)
