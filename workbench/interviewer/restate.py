"""The same question in other words, from its own words: conversation repair for questions without authored
rephrasings (a curated bank question, a follow-up, a resume probe).

A request to clarify must get the question again, not a new one: the recast keeps the question's own content
("how would you test a feature that depends on the date?" -> "suppose you had to test a feature that depends
on the date. What would you do first…"), only its form changes. Rules are data (`repair.yaml`, `restate`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import yaml

from workbench.interviewer.planning.casing import upper_first
from workbench.interviewer.repair_rules import DATA


@dataclass(frozen=True, slots=True)
class RestateRule:
    pattern: re.Pattern[str]
    templates: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RestateRules:
    leads: tuple[str, ...]
    rules: tuple[RestateRule, ...]
    fallback: str
    common_openers: frozenset[str]  # opening words that are never names: lowered after a lead-in
    scene_leads: re.Pattern[str]  # "Picture this:", "The situation is this:": taken off before a recast


@lru_cache(maxsize=1)
def restate_rules() -> RestateRules:
    with DATA.open(encoding="utf-8") as handle:
        config: dict[str, Any] = yaml.safe_load(handle)["restate"]
    return RestateRules(
        leads=tuple(config["leads"]),
        rules=tuple(
            RestateRule(re.compile(rule["pattern"], re.IGNORECASE), tuple(rule["templates"]))
            for rule in config["rules"]
        ),
        fallback=str(config["fallback"]),
        common_openers=frozenset(str(config["common_openers"]).split()),
        scene_leads=re.compile(str(config["scene_leads"]), re.IGNORECASE),
    )


def lower_first(text: str) -> str:
    """ "Tell me about…" -> "tell me about…" after a colon; names ("React", "Node.js") and "I" keep their
    capital: only a common opening word is lowered."""
    first = text.split(" ", 1)[0].replace("\u2019", "'")  # "What’s" is "What's"
    if first.lower().strip(",:;") not in restate_rules().common_openers:
        return text
    return text[:1].lower() + text[1:]


def restatements(question: str, subject: str = "") -> list[str]:
    """The question recast in other words, best first; [] when no rule fits and there is no subject."""
    text = " ".join(question.split())
    rules = restate_rules()
    recast: list[str] = []
    for rule in rules.rules:
        match = rule.pattern.match(text)
        if match is None:
            continue
        slots = {name: lower_first((value or "").strip()) for name, value in match.groupdict().items()}
        recast = [template.format(**slots) for template in rule.templates]
        break
    if not recast and subject.strip():
        recast = [rules.fallback.format(subject=subject.strip())]
    # a recast that sets a scene says so itself ("Picture this: ..."): one lead, not "Let me put it another way:
    # picture this: ..."
    return [
        upper_first(r)
        if rules.scene_leads.match(r)
        else f"{rules.leads[n % len(rules.leads)]} {lower_first(r)}"
        for n, r in enumerate(recast)
    ]


def without_leads(question: str, leads: tuple[str, ...] = (), restated: str = "", scenes: bool = True) -> str:
    """The question without every lead it was said again with, however many were stacked: the leads of a question
    put again (`leads`, "I didn't quite catch an answer there."), a rephrasing's own (`restated`, a pattern, and
    "Let me put it another way:") and a scene's ("Picture this:", "The situation is this:"), in its own case. What a
    recast starts from: it adds one lead of its own. With `scenes` false a scene's lead stays: it is the question's
    own words, said again word for word when the candidate asks to hear it again."""
    text = " ".join(question.split())
    rules = restate_rules()
    while True:
        before = text
        for lead in (*leads, *rules.leads):
            if lead and text.lower().startswith(lead.lower()):
                text = text[len(lead) :].strip()
        if restated:
            text = re.sub(restated, "", text, count=1, flags=re.IGNORECASE).strip()
        if scenes:
            text = rules.scene_leads.sub("", text, count=1).strip()
        if text == before or not text:
            break
    return text or question
