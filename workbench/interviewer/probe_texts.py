"""The probes' words (`planning/data/probes.yaml`), read once for every module that says or recognises a probe."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

PROBES = Path(__file__).resolve().parent / "planning" / "data" / "probes.yaml"


@lru_cache(maxsize=1)
def probe_texts() -> dict[str, Any]:
    with PROBES.open(encoding="utf-8") as handle:
        texts: dict[str, Any] = yaml.safe_load(handle)
    return texts
