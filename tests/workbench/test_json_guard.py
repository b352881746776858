"""The JSON bounds scan: the same verdict whether a frame takes the quick count on its whole text or the scan of its
structure (string contents taken out), at the bounds and with brackets and figures inside strings."""

from __future__ import annotations

import json

import pytest

from workbench.json_guard import MAX_DEPTH, MAX_NUMBER_CHARS, JsonBoundsError, check_structure


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def check(text: str) -> None:
    check_structure(text, MAX_DEPTH, MAX_NUMBER_CHARS)


@pytest.mark.parametrize(
    "text",
    [
        nested(MAX_DEPTH),
        '{"n": ' + "9" * MAX_NUMBER_CHARS + "}",
        # brackets in a string: counted on the text, not in the structure
        json.dumps({"response": "{[" * 40}),
        # a long run of number characters in a string
        json.dumps({"response": "e" * 200, "data": [1.5e10, -2]}),
        json.dumps({"a": {"b": ["[[[" * 20, {"c": "]]]" * 20}]}}),
        '{"response": "unterminated ' + "[" * 50,  # an unterminated string runs to the end
    ],
)
def test_frames_within_the_bounds_pass(text: str) -> None:
    check(text)


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        (nested(MAX_DEPTH + 1), "nested deeper"),
        # 33 deep with the outer {}
        ('{"s": "' + "[" * 10 + '", "d": ' + nested(MAX_DEPTH) + "}", "nested deeper"),
        ('{"n": ' + "9" * (MAX_NUMBER_CHARS + 1) + "}", "number literal"),
        ('{"n": ' + "1" * 40 + "e" + "2" * 40 + ', "s": "' + "e" * 100 + '"}', "number literal"),
    ],
)
def test_frames_past_a_bound_are_refused(text: str, bound: str) -> None:
    with pytest.raises(JsonBoundsError, match=bound):
        check(text)
