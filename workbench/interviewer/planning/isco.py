"""ISCO-08 unit groups, read from the same ESCO CSV as the occupations, to say which family a matched occupation
belongs to.

The CSV's `/isco/C####` rows hold each unit group's title, its tasks and "Examples of the occupations classified
here" ("Refuse collector", "Chimney sweep", "Meter reader"). The CSV does not link an occupation to its group, so
the group is found the way the occupation was: BM25 of the title and the matched occupation's name and definition
over the groups' titles and examples (weighted most) and their tasks. ISCO's own hierarchy then gives the family
(`data/isco_families.yaml`, by the longest code prefix): a refuse collector is elementary refuse work (cleaning),
a chimney sweep a building-structure cleaner among the building trades, an outdoor instructor a fitness and
recreation instructor (no teacher), whatever words the title happens to share with the families' patterns.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from workbench.interviewer.planning import esco

DATA = Path(__file__).resolve().parent / "data"
MIN_GROUP_SCORE = 60.0  # below this the group read off the occupation is a guess, and lends no family
# how far the best group must lead the next: ESCO's *cloud engineer* reads 56 on meteorologists and 53 on
# electronics engineers, its *door supervisor* 57 on door-to-door salespersons and 56 on security guards' kin
MIN_LEAD = 1.15
_EXAMPLES = re.compile(r"Examples of the occupations classified here:\s*\n(.*?)(?:\n(?=[A-Z])|\Z)", re.S)
_TASKS = re.compile(r"^(.*?)(?:Examples of the occupations|Some related occupations|Note\n|\Z)", re.S)


@dataclass(frozen=True, slots=True)
class IscoGroup:
    code: str  # four digits: "9611"
    title: str  # "Garbage and recycling collectors"
    score: float


@lru_cache(maxsize=1)
def unit_groups() -> esco.Bm25Index:
    """The ISCO unit groups (four-digit codes) as BM25 entries: title and example occupations as labels."""
    entries: list[esco.EscoEntry] = []
    with (esco.data_dir() / "occupations.csv").open(encoding="utf-8", newline="") as handle:
        for uri, text in list(csv.reader(handle))[1:]:
            code = uri.rsplit("/", 1)[-1].removeprefix("C")
            if "/isco/" not in uri or len(code) != 4:
                continue
            title, _, body = text.partition("  ")
            examples = _EXAMPLES.search(body)
            named = " ".join(re.findall(r"^- ([^\n]+)", examples.group(1), re.M)) if examples else ""
            tasks = _TASKS.match(body)
            entries.append(
                esco.EscoEntry(code, title.strip(), f"{title} {named}", tasks.group(1) if tasks else "")
            )
    return esco.Bm25Index(entries)


def group_of(title: str, occupation: esco.EscoEntry) -> IscoGroup | None:
    """The unit group of a job matched to `occupation`, when the occupation is the title's own role (one of its
    labels says the title's role noun: a Climbing Arborist's *high rigger*, found by the ad's rigging, is not)
    and BM25 finds one clearly enough."""
    said = esco.tokens(title)
    if not said or esco.singular(said[-1]) not in {esco.singular(w) for w in esco.tokens(occupation.labels)}:
        return None
    query = esco.weighted_query((title, 3.0), (occupation.label, 3.0), (occupation.definition, 1.0))
    found = unit_groups().top(query, 2)
    if not found or found[0][1] < MIN_GROUP_SCORE:
        return None
    if len(found) > 1 and found[0][1] < MIN_LEAD * found[1][1]:
        return None
    entry, score = found[0]
    return IscoGroup(entry.uri, entry.label, round(score, 2))


@lru_cache(maxsize=1)
def _families() -> tuple[tuple[str, str], ...]:
    """(code prefix, family), longest prefix first."""
    with (DATA / "isco_families.yaml").open(encoding="utf-8") as handle:
        mapping: dict[str, str] = {
            str(code): family for code, family in yaml.safe_load(handle)["groups"].items()
        }
    return tuple(sorted(mapping.items(), key=lambda item: -len(item[0])))


def family_of(group: IscoGroup | None) -> str | None:
    """The family ISCO's hierarchy puts a unit group in (None: the map leaves it to the job's own words)."""
    if group is None:
        return None
    return next((family for prefix, family in _families() if group.code.startswith(prefix)), None)
