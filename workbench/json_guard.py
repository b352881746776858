"""Bounds checked on JSON text before it is parsed: nesting depth and number length.

`json.loads` recurses once per nesting level and converts every integer literal, so a frame nested 1,000 deep
or holding a 4,301-digit integer raises RecursionError/ValueError deep inside the server instead of a clean
400. This scan sees only the structure (string contents are skipped by one regex) and stops at the first
violation. After parsing, `check_text` refuses lone surrogates (`"\\ud800"`), which no UTF-8 store or socket
can encode.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any

# A JSON string literal (escapes included), replaced by "" so that brackets and digits inside strings vanish.
# Possessive, and an unterminated string runs to the end: every match attempt succeeds, so the scan is linear.
_STRING = re.compile(r'"(?:[^"\\]++|\\.)*+(?:"|\\?\Z)', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
MAX_DEPTH = 32
MAX_NUMBER_CHARS = 64


class JsonBoundsError(ValueError):
    """JSON refused before or after parsing; the message says which bound and never quotes the input."""


def _structure(text: str) -> str:
    return _STRING.sub('""', text)


@lru_cache(maxsize=8)
def _number_run(max_number_chars: int) -> re.Pattern[str]:
    """A run of characters a number literal is made of, longer than allowed."""
    return re.compile(rf"[0-9eE.+\-]{{{max_number_chars + 1},}}")


def check_structure(text: str, max_depth: int, max_number_chars: int) -> None:
    """Raise `JsonBoundsError` when nesting exceeds `max_depth` or a number literal is longer than allowed."""
    long_run = _number_run(max_number_chars)
    # Most frames (a client's message: four brackets, no long figure) are within both bounds counted on the whole
    # text, strings and all, which is a bound on their structure's: the skeleton's brackets are some of the
    # text's, and its runs of number characters are runs of the text's (a string it drops leaves `""` between
    # its neighbours). Counting costs a tenth of taking the strings out (25 -> 2 us a frame).
    if text.count("{") + text.count("[") <= max_depth and long_run.search(text) is None:
        return
    skeleton = _structure(text)
    long_number = long_run.search(skeleton)
    if long_number is not None:
        raise JsonBoundsError(f"a number literal is longer than {max_number_chars} characters")
    depth = 0
    for bracket in _NOT_BRACKET.sub("", skeleton):
        if bracket in "[{":
            depth += 1
            if depth > max_depth:
                raise JsonBoundsError(f"JSON is nested deeper than {max_depth} levels")
        else:
            depth -= 1


def check_text(value: Any) -> None:
    """Raise `JsonBoundsError` when a parsed value holds a lone surrogate (not encodable as UTF-8)."""
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise JsonBoundsError(
            "text holds a lone surrogate (\\ud800-\\udfff), which is not valid Unicode"
        ) from None


def loads_bounded(
    raw: str | bytes, max_depth: int = MAX_DEPTH, max_number_chars: int = MAX_NUMBER_CHARS
) -> Any:
    """`json.loads` behind both checks. Raises `JsonBoundsError`, or `json.JSONDecodeError`/`UnicodeDecodeError`
    for text that is not JSON."""
    text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
    check_structure(text, max_depth, max_number_chars)
    value = json.loads(text)
    check_text(value)
    return value
