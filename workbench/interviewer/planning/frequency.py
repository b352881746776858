"""How often a duty is done, and a list's "etc": said with a duty, they are no part of the work to question
("Suppose you're about to balance cash drawer daily when …", "deal most frequently with customers of the bank",
"transfers, deposits, savings etc")."""

from __future__ import annotations

import re

from workbench.interviewer.planning.lexicon import config

# said after the duty: "Balance cash drawer daily", "check stock levels on a weekly basis", "milk cows twice daily",
# "turn residents three times a day"
_TIMES = config()["verbs"]
_COUNT = rf"(?:{'|'.join(_TIMES['times_said'])}|(?:{'|'.join(_TIMES['times_counted'])}|\d+) times)"
_AFTER = re.compile(
    rf"(?<=\w)\s+(?:{_COUNT}\s+(?:a|per|each|every)\s+(?:day|week|month|shift)|(?:{_COUNT}\s+)?(?:daily|weekly|monthly"
    r"|annually|yearly|regularly|routinely|as (?:required|needed|directed)"
    r"|when (?:required|needed)|where (?:required|needed|necessary)|on an? (?:daily|weekly|monthly|regular|ongoing) basis"
    r"|(?:(?:after|before) )?(?:each|every) (?:day|week|shift|month|visit|service|job)"
    r"|at the (?:start|end) of (?:each|every|the) (?:day|shift|week)))\s*[.;]?$",
    re.IGNORECASE,
)
# said inside it, after its verb: "Bank tellers deal most frequently with customers of the bank"
_INSIDE = re.compile(
    r"(?<=[a-z])\s+(?:most\s+|very\s+)?(?:frequently|often|usually|occasionally|routinely|constantly|continually)"
    r"(?=\s+(?:with|to|for|on|in|at|about|the|a|an)\b)",
    re.IGNORECASE,
)
_ETC = re.compile(r",?\s+etc\b\.?", re.IGNORECASE)
# said amid a sentence of duties: "provide personal assistance and promote autonomy, on a daily basis to individuals
# who ..." (left in, the split read "promote autonomy and on a daily basis to individuals")
_AMID = re.compile(
    r",?\s+on an? (?:daily|weekly|monthly|regular|ongoing|day-to-day|everyday) basis(?=[\s,])", re.IGNORECASE
)


def without_frequency_amid(sentence: str) -> str:
    """A sentence of duties without how often they are done, said between them and whom they are for."""
    return _AMID.sub("", sentence)


def without_frequency(text: str) -> str:
    """The duty without how often it is done, nor a list's "etc" (kept whole when little else would be left)."""
    cut = _ETC.sub("", _INSIDE.sub("", _AFTER.sub("", text))).strip()
    return cut if len(cut.split()) >= 2 else text
