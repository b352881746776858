"""The `openhire` command line: the top of the import graph, wiring the server, workbench, evals and app."""
