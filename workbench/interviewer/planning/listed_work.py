"""Work an ad names as noun phrases: a line that lists it ("3 way matching, supplier statement reconciliations,
payment runs"), a bullet of duties worded as a noun phrase ("Month-end close"), prose that names a piece of work
("annual servicing and breakdown repair of domestic boilers")."""

from __future__ import annotations

import re

from workbench.interviewer.planning.adtext import listed_work, without_lead
from workbench.interviewer.planning.lexicon import config, verb_base
from workbench.interviewer.planning.verb_reading import NOUN_AFTER_GERUND

_SHORT_TOPIC = 6  # the most words of a duty a bullet names as a noun phrase

_CLAUSE_WORDS = frozenset({"we", "you", "i", "they", "our", "your", "are", "is", "am", "be", "will", "to"})


def names_work(topic: str) -> bool:
    """A noun phrase that names a piece of work ("annual servicing and breakdown repair of domestic boilers",
    "management of the rota"), as a job ad's list of responsibilities often words its duties: one of its first
    words is a work verb's gerund or an action noun (verbs.yaml)."""
    action_nouns = set(config()["verbs"]["action_nouns"])
    if _GERUND_SERIES.match(topic):
        return True  # "Felling, delimbing and crosscutting trees": a trade's verbs no list knows, in a series
    words = [word.strip(",.;:()") for word in topic.lower().split()]
    for index, word in enumerate(words[: 3 + _named_kinds(topic)]):
        if word.replace("’", "'").split("'")[0] in _CLAUSE_WORDS:  # "we're looking for", "you'll join"
            return False  # "we are looking for a reliable operative": a clause about the ad, not a duty
        if word in action_nouns or (word.endswith("ing") and verb_base(word) is not None):
            # "training given on COSHH" is a clause about the ad too
            return not set(words[index + 1 : index + 2]) & NOUN_AFTER_GERUND
    return False


# three gerunds or more in a series open the phrase ("felling, delimbing and crosscutting"; two may be nouns:
# "housing and planning")
_GERUND_SERIES = re.compile(
    r"^\s*[a-z]{3,}ing,\s+(?:[a-z]{3,}ing,?\s+)*(?:and|or)\s+[a-z]{3,}ing\s+\w", re.IGNORECASE
)


def _named_kinds(topic: str) -> int:
    """How many words open the topic with the kinds of a process named by acronyms ("MIG and TIG welding of
    mild steel"): they do not count against the few first words where the work is named."""
    count = 0
    words = [w.strip(",.;:()") for w in topic.split()]
    for word in words:
        if not ((len(word) > 1 and word.isupper()) or word.lower() in {"and", "or", "&", "/"}):
            break
        count += 1
    if count == 0 and len(words) > 3 and words[1].lower() in {"and", "or", "&", "/"}:
        return 2  # "Clinical and accuracy checking of prescriptions": two kinds of the same checking
    return count


def work_listed(item: str, source: str, title: str) -> list[tuple[str, str]]:
    """A line that lists the work as bare noun phrases names one duty a part, as a list under a heading of duties
    does: after the job's own title ("Accounts Payable Clerk - 3 way matching, supplier statement
    reconciliations, payment runs"), or when most parts name work ("stick welding"; not "weekly pay, overtime
    available, immediate start")."""
    parts, by_title = listed_work(item, title)
    if parts and (by_title or 2 * sum(names_work(part) for part in parts) >= len(parts)):
        return [(part, "duties") for part in parts]
    verb, _, rest = without_lead(item).partition(" ")
    if verb.lower() in config()["verbs"]["verbs_of_listed_work"]:
        # "you will own month-end close, statutory accounts, budgeting and forecasting, ...": the work it lists
        parts, _ = listed_work(_AND_THE.sub(", ", rest), "")
        named = [part for part in (_DETERMINER.sub("", part) for part in parts) if _names_listed_work(part)]
        if len(named) >= MIN_LISTED_WORK and 2 * len(named) >= len(parts):
            return [(part, "duties") for part in named]
    return [(item, source)]


MIN_LISTED_WORK = 2
_AND_THE = re.compile(r"\s+and\s+(?=(?:the|a|an|our|all)\s)", re.IGNORECASE)
_DETERMINER = re.compile(r"^(?:the|a|an|our|all)\s+", re.IGNORECASE)


def _names_listed_work(part: str) -> bool:
    """A part of a list of work a verb takes charge of that names work ("statutory accounts", "budgeting and
    forecasting"), not a bare word that may name people or things ("people", "customers", "audit")."""
    return names_work(part) or len(part.split()) >= MIN_LISTED_WORK


def names_a_duty(text: str) -> bool:
    """A short noun phrase ("Standard costing and stock valuation"), not one that opens with a verb read as a noun
    ("Support recruitment and onboarding" reads neither as a duty nor as a subject)."""
    first = text.split(" ", 1)[0]
    compound = (
        " ".join(text.lower().split()[:2]) in config()["verbs"]["noun_compounds"]
    )  # "cash flow management"
    return (verb_base(first) != first.lower() or compound) and (
        len(text.split()) <= _SHORT_TOPIC or names_work(text)
    )
