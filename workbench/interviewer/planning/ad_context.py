"""Where the work is and what kind of jobs an ad's firm takes on: context for the reader, no duty to question.

"Domestic plastering jobs. Skimming, rendering and dry lining across Leeds." states one piece of work (skimming,
rendering and dry lining); "Domestic plastering jobs", "Leeds and surrounding areas" and "across Leeds" set the
scene. The patterns are data (`ad_context` in questions.yaml)."""

from __future__ import annotations

import re
from functools import cache

from workbench.interviewer.planning.lexicon import questions_config

# a short verbless phrase with a place after it ("Housing developments across Yorkshire", "Boarding kennels near
# Harrogate") names the setting when its last word is a plural; "Dry lining across Leeds" names work
_SETTING_WORDS = 3


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    said = questions_config()["ad_context"]
    # the place is a name, so its capitals count: not case-insensitive ("across teams" is no place)
    place = re.compile(said["place_tail"])
    context = re.compile(said["context_line"])
    return place, context


def without_place(text: str) -> str:
    """The duty without where it is done: "Fit kitchens in and around Wakefield" -> "Fit kitchens";
    "Service boilers throughout the region" -> "Service boilers"."""
    place, _ = _patterns()
    trimmed = place.sub("", text)
    return trimmed if len(trimmed.split()) >= 1 and trimmed.strip(" ,.;:") else text


def context_line(raw: str) -> bool:
    """A line that names the kind of jobs or the area, no work ("Domestic jobs.", "Office cleaning jobs
    throughout the region.", "Leeds and surrounding areas", "Housing developments across Yorkshire")."""
    _, context = _patterns()
    line = raw.strip(" \t-*•.;:!")
    if context.match(line):
        return True
    trimmed = without_place(line).strip(" ,.;:")
    words = trimmed.split()
    return (
        trimmed != line
        and 0 < len(words) <= _SETTING_WORDS
        and re.fullmatch(r"[a-z]+(?<![siu])s", words[-1].lower()) is not None
    )
