"""`openhire import` and `openhire export`: jobs, candidates and transcripts ↔ JSONL/Parquet."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

import typer

from workbench.settings import get_settings

FormatOption = Annotated[str, typer.Option("--format", help="jsonl or parquet")]


def _format(value: str) -> Literal["jsonl", "parquet"]:
    if value not in ("jsonl", "parquet"):
        raise typer.BadParameter("format must be jsonl or parquet")
    return "parquet" if value == "parquet" else "jsonl"


def import_command(
    source: Annotated[Path, typer.Argument(help="Folder with jobs, candidates, interviews files.")],
    db: Annotated[Path | None, typer.Option("--db")] = None,
    fmt: FormatOption = "jsonl",
) -> None:
    """Validate every record, then load them all in one transaction (nothing half-loaded on error)."""
    from workbench.store.store import Store
    from workbench.store.transfer import ImportError_, load_bundle, read_bundle

    try:
        bundle = read_bundle(source, _format(fmt))
        with Store(db or get_settings().db_path) as store:
            counts = load_bundle(store, bundle)
    except ImportError_ as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from None
    typer.echo(f"imported {counts}")


def export_command(
    target: Annotated[Path, typer.Argument(help="Folder to write into.")],
    db: Annotated[Path | None, typer.Option("--db")] = None,
    fmt: FormatOption = "jsonl",
) -> None:
    """Export jobs, candidates and every session with its turns."""
    from workbench.store.store import Store
    from workbench.store.transfer import export_store

    with Store(db or get_settings().db_path, read_only=True) as store:
        counts = export_store(store, target, _format(fmt))
    typer.echo(f"exported {counts} to {target}")


def register(app: typer.Typer) -> None:
    """Adds this module's commands to `app`."""
    app.command("import")(import_command)
    app.command("export")(export_command)
