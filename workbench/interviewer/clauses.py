"""Where a sentence is cut into clauses: at a mark of punctuation, at a dash between spaces, or before a word that
joins clauses ("and", "because", "by the way"). One splitter for every reader that cuts clauses; what differs
between readers (a spoken answer read for asides, the clause of a shortcut quoted back, a line of a job ad) is
which marks and which joining words end a clause, named per reader in `planning/data/clauses.yaml`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import yaml

DATA_FILE = Path(__file__).resolve().parent / "planning" / "data" / "clauses.yaml"


@dataclass(frozen=True, slots=True)
class Splitter:
    """The clause breaks of one reader (`pattern` matches one break)."""

    pattern: re.Pattern[str]

    def breaks(self, text: str) -> Iterator[re.Match[str]]:
        """Every break in the text, in order."""
        return self.pattern.finditer(text)

    def split(self, text: str) -> list[str]:
        """The text's clauses, the breaks between them left out."""
        return self.pattern.split(text)

    def pieces(self, text: str) -> list[str]:
        """The text's clauses with the breaks between them: clause, break, clause, ... (`re.split` on the break
        as one group)."""
        found: list[str] = []
        at = 0
        for match in self.pattern.finditer(text):
            found += [text[at : match.start()], match.group(0)]
            at = match.end()
        return [*found, text[at:]]

    def clause_start(self, text: str, end: int) -> int:
        """Where the clause holding `end` starts: after the last break before it (0 when none)."""
        starts = [match.end() for match in self.pattern.finditer(text, 0, end)]
        return starts[-1] if starts else 0

    def clause_end(self, text: str, start: int) -> int:
        """Where the clause going on from `start` ends: at the next break (the text's end when none)."""
        found = self.pattern.search(text, start)
        return found.start() if found else len(text)


def pattern_of(spec: dict[str, Any]) -> str:
    """The regular expression of one break, from a reader's entry of the data file."""
    space = r"\s+" if spec.get("runs_of_space") else r"\s"
    if spec.get("keep_breaks"):
        return _kept_breaks(spec)
    parts = []
    if spec.get("marks"):
        after = r"\s+" if spec.get("marks_need_space") else r"\s*" if spec.get("marks_take_space") else ""
        parts.append(f"[{re.escape(spec['marks'])}]" + ("+" if spec.get("marks_repeat") else "") + after)
    if spec.get("dashes"):
        parts.append(f"{space}[{re.escape(spec['dashes'])}]{space}")
    if spec.get("joins"):
        parts.append(f"{space}(?:{'|'.join(re.escape(word) for word in spec['joins'])}){space}")
    return "|".join(parts)


def _kept_breaks(spec: dict[str, Any]) -> str:
    """A break of only the spaces between clauses: a mark stays with the clause it ends ("... by restraint?"), a
    joining word with the clause it starts ("but I'd hold the dog")."""
    parts = []
    if spec.get("marks"):
        parts.append(rf"(?<=[{re.escape(spec['marks'])}])\s+")
    if spec.get("joins"):
        parts.append(rf"\s+(?=(?:{'|'.join(re.escape(word) for word in spec['joins'])})\b)")
    return "|".join(parts)


@lru_cache(maxsize=1)
def _specs() -> dict[str, dict[str, Any]]:
    with DATA_FILE.open(encoding="utf-8") as handle:
        specs: dict[str, dict[str, Any]] = yaml.safe_load(handle)
    return specs


@cache
def splitter(reader: str, more_joins: tuple[str, ...] = ()) -> Splitter:
    """The clause splitter the data file names for `reader` (read once), with `more_joins` after its own joining
    words (a list another data file keeps: unsafe practice's reason links)."""
    spec = _specs()[reader]
    if more_joins:
        spec = {**spec, "joins": [*spec.get("joins", []), *more_joins]}
    return Splitter(re.compile(pattern_of(spec), re.IGNORECASE))


def words(reader: str, key: str) -> frozenset[str]:
    """A list of words of `reader`'s entry in the data file ("subordinating" of "spoken")."""
    return frozenset(_specs()[reader][key])
