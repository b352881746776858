"""`python -m openhire`: the same command as the `openhire` console script."""

from openhire.main import app

app(prog_name="openhire")
