"""A reply that carries nothing to thank for or to praise: a bare no ("No.", "Nope", "I haven't"), a don't-know,
a maybe, a bare yes, or a request to skip the question ("Can we skip this one?", "Pass.").

It is acknowledged with a neutral move-on ("That's alright."), never "Thanks for that." or an echo of its words;
a request to skip is granted: the interview moves on without probing the question again. The patterns and the
lines said are data (`planning/data/repair.yaml`, `non_answer`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import yaml

from workbench.interviewer.assent import DATA
from workbench.interviewer.signals import count_words


@dataclass(frozen=True, slots=True)
class NonAnswerRules:
    max_words: int
    nothing: re.Pattern[str]
    skip: re.Pattern[str]
    responses: tuple[str, ...]
    nervous_responses: tuple[str, ...]
    skip_responses: tuple[str, ...]


def _whole(config: dict[str, Any], key: str) -> re.Pattern[str]:
    """The listed replies matched whole: a spoken lead-in before them, a softener after ("No, sorry.")."""
    listed = [config["bare_no"], *config[key]] if key == "nothing" else config[key]
    said = "|".join(f"(?:{pattern})" for pattern in listed)
    return re.compile(f"{config['lead_in']}(?:{said}){config['trail']}", re.IGNORECASE)


@lru_cache(maxsize=1)
def rules() -> NonAnswerRules:
    with DATA.open(encoding="utf-8") as handle:
        config: dict[str, Any] = yaml.safe_load(handle)["non_answer"]
    return NonAnswerRules(
        max_words=int(config["max_words"]),
        nothing=_whole(config, "nothing"),
        skip=_whole(config, "skip"),
        responses=tuple(config["responses"]),
        nervous_responses=tuple(config["nervous_responses"]),
        skip_responses=tuple(config["skip_responses"]),
    )


def _normalised(reply: str) -> str:
    return " ".join(reply.replace("’", "'").split())


def asks_to_skip(reply: str) -> bool:
    """ "Pass.", "Can we skip this one?", "I'd rather not say.": the candidate declines the question."""
    r = rules()
    return count_words(reply) <= r.max_words and r.skip.match(_normalised(reply)) is not None


def gives_nothing(reply: str) -> bool:
    """A reply with no content to acknowledge: a bare no, yes or maybe, a don't-know, or a request to skip."""
    r = rules()
    if count_words(reply) > r.max_words:
        return False
    text = _normalised(reply)
    return r.nothing.match(text) is not None or r.skip.match(text) is not None


def neutral_ack(reply: str, index: int, nervous: bool) -> str:
    """The move-on said after such a reply; varied with the turn `index`."""
    r = rules()
    lines = r.skip_responses if asks_to_skip(reply) else r.nervous_responses if nervous else r.responses
    return lines[index % len(lines)]
