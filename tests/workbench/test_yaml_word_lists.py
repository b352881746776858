"""YAML 1.1 reads a bare `on`, `off`, `no` or `yes` as a boolean: in a word list that silently drops the word
("hands-on" was not read as a hyphened adjective while `on` was `True`). Every data file's lists of words must
hold only strings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
DATA_FILES = sorted(
    path
    for folder in ("workbench", "evals", "protocol_server", "app", "datasets")
    for path in (ROOT / folder).rglob("*.yaml")
)


def _booleans_among_words(node: Any, where: str) -> list[str]:
    if isinstance(node, dict):
        return [
            found for key, value in node.items() for found in _booleans_among_words(value, f"{where}.{key}")
        ]
    if isinstance(node, list):
        words = any(isinstance(item, str) for item in node)
        found: list[str] = []
        for index, item in enumerate(node):
            if words and isinstance(item, bool):
                found.append(f"{where}[{index}]")
            else:
                found.extend(_booleans_among_words(item, f"{where}[{index}]"))
        return found
    return []


def test_the_data_files_are_found() -> None:
    assert len(DATA_FILES) > 20


def test_no_word_list_holds_a_yaml_boolean() -> None:
    found = [
        hit
        for path in DATA_FILES
        for hit in _booleans_among_words(
            yaml.safe_load(path.read_text(encoding="utf-8")), str(path.relative_to(ROOT))
        )
    ]
    assert found == []


def test_the_check_sees_a_bare_on() -> None:
    assert _booleans_among_words(yaml.safe_load("tails: [in, on, off]"), "x") == ["x.tails[1]", "x.tails[2]"]
