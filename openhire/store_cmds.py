"""`openhire store check` and `openhire store recover`: the operator's tools when the journal stops start-up.

The logic lives in `workbench.store.recovery`; this module only parses options and prints.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from workbench.settings import get_settings

store_app = typer.Typer(no_args_is_help=True, help="Check and recover the DuckDB store and its journal.")
DbOption = Annotated[str | None, typer.Option("--db", help="DuckDB file (default: the configured store).")]


def _duckdb_path(db: str | Path | None) -> Path:
    from workbench.store.factory import is_postgres

    target = db or get_settings().db_path
    if is_postgres(target):
        typer.echo(
            "store check/recover are for a DuckDB file and its journal; PostgreSQL keeps its own WAL",
            err=True,
        )
        raise typer.Exit(2)
    path = Path(target)
    if not path.exists():
        typer.echo(f"{path} does not exist", err=True)
        raise typer.Exit(2)
    return path


@store_app.command("check")
def check_command(db: DbOption = None) -> None:
    """Say whether the store would start, and why not: the journal's records, damage, continuation."""
    from workbench.store.recovery import check_store

    path = _duckdb_path(db)
    ok, lines = check_store(path)
    for line in lines:
        typer.echo(line)
    typer.echo("OK: the server will start" if ok else "NOT OK: the server refuses to start (see PROBLEM)")
    raise typer.Exit(0 if ok else 1)


@store_app.command("recover")
def recover_command(
    db: DbOption = None,
    yes: Annotated[bool, typer.Option("--yes", help="Act: without it, only say what would be done.")] = False,
) -> None:
    """Keep a copy of the journal, apply its good records beyond the store, and start a fresh journal.
    Records after damage are not applied: they stay in the copy."""
    import duckdb

    from workbench.store.recovery import check_store, recover
    from workbench.store.store import Store

    path = _duckdb_path(db)
    if not yes:
        for line in check_store(path)[1]:
            typer.echo(line)
        typer.echo(
            "would keep a copy of the journal, apply the records above, start a fresh journal; run with --yes"
        )
        return
    try:
        with Store(path, journal=False) as store:
            lines = recover(store.con, path)
    except duckdb.Error as exc:
        typer.echo(
            f"cannot open {path} (is a server running on it?): {str(exc).splitlines()[0][:300]}", err=True
        )
        raise typer.Exit(2) from None
    for line in lines:
        typer.echo(line)


def register(app: typer.Typer) -> None:
    """Adds this module's commands to `app`."""
    app.add_typer(store_app, name="store")
