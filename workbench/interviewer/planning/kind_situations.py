"""The situations of an item's kind (a rule to follow, a piece of kit, a creative tool: `library.item_kind`) that can
happen in the duty, and the one a plan puts: a kind's situation is put only where `situation_fit` lets it ("sign for
work you did not see done" is no situation of writing a pre-sentence report)."""

from __future__ import annotations

from collections.abc import Collection

from workbench.interviewer.planning.jobtext import Requirement
from workbench.interviewer.planning.library import ItemKind, item_kind
from workbench.interviewer.planning.situation_fit import situation_fits_duty


def kind_situations(item: Requirement) -> tuple[ItemKind, list[str]] | None:
    """The item's kind and those of its situations (for an act or for a topic, as the item is) that fit the duty,
    in the kind's order; None when the item is of no kind or no situation of its kind can happen in the duty."""
    kind = item_kind(item.text)
    if kind is None:
        return None
    own = kind.act_complications if item.shape == "act" else kind.complications
    fitting = [twist for twist in own if situation_fits_duty(twist, item.text)]
    return (kind, fitting) if fitting else None


def kind_situation(
    kind: ItemKind, options: list[str], item_text: str, start: int, put: Collection[str]
) -> tuple[str, str]:
    """The situation of `options` to put (the first from `start` on that is not yet `put`, else the one at
    `start`), as its data file words it and filled with the item as the kind names it."""
    start %= len(options)
    turns = [options[(start + shift) % len(options)] for shift in range(len(options))]
    chosen = next((twist for twist in turns if twist not in put), turns[0])
    named = kind.names(item_text)
    if ", " in named and not chosen.endswith("{item}"):
        named += ","  # "following ASA/CAP rules, including ad disclosure, would slow you down"
    return chosen, chosen.format(item=named)
