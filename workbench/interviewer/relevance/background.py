"""Whether an answer to the opening question speaks of the candidate: the background it asks for.

"Walk me through your background and what draws you to this role" is answered by the candidate's path (time in
the work, roles held, training: "Nine years on roofs, started labouring for my uncle") or their reasons ("I want
regular hours", "a bigger place is the next step"). An answer that gives neither ("I'd stop the job, make the
area safe and ring the boss") answers some other question, however many of the job's words it shares with the
opening's rubric. The cues live in `background.json`.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

CUES_FILE = Path(__file__).resolve().parent / "background.json"


@lru_cache(maxsize=1)
def _cues() -> re.Pattern[str]:
    data = json.loads(CUES_FILE.read_text(encoding="utf-8"))
    alternatives = "|".join(f"(?:{cue})" for cue in [*data["path"], *data["reasons"]])
    return re.compile(rf"(?<![\w'])(?:{alternatives})", re.IGNORECASE)


def speaks_of_self(text: str) -> bool:
    """Whether the text tells the candidate's path or reasons (see the module's docstring)."""
    return _cues().search(text.replace("’", "'")) is not None
