"""Two names of one post a slash joins ("Key Holder / Sales Assistant", "MOT Tester / Vehicle Technician",
"Termite Inspector / Exterminator"): the employer's own name first, then the one the trade knows it by. A title's
main part ends at " / ", so the second name was read as an aside only; where the first names no occupation, or
one whose labels never say it, the second may."""

from __future__ import annotations

import re
from collections.abc import Callable

from workbench.interviewer.planning import esco
from workbench.interviewer.planning.esco import plain_words
from workbench.interviewer.planning.label_setting import main_part
from workbench.interviewer.planning.weak_match import agrees_no_less
from workbench.models import JobDetails

Match = tuple[esco.EscoEntry, float]

# the second name: the words after " / " up to the next separator of a title (a dash, a bracket, a comma, a bar,
# another slash)
_SECOND = re.compile(r"\s*/\s*([A-Za-z][A-Za-z'’&.\- ]*?)(?=\s+[-–—|/(]|\s*[(,|/]|$)")
_AGENT_ENDINGS = ("er", "or", "ist", "man", "ant", "ian")


def second_name(title: str) -> tuple[str, str] | None:
    """The title's second name after " / " and what follows it (its setting, pay, shift), when that name ends in
    a role noun the labels end in or in an agent noun ("Lumper", "Exterminator"); none otherwise ("Heating /
    Plumbing", a kind of the role, or "Days / Nights", its terms)."""
    main = main_part(title)
    if not title.startswith(main):
        return None
    found = _SECOND.match(title[len(main) :])
    if found is None:
        return None
    name = found.group(1).strip()
    words = plain_words(name)
    if not words or not (esco.ends_in_role(name) or words[-1].endswith(_AGENT_ENDINGS)):
        return None
    return name, title[len(main) + found.end() :]


def says_name(entry: esco.EscoEntry, name: str) -> bool:
    """Whether one of the occupation's labels says the name as words of its own ("automotive valeter" says
    "Valeter"; "pallbearer" does not say "Bearer")."""
    words = plain_words(name)
    if not words:
        return False
    said = r"\s+".join(map(re.escape, words))
    return re.search(rf"(?<![a-z0-9]){said}s?(?![a-z0-9])", entry.labels.lower()) is not None


def by_either_name(
    job: JobDetails, first: Match | None, match: Callable[[JobDetails], Match | None]
) -> Match | None:
    """The occupation of a job whose title gives two names: the first name's (`first`, matched already) unless it
    is none, or its labels never say that name and the second name's labels say the second; `match` reads a job."""
    second = second_name(job.title)
    if second is None or (first is not None and says_name(first[0], main_part(job.title))):
        return first
    name, rest = second
    if first is not None and says_name(first[0], name) and first_trade_agrees_more(job, first[0]):
        return None  # the second name read already, while the ad does the first's trade: no match over a wrong one
    found = match(job.model_copy(update={"title": name + rest}))
    if found is None:
        return first
    if first is None:
        # (a first name that matched nothing still names its trade by its role noun: "Bus Cleaner / Shunter" of an
        # ad that cleans buses is a cleaner, and a shunter read from the second name lends wrong duties)
        return None if first_trade_agrees_more(job, found[0]) else found
    if found[0].uri == first[0].uri:
        return first  # the same occupation by either name: the title's own reading stands
    # (over a first name's match, the second's must say it and be the job's no less: its own name, or the ad
    # agreeing with it no less; a bare "Setter" read alone is a *precious stone setter*, not an Injection
    # Moulding Technician / Setter's trade)
    own_name = found[0].label.lower() in {" ".join(plain_words(name)), " ".join(plain_words(name)) + "s"}
    has_text = bool(job.description.strip() or job.requirements.strip() or job.skills_required)
    agrees = has_text and agrees_no_less(job, found[0], first[0])
    return found if says_name(found[0], name) and (own_name or agrees) else first


def first_trade_agrees_more(job: JobDetails, second: esco.EscoEntry) -> bool:
    """Whether the job's ad agrees better with some occupation ending in the first name's role noun ("cleaner" of
    "Bus Cleaner") than with the second name's match. A bare title has no text to prefer either."""
    words = plain_words(main_part(job.title))
    if not words or not esco.ends_in_role(words[-1]):
        return False
    query = esco.weighted_query(
        (job.description[:4000], 1.0), (job.requirements[:4000], 1.0), (" ".join(job.skills_required), 1.0)
    )
    if not query:
        return False
    head = esco.singular(words[-1])
    trade = [
        e
        for e in esco.occupations().entries
        if [esco.singular(w) for w in esco.tokens(e.label)[-1:]] == [head]
    ]
    if not trade:
        return False
    scores = esco.agreement(query, [second, *trade])
    return max(scores[1:]) > scores[0]
