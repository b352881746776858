"""Whether an answer tells something that happened: the account a behavioural question asks for.

"Tell me about a time…" asks for an event: a subject with a verb in the past ("I rang control", "we swapped it",
"it was eleven degrees") or a past deed opening a sentence with the subject left out ("Stripped it, new
membrane", "Got everyone out first"). A rule of practice ("I read the script against the label"), a plan ("I'd not
take it out") or an explanation ("Two paths. Events go to a live store") tells none. A past verb inside a relative
or conditional clause ("show the engineer what I found", "if it rained") is not the answer's event.

The words live in `told.json`.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

WORDS_FILE = Path(__file__).resolve().parent / "told.json"


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], frozenset[str]]:
    data = json.loads(WORDS_FILE.read_text(encoding="utf-8"))
    ambiguous = frozenset(data["ambiguous"]) | frozenset(data["not_a_deed"])
    irregular = _alternation([w for w in data["irregular_past"] if w not in ambiguous])
    past = rf"(?:{irregular}|[a-z][a-z-]{{2,}}ed)"
    adverbs = _alternation(data["adverbs"])
    # the word before the subject is kept to tell a relative or conditional clause ("what I found")
    told = re.compile(
        rf"(?P<before>\b[\w']+\s+)?\b(?:{_alternation(data['subjects'])})\s+(?:(?:{adverbs})\s+)?(?P<verb>{past})\b",
        re.IGNORECASE,
    )
    opened = re.compile(rf"(?:^|(?<=[.!?;:]\s))(?:then\s+|so\s+)?(?P<verb>{past})\b", re.IGNORECASE)
    negated = re.compile(
        rf"(?P<before>\b[\w']+\s+)?\b[\w']+\s+(?:{_alternation(data['past_markers'])})\b", re.IGNORECASE
    )
    return told, opened, negated, ambiguous | frozenset(o.lower() for o in data["clause_openers"])


def tells_an_event(text: str) -> bool:
    """Whether the text tells something that happened (see the module's docstring)."""
    told, opened, negated, blocked = _patterns()
    text = text.replace("’", "'")
    for match in told.finditer(text):
        verb = match.group("verb").lower()
        before = (match.group("before") or "").strip().lower()
        if verb in blocked or before in blocked:
            continue
        return True
    if any((m.group("before") or "").strip().lower() not in blocked for m in negated.finditer(text)):
        return True
    return any(m.group("verb").lower() not in blocked for m in opened.finditer(text.strip()))
