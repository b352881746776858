"""The protocol never breaks: today's generated spec must keep every message, field and type of the
published 1.0.0 spec (new optional fields and new message types are allowed)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from workbench.protocol import PROTOCOL_VERSION, ProtocolError, parse_client_message, protocol_schema
from workbench.settings import REPO_DIR

PUBLISHED = json.loads((REPO_DIR / "docs" / "protocol-1.0.0.json").read_text())


def _fields(schema: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    """Flatten a message schema to {dotted path: type description}, following $refs."""
    out: dict[str, Any] = {}

    def walk(node: dict[str, Any], path: str) -> None:
        if "$ref" in node:
            node = defs[node["$ref"].split("/")[-1]]
        for name, prop in node.get("properties", {}).items():
            target = defs[prop["$ref"].split("/")[-1]] if "$ref" in prop else prop
            out[f"{path}{name}"] = target.get("type") or target.get("enum") or target.get("anyOf")
            if "properties" in target or "$ref" in prop:
                walk(target, f"{path}{name}.")

    walk(schema, "")
    return out


@pytest.mark.parametrize("side", ["x-client-messages", "x-server-messages"])
def test_every_published_message_field_and_type_is_still_there(side: str) -> None:
    current = protocol_schema()[side]
    for kind, published in PUBLISHED[side].items():
        assert kind in current, f"message type {kind} disappeared"
        old = _fields(published, published.get("$defs", {}))
        new = _fields(current[kind], current[kind].get("$defs", {}))
        for path, typ in old.items():
            assert path in new, f"{kind}.{path} disappeared"
            assert new[path] == typ, f"{kind}.{path} changed type: {typ} -> {new[path]}"
        required_now = set(current[kind].get("required", []))
        assert required_now <= set(published.get("required", [])), f"{kind}: a new required field"


def test_the_version_is_semantic_and_matches_the_major_of_the_published_spec() -> None:
    major = PROTOCOL_VERSION.split(".")[0]
    assert PUBLISHED["info"]["version"].split(".")[0] == major


def test_seed_document_phases_and_comfort_levels_are_the_value_sets() -> None:
    server = protocol_schema()["x-server-messages"]
    defs = server["ai_response"]["$defs"]
    assert defs["Phase"]["enum"] == ["introduction", "technical", "behavioral", "conclusion"]
    assert defs["Comfort"]["enum"] == ["nervous", "neutral", "confident"]


def test_parsing_happens_in_one_place_with_typed_errors() -> None:
    message = parse_client_message('{"type": "end_interview"}')
    assert message.type == "end_interview"
    with pytest.raises(ProtocolError) as error:
        parse_client_message(b"\xff\xfe")
    assert error.value.status_code == 400 and error.value.message == "Invalid JSON"


def test_the_published_spec_file_exists() -> None:
    assert Path(REPO_DIR / "docs" / "protocol-1.0.0.json").stat().st_size > 1000
