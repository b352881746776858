"""One regular expression that matches wherever any of several would: one scan of a text instead of one per
pattern, as a prefilter before the per-pattern loop that says which one matched.

Most texts match none of a list of patterns (e.g. the protected topics a question must not touch), so a
prefilter that finds nothing ends the check after one call. Measure before using it: a union loses each
member's own literal-prefix scan, and for a list of long word alternations (requests to clarify, unsafe practice
since its list grew) the plain loop was faster. It never changes a result: the union finds a match
in a text exactly when one of its members does (the members are wrapped in non-capturing groups, share their
flags, and may not use numbered backreferences or named groups, which a union would renumber or duplicate).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_GROUP_REFERENCE = re.compile(r"\\[1-9]|\(\?P[<=]")


def union(patterns: Iterable[re.Pattern[str]]) -> re.Pattern[str]:
    """The alternation of `patterns` (all compiled with the same flags)."""
    members = list(patterns)
    if not members:
        return re.compile(r"(?!)")  # matches nothing, as an empty list of patterns does
    flags = {pattern.flags for pattern in members}
    if len(flags) != 1:
        raise ValueError(f"patterns with different flags cannot be joined: {sorted(flags)}")
    for pattern in members:
        if _GROUP_REFERENCE.search(pattern.pattern):
            raise ValueError(f"a backreference or named group cannot be joined: {pattern.pattern[:60]!r}")
    return re.compile("|".join(f"(?:{pattern.pattern})" for pattern in members), flags.pop())
