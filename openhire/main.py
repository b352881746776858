"""The `openhire` command. Each command group lives in its own module and registers itself here."""

from __future__ import annotations

import importlib
import os

import typer

# litellm would otherwise try to fetch a price list on import (OFFLINE.md).
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

app = typer.Typer(no_args_is_help=True, help="OpenHire: open AI interview system.")

COMMAND_MODULES = (
    "openhire.server_cmds",  # serve, seed
    "openhire.data_cmds",  # import, export
    "openhire.research_cmds",  # simulate, eval, tune
    "openhire.app_cmds",  # app
    "openhire.store_cmds",  # store check, store recover
)

for module_name in COMMAND_MODULES:
    importlib.import_module(module_name).register(app)


if __name__ == "__main__":
    app()
